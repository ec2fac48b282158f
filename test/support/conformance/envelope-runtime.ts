// Error bodies through every runtime: the same JSON texts decoded by the TS package
// (`parseError`, index.js in Node), the Go module (`Decode`, one `go run` for every
// out dir) and the Python package (`ApiError.from_response`, one process per out
// dir), each answer normalised to the same terms so they compare with toEqual. Also
// encodes in TS (`new ApiError(...).toJSON()`) the bodies the others then decode, and
// asks each runtime's upstream lookup about every mapping.
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Catalog, Envelope, JsonPath } from "../../../src/catalog/model.js";
import { tsMemberName } from "../../../src/naming/ts.js";
import { GO_ENV, requireTool, toolsPython } from "../toolchains.js";

const execFileAsync = promisify(execFile);

/** What a runtime made of one body. `code`: the catalog key; empty details are null. */
export interface Decoded {
  readonly fallback: "known" | "unknown" | "not-an-error";
  readonly code: string | null;
  readonly rawCode: string | null;
  readonly status: number | null;
  readonly retryable: string | null;
  readonly details: unknown;
}

/** One out dir: its catalog and where the three packages are. */
export interface EnvelopeTarget {
  readonly catalog: Catalog;
  readonly dir: string;
}

type Json = Record<string, unknown>;

/** Sets `value` at `path`; a `0` segment is a list's first item (AIP-193's `error.details.0`). */
function put(body: Json, path: JsonPath, value: unknown): void {
  let node = body;
  path.slice(0, -1).forEach((key, i) => {
    if (!Object.hasOwn(node, key)) node[key] = path[i + 1] === "0" ? [] : {};
    node = node[key] as Json;
  });
  node[path[path.length - 1]!] = value;
}

/** A body as a server following `env` would send it. */
function bodyOf(env: Envelope, code: unknown, fields: { message?: string; status?: number; domain?: string; details?: Json; requestId?: string }): Json {
  const body: Json = {};
  const f = env.fields;
  if (fields.details && env.detailsShape === "inline") for (const [k, v] of Object.entries(fields.details)) put(body, [...f.code.slice(0, -1), k], v);
  for (const c of env.constants) put(body, c.path, c.value);
  put(body, f.code, code);
  if (f.message && fields.message !== undefined) put(body, f.message, fields.message);
  if (f.status && fields.status !== undefined) put(body, f.status, fields.status);
  if (f.domain && fields.domain !== undefined) put(body, f.domain, fields.domain);
  if (f.requestId && fields.requestId !== undefined) put(body, f.requestId, fields.requestId);
  if (f.details && fields.details) put(body, f.details, env.detailsShape === "list" ? [fields.details] : fields.details);
  return body;
}

/** One body per code, an unknown code, and bodies that are not error responses (JSON texts). */
export function bodiesFor(catalog: Catalog): string[] {
  const env = catalog.envelope;
  const sample = { detail_a: "x", detail_n: 2 };
  const perCode = catalog.codes.map((c) =>
    bodyOf(env, c.name, { message: `m ${c.name}`, status: c.status.primary, domain: c.domain, details: sample, requestId: "req_1" }),
  );
  // Its status is a numeric string: every runtime reads a status only from a JSON integer.
  const unknown = bodyOf(env, "NO_SUCH_CODE_ANYWHERE", { message: "from a newer server", status: "418" as unknown as number, domain: catalog.domains[0]?.id ?? "d", details: sample });
  const codeAsObject = bodyOf(env, { nested: true }, { message: "m" });
  // A code is a JSON string: a number (or a boolean) where the code sits is not an error response of this API.
  const codeAsNumber = bodyOf(env, 403, { message: "m", status: 403 });
  const codeAsBoolean = bodyOf(env, true, { message: "m" });
  return [...perCode.map((b) => JSON.stringify(b)), JSON.stringify(unknown), "[]", '"an error"', "null", "{}", '{"unrelated":true}', JSON.stringify(codeAsObject), JSON.stringify(codeAsNumber), JSON.stringify(codeAsBoolean), "{not json", "<html>Bad gateway</html>"];
}

const empty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0) || (typeof v === "object" && v !== null && Object.keys(v).length === 0);

// ---- TypeScript ----

interface TsModule {
  parseError(body: unknown): { code: string | undefined; rawCode: string | undefined; status: number | undefined; retryable?: string; details?: unknown; domain?: string };
  ApiError: new (code: string, init: object) => { toJSON(): Json };
  ErrorCode: Record<string, string>;
  fromUpstream(provider: string, code: string): string | undefined;
}

const tsModule = async (t: EnvelopeTarget) => (await import(pathToFileURL(join(t.dir, "ts", "index.js")).href)) as TsModule;

export async function decodeTs(t: EnvelopeTarget, bodies: readonly string[]): Promise<Decoded[]> {
  const mod = await tsModule(t);
  const scoped = t.catalog.uniqueness === "domain";
  return bodies.map((text): Decoded => {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { fallback: "not-an-error", code: null, rawCode: null, status: null, retryable: null, details: null };
    }
    const e = mod.parseError(body);
    if (e.rawCode === undefined) return { fallback: "not-an-error", code: null, rawCode: null, status: null, retryable: null, details: null };
    const known = e.code !== undefined;
    return {
      fallback: known ? "known" : "unknown",
      code: known ? (scoped ? `${e.domain}/${e.code}` : e.code!) : null,
      rawCode: e.rawCode,
      status: e.status ?? null,
      retryable: e.retryable ?? null,
      details: empty(e.details) ? null : e.details,
    };
  });
}

/** What Python's ApiError is built with to encode the same error as TS did. */
export interface PythonEncode {
  readonly code: string;
  readonly message: string;
  readonly kwargs: Record<string, unknown>;
}

/**
 * Bodies the TS package encodes: each live code constructed with a message, details
 * and a request id. Returns [key it was constructed as, body, the same error for Python].
 */
export async function encodeTs(t: EnvelopeTarget): Promise<[string, string, PythonEncode][]> {
  const mod = await tsModule(t);
  const f = t.catalog.envelope.fields;
  const details = t.catalog.envelope.detailsShape === "list" ? [{ detail_a: "y" }] : { detail_a: "y" };
  const scoped = t.catalog.uniqueness === "domain";
  return t.catalog.codes
    .filter((c) => c.lifecycle === "live")
    .map((c) => {
      const err = new mod.ApiError(mod.ErrorCode[tsMemberName(c.words, t.catalog.naming)]!, { message: `sent ${c.name}`, details, requestId: "req_2", domain: c.domain }) as unknown as Record<string, unknown> & { code: string };
      // Python's ApiError takes a keyword per envelope member; TS took them from the catalog.
      const kwargs: Record<string, unknown> = { status: err.status ?? null };
      // An envelope without a details member has no `details` keyword (and TS leaves them out of the body).
      if (f.details || t.catalog.envelope.detailsShape === "inline") kwargs.details = details;
      for (const [field, kw] of [["title", "title"], ["requestId", "request_id"], ["docsUrl", "docs_url"], ["domain", "domain"], ["canonical", "canonical"]] as const) if (f[field]) kwargs[kw] = err[field] ?? null;
      const key = scoped ? `${String(err.domain)}/${err.code}` : err.code;
      return [c.key, JSON.stringify(err), { code: key, message: `sent ${c.name}`, kwargs }];
    });
}

// ---- Go ----

/** `details`: whether the envelope has details (Go's Error has no Details field otherwise). */
function goReader(n: number, details: boolean): string {
  return `
func decode${n}(bodies []string) []map[string]any {
	out := []map[string]any{}
	for _, b := range bodies {
		e, err := p${n}.Decode([]byte(b))
		if err != nil {
			out = append(out, map[string]any{"fallback": "not-an-error"})
			continue
		}
		m := map[string]any{"rawCode": e.Code.Name(), "retryable": e.Code.Retryable().String()}
		if e.Code.Known() {
			m["fallback"], m["code"] = "known", string(e.Code)
		} else {
			m["fallback"] = "unknown"
		}
		if e.Status != 0 {
			m["status"] = e.Status
		}
${details ? `		if len(e.Details) > 0 {
			m["details"] = e.Details
		}
` : ""}		out = append(out, m)
	}
	return out
}

func upstream${n}(pairs [][2]string) []any {
	out := []any{}
	for _, p := range pairs {
		if c, ok := p${n}.FromUpstream(p[0], p[1]); ok {
			out = append(out, string(c))
		} else {
			out = append(out, nil)
		}
	}
	return out
}
`;
}

/** A temporary Go module `name` holding each target's generated Go package as `name/p<i>`; the caller deletes it. */
export function goWorkspace(targets: readonly EnvelopeTarget[], name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `lockstep-${name}-go-`));
  targets.forEach((t, i) => {
    mkdirSync(join(dir, `p${i}`));
    for (const f of readdirSync(join(t.dir, "go")).filter((f) => f.endsWith(".go"))) copyFileSync(join(t.dir, "go", f), join(dir, `p${i}`, f));
  });
  writeFileSync(join(dir, "go.mod"), `module ${name}\n\ngo 1.21\n`);
  return dir;
}

/** Decodes `bodies[i]` with target i's Go module and looks up `pairs[i]` with its FromUpstream; one `go run`. */
export async function runGo(targets: readonly EnvelopeTarget[], bodies: readonly (readonly string[])[], pairs: readonly (readonly [string, string])[][]): Promise<{ decoded: Decoded[][]; upstream: (string | null)[][] }> {
  const go = requireTool("go", "install Go 1.21 or later and put it on PATH");
  const dir = goWorkspace(targets, "conformance");
  try {
    writeFileSync(join(dir, "input.json"), JSON.stringify({ bodies, pairs }));
    const imports = targets.map((_, i) => `\tp${i} "conformance/p${i}"\n`).join("");
    const calls = targets.map((_, i) => `{"decoded": decode${i}(in.Bodies[${i}]), "upstream": upstream${i}(in.Pairs[${i}])}`).join(", ");
    const program = `package main

import (
	"encoding/json"
	"os"
${imports})

func main() {
	var in struct {
		Bodies [][]string
		Pairs  [][][2]string
	}
	raw, err := os.ReadFile("input.json")
	if err != nil {
		panic(err)
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		panic(err)
	}
	out := []map[string]any{${calls}}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
${targets.map((t, i) => goReader(i, t.catalog.envelope.detailsShape === "inline" || t.catalog.envelope.fields.details !== undefined)).join("")}`;
    writeFileSync(join(dir, "main.go"), program);
    const { stdout } = await execFileAsync(go, ["run", "."], { cwd: dir, env: GO_ENV, maxBuffer: 256 * 1024 * 1024 });
    const results = JSON.parse(stdout) as { decoded: Partial<Decoded>[]; upstream: (string | null)[] }[];
    return {
      decoded: results.map((r) => r.decoded.map(normalise)),
      upstream: results.map((r) => r.upstream),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function normalise(d: Partial<Decoded>): Decoded {
  if (d.fallback === "not-an-error") return { fallback: "not-an-error", code: null, rawCode: null, status: null, retryable: null, details: null };
  return {
    fallback: d.fallback!,
    code: d.code ?? null,
    rawCode: d.rawCode ?? null,
    status: d.status ?? null,
    retryable: d.retryable ?? null,
    details: empty(d.details) ? null : d.details,
  };
}

// ---- Python ----

const PYTHON = `
import importlib, json, sys
task = json.load(sys.stdin)
sys.path.insert(0, task["src"])
pkg = importlib.import_module(task["package"])
out = []
for text in task["bodies"]:
    try:
        body = json.loads(text)
    except ValueError:
        out.append({"fallback": "not-an-error"})
        continue
    e = pkg.ApiError.from_response(body)
    if e.raw_code is None:
        out.append({"fallback": "not-an-error"})
        continue
    # An envelope without a details member has no details attribute.
    m = {"rawCode": e.raw_code, "status": e.status, "details": getattr(e, "details", None)}
    if e.code is None:
        m.update(fallback="unknown", retryable="unknown")
    else:
        m.update(fallback="known", code=e.code.value, retryable=e.code.info.retryable)
    out.append(m)
ups = [pkg.ErrorCode.from_upstream(p, c) for p, c in task["pairs"]]
encoded = [
    pkg.ApiError(pkg.ErrorCode(e["code"]), e["message"], **e["kwargs"]).to_body()
    for e in task["encode"]
]
print(json.dumps({"decoded": out, "upstream": [None if u is None else u.value for u in ups], "encoded": encoded}))
`;

export async function runPython(
  t: EnvelopeTarget,
  bodies: readonly string[],
  pairs: readonly (readonly [string, string])[],
  encode: readonly PythonEncode[],
): Promise<{ decoded: Decoded[]; upstream: (string | null)[]; encoded: unknown[] }> {
  const src = join(t.dir, "python", "src");
  const pkg = readdirSync(src).find((d) => !d.includes("."))!;
  const child = execFile(toolsPython(), ["-B", "-c", PYTHON], { maxBuffer: 256 * 1024 * 1024 });
  child.stdin!.end(JSON.stringify({ src, package: pkg, bodies, pairs, encode }));
  const stdout = await new Promise<string>((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout!.on("data", (b: Buffer) => (out += b.toString("utf8")));
    child.stderr!.on("data", (b: Buffer) => (err += b.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`python exited ${code}: ${err}`))));
  });
  const r = JSON.parse(stdout) as { decoded: Partial<Decoded>[]; upstream: (string | null)[]; encoded: unknown[] };
  return { decoded: r.decoded.map(normalise), upstream: r.upstream, encoded: r.encoded };
}

/** Every (provider, provider code) of the catalog, plus one no code maps, with the key each should give. */
export function upstreamPairs(catalog: Catalog): { pairs: [string, string][]; want: (string | null)[] } {
  const first = new Map<string, string>();
  for (const c of catalog.codes) for (const u of c.upstream) for (const code of u.codes) if (!first.has(`${u.provider}\0${code}`)) first.set(`${u.provider}\0${code}`, c.key);
  const pairs: [string, string][] = [...first.keys()].map((k) => k.split("\0") as [string, string]);
  pairs.push(["no-such-provider", "1"]);
  return { pairs, want: [...first.values(), null] };
}
