// Resolves the generators a config asks for: built-ins by name from the registry,
// third-party ones by path or package name. Loaded only when generators will run.
import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { BUILTIN_GENERATORS } from "../../generators/index.js";
import { isSafeRelativeDir, type Config } from "../load/config.js";
import { runRequests } from "../load/generator-requests.js";
import type { NamingGenerator } from "../naming/allocate.js";
import { namingWithOptions } from "../naming/declared.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { DiagnosticBag, type Diagnostic } from "../diagnostics/diagnostics.js";
import { describeThrown, type PlannedGenerator } from "../generate/pipeline.js";
import type { Generator } from "../generate/plugin.js";
import type { Project } from "./read-project.js";
import { importModule } from "./import-module.js";

/**
 * The generators the config enables, for naming (compileSpecs): built-ins by name,
 * third-party ones from `plugins` when loaded (one that is not declares nothing).
 */
export function enabledGenerators(config: Config, plugins: readonly Generator<unknown>[] = []): NamingGenerator[] {
  return runRequests(config, BUILTIN_NAMES).flatMap((req) => {
    const g = req.from === undefined ? BUILTIN_GENERATORS.find((b) => b.name === req.name) : plugins.find((p) => p.name === req.name);
    return g ? [namingWithOptions(g, req.options)] : [];
  });
}

const BUILTIN_NAMES = BUILTIN_GENERATORS.map((g) => g.name);

function isGenerator(value: unknown): value is Generator<unknown> {
  const g = value as Partial<Generator<unknown>> | undefined;
  return !!g && typeof g.name === "string" && typeof g.generate === "function" && typeof g.parseOptions === "function";
}

/** Resolves the config's generator list (built-ins by name, others by path or package) into a plan. */
export async function planGenerators(
  project: Project & { config: Config },
  only: readonly string[] | undefined,
  noPlugins = false,
): Promise<{ plan: PlannedGenerator[]; diagnostics: Diagnostic[] }> {
  const bag = new DiagnosticBag();
  const { config, root } = project;
  const configLoc = { file: config.file, line: 1, col: 1 };
  const requests = runRequests(config, BUILTIN_NAMES);
  const plan: PlannedGenerator[] = [];
  // A turned-off entry is not planned, but a misspelt name is still an error.
  for (const req of config.generators ?? []) {
    if (!req.enabled && req.from === undefined && !BUILTIN_NAMES.includes(req.name)) bag.error("LS040", unknownGenerator(req.name), req.loc);
  }
  for (const req of requests) {
    if (only && !only.includes(req.name)) continue;
    let generator: Generator<unknown> | undefined;
    if (req.from === undefined) {
      generator = BUILTIN_GENERATORS.find((g) => g.name === req.name);
      if (!generator) {
        bag.error("LS040", unknownGenerator(req.name), req.loc);
        continue;
      }
    } else if (noPlugins) {
      bag.error("LS042", `generator "${req.name}" is a third-party plugin (from: ${req.from}), which runs code from the project; --no-plugins refuses to load it`, req.fromLoc ?? req.loc);
      continue;
    } else {
      try {
        const spec = req.from.startsWith(".") || isAbsolute(req.from)
          ? pathToFileURL(resolve(root, req.from)).href
          : pathToFileURL(createRequire(join(root, "package.json")).resolve(req.from)).href;
        const mod = (await importModule(spec)) as { default?: unknown };
        generator = isGenerator(mod.default) ? mod.default : undefined;
        if (!generator) {
          bag.error("LS042", `generator "${req.name}": ${req.from} does not default-export a generator (use defineGenerator)`, req.loc);
          continue;
        }
        if (generator.name !== req.name) {
          bag.error("LS042", `generator "${req.name}": ${req.from} exports a generator named "${generator.name}"`, req.loc);
          continue;
        }
      } catch (e) {
        bag.error("LS042", `generator "${req.name}": cannot load ${req.from}: ${describeThrown(e).split("\n")[0]}`, req.fromLoc ?? req.loc);
        continue;
      }
    }
    let defaultOut: unknown;
    try {
      defaultOut = generator.defaultOut;
    } catch {
      defaultOut = null; // a getter that throws: refused below like any non-string
    }
    if (defaultOut !== undefined && (typeof defaultOut !== "string" || !isSafeRelativeDir(defaultOut))) {
      bag.error("LS042", `generator "${req.name}": its defaultOut must be a relative folder name`, req.fromLoc ?? req.loc);
      continue;
    }
    plan.push({
      generator,
      outDir: req.out ?? (defaultOut as string | undefined) ?? generator.name,
      rawOptions: req.options,
      loc: req.loc,
      ...(req.outLoc && { outLoc: req.outLoc }),
      optionLoc: req.optionLoc,
    });
  }
  for (const name of only ?? []) {
    if (requests.some((r) => r.name === name)) continue;
    const off = config.generators?.find((r) => r.name === name && !r.enabled);
    if (off) bag.error("LS040", `--only names generator "${name}", which the config turns off here`, off.loc);
    else bag.error("LS040", `--only names generator "${name}", which the config does not run`, configLoc);
  }
  return { plan, diagnostics: bag.sorted() };
}

function unknownGenerator(name: string): string {
  const hint = didYouMean(name, BUILTIN_NAMES);
  return `unknown generator "${name}"${hint ? ` (did you mean "${hint}"?)` : ""} (built-ins: ${BUILTIN_NAMES.join(", ")}; a third-party generator needs "from")`;
}

/**
 * The config's third-party generators, loaded so the compiler can check and lock the
 * names they declare. One that fails to load is left out here; generate reports it.
 */
export async function loadPlugins(project: { readonly root: string; readonly config: Config }, noPlugins = false): Promise<Generator<unknown>[]> {
  if (noPlugins || !project.config.generators?.some((g) => g.from !== undefined && g.enabled)) return [];
  const { plan } = await planGenerators({ ...project, catalog: undefined, diagnostics: [], texts: new Map() }, undefined, false);
  const builtins = new Set<unknown>(BUILTIN_GENERATORS);
  return plan.map((p) => p.generator).filter((g) => !builtins.has(g));
}
