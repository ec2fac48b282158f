// Writes a catalog's artifacts in the suite's default layout: each built-in generator
// in a folder named after it (`ts/`, `go/`, `python/`, `openapi/`, `markdown/`,
// `rst/`, …) and `json` at the root (`catalog.json`).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { BUILTIN_GENERATORS } from "../../../generators/index.js";
import { formatReport } from "../../../src/diagnostics/diagnostics.js";
import { fsTemplateLoader } from "../../../src/io/fs-templates.js";
import type { Catalog } from "../../../src/catalog/model.js";
import { runGenerators } from "../../../src/generate/pipeline.js";

/** Generates every built-in into `outDir`; `options` by generator name. Throws on a diagnostic. */
export function writeOutDir(catalog: Catalog, outDir: string, options: Readonly<Record<string, Record<string, unknown>>> = {}): void {
  const loc = { file: "lockstep.config.yaml", line: 1, col: 1 };
  const plan = BUILTIN_GENERATORS.map((generator) => ({
    generator,
    outDir: generator.name === "json" ? "." : generator.name,
    rawOptions: options[generator.name] ?? {},
    loc,
    optionLoc: () => loc,
  }));
  const { files, diagnostics } = runGenerators(catalog, plan, fsTemplateLoader(undefined));
  if (diagnostics.length) throw new Error(formatReport(diagnostics, new Map()));
  for (const file of files) {
    const path = join(outDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
}
