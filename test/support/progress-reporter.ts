// Prints a line when each test file starts and when it ends (with its duration and
// state), so a long suite run in CI or a pipe never sits silent for minutes while a
// toolchain test compiles. Added beside vitest's default reporter when stdout is not
// a terminal (a terminal already shows the running files).
import type { Reporter, TestModule } from "vitest/node";

const started = Date.now();
const clock = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`;

export default class ProgressReporter implements Reporter {
  onTestModuleStart(module: TestModule): void {
    process.stdout.write(`[${clock()}] start ${module.relativeModuleId}\n`);
  }

  onTestModuleEnd(module: TestModule): void {
    const ms = module.diagnostic().duration;
    process.stdout.write(`[${clock()}] ${module.state() === "passed" ? "done " : module.state().padEnd(5)} ${module.relativeModuleId} (${(ms / 1000).toFixed(1)} s)\n`);
  }
}
