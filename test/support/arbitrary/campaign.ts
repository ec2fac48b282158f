// Many batches of random catalogs: batch b holds `fc.sample(arbitrary, { seed: seed + b,
// numRuns: batchSize })`, so (seed + b, index) names any sample for a re-run. While
// batch b's toolchains run (child processes), batch b+1 is generated in process.
import fc from "fast-check";
import { join } from "node:path";
import type { Failure } from "./batch.js";
import { sampleArbitrary, type Sample } from "./catalog.js";
import { formatTexts, renderSample } from "./render.js";
import { finishBatch, prepareBatch, type BatchResult, type Stage } from "./run-batch.js";
import { shrink, signature } from "./shrink.js";

export interface CampaignOptions {
  readonly seed: number;
  /** Catalogs to try. */
  readonly count: number;
  readonly batchSize: number;
  /** Scratch folder: two batch folders and the mypy cache live here. */
  readonly workDir: string;
  readonly stages?: ReadonlySet<Stage>;
  /** Failures to shrink (the first of each kind), and the time each may take. */
  readonly shrink?: { readonly kinds: number; readonly ms: number };
  readonly log?: (line: string) => void;
}

export interface LocatedFailure {
  /** Seed of the failing sample's batch and its index there. */
  readonly seed: number;
  readonly index: number;
  readonly failure: Failure;
  readonly sample: Sample | undefined;
  /** Files to reproduce it (shrunk when it was shrunk). */
  readonly repro: string;
  readonly shrunk: boolean;
}

export interface CampaignResult {
  readonly tried: number;
  /** Catalogs that compiled, generated and passed every check. */
  readonly passed: number;
  readonly files: number;
  readonly rejected: number;
  readonly generatorRejected: number;
  readonly mismatches: number | undefined;
  readonly failures: readonly LocatedFailure[];
  /** Catalogs with at least one failure. */
  readonly failed: number;
  readonly elapsedMs: number;
  readonly timings: Readonly<Record<string, number>>;
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const started = Date.now();
  const arbitrary = sampleArbitrary();
  const batches = Math.ceil(options.count / options.batchSize);
  const mypyCache = join(options.workDir, "mypy-cache");
  const samplesOf = (b: number) => fc.sample(arbitrary, { seed: options.seed + b, numRuns: Math.min(options.batchSize, options.count - b * options.batchSize) });
  const prepare = (b: number) => prepareBatch(samplesOf(b), { root: join(options.workDir, `batch-${b % 2}`), mypyCache, stages: options.stages });

  const totals = { tried: 0, passed: 0, failed: 0, files: 0, rejected: 0, generatorRejected: 0, mismatches: undefined as number | undefined };
  const timings: Record<string, number> = {};
  const located: LocatedFailure[] = [];
  const account = (b: number, r: BatchResult) => {
    const bad = new Set(r.failures.flatMap((f) => (f.index >= 0 ? [f.index] : [])));
    totals.tried += r.items.length;
    totals.failed += bad.size;
    totals.passed += r.items.filter((i) => i.run.outcome === "ok" && !bad.has(i.index)).length;
    totals.files += r.files;
    totals.rejected += r.rejected;
    totals.generatorRejected += r.generatorRejected;
    if (r.mismatches !== undefined) totals.mismatches = (totals.mismatches ?? 0) + r.mismatches;
    for (const [k, v] of Object.entries(r.timings)) timings[k] = (timings[k] ?? 0) + v;
    for (const failure of r.failures) {
      const item = r.items[failure.index];
      located.push({ seed: options.seed + b, index: failure.index, failure, sample: item?.run.sample, repro: item ? formatTexts(item.run.texts) : "", shrunk: false });
      // Logged as found, so a long run that dies later still tells what it saw.
      options.log?.(`  failure: seed ${options.seed + b} #${failure.index} ${failure.check}: ${failure.message.split("\n")[0]!.slice(0, 300)}`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    options.log?.(`batch ${b + 1}/${batches} (seed ${options.seed + b}): ${r.items.length} catalogs, ${r.failures.length} failures; total ${totals.tried} tried, ${totals.passed} passed, ${seconds}s`);
  };

  let prepared = await prepare(0);
  for (let b = 0; b < batches; b++) {
    const finishing = finishBatch(prepared);
    // The next batch is generated while this one's toolchains run.
    const preparing = b + 1 < batches ? prepare(b + 1) : undefined;
    account(b, await finishing);
    if (preparing) prepared = await preparing;
  }
  return { ...totals, failures: await shrinkSome(located, options), elapsedMs: Date.now() - started, timings };
}

/** Shrinks the first failure of each kind (up to `kinds`); the rest keep the full sample. */
async function shrinkSome(failures: LocatedFailure[], options: CampaignOptions): Promise<LocatedFailure[]> {
  if (!options.shrink) return failures;
  const done = new Set<string>();
  const out: LocatedFailure[] = [];
  for (const f of failures) {
    const kind = signature(f.failure);
    if (done.has(kind) || done.size >= options.shrink.kinds || !f.sample) {
      out.push(f);
      continue;
    }
    done.add(kind);
    options.log?.(`shrinking ${kind} (seed ${f.seed}, #${f.index})…`);
    const small = await shrink(f.sample, f.failure, 200, options.shrink.ms);
    out.push({ ...f, failure: small.failure, sample: small.sample, repro: formatTexts(renderSample(small.sample)), shrunk: true });
  }
  return out;
}
