// Running a generator the way `lockstep generate` does, for a third-party generator's
// tests: a project folder compiled with the generator enabled (its declared names are
// checked and allocated), the pipeline's option parsing, template loading and path
// checks, and every diagnostic turned into one thrown Error with its locations.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Catalog } from "../catalog/model.js";
import { compileSpecs, type SourceText } from "../catalog/compile.js";
import { formatReport } from "../diagnostics/diagnostics.js";
import { runGenerators } from "../generate/pipeline.js";
import type { Generator } from "../generate/plugin.js";
import { fsTemplateLoader } from "../io/fs-templates.js";
import { packageRoot } from "../io/package-root.js";
import { readProject } from "../io/read-project.js";
import { extraSpec } from "./extra.js";

/** Generated files: POSIX path relative to the generator's output folder → contents. */
export type GeneratedFiles = ReadonlyMap<string, string>;

/** A project folder's config and specs, read once. */
export interface ProjectSource {
  readonly configPath: string;
  readonly config: NonNullable<ReturnType<typeof readProject>["config"]>;
  readonly specs: readonly SourceText[];
  readonly lock: SourceText | undefined;
  readonly texts: ReadonlyMap<string, string>;
}

/** Reads a project (`lockstep.config.yaml` and its spec folder); throws its diagnostics. */
export function readSource(configPath: string): ProjectSource {
  const files = readProject(configPath);
  if (!files.config || files.diagnostics.length) throw new Error(`lockstep/testing: ${configPath} does not load:\n${formatReport(files.diagnostics, files.texts)}`);
  return { configPath, config: files.config, specs: files.specs, lock: files.lock, texts: files.texts };
}

/** Compiles `source` (or its specs replaced by `specs`) with `generator` enabled, so its names are allocated. */
export function compileSource(source: ProjectSource, generator?: Generator<unknown>, specs: readonly SourceText[] = source.specs): Catalog {
  const result = compileSpecs(source.config, specs, source.lock, generator ? [generator] : []);
  if (!result.catalog) {
    const texts = new Map(source.texts);
    for (const s of specs) texts.set(s.path, s.text);
    throw new Error(`lockstep/testing: ${source.configPath} does not compile${generator ? ` with generator "${generator.name}"` : ""}:\n${formatReport(result.diagnostics, texts)}`);
  }
  return result.catalog;
}

/** The raw options the config at `configPath` gives generator `name` (`{}` when it names none). */
export function configOptions(configPath: string, name: string): Readonly<Record<string, unknown>> {
  return readSource(configPath).config.generators?.find((g) => g.name === name)?.options ?? {};
}

/** The catalog of the project whose config is `configPath`, compiled with `generator` enabled. */
export function loadCatalog(configPath: string, generator?: Generator<unknown>): Catalog {
  return compileSource(readSource(configPath), generator);
}

/**
 * The hostile-text project: the torture fixture every built-in target is tested on.
 * Titles, descriptions, notes, enum values and package metadata that hold comment
 * closers, quotes of every kind, backslashes, template syntax, Markdown/RST/HTML,
 * bidi and zero-width characters, keywords as names, and a trailing backslash.
 */
export function hostileConfigPath(): string {
  const root = packageRoot();
  // The published package has a copy in dist/ (scripts/build.mjs); a checkout has the original.
  for (const dir of [join(root, "dist", "testing", "torture"), join(root, "test", "fixtures", "torture")]) {
    const config = join(dir, "lockstep.config.yaml");
    if (existsSync(config)) return config;
  }
  throw new Error(`lockstep/testing: the hostile-text fixture is missing from ${root} (dist/testing/torture/); reinstall lockstep or run its build`);
}

/** The hostile-text project: the torture fixture plus one more domain of escapes other languages decode (extra.ts). */
export function hostileSource(): ProjectSource {
  const source = readSource(hostileConfigPath());
  const extra = extraSpec();
  return { ...source, specs: [...source.specs, extra], texts: new Map([...source.texts, [extra.path, extra.text]]) };
}

/** The hostile-text catalog (see `hostileSource`), compiled with `generator` enabled. */
export function hostileCatalog(generator?: Generator<unknown>): Catalog {
  return compileSource(hostileSource(), generator);
}

/** Every text of the hostile catalog (titles, descriptions, causes, fixes, notes, reasons, enum values), for an escaper's own unit tests. */
export function hostileStrings(): string[] {
  const catalog = hostileCatalog();
  const out = new Set<string>([catalog.title]);
  const add = (s: string | undefined): void => void (s !== undefined && out.add(s));
  for (const d of catalog.domains) [d.title, d.description, d.notes].forEach(add);
  for (const c of catalog.codes) {
    [c.title, c.description, c.cause, c.fix, c.retry.strategy, c.deprecated?.reason].forEach(add);
    for (const r of c.related) add(r.note);
    for (const t of c.tags) add(t);
    const fields = [...c.details];
    for (let f = fields.shift(); f; f = fields.shift()) {
      add(f.description);
      if (f.type.kind === "enum") f.type.values.forEach(add);
      if (f.type.kind === "object") fields.push(...f.type.fields);
    }
  }
  return [...out].sort();
}

/**
 * Runs `generator` on `catalog` with raw config `options`, through the same pipeline as
 * `lockstep generate` (option parsing, templates from its `templatesDir` or
 * `templatesOverride`, path checks, LF and final newline). Any diagnostic throws.
 */
export function runGenerator(generator: Generator<unknown>, catalog: Catalog, options: Readonly<Record<string, unknown>> = {}, templatesOverride?: string): Map<string, string> {
  const loc = { file: "lockstep.config.yaml", line: 1, col: 1 };
  const { files, diagnostics } = runGenerators(catalog, [{ generator, outDir: ".", rawOptions: options, loc, optionLoc: () => loc }], fsTemplateLoader(templatesOverride));
  if (diagnostics.length) throw new Error(`lockstep/testing: generator "${generator.name}" failed:\n${formatReport(diagnostics, new Map())}`);
  return new Map(files.map((f) => [f.path, f.bytes.toString("utf8")]));
}
