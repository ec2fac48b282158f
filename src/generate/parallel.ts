// Generators on both cores, opt-in (LOCKSTEP_WORKERS=always): one worker thread runs part
// of the plan while the main thread runs the rest, stages every file and collects. Not on
// by default: at 50,000 codes it cost +700 MiB of peak RSS (the worker's own catalog and
// heap) and +25% CPU, against a wall-time gain that could not be measured on the loaded
// development machine (README, Benchmarks). Only generators a worker can load again move:
// built-ins (by name) and plugins imported by path (by module URL); a generator object
// handed in through the library API stays on the main thread. Scheduling changes nothing:
// files are staged and sorted by path, paths are checked in plan order, and each step's
// diagnostics are replayed into one bag in plan order with their places resolved here.
// A worker that cannot start or dies hands its unfinished steps back to the main thread.
import { serialize } from "node:v8";
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { BUILTIN_GENERATORS } from "../../generators/index.js";
import type { Catalog } from "../catalog/model.js";
import { DiagnosticBag, type Diagnostic } from "../diagnostics/diagnostics.js";
import { packageRoot } from "../io/package-root.js";
import { namesFor } from "../naming/allocate.js";
import { namingWithOptions } from "../naming/declared.js";
import { finishOutputs, generateStep, stepContext, streamGenerators, type GeneratedFile, type OutputEntry, type PlannedGenerator } from "./pipeline.js";
import type { TemplateLoader } from "./templates.js";
import { parseStepRef, type StepCall, type StepResult, type WorkerInput } from "./worker-protocol.js";

/** Rough share of a generate's CPU per built-in (50,000-code profile); plugins count 1. */
const WEIGHT: Readonly<Record<string, number>> = { ts: 3, go: 2, python: 2, openapi: 4, markdown: 1, rst: 1, html: 3, json: 2, changelog: 1 };

export interface Templates {
  readonly dir: string | undefined;
  readonly shown: string | undefined;
  readonly load: TemplateLoader;
}

/**
 * streamGenerators on one or two threads. `env.LOCKSTEP_WORKERS`: always (about half the
 * work in the worker), all (every movable step in it); otherwise one thread.
 */
export async function streamGeneratorsParallel(
  catalog: Catalog,
  plan: readonly PlannedGenerator[],
  templates: Templates,
  emit: (file: GeneratedFile) => void,
  between: (() => void) | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ outputs: OutputEntry[]; diagnostics: Diagnostic[] }> {
  const mode = env.LOCKSTEP_WORKERS;
  const movable = plan.map((p) => p.source !== undefined || BUILTIN_GENERATORS.some((g) => g === p.generator));
  const wanted = mode === "always" || mode === "all";
  // The names were allocated at compile time; a worker reads them (it never mints one).
  const sendable = wanted && movable.some(Boolean) && namesFor(catalog, plan.map((p) => namingWithOptions(p.generator, p.rawOptions))) === catalog.identifiers;
  if (!sendable) return streamGenerators(catalog, plan, templates.load, emit, between);

  // The worker takes movable steps until it holds about half the weight; the main thread keeps the rest.
  const weight = (p: PlannedGenerator): number => WEIGHT[p.generator.name] ?? 1;
  const total = plan.reduce((n, p) => n + weight(p), 0);
  const toWorker: number[] = [];
  let taken = 0;
  plan.forEach((p, i) => {
    if (movable[i] && taken + weight(p) / 2 <= total / 2) {
      toWorker.push(i);
      taken += weight(p);
    }
  });
  if (mode === "all") toWorker.splice(0, toWorker.length, ...plan.flatMap((_, i) => (movable[i] ? [i] : [])));
  else if (mode === "always" && toWorker.length === 0) toWorker.push(movable.indexOf(true));

  const results = new Map<number, StepResult>();
  const received = startWorker(catalog, plan, toWorker, templates, between !== undefined, (r) => {
    for (const f of r.files) emit({ path: f.path, bytes: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength), generator: plan[r.step]!.generator.name });
    results.set(r.step, { ...r, files: [] });
  });

  // The main thread's share, recorded per step so that diagnostics replay in plan order.
  const context = stepContext(catalog, plan, templates.load);
  const local = (i: number): StepResult => {
    const calls: StepCall[] = [];
    const outputs: OutputEntry[] = [];
    let files = generateStep(catalog, plan[i]!, context, { error: (code, message, loc) => void calls.push({ code, message, ...(loc && { loc }) }) }, outputs);
    for (const f of files) emit({ path: f.path, bytes: Buffer.from(f.contents, "utf8"), generator: plan[i]!.generator.name });
    files = [];
    between?.();
    return { step: i, outputs, files: [], calls };
  };
  plan.forEach((_, i) => {
    if (!toWorker.includes(i)) results.set(i, local(i));
  });
  await received;
  for (const i of toWorker) if (!results.has(i)) results.set(i, local(i)); // the worker failed before these

  const bag = new DiagnosticBag();
  const outputs: OutputEntry[] = [];
  for (let i = 0; i < plan.length; i++) {
    const r = results.get(i)!;
    for (const c of r.calls) {
      const ref = parseStepRef(c.loc);
      const loc = ref === undefined ? c.loc : ref.key === undefined ? plan[ref.step]!.loc : plan[ref.step]!.optionLoc(ref.key);
      bag.error(c.code, c.message, loc);
    }
    outputs.push(...r.outputs);
  }
  return { outputs: finishOutputs(outputs, plan, bag), diagnostics: bag.sorted() };
}

/**
 * The catalog as data: its Identifiers without the naming schemes' functions (`mint`),
 * which the worker never calls. worker.ts gives the object its class back. Everything is
 * one serialisation, so the names still point at the catalog's own code list.
 */
function portable(catalog: Catalog): unknown {
  const ids = catalog.identifiers;
  const schemes = ids.schemes.map(({ generator, scheme }) => ({ generator, scheme: Object.fromEntries(Object.entries(scheme).filter(([, v]) => typeof v !== "function")) }));
  return { ...catalog, identifiers: { ...ids, schemes } };
}

/** Starts the worker; resolves when it has finished or failed (then the steps it did not post are missing). */
function startWorker(catalog: Catalog, plan: readonly PlannedGenerator[], run: readonly number[], templates: Templates, reclaim: boolean, onResult: (r: StepResult) => void): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const input: WorkerInput = {
        lockstepGenerators: true,
        catalog: serialize(portable(catalog)),
        steps: plan.map((p) => ({ name: p.generator.name, ...(p.source !== undefined && { source: p.source }), outDir: p.outDir, rawOptions: p.rawOptions })),
        run,
        templatesDir: templates.dir,
        templatesShown: templates.shown,
        reclaim,
      };
      worker = new Worker(join(packageRoot(), "dist", "generate-worker.mjs"), { workerData: input });
    } catch {
      resolve(); // no worker (options that cannot be copied, no bundle): the main thread runs every step
      return;
    }
    let finished = false;
    const end = (): void => {
      if (finished) return;
      finished = true;
      void worker.terminate();
      resolve();
    };
    worker.on("message", (m: StepResult | { done: true } | { failed: string }) => {
      if ("step" in m) onResult(m);
      else end();
    });
    worker.on("error", end);
    worker.on("exit", end);
  });
}
