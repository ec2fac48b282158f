// Test helpers: compile a fixture folder to a Catalog and run one generator on it,
// through the same loader, pipeline and template loader the CLI uses.
import { join } from "node:path";
import { formatReport } from "../../src/diagnostics/diagnostics.js";
import { fsTemplateLoader } from "../../src/io/fs-templates.js";
import { loadProject } from "../../src/io/project.js";
import type { Catalog } from "../../src/catalog/model.js";
import { runGenerators } from "../../src/generate/pipeline.js";
import type { Generator } from "../../src/generate/plugin.js";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** Fixture names every generator is tested on. */
export const GENERATOR_FIXTURES = ["minimal", "torture", "scoped"] as const;

export function loadFixture(name: string): Catalog {
  const project = loadProject(join(FIXTURES, name, "lockstep.config.yaml"));
  if (!project.catalog) throw new Error(`fixture ${name} does not compile:\n${formatReport(project.diagnostics, project.texts)}`);
  return project.catalog;
}

/** Runs `generator` with raw `options`; returns path (relative to its out folder) → contents. */
export function generate(generator: Generator<unknown>, catalog: Catalog, options: Record<string, unknown> = {}): Map<string, string> {
  const loc = { file: "lockstep.config.yaml", line: 1, col: 1 };
  const { files, diagnostics } = runGenerators(
    catalog,
    [{ generator, outDir: ".", rawOptions: options, loc, optionLoc: () => loc }],
    fsTemplateLoader(undefined),
  );
  if (diagnostics.length) throw new Error(formatReport(diagnostics, new Map()));
  return new Map(files.map((f) => [f.path, f.bytes.toString("utf8")]));
}
