// The pure front end: config and spec texts in, a frozen Catalog (or diagnostics)
// out. No file system here; the CLI reads the files and passes their text.
import { readConfig, type Config } from "../load/config.js";
import { DiagnosticBag, type Diagnostic } from "../diagnostics/diagnostics.js";
import { evolve } from "../evolution/evolve.js";
import type { Change } from "../evolution/changes.js";
import { parseLockfile, type Lockfile } from "../evolution/lockfile.js";
import { deepFreeze, type Catalog } from "./model.js";
import { allocateNames, type Identifiers, type LockedNames, type NamingGenerator } from "../naming/allocate.js";
import { normalise, type RawDomain } from "./normalise.js";
import { INVALID, ShapeReader } from "../shape/read.js";
import { domainShape, specDefinitions } from "../load/spec-shapes.js";
import { parseYaml } from "../yaml/parse.js";

export interface SourceText {
  /** POSIX path relative to the config file's folder. */
  readonly path: string;
  readonly text: string;
}

export interface CompileResult {
  readonly config: Config | undefined;
  readonly catalog: Catalog | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** The lockfile generate writes; set when the spec is valid apart from evolution rules. */
  readonly lockfile?: string;
  /** What changed since the lockfile, and which breaking changes are acknowledged. */
  readonly changes?: readonly Change[];
  readonly acknowledged?: ReadonlySet<Change>;
}

/** Parses and validates the config; the caller then lists `config.specDir` and calls `compileSpecs`. */
export function compileConfig(config: SourceText): { config: Config | undefined; diagnostics: Diagnostic[] } {
  const bag = new DiagnosticBag();
  const cfg = readConfig(config.path, config.text, bag);
  return { config: bag.hasErrors ? undefined : cfg, diagnostics: bag.sorted() };
}

/**
 * Domain files (any order) plus the lockfile, if there is one → Catalog. Files are
 * processed in code-unit order of their paths. `generators`: the generators the config
 * enables (`enabledGenerators` in io/plan.ts resolves them): the names they declare are
 * checked for collisions, allocated and recorded in the lockfile. Without them no
 * target's names are checked.
 */
export function compileSpecs(config: Config, specs: readonly SourceText[], lockfile?: SourceText, generators: readonly NamingGenerator[] = []): CompileResult {
  const bag = new DiagnosticBag();
  const sorted = [...specs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (sorted.length === 0) {
    bag.error("LS043", `no spec files (*.yaml) in ${config.specDir}/`, { file: config.file, line: 1, col: 1 });
  }
  const domains: RawDomain[] = [];
  for (const spec of sorted) {
    const parsed = parseYaml(spec.path, spec.text.replace(/^\uFEFF/, ""), bag);
    if (!parsed) continue;
    const reader = new ShapeReader(spec.path, parsed.linePos, specDefinitions, bag);
    const value = parsed.root === null ? {} : reader.read(parsed.root, domainShape, { start: 0, end: 0 });
    if (value === INVALID) continue;
    domains.push({ file: spec.path, reader, value: value as RawDomain["value"] });
  }
  const sources = sorted.map((s) => s.path);
  const normalised = normalise(config.catalog, domains, sources, bag);
  const valid = !bag.hasErrors;
  // Evolution errors still leave the changes and next lockfile for `lockstep diff`.
  const lock = valid && lockfile ? parseLockfile(lockfile.path, lockfile.text, bag) : undefined;
  const namingCodes = [...normalised.entries.values()].map((e) => ({ code: e.code, removed: e.removed !== undefined, detailsLoc: e.fieldLoc(e.code.detailsList ? "detailsList" : "details") }));
  const names = allocateNames(normalised.catalog as Catalog, namingCodes, generators, bag, lock && lockedNames(lock), { file: config.file, line: 1, col: 1 });
  if (bag.hasErrors) return { config, catalog: undefined, diagnostics: bag.sorted() };
  const evolution = evolve(normalised, lock, names, config.file, bag);
  // Frozen as it is (its maps stay private): deepFreeze need not walk every name.
  Object.freeze(names);
  normalised.catalog.identifiers = names;
  const catalog = deepFreeze(normalised.catalog as Catalog);
  return {
    config,
    catalog: bag.hasErrors ? undefined : catalog,
    diagnostics: bag.sorted(),
    lockfile: evolution.lockfile,
    changes: evolution.changes,
    acknowledged: evolution.acknowledged,
  };
}

function lockedNames(lock: Lockfile): LockedNames {
  return { codes: new Map([...lock.codes].map(([key, c]) => [key, c.identifiers])), domains: lock.domains };
}

export type { Identifiers };
