// The worker-thread side of parallel.ts: rebuilds the catalog (v8-serialised by the main
// thread), loads the plan's generators (built-ins by name, plugins from the module URL
// the main thread imported them from), runs the steps it was given and posts each step's
// files (UTF-8 bytes, transferred) and its diagnostics, whose places are step references
// the main thread resolves. Bundled as dist/generate-worker.mjs.
import { deserialize } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { BUILTIN_GENERATORS } from "../../generators/index.js";
import type { Catalog, SourceLoc } from "../catalog/model.js";
import { Identifiers } from "../naming/allocate.js";
import { fsTemplateLoader } from "../io/fs-templates.js";
import { describeThrown, generateStep, stepContext, type OutputEntry, type PlannedGenerator } from "./pipeline.js";
import type { Generator } from "./plugin.js";
import { collectGarbage } from "./reclaim.js";
import { stepRef, type StepCall, type StepResult, type WorkerInput } from "./worker-protocol.js";

async function main(input: WorkerInput): Promise<void> {
  const catalog = deserialize(input.catalog) as Catalog;
  Object.setPrototypeOf(catalog.identifiers, Identifiers.prototype); // plain data after the copy (parallel.ts)
  const plan: PlannedGenerator[] = [];
  for (const [i, s] of input.steps.entries()) {
    let generator: Generator<unknown> | undefined;
    if (s.source === undefined) generator = BUILTIN_GENERATORS.find((g) => g.name === s.name);
    else generator = ((await import(s.source)) as { default?: Generator<unknown> }).default;
    if (!generator || generator.name !== s.name) throw new Error(`generator "${s.name}" is not the one the main thread loaded`);
    const loc: SourceLoc = stepRef(i);
    plan.push({ generator, outDir: s.outDir, rawOptions: s.rawOptions, loc, optionLoc: (key) => stepRef(i, key) });
  }
  const context = stepContext(catalog, plan, fsTemplateLoader(input.templatesDir, input.templatesShown));
  const encoder = new TextEncoder();
  for (const i of input.run) {
    const calls: StepCall[] = [];
    const outputs: OutputEntry[] = [];
    const files = generateStep(catalog, plan[i]!, context, { error: (code, message, loc) => void calls.push({ code, message, ...(loc && { loc }) }) }, outputs);
    const encoded = files.map((f) => ({ path: f.path, bytes: encoder.encode(f.contents) }));
    const result: StepResult = { step: i, outputs, files: encoded, calls };
    parentPort!.postMessage(result, encoded.map((f) => f.bytes.buffer as ArrayBuffer));
    if (input.reclaim) collectGarbage();
  }
}

if (parentPort && (workerData as { lockstepGenerators?: boolean } | undefined)?.lockstepGenerators) {
  main(workerData as WorkerInput).then(
    () => parentPort!.postMessage({ done: true }),
    (e: unknown) => parentPort!.postMessage({ failed: describeThrown(e) }),
  );
}
