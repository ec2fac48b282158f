// In-memory compile of a config + domain files, returning diagnostics as the
// one-line form users see (`spec/a.yaml:3:11 error LS021: …`).
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { enabledGenerators } from "../../src/io/plan.js";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";

export const CONFIG = "catalog:\n  name: test\n";

/** `files` maps `lockstep.config.yaml` (optional, defaults to CONFIG) and `spec/*.yaml` to their text. */
export function diagnose(files: Record<string, string>): string[] {
  const { config, diagnostics } = compileConfig({ path: "lockstep.config.yaml", text: files["lockstep.config.yaml"] ?? CONFIG });
  if (!config) return diagnostics.map(formatDiagnostic);
  const specs = Object.entries(files)
    .filter(([path]) => path.startsWith("spec/"))
    .map(([path, text]) => ({ path, text }));
  return compileSpecs(config, specs, undefined, enabledGenerators(config)).diagnostics.map(formatDiagnostic);
}
