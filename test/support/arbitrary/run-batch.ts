// Checks a batch of samples end to end in two phases: `prepareBatch` compiles and
// generates each sample in process, writes them side by side and runs the in-process
// checks; `finishBatch` runs every external toolchain once over the whole batch (side
// by side), then the conformance comparison. A campaign overlaps one batch's
// toolchains with the next batch's preparation.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { isSafeOutputPath } from "../../../src/generate/pipeline.js";
import { writeBatch, type BatchItem, type Failure } from "./batch.js";
import type { Sample } from "./catalog.js";
import { checkGo, checkPython, checkTs } from "./check-code.js";
import { checkMarkdown } from "./check-markdown.js";
import { checkOpenapi } from "./check-openapi.js";
import { checkRst } from "./check-rst.js";
import { checkConformance } from "./conformance.js";
import type { SampleTexts } from "./render.js";

export const STAGES = ["files", "openapi", "markdown", "tsc", "go", "mypy", "docutils", "conformance"] as const;
export type Stage = (typeof STAGES)[number];

/** The stage that reports failures of a check (`go vet` → `go`). */
export function stageOf(check: string): Stage | "compile" {
  if (check.startsWith("gofmt") || check.startsWith("go ")) return "go";
  const first = check.split(" ")[0]!;
  return (STAGES as readonly string[]).includes(first) ? (first as Stage) : "compile";
}

export interface BatchOptions {
  /** Folder for the batch (emptied first). */
  readonly root: string;
  /** mypy cache shared across batches. */
  readonly mypyCache: string;
  /** Stages to run (compile always runs); default all. */
  readonly stages?: ReadonlySet<Stage>;
}

export interface BatchResult {
  readonly items: readonly BatchItem[];
  readonly failures: readonly Failure[];
  /** Generated files checked. */
  readonly files: number;
  /** Samples the compiler rejected as it must (a deliberate identifier clash). */
  readonly rejected: number;
  /** Samples a generator refused for a name clash the compiler does not check. */
  readonly generatorRejected: number;
  /** Conformance mismatches (also in `failures`); undefined when the comparison did not run. */
  readonly mismatches: number | undefined;
  /** Milliseconds per stage (toolchains overlap, so they do not add up). */
  readonly timings: Readonly<Record<string, number>>;
}

interface Prepared {
  readonly options: BatchOptions;
  readonly items: readonly BatchItem[];
  readonly ok: readonly BatchItem[];
  readonly failures: Failure[];
  readonly timings: Record<string, number>;
}

/** LF only, exactly one final newline, safe relative paths. */
function checkFiles(items: readonly BatchItem[]): Failure[] {
  const failures: Failure[] = [];
  for (const item of items) {
    for (const f of item.run.files) {
      const text = f.bytes.toString("utf8");
      const problem = !isSafeOutputPath(f.path) ? "unsafe path" : text.includes("\r") ? "contains CR" : !text.endsWith("\n") || text.endsWith("\n\n") ? "does not end with exactly one LF" : undefined;
      if (problem) failures.push({ index: item.index, check: "files", message: `${item.dir}/${f.path} ${problem}` });
    }
  }
  return failures;
}

async function timed<T>(timings: Record<string, number>, stage: string, fn: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + Math.round(performance.now() - start);
  }
}

const enabled = (options: BatchOptions, stage: Stage) => !options.stages || options.stages.has(stage);

/** Generates and writes the batch; runs the in-process checks (files, OpenAPI, Markdown). */
export async function prepareBatch(samples: readonly (Sample | SampleTexts)[], options: BatchOptions): Promise<Prepared> {
  rmSync(options.root, { recursive: true, force: true });
  mkdirSync(options.root, { recursive: true });
  if (!existsSync(options.mypyCache)) mkdirSync(options.mypyCache, { recursive: true });
  const timings: Record<string, number> = {};
  const items = await timed(timings, "generate", () => writeBatch(options.root, samples));
  const failures: Failure[] = items.filter((i) => i.run.outcome === "failed").map((i) => ({ index: i.index, check: "compile", message: i.run.problems }));
  const ok = items.filter((i) => i.run.outcome === "ok");
  if (enabled(options, "files")) failures.push(...checkFiles(ok));
  if (enabled(options, "openapi")) failures.push(...(await timed(timings, "openapi", () => checkOpenapi(ok))));
  if (enabled(options, "markdown")) failures.push(...(await timed(timings, "markdown", () => checkMarkdown(ok))));
  return { options, items, ok, failures, timings };
}

/** The external toolchains and the conformance comparison, side by side, each one process over the whole batch. */
export async function finishBatch(prepared: Prepared): Promise<BatchResult> {
  const { options, items, ok, failures, timings } = prepared;
  const { root } = options;
  const on = (stage: Stage) => enabled(options, stage);
  const conformance = async (): Promise<Failure[]> => {
    try {
      return await timed(timings, "conformance", () => checkConformance(root, ok));
    } catch (e) {
      // The comparison itself broke (not a sample's fault): one failure naming no sample.
      return [{ index: -1, check: "conformance", message: `the conformance comparison failed: ${(e as Error).stack ?? e}` }];
    }
  };
  // The conformance program compiles every Go package (a compile error is its `build`
  // mismatch), so with it on, `go build` would only compile them a second time.
  const goBuild = !on("conformance");
  const [conformed, ...tools] = await Promise.all([
    on("conformance") ? conformance() : undefined,
    on("tsc") ? timed(timings, "tsc", () => checkTs(root, ok)) : [],
    on("go") ? timed(timings, "go", () => checkGo(root, ok, goBuild)) : [],
    on("mypy") ? timed(timings, "mypy", () => checkPython(root, ok, options.mypyCache)) : [],
    on("docutils") ? timed(timings, "docutils", () => checkRst(root, ok)) : [],
  ]);
  failures.push(...tools.flat(), ...(conformed ?? []));
  return {
    items,
    failures,
    files: ok.reduce((n, i) => n + i.run.files.length, 0),
    rejected: items.filter((i) => i.run.outcome === "rejected").length,
    generatorRejected: items.filter((i) => i.run.outcome === "generator-rejected").length,
    mismatches: conformed?.filter((f) => f.index >= 0).length,
    timings,
  };
}

/** Samples, or ready-made files (config and domain texts) such as a known bug's. */
export async function runBatch(samples: readonly (Sample | SampleTexts)[], options: BatchOptions): Promise<BatchResult> {
  return finishBatch(await prepareBatch(samples, options));
}
