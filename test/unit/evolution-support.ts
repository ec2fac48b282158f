// Compiles a catalog's history in memory: each version against the lockfile the one
// before it wrote, as `lockstep generate` would across releases.
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { enabledGenerators } from "../../src/io/plan.js";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";

export interface Step {
  readonly version: string;
  /** `spec/<domain>.yaml` → text. */
  readonly files: Readonly<Record<string, string>>;
  /** Extra config lines under `catalog:`. */
  readonly catalog?: string;
}

export function compileStep(step: Step, lockfile: string | undefined) {
  const text = `catalog:\n  name: shop\n  version: "${step.version}"\n${step.catalog ?? ""}`;
  const { config } = compileConfig({ path: "lockstep.config.yaml", text });
  const specs = Object.entries(step.files).map(([path, t]) => ({ path, text: t }));
  return compileSpecs(config!, specs, lockfile === undefined ? undefined : { path: "spec/lockstep.lock.json", text: lockfile }, enabledGenerators(config!));
}

/** Compiles every step; all but the last must compile cleanly. Returns the last result. */
export function history(steps: readonly Step[]) {
  let lock: string | undefined;
  for (const step of steps.slice(0, -1)) {
    const r = compileStep(step, lock);
    const errors = r.diagnostics.map(formatDiagnostic);
    if (errors.length) throw new Error(`version ${step.version} does not compile:\n${errors.join("\n")}`);
    lock = r.lockfile;
  }
  const last = compileStep(steps[steps.length - 1]!, lock);
  return {
    ...last,
    /** "" when the spec did not get as far as evolution. */
    lockfile: last.lockfile ?? "",
    errors: last.diagnostics.map(formatDiagnostic),
    summary: (last.changes ?? []).map((c) => `${c.kind} ${c.code}${c.rule ? ` [${c.rule}]` : ""}: ${c.change}`),
  };
}
