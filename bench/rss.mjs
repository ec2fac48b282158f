// Preloaded into the measured process: writes its peak RSS (KiB) where LOCKSTEP_BENCH_RSS says,
// and its CPU time (user + system, µs, all threads) where LOCKSTEP_BENCH_CPU says.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.LOCKSTEP_BENCH_RSS) writeFileSync(process.env.LOCKSTEP_BENCH_RSS, String(process.resourceUsage().maxRSS));
  if (process.env.LOCKSTEP_BENCH_CPU) {
    const usage = process.resourceUsage();
    writeFileSync(process.env.LOCKSTEP_BENCH_CPU, String(usage.userCPUTime + usage.systemCPUTime));
  }
});
