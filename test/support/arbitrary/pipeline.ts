// One sample through the product, in process: its YAML texts → `compileConfig` →
// `compileSpecs` → every built-in generator (with the config's options), exactly as
// the CLI plans them. Classifies the outcome; writes nothing.
import { BUILTIN_GENERATORS } from "../../../generators/index.js";
import { compileConfig, compileSpecs } from "../../../src/catalog/compile.js";
import { enabledGenerators } from "../../../src/io/plan.js";
import { formatReport, type Diagnostic } from "../../../src/diagnostics/diagnostics.js";
import { fsTemplateLoader } from "../../../src/io/fs-templates.js";
import { lazyHandlebars } from "../../../src/generate/lazy.js";
import { templateOptions } from "../../../src/generate/template-options.js";
import type { TemplateLoader } from "../../../src/generate/templates.js";
import type { Config } from "../../../src/load/config.js";
import type { Catalog } from "../../../src/catalog/model.js";
import { runGenerators, type GeneratedFile, type PlannedGenerator } from "../../../src/generate/pipeline.js";
import type { Sample } from "./catalog.js";
import { renderSample, type SampleTexts } from "./render.js";

export type Outcome =
  /** Compiled and generated without a diagnostic. */
  | "ok"
  /** A `nearCollision` sample the compiler rejected with LS027, as it must. */
  | "rejected"
  /** A generator refused a name clash the compiler does not check (LS050 "would clash"). */
  | "generator-rejected"
  /** Anything else: a diagnostic on a valid catalog, or a clash the compiler missed. */
  | "failed";

export interface SampleRun {
  readonly sample: Sample;
  readonly texts: SampleTexts;
  readonly outcome: Outcome;
  readonly catalog: Catalog | undefined;
  /** The compiled config (generator options included), when it compiled. */
  readonly config: Config | undefined;
  readonly files: readonly GeneratedFile[];
  /** Diagnostics, formatted with their source lines; empty when `ok`. */
  readonly problems: string;
}

const fromDisk = fsTemplateLoader(undefined);
const precompiled = new Map<string, TemplateSpecification>();

/**
 * Built-in templates precompiled once per process, as the CLI bundle ships them
 * (scripts/build.mjs): thousands of samples then skip Handlebars' compiler. Partials
 * (`{{> name}}`) are found as the CLI finds them.
 */
export const templates: TemplateLoader = Object.assign((generator: string, name: string, ownDir: string | undefined) => {
  const key = `${generator}/${name}`;
  let spec = precompiled.get(key);
  if (!spec) {
    const found = fromDisk(generator, name, ownDir);
    if (found === undefined || typeof found !== "string") return found;
    const hbs = lazyHandlebars();
    spec = new Function(`return ${hbs.precompile(found, templateOptions(found, hbs))}`)() as TemplateSpecification;
    precompiled.set(key, spec);
  }
  return { precompiled: spec };
}, { partials: fromDisk.partials });

/** Diagnostics a generator reports for a name clash the compiler leaves to it. */
const GENERATOR_CLASH = /would clash with another Go name|would be defined for both/;

export function plan(config: Config): PlannedGenerator[] {
  const loc = { file: config.file, line: 1, col: 1 };
  const requests = config.generators ?? BUILTIN_GENERATORS.map((g) => ({ name: g.name, out: undefined, options: {}, loc, optionLoc: () => loc }));
  return requests.map((req) => {
    const generator = BUILTIN_GENERATORS.find((g) => g.name === req.name);
    if (!generator) throw new Error(`internal: the arbitrary named unknown generator ${req.name}`);
    return { generator, outDir: req.out ?? generator.defaultOut ?? generator.name, rawOptions: req.options, loc: req.loc, optionLoc: req.optionLoc };
  });
}

/** Compiles and generates one sample (texts already rendered, e.g. renamed by a batch). */
export function runTexts(sample: Sample, texts: SampleTexts): SampleRun {
  const all = new Map([texts.config, ...texts.specs].map((t) => [t.path, t.text]));
  const fail = (outcome: Outcome, diagnostics: readonly Diagnostic[]): SampleRun => ({
    sample,
    texts,
    outcome,
    catalog: undefined,
    config: undefined,
    files: [],
    problems: formatReport([...diagnostics], all),
  });
  const cfg = compileConfig(texts.config);
  if (!cfg.config || cfg.diagnostics.length) return fail("failed", cfg.diagnostics);
  const compiled = compileSpecs(cfg.config, texts.specs, undefined, enabledGenerators(cfg.config));
  if (!compiled.catalog || compiled.diagnostics.length) {
    const onlyClash = compiled.diagnostics.length > 0 && compiled.diagnostics.every((d) => d.code === "LS027");
    // A clash the arbitrary does not steer clear of (a details type against a constant) is the compiler's to reject.
    return fail(onlyClash ? (sample.nearCollision ? "rejected" : "generator-rejected") : "failed", compiled.diagnostics);
  }
  if (sample.nearCollision) return { ...fail("failed", []), problems: "the compiler accepted a catalog with an identifier clash" };
  const { result, polluted } = guardPrototypes(() => runGenerators(compiled.catalog!, plan(cfg.config!), templates));
  const { files, diagnostics } = result;
  if (polluted.length) {
    return { ...fail("failed", diagnostics), catalog: compiled.catalog, config: cfg.config, problems: `a generator wrote ${polluted.map((k) => JSON.stringify(k)).join(", ")} onto a built-in prototype (prototype pollution)` };
  }
  if (diagnostics.length) {
    const clash = diagnostics.every((d) => d.code === "LS050" && GENERATOR_CLASH.test(d.message));
    return { ...fail(clash ? "generator-rejected" : "failed", diagnostics), catalog: compiled.catalog, config: cfg.config };
  }
  return { sample, texts, outcome: "ok", catalog: compiled.catalog, config: cfg.config, files, problems: "" };
}

/** Built-in prototypes a generator could pollute through a `__proto__` or `constructor` key. */
const GUARDED: readonly object[] = [Object.prototype, Object, Array.prototype, Function.prototype, String.prototype];

/** Runs `fn`; removes and returns whatever it added to a built-in prototype. */
function guardPrototypes<T>(fn: () => T): { result: T; polluted: string[] } {
  const before = GUARDED.map((o) => new Set(Reflect.ownKeys(o)));
  const result = fn();
  const polluted: string[] = [];
  GUARDED.forEach((o, i) => {
    for (const key of Reflect.ownKeys(o)) {
      if (before[i]!.has(key)) continue;
      polluted.push(String(key));
      delete (o as Record<PropertyKey, unknown>)[key];
    }
  });
  return { result, polluted };
}

export function runSample(sample: Sample): SampleRun {
  return runTexts(sample, renderSample(sample));
}
