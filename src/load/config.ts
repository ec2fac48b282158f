// Reads `lockstep.config.yaml`: catalog-wide settings, paths and the generators to run.
import type { DiagnosticBag } from "../diagnostics/diagnostics.js";
import { resolveEnvelope, type EnvelopeInput } from "../catalog/envelope.js";
import type { Catalog, CatalogDefaults, Envelope, NamingStyle, Retryable, PackageMetadata, SourceLoc, Uniqueness } from "../catalog/model.js";
import { capitalize, splitWords } from "../naming/words.js";
import { INVALID, ShapeReader, type Entry } from "../shape/read.js";
import { configShape, specDefinitions } from "./spec-shapes.js";
import { parseYaml } from "../yaml/parse.js";

export const DEFAULT_CONFIG_FILE = "lockstep.config.yaml";

export interface GeneratorRequest {
  readonly name: string;
  /** Module path or package name of a third-party generator. */
  readonly from: string | undefined;
  readonly out: string | undefined;
  /** Where `from` / `out` are set (or undefined when not set). */
  readonly fromLoc: SourceLoc | undefined;
  readonly outLoc: SourceLoc | undefined;
  readonly options: Readonly<Record<string, unknown>>;
  /** `false` when the config turns it off (`go: false`, `enabled: false`). */
  readonly enabled: boolean;
  readonly loc: SourceLoc;
  /** Location of an option key, for option diagnostics. */
  optionLoc(key: string): SourceLoc;
}

export interface CatalogSettings {
  readonly name: string;
  readonly title: string;
  readonly version: string;
  readonly naming: NamingStyle;
  readonly uniqueness: Uniqueness;
  /** `source`: codes in spec order, domains in `domainOrder` then by id. */
  readonly order: CodeOrder;
  /** Domain ids as `domainOrder` lists them, each with its location (for an unknown id). */
  readonly domainOrder: readonly { readonly id: string; readonly loc: SourceLoc }[];
  readonly docsUrl: string | undefined;
  readonly envelope: Envelope;
  readonly package: PackageMetadata;
  readonly notes: string | undefined;
  readonly defaults: CatalogDefaults | undefined;
}

export interface Config {
  readonly file: string;
  readonly catalog: CatalogSettings;
  /** Relative to the config file's folder. */
  readonly specDir: string;
  readonly outDir: string;
  /** Where the output root is set (the `out:` line, or the config's start): blamed when out/ itself is the problem. */
  readonly outLoc: SourceLoc;
  readonly templatesDir: string | undefined;
  /** Where `templates:` is set (the config's start when it is not). */
  readonly templatesLoc: SourceLoc;
  /** `all` (default): every built-in runs unless turned off; `none`: only the listed ones run. */
  readonly builtins: "all" | "none";
  /** The `generators:` entries as written (undefined without a block); `runRequests` resolves what runs. */
  readonly generators: readonly GeneratorRequest[] | undefined;
  /** Where `generators:` (or else `builtins:`, or else the config's start) is. */
  readonly generatorsLoc: SourceLoc;
}

export type CodeOrder = Catalog["order"];

export const DOCS_URL_PLACEHOLDERS = ["code", "codeLower", "domain", "anchor"] as const;

interface RawConfig {
  catalog?: {
    name?: string;
    title?: string;
    version?: string;
    naming?: NamingStyle;
    uniqueness?: Uniqueness;
    order?: CodeOrder;
    domainOrder?: string[];
    docsUrl?: string;
    license?: string;
    repository?: string;
    keywords?: string[];
    envelope?: string | (Omit<EnvelopeInput, "constants"> & { constants?: Entry[] });
    notes?: string;
    defaults?: { unknownRetryable?: Retryable; retryStrategy?: string };
  };
  spec?: string;
  out?: string;
  templates?: string;
  builtins?: "all" | "none";
  generators?: Entry[];
}

export function readConfig(file: string, text: string, bag: DiagnosticBag): Config | undefined {
  const parsed = parseYaml(file, text, bag, "the config");
  if (!parsed) return undefined;
  const reader = new ShapeReader(file, parsed.linePos, specDefinitions, bag);
  const raw = reader.read(parsed.root, configShape, { start: 0, end: 0 });
  if (raw === INVALID || raw === null || typeof raw !== "object") return undefined;
  const cfg = raw as RawConfig;
  const cat = cfg.catalog ?? {};
  const errorsBefore = bag.count;

  const envelopeInput = cat.envelope;
  const { envelope, problems } = resolveEnvelope(
    typeof envelopeInput === "object"
      ? { ...envelopeInput, constants: envelopeInput.constants?.map((e) => ({ key: e.key, value: e.value })) }
      : envelopeInput,
  );
  for (const p of problems) bag.error("LS013", p, reader.locOf(cfg.catalog!, "envelope"));

  if (cat.docsUrl !== undefined) {
    for (const m of cat.docsUrl.matchAll(/\{([^}]*)\}/g)) {
      if (!(DOCS_URL_PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
        bag.error(
          "LS031",
          `unknown placeholder {${m[1]}} in docsUrl (use ${DOCS_URL_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")})`,
          reader.locOf(cfg.catalog!, "docsUrl"),
        );
      }
    }
  }

  if (cat.domainOrder !== undefined && cat.order !== "source") {
    bag.error("LS013", "domainOrder takes effect only with `order: source`; add it, or remove domainOrder", reader.locOf(cfg.catalog!, "domainOrder"));
  }

  for (const key of ["spec", "out", "templates"] as const) {
    const value = cfg[key];
    if (value !== undefined && !isSafeRelativeDir(value)) {
      bag.error("LS013", `"${key}" must be a relative folder inside the project, got ${JSON.stringify(value)}`, reader.locOf(cfg, key));
    }
  }

  const generators = cfg.generators?.map((entry): GeneratorRequest => {
    const g = (typeof entry.value === "boolean" ? {} : entry.value) as { from?: string; out?: string; options?: Record<string, unknown>; enabled?: boolean };
    const enabled = typeof entry.value === "boolean" ? entry.value : g.enabled !== false;
    if (g.out !== undefined && !isSafeRelativeDir(g.out)) {
      bag.error("LS051", `generator "${entry.key}": "out" must be a relative folder inside the output root, got ${JSON.stringify(g.out)}`, reader.locOf(g, "out"));
    }
    const options = g.options && typeof g.options === "object" && !Array.isArray(g.options) ? g.options : {};
    if (g.options !== undefined && options !== g.options) {
      bag.error("LS041", `generator "${entry.key}": "options" must be a map`, reader.locOf(g, "options"));
    }
    return {
      name: entry.key,
      from: g.from,
      out: g.out,
      fromLoc: g.from === undefined ? undefined : reader.locOf(g, "from"),
      outLoc: g.out === undefined ? undefined : reader.locOf(g, "out"),
      options,
      enabled,
      loc: reader.loc(entry.keySpan),
      optionLoc: (key) => (g.options ? reader.locOf(g.options, key) : reader.loc(entry.keySpan)),
    };
  });

  if (bag.count > errorsBefore || !cat.name) return undefined;
  return {
    file,
    catalog: {
      name: cat.name,
      title: cat.title ?? splitWords(cat.name).map(capitalize).join(" "),
      version: cat.version ?? "0.0.0",
      naming: cat.naming ?? "UPPER_SNAKE",
      uniqueness: cat.uniqueness ?? "catalog",
      order: cat.order ?? "sorted",
      domainOrder: (cat.domainOrder ?? []).map((id, i) => ({ id, loc: reader.locOf(cat.domainOrder!, i) })),
      docsUrl: cat.docsUrl,
      package: { license: cat.license, repository: cat.repository, keywords: [...new Set(cat.keywords ?? [])] },
      envelope,
      notes: cat.notes,
      defaults: cat.defaults && { unknownRetryable: cat.defaults.unknownRetryable ?? "unknown", retryStrategy: cat.defaults.retryStrategy },
    },
    specDir: normaliseDir(cfg.spec ?? "spec"),
    outDir: normaliseDir(cfg.out ?? "out"),
    outLoc: cfg.out === undefined ? { file, line: 1, col: 1 } : reader.locOf(cfg, "out"),
    templatesDir: cfg.templates === undefined ? undefined : normaliseDir(cfg.templates),
    templatesLoc: cfg.templates === undefined ? { file, line: 1, col: 1 } : reader.locOf(cfg, "templates"),
    builtins: cfg.builtins ?? "all",
    generators,
    generatorsLoc:
      cfg.generators !== undefined ? reader.locOf(cfg, "generators") : cfg.builtins !== undefined ? reader.locOf(cfg, "builtins") : { file, line: 1, col: 1 },
  };
}

/** A relative POSIX folder that stays inside its base: no absolute paths, no `..`, no backslashes. */
export function isSafeRelativeDir(dir: string): boolean {
  if (dir === "" || dir.startsWith("/") || /^[A-Za-z]:/.test(dir) || dir.includes("\\") || dir.includes("\0")) return false;
  return dir.split("/").every((seg) => seg !== "..");
}

function normaliseDir(dir: string): string {
  const segs = dir.split("/").filter((seg) => seg !== "" && seg !== ".");
  return segs.length ? segs.join("/") : ".";
}
