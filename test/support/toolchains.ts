// Access to the real toolchains that verify generated output. A missing tool is a
// test failure with the fix, never a silent skip.
import { execFileSync, type ExecFileSyncOptions } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

/** The Python of `.tools/venv` (made by `scripts/setup-tools.sh`), or $LOCKSTEP_PYTHON. */
export function toolsPython(): string {
  const python = process.env.LOCKSTEP_PYTHON ?? join(ROOT, ".tools", "venv", "bin", "python");
  if (!existsSync(python)) {
    throw new Error(`Python tools are missing (${python}). Run: bash scripts/setup-tools.sh`);
  }
  return python;
}

/** Go runs offline and ignores the machine's workspace: generated modules have no dependencies. */
export const GO_ENV = { ...process.env, GOFLAGS: "-mod=mod", GOPROXY: "off", GOTOOLCHAIN: "local", GOWORK: "off", GONOSUMDB: "*", GOSUMDB: "off" };

/**
 * Builds wheels of `packageDirs` with the tools' hatchling (no network) and installs
 * `distributions` into a fresh, bare venv under `dir`; returns that venv's python.
 */
export function installInFreshVenv(dir: string, packageDirs: readonly string[], distributions: readonly string[]): string {
  const python = toolsPython();
  const pip = ["-m", "pip", "--disable-pip-version-check", "--no-input"];
  const wheels = join(dir, "wheels");
  const venv = join(dir, "venv");
  run(python, [...pip, "wheel", "--quiet", "--no-build-isolation", "--no-deps", "-w", wheels, ...packageDirs]);
  run(python, ["-m", "venv", "--without-pip", venv]);
  run(python, [...pip, "--python", join(venv, "bin", "python"), "install", "--quiet", "--no-index", "--no-compile", "--find-links", wheels, ...distributions]);
  return join(venv, "bin", "python");
}

/** Path of a command, or a clear error naming what to install. */
export function requireTool(command: string, install: string): string {
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(`${command} is not installed; ${install}`);
  }
}

/** Runs a command; on failure throws with its full output so the test shows why. */
export function run(command: string, args: readonly string[], options: ExecFileSyncOptions = {}): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options }) as string;
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${err.stdout ?? ""}${err.stderr ?? ""}\n${err.message}`);
  }
}

/** A temporary folder removed after `fn`, even when it throws. */
export function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "lockstep-"));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
