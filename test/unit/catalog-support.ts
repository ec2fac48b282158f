// Catalogs compiled in memory from config and spec text, through the same compiler the
// CLI uses, for generator table tests. No files, no child processes.
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";
import type { Catalog } from "../../src/catalog/model.js";
import { runGenerators } from "../../src/generate/pipeline.js";
import type { Generator } from "../../src/generate/plugin.js";
import { fsTemplateLoader } from "../../src/io/fs-templates.js";

/** `config`: the lines under `catalog:` after `name: t`; `specs`: path under spec/ → text. */
export function catalogOf(config: string, specs: Record<string, string>): Catalog {
  const text = `catalog:\n  name: t\n${config.replace(/^(?=.)/gm, "  ")}`;
  const compiled = compileConfig({ path: "lockstep.config.yaml", text });
  if (!compiled.config) throw new Error(compiled.diagnostics.map(formatDiagnostic).join("\n"));
  const result = compileSpecs(compiled.config, Object.entries(specs).map(([path, text]) => ({ path: `spec/${path}`, text })));
  if (!result.catalog) throw new Error(result.diagnostics.map(formatDiagnostic).join("\n"));
  return result.catalog;
}

/** Runs one generator; path → contents. Throws the diagnostics of a run that reports any. */
export function generateWith(generator: Generator<unknown>, catalog: Catalog, options: Record<string, unknown> = {}): Map<string, string> {
  const loc = { file: "lockstep.config.yaml", line: 1, col: 1 };
  const { files, diagnostics } = runGenerators(catalog, [{ generator, outDir: ".", rawOptions: options, loc, optionLoc: () => loc }], fsTemplateLoader(undefined));
  if (diagnostics.length) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return new Map(files.map((f) => [f.path, f.bytes.toString("utf8")]));
}
