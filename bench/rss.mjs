// Preloaded into the measured process: writes its peak RSS (KiB) where LOCKSTEP_BENCH_RSS says.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.LOCKSTEP_BENCH_RSS) writeFileSync(process.env.LOCKSTEP_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
