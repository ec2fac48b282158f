// Determinism: the same catalog gives the same bytes, on a second run, on a catalog
// compiled afresh, and on the same spec written in another order (files fed in
// reverse, codes, their keys and their details fields listed backwards). Catches
// output that depends on object identity, module state, Map/Set insertion order of
// the input, the clock or randomness.
import type { Generator } from "../generate/plugin.js";
import { lazyYaml } from "../generate/lazy.js";
import type { SourceText } from "../catalog/compile.js";
import { compileSource, hostileSource, readSource, runGenerator, type GeneratedFiles } from "./run.js";

export interface RunOptions {
  /** The project to compile (its `lockstep.config.yaml`); default: the hostile-text project (`hostileSource`). */
  readonly config?: string;
  /** Raw generator options, as under its key in the config. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** A template override folder laid out like `templates/` (`<dir>/<generator>/<name>.hbs`). */
  readonly templatesOverride?: string;
}

/** The spec texts with everything whose order carries no meaning reversed. */
export function reorderedSpecs(specs: readonly SourceText[]): SourceText[] {
  const YAML = lazyYaml();
  const reverseMap = (node: unknown): void => {
    if (YAML.isMap(node)) node.items.reverse();
  };
  return [...specs].reverse().map((spec) => {
    const doc = YAML.parseDocument(spec.text);
    reverseMap(doc.contents);
    const codes = YAML.isMap(doc.contents) ? doc.contents.get("codes", true) : undefined;
    if (YAML.isSeq(codes)) {
      codes.items.reverse();
      for (const code of codes.items) {
        reverseMap(code);
        if (YAML.isMap(code)) reverseMap(code.get("details", true));
      }
    }
    return { path: spec.path, text: doc.toString({ lineWidth: 0 }) };
  });
}

function compare(what: string, expected: GeneratedFiles, actual: GeneratedFiles): string[] {
  const problems: string[] = [];
  for (const [path, contents] of expected) {
    const other = actual.get(path);
    if (other === undefined) problems.push(`${what}: ${path} is missing`);
    else if (other !== contents) {
      const a = contents.split("\n");
      const b = other.split("\n");
      let i = 0;
      while (a[i] === b[i]) i++;
      problems.push(`${what}: ${path} differs at line ${i + 1}: ${JSON.stringify(a[i] ?? "<end>")} then ${JSON.stringify(b[i] ?? "<end>")}`);
    }
  }
  for (const path of actual.keys()) if (!expected.has(path)) problems.push(`${what}: ${path} appears only then`);
  return problems;
}

/** Runs `generator` four ways (see above) and throws, listing each difference, unless all give identical files. */
export function checkDeterminism(generator: Generator<unknown>, run: RunOptions = {}): GeneratedFiles {
  const source = run.config === undefined ? hostileSource() : readSource(run.config);
  const go = (specs?: readonly SourceText[]): GeneratedFiles => runGenerator(generator, compileSource(source, generator, specs), run.options, run.templatesOverride);
  const catalog = compileSource(source, generator);
  const first = runGenerator(generator, catalog, run.options, run.templatesOverride);
  const problems = [
    ...compare("a second run on the same catalog", first, runGenerator(generator, catalog, run.options, run.templatesOverride)),
    ...compare("a run on the catalog compiled again", first, go()),
    ...compare("a run on the spec written in another order", first, go(reorderedSpecs(source.specs))),
  ];
  if (problems.length) throw new Error(`lockstep/testing: generator "${generator.name}" is not deterministic:\n  ${problems.join("\n  ")}`);
  return first;
}
