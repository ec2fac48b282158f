// A batch of samples written side by side (`<root>/s0007/<generator out>/…`) so one
// toolchain invocation checks hundreds of catalogs; failures map back to a sample
// through its folder name (or its Go module path, Python package, …).
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { defaultPackageName } from "../../../src/naming/python.js";
import type { Sample } from "./catalog.js";
import { fillNames } from "./config.js";
import { runTexts, type SampleRun } from "./pipeline.js";
import { renderSample, type SampleTexts } from "./render.js";

export interface BatchItem {
  /** Index of the sample in its batch. */
  readonly index: number;
  /** Folder of the sample's output, relative to the batch root: `s0007`. */
  readonly dir: string;
  readonly run: SampleRun;
}

export interface Failure {
  /** Index in the batch; -1 when a toolchain failed without naming a sample. */
  readonly index: number;
  /** `tsc`, `gofmt`, `go vet`, `mypy`, `openapi`, `markdown`, `docutils`, `conformance`, `files`, `compile`, … */
  readonly check: string;
  readonly message: string;
}

export const dirOf = (index: number): string => `s${String(index).padStart(4, "0")}`;

/**
 * Catalog names feed package names and Go module paths, which must differ within a
 * batch: a repeated name gets a `-N` suffix (still a valid slug).
 */
export function distinctNames(samples: readonly Sample[]): Sample[] {
  const used = new Set<string>();
  /** The names that must be unique: catalog, Python package, Go module path. */
  const keys = (s: Sample, name: string): string[] => {
    const options = fillNames(s.config.generators ?? {}, name) as Record<string, Record<string, string> | undefined>;
    const pkg = options.python?.packageName || defaultPackageName(name);
    return [`catalog:${name}`, `python:${pkg}`, `go:${options.go?.modulePath || name}`];
  };
  return samples.map((s) => {
    let name = s.config.name;
    for (let n = 2; keys(s, name).some((k) => used.has(k)); n++) name = `${s.config.name}-${n}`;
    for (const k of keys(s, name)) used.add(k);
    return name === s.config.name ? s : { ...s, config: { ...s.config, name } };
  });
}

/**
 * Compiles and generates every sample and writes the `ok` ones under `root`. Yields to
 * the event loop between samples, so the previous batch's toolchains keep advancing.
 */
export async function writeBatch(root: string, samples: readonly (Sample | SampleTexts)[]): Promise<BatchItem[]> {
  const items: BatchItem[] = [];
  const asSample = (texts: SampleTexts): Sample => ({ config: { name: "" }, domains: [], style: 0, nearCollision: false, texts }) as Sample;
  const list = samples.every((s) => "domains" in s) ? distinctNames(samples as Sample[]) : samples;
  for (const [index, entry] of list.entries()) {
    // Ready-made texts (a known bug's files) run as they are.
    const run = "domains" in entry ? runTexts(entry, renderSample(entry)) : runTexts(asSample(entry), entry);
    const dir = dirOf(index);
    for (const file of run.files) {
      const path = join(root, dir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.bytes);
    }
    items.push({ index, dir, run });
    await new Promise(setImmediate);
  }
  return items;
}

/** Sample index of a path such as `s0007/go/code.go` or `/tmp/x/s0007/…`. */
export function indexOfPath(text: string): number | undefined {
  const m = /(?:^|[/\s(])s(\d{4})\//.exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * Splits tool output into per-sample failures: each line that names a sample's path
 * starts a new entry; following lines (context, notes) stay with it.
 */
export function failuresFromOutput(check: string, output: string, indexOf: (line: string) => number | undefined = indexOfPath): Failure[] {
  const failures: Failure[] = [];
  let current: { index: number; lines: string[] } | undefined;
  for (const line of output.split("\n")) {
    const index = indexOf(line);
    if (index !== undefined) {
      if (current) failures.push({ index: current.index, check, message: current.lines.join("\n") });
      current = { index, lines: [line] };
    } else if (current && line.trim() !== "") current.lines.push(line);
    else if (!current && line.trim() !== "") current = { index: -1, lines: [line] };
  }
  if (current) failures.push({ index: current.index, check, message: current.lines.join("\n") });
  return failures;
}

export interface ToolResult {
  readonly status: number | null;
  readonly output: string;
}

/** Runs a tool without throwing, in the background (toolchains of a batch run side by side); stdout and stderr together. */
export function tool(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", (e) => reject(new Error(`${command} could not run: ${e.message}`)));
    child.on("close", (status) => resolve({ status, output: Buffer.concat(chunks).toString("utf8") }));
    // A tool that exits without reading its input closes the pipe: EPIPE is not a failure.
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}
