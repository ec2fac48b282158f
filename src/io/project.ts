// Reads a project from disk (config, spec files, third-party generators) and hands
// the text to the pure compiler. Also keeps every text so diagnostics can show frames.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { BUILTIN_GENERATORS } from "../../generators/index.js";
import { compileConfig, compileSpecs, type SourceText } from "../compile.js";
import type { Config } from "../config.js";
import { DiagnosticBag, type Diagnostic } from "../diagnostics.js";
import type { Catalog } from "../model.js";
import type { PlannedGenerator } from "../pipeline.js";
import type { Generator } from "../plugin.js";

/** Larger spec files are refused rather than parsed (a 50,000-code catalog is ~10 MiB in all). */
export const MAX_SPEC_BYTES = 32 * 1024 * 1024;

export interface Project {
  /** Absolute folder of the config file; every path in the catalog is relative to it. */
  readonly root: string;
  readonly config: Config | undefined;
  readonly catalog: Catalog | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** Source texts by relative path, for code frames. */
  readonly texts: ReadonlyMap<string, string>;
}

function readText(abs: string, rel: string, bag: DiagnosticBag): string | undefined {
  try {
    const size = statSync(abs).size;
    if (size > MAX_SPEC_BYTES) {
      bag.error("LS044", `${rel} is ${size} bytes; spec files are limited to ${MAX_SPEC_BYTES}`, { file: rel, line: 1, col: 1 });
      return undefined;
    }
    const text = readFileSync(abs, "utf8");
    if (text.includes("\0")) {
      bag.error("LS044", `${rel} is not a text file (it contains NUL bytes)`, { file: rel, line: 1, col: 1 });
      return undefined;
    }
    return text.replace(/^\uFEFF/, "");
  } catch (e) {
    bag.error("LS044", `cannot read ${rel}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return undefined;
  }
}

/** A project read from disk but not compiled yet: config parsed, spec texts loaded. */
export interface ProjectFiles {
  readonly root: string;
  readonly config: Config | undefined;
  readonly specs: readonly SourceText[];
  readonly texts: ReadonlyMap<string, string>;
  readonly diagnostics: readonly Diagnostic[];
}

export function loadProject(configPath: string): Project {
  return compileProject(readProject(configPath));
}

export function compileProject(files: ProjectFiles): Project {
  const { root, config, texts } = files;
  if (!config || files.diagnostics.length) return { root, config, catalog: undefined, diagnostics: files.diagnostics, texts };
  const result = compileSpecs(config, files.specs);
  return { root, config, catalog: result.catalog, diagnostics: result.diagnostics, texts };
}

export function readProject(configPath: string): ProjectFiles {
  const abs = resolve(configPath);
  const root = dirname(abs);
  const configRel = abs.slice(root.length + 1);
  const bag = new DiagnosticBag();
  const texts = new Map<string, string>();
  const configText = readText(abs, configRel, bag);
  if (configText === undefined) return { root, config: undefined, specs: [], diagnostics: bag.sorted(), texts };
  texts.set(configRel, configText);
  const { config, diagnostics } = compileConfig({ path: configRel, text: configText });
  if (!config) return { root, config, specs: [], diagnostics, texts };

  const specs: SourceText[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(join(root, config.specDir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (e) {
    bag.error("LS044", `cannot read spec folder ${config.specDir}/: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file: configRel, line: 1, col: 1 });
  }
  for (const name of names) {
    const rel = config.specDir === "." ? name : `${config.specDir}/${name}`;
    if (rel === configRel) continue;
    const text = readText(join(root, rel), rel, bag);
    if (text === undefined) continue;
    texts.set(rel, text);
    specs.push({ path: rel, text });
  }
  return { root, config, specs, diagnostics: bag.sorted(), texts };
}

function isGenerator(value: unknown): value is Generator<unknown> {
  const g = value as Partial<Generator<unknown>> | undefined;
  return !!g && typeof g.name === "string" && typeof g.generate === "function" && typeof g.parseOptions === "function";
}

/** Resolves the config's generator list (built-ins by name, others by path or package) into a plan. */
export async function planGenerators(
  project: Project & { config: Config },
  only: readonly string[] | undefined,
): Promise<{ plan: PlannedGenerator[]; diagnostics: Diagnostic[] }> {
  const bag = new DiagnosticBag();
  const { config, root } = project;
  const configLoc = { file: config.file, line: 1, col: 1 };
  const requests =
    config.generators ??
    BUILTIN_GENERATORS.map((g) => ({ name: g.name, from: undefined, out: undefined, options: {}, loc: configLoc, optionLoc: () => configLoc }));
  const plan: PlannedGenerator[] = [];
  for (const req of requests) {
    if (only && !only.includes(req.name)) continue;
    let generator: Generator<unknown> | undefined;
    if (req.from === undefined) {
      generator = BUILTIN_GENERATORS.find((g) => g.name === req.name);
      if (!generator) {
        const known = BUILTIN_GENERATORS.map((g) => g.name).join(", ");
        bag.error("LS040", `unknown generator "${req.name}" (built-ins: ${known}; a third-party generator needs "from")`, req.loc);
        continue;
      }
    } else {
      try {
        const spec = req.from.startsWith(".") || isAbsolute(req.from)
          ? pathToFileURL(resolve(root, req.from)).href
          : pathToFileURL(createRequire(join(root, "package.json")).resolve(req.from)).href;
        const mod = (await import(spec)) as { default?: unknown };
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
        bag.error("LS042", `generator "${req.name}": cannot load ${req.from}: ${(e as Error).message.split("\n")[0]}`, req.loc);
        continue;
      }
    }
    plan.push({
      generator,
      outDir: req.out ?? generator.defaultOut ?? generator.name,
      rawOptions: req.options,
      loc: req.loc,
      optionLoc: req.optionLoc,
    });
  }
  for (const name of only ?? []) {
    if (!requests.some((r) => r.name === name)) bag.error("LS040", `--only names generator "${name}", which the config does not run`, configLoc);
  }
  return { plan, diagnostics: bag.sorted() };
}
