// The large property run (bundled and started by bench/properties.mjs): random valid
// catalogs in batches through every generator and toolchain and the conformance
// comparison; prints the figures and every failure with the files that reproduce it.
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCampaign, type LocatedFailure } from "../../test/support/arbitrary/campaign.js";
import { STAGES, type Stage } from "../../test/support/arbitrary/run-batch.js";
import { signature } from "../../test/support/arbitrary/shrink.js";

function flag(argv: readonly string[], name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : argv[i + 1]!;
}

function printFailure(f: LocatedFailure, n: number): void {
  console.log(`\n---- failure ${n}: ${signature(f.failure)} (seed ${f.seed}, sample #${f.index}${f.shrunk ? ", shrunk" : ""})`);
  console.log(f.failure.message.split("\n").slice(0, 30).join("\n"));
  console.log(`-- files to reproduce:\n${f.repro}`);
}

export async function main(argv: readonly string[]): Promise<number> {
  const count = Number(flag(argv, "--count", "10000"));
  const batchSize = Number(flag(argv, "--batch", "250"));
  const seed = Number(flag(argv, "--seed", String(Date.now() % 1_000_000_000)));
  const stages = new Set(flag(argv, "--stages", STAGES.join(",")).split(",")) as Set<Stage>;
  const workDir = flag(argv, "--work", join(tmpdir(), `lockstep-properties-${process.pid}`));
  const show = Number(flag(argv, "--show", "20"));
  mkdirSync(workDir, { recursive: true });
  console.log(`lockstep properties: ${count} catalogs in batches of ${batchSize}, seed ${seed}, stages ${[...stages].join(" ")}`);
  const result = await runCampaign({
    seed,
    count,
    batchSize,
    workDir,
    stages,
    shrink: { kinds: Number(flag(argv, "--shrink", "8")), ms: 90_000 },
    log: (line) => console.log(line),
  });
  const kinds = new Map<string, number>();
  for (const f of result.failures) kinds.set(signature(f.failure), (kinds.get(signature(f.failure)) ?? 0) + 1);
  const shown = new Set<string>();
  let n = 0;
  for (const f of result.failures) {
    const kind = signature(f.failure);
    if (shown.has(kind) || n >= show) continue;
    shown.add(kind);
    printFailure(f, ++n);
  }
  console.log("\n---- every failure (seed, sample, kind, first line)");
  for (const f of result.failures) console.log(`seed ${f.seed} #${f.index} ${signature(f.failure)}: ${f.failure.message.split("\n")[0]!.slice(0, 200)}`);
  const seconds = result.elapsedMs / 1000;
  console.log("\n==== lockstep property run");
  console.log(`seed                      ${seed} (batch b uses seed ${seed} + b, ${batchSize} per batch)`);
  console.log(`catalogs tried            ${result.tried}`);
  console.log(`catalogs passed           ${result.passed}`);
  console.log(`catalogs failed           ${result.failed}`);
  console.log(`outputs checked (files)   ${result.files}`);
  console.log(`toolchain failures        ${result.failures.filter((f) => f.failure.check !== "conformance").length}`);
  console.log(`conformance mismatches    ${result.mismatches ?? "not run (test/support/conformance unavailable)"}`);
  console.log(`rejected by the compiler  ${result.rejected} (deliberate identifier clashes, LS027)`);
  console.log(`rejected by a generator   ${result.generatorRejected} (name clashes only a generator checks)`);
  console.log(`elapsed                   ${seconds.toFixed(0)} s (${((result.elapsedMs / Math.max(1, result.tried)) | 0)} ms per catalog)`);
  console.log(`stage time (ms, overlapping) ${JSON.stringify(result.timings)}`);
  for (const [kind, k] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${k}× ${kind}`);
  return result.failures.length === 0 && result.tried === count ? 0 : 1;
}
