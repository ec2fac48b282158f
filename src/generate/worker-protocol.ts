// What the main thread and a generator worker (worker.ts, parallel.ts) exchange.
import type { DiagnosticCode } from "../diagnostics/diagnostics.js";
import type { SourceLoc } from "../catalog/model.js";
import type { OutputEntry } from "./pipeline.js";

export interface WorkerStep {
  readonly name: string;
  /** A plugin's module URL; absent for a built-in. */
  readonly source?: string;
  readonly outDir: string;
  readonly rawOptions: Readonly<Record<string, unknown>>;
}

export interface WorkerInput {
  readonly lockstepGenerators: true;
  /** The catalog, v8-serialised (cheaper than compiling the spec again: 1.1 s against 4.2 s of CPU at 50,000 codes). */
  readonly catalog: Uint8Array;
  /** Every step of the plan (names are allocated across all of them). */
  readonly steps: readonly WorkerStep[];
  /** The steps this worker runs (indices into steps). */
  readonly run: readonly number[];
  readonly templatesDir: string | undefined;
  readonly templatesShown: string | undefined;
  /** Collect garbage after each step (reclaim.ts), as the main thread does for a large catalog. */
  readonly reclaim: boolean;
}

/** One `bag.error` call, replayed by the main thread in plan order. */
export interface StepCall {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly loc?: SourceLoc;
}

export interface StepResult {
  readonly step: number;
  readonly outputs: OutputEntry[];
  readonly files: { readonly path: string; readonly bytes: Uint8Array }[];
  readonly calls: StepCall[];
}

const REF = "\0lockstep-step\0";

/** A place that stands for step i (or its option `key`) until the main thread resolves it. */
export function stepRef(i: number, key?: string): SourceLoc {
  return { file: `${REF}${i}${key === undefined ? "" : `\0${key}`}`, line: 0, col: 0 };
}

/** The step (and option key) a place stands for, or undefined for a real place. */
export function parseStepRef(loc: SourceLoc | undefined): { step: number; key?: string } | undefined {
  if (!loc?.file.startsWith(REF)) return undefined;
  const [step, key] = loc.file.slice(REF.length).split("\0");
  return key === undefined ? { step: Number(step) } : { step: Number(step), key };
}
