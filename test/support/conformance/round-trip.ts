// Decode, then encode again: each runtime reads a body with its decoder and writes it
// back with its encoder (TS `parseError(body).toJSON()`, Go `Decode` + `json.Marshal`,
// Python `ApiError.from_response(body).to_body()`). For a body the API really sends,
// every runtime must give back the same JSON, nothing dropped.
import { execFile } from "node:child_process";
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { GO_ENV, requireTool, toolsPython } from "../toolchains.js";
import { goWorkspace, type EnvelopeTarget } from "./envelope-runtime.js";

const execFileAsync = promisify(execFile);

export interface RoundTrips {
  readonly ts: unknown[];
  readonly go: unknown[];
  readonly python: unknown[];
}

export async function roundTripTs(t: EnvelopeTarget, bodies: readonly unknown[]): Promise<unknown[]> {
  const mod = (await import(pathToFileURL(join(t.dir, "ts", "index.js")).href)) as { parseError(body: unknown): { toJSON?(): unknown } };
  return bodies.map((b) => {
    const e = mod.parseError(b);
    return e.toJSON ? JSON.parse(JSON.stringify(e)) : null;
  });
}

/** One `go run` for every target: Decode then json.Marshal each body. */
export async function roundTripGo(targets: readonly EnvelopeTarget[], bodies: readonly (readonly unknown[])[]): Promise<unknown[][]> {
  const go = requireTool("go", "install Go 1.21 or later and put it on PATH");
  const dir = goWorkspace(targets, "roundtrip");
  try {
    writeFileSync(join(dir, "input.json"), JSON.stringify(bodies));
    const imports = targets.map((_, i) => `\tp${i} "roundtrip/p${i}"\n`).join("");
    const cases = targets
      .map(
        (_, i) => `		case ${i}:
			e, err := p${i}.Decode(b)
			if err != nil {
				row = append(row, nil)
				continue
			}
			raw, err := json.Marshal(e)
			if err != nil {
				panic(err)
			}
			row = append(row, json.RawMessage(raw))
`,
      )
      .join("");
    writeFileSync(
      join(dir, "main.go"),
      `package main

import (
	"encoding/json"
	"os"
${imports})

func main() {
	var in [][]json.RawMessage
	raw, err := os.ReadFile("input.json")
	if err != nil {
		panic(err)
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		panic(err)
	}
	out := [][]any{}
	for i, bodies := range in {
		row := []any{}
		for _, b := range bodies {
			switch i {
${cases}			}
		}
		out = append(out, row)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
`,
    );
    const { stdout } = await execFileAsync(go, ["run", "."], { cwd: dir, env: GO_ENV, maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(stdout) as unknown[][];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PYTHON = `
import importlib, json, sys
task = json.load(sys.stdin)
sys.path.insert(0, task["src"])
pkg = importlib.import_module(task["package"])
out = []
for body in task["bodies"]:
    e = pkg.ApiError.from_response(body)
    out.append(None if e.raw_code is None else e.to_body())
print(json.dumps(out))
`;

export async function roundTripPython(t: EnvelopeTarget, bodies: readonly unknown[]): Promise<unknown[]> {
  const src = join(t.dir, "python", "src");
  const pkg = readdirSync(src).find((d) => !d.includes("."))!;
  const child = execFile(toolsPython(), ["-B", "-c", PYTHON], { maxBuffer: 64 * 1024 * 1024 });
  child.stdin!.end(JSON.stringify({ src, package: pkg, bodies }));
  const stdout = await new Promise<string>((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout!.on("data", (b: Buffer) => (out += b.toString("utf8")));
    child.stderr!.on("data", (b: Buffer) => (err += b.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`python exited ${code}: ${err}`))));
  });
  return JSON.parse(stdout) as unknown[];
}
