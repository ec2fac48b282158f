// `lockstep import ts <file>`: turns a hand-written TypeScript catalog into spec
// files (one per domain) and, when there is none, a config whose `ts` generator
// reproduces the module's shape. ts-morph loads only here, on demand.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { AUDIT_CONFIG_FILES } from "../adopt/audit-config.js";
import { auditSeed, renderAuditSettings, type AuditSeed } from "../adopt/audit-seed.js";
import { parseFlags, type ParsedFlags } from "../adopt/flags.js";
import { planImport, slug, type DomainFrom, type DomainRule, type ImportPlan } from "../adopt/plan.js";
import { loadTsMorph, MissingTsMorphError, type TsMorph } from "../adopt/ts-morph.js";
import { ImportError, readTsCatalog, type ReadResult, type Warning } from "../adopt/ts-read.js";
import { renderConfig, renderDomain } from "../adopt/yaml-text.js";
import { compileConfig, compileSpecs } from "../catalog/compile.js";
import { DEFAULT_CONFIG_FILE, isSafeRelativeDir, type Config } from "../load/config.js";
import { runRequests } from "../load/generator-requests.js";
import { formatDiagnostic } from "../diagnostics/diagnostics.js";
import { enabledGenerators } from "../io/plan.js";
import type { NamingStyle } from "../catalog/model.js";
import { DOMAIN_ID_PATTERN } from "../naming/words.js";
import { UsageError } from "./args.js";
import { plural } from "../catalog/code-text.js";
import type { Io } from "./exit.js";

export const IMPORT_HELP = `Usage: lockstep import ts <file> [options]

Reads an error catalog from a TypeScript module (a string enum, an \`as const\`
object of strings, or an object of { status, message, ... } objects) and writes
one spec file per domain, plus lockstep.config.yaml and lockstep.audit.yaml when
there are none. Nothing is written unless the whole import succeeds.

Options:
      --export <name>       the enum or object to read (default: the exported one
                            whose name mentions "code", enums and strings first)
      --meta <name>         object of per-code metadata keyed by the export's members
                            (default: one keyed like [ErrorCode.X] or X)
      --status-map <name>   object of HTTP statuses keyed by the export's members,
                            e.g. Record<ErrorCode, number> (default: one keyed so)
      --out <dir>           spec folder (default: the config's, else spec/)
      --domain-from <how>   auto (default: sections when there are any, else single),
                            sections, prefix (first word of the name) or single
      --domain <id>         domain for codes outside any section (default: general)
      --domain-rule <GLOB=id>
                            put matching codes in a domain, e.g. BILLING_*=billing
                            (repeatable; tried before --domain-from)
      --naming <style>      UPPER_SNAKE or lower_snake (default: the config's, else
                            what most values follow)
      --catalog <name>      catalog name for a new config (default: package.json's
                            scope or name, else the folder's name)
  -c, --config <file>       config file (default: lockstep.config.yaml)
      --stdout              print the files instead of writing them
      --force               overwrite existing spec files
  -q, --quiet               print only warnings and errors

Exit codes: 0 written (warnings list what was not imported), 2 usage error,
unreadable input, existing files without --force, or a spec that does not validate.
`;

const FLAGS = {
  export: { kind: "value" },
  meta: { kind: "value" },
  "status-map": { kind: "value" },
  out: { kind: "value" },
  "domain-from": { kind: "value", values: ["auto", "sections", "prefix", "single"] },
  domain: { kind: "value" },
  "domain-rule": { kind: "list" },
  naming: { kind: "value", values: ["UPPER_SNAKE", "lower_snake"] },
  catalog: { kind: "value" },
  config: { kind: "value", short: "c" },
  stdout: { kind: "bool" },
  force: { kind: "bool" },
  quiet: { kind: "bool", short: "q" },
  help: { kind: "bool", short: "h" },
} as const;

const posix = (p: string) => p.split("\\").join("/");
const CATALOG_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let flags: ParsedFlags;
  try {
    flags = parseFlags(argv, FLAGS);
    if (flags.bool("help")) {
      io.out(IMPORT_HELP);
      return 0;
    }
    if (flags.positionals[0] !== "ts" || flags.positionals.length !== 2) {
      throw new UsageError(
        flags.positionals[0] && flags.positionals[0] !== "ts"
          ? `cannot import from "${flags.positionals[0]}"; only ts is supported`
          : "usage: lockstep import ts <file>",
      );
    }
    return await importTs(flags, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ImportError || e instanceof MissingTsMorphError) {
      io.err(`lockstep import: ${e.message}\n${e instanceof UsageError ? "Run lockstep import --help for usage.\n" : ""}`);
      return 2;
    }
    throw e;
  }
}

function rules(flags: ParsedFlags): DomainRule[] {
  return flags.list("domain-rule").map((r) => {
    const [glob, domain] = r.split("=");
    if (!glob || !domain || !DOMAIN_ID_PATTERN.test(domain)) throw new UsageError(`--domain-rule must look like BILLING_*=billing, got ${JSON.stringify(r)}`);
    return { glob, domain };
  });
}

async function importTs(flags: ParsedFlags, io: Io): Promise<number> {
  const file = resolve(io.cwd, flags.positionals[1]!);
  const shown = posix(relative(io.cwd, file));
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ImportError(`cannot read ${shown}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const fallbackDomain = flags.str("domain") ?? "general";
  if (!DOMAIN_ID_PATTERN.test(fallbackDomain))
    throw new UsageError(`--domain must be a domain id (lower-case, hyphens), got ${JSON.stringify(fallbackDomain)}`);

  const configPath = resolve(io.cwd, flags.str("config") ?? DEFAULT_CONFIG_FILE);
  const root = dirname(configPath);
  const config = existsSync(configPath) ? readConfigOrThrow(configPath) : undefined;
  const specDir = flags.str("out") !== undefined ? posix(relative(root, resolve(io.cwd, flags.str("out")!))) || "." : (config?.specDir ?? "spec");
  if (!isSafeRelativeDir(specDir)) throw new UsageError(`--out must be a folder inside ${posix(relative(io.cwd, root)) || "."}/ (where the config is)`);

  const tsm = loadTsMorph("import", io.cwd);
  const read = readTsCatalog(tsm, file, text, { exportName: flags.str("export"), metaName: flags.str("meta"), statusName: flags.str("status-map") });
  const plan = planImport(read, {
    naming: (flags.str("naming") as NamingStyle | undefined) ?? config?.catalog.naming,
    domainFrom: (flags.str("domain-from") as DomainFrom | undefined) ?? "auto",
    fallbackDomain,
    rules: rules(flags),
  });

  const source = posix(relative(root, file));
  const files = new Map<string, string>();
  for (const d of plan.domains) files.set(specDir === "." ? `${d.id}.yaml` : `${specDir}/${d.id}.yaml`, renderDomain(d, source));
  const catalogName = flags.str("catalog") ?? defaultCatalogName(root);
  if (!CATALOG_NAME.test(catalogName)) throw new UsageError(`--catalog must be lower-case letters, digits and hyphens, got ${JSON.stringify(catalogName)}`);
  const configText = config ? undefined : renderConfig({ catalogName, specDir, source, plan });
  const configRel = posix(relative(root, configPath));
  const auditText = AUDIT_CONFIG_FILES.some((f) => existsSync(join(root, f)))
    ? undefined
    : renderAuditSettings(source, [plan.tsOptions.typeName, ...plan.tsOptions.typeAliases], seedFrom(tsm, file, read));
  const auditRel = posix(relative(root, join(root, AUDIT_CONFIG_FILES[0])));

  for (const w of plan.warnings) io.err(formatWarning(shown, w));
  for (const m of read.merged) io.err(`note: merged ${m.count} ${m.what === "statuses" ? "statuses" : "metadata entries"} from ${m.name} (${shown}:${m.line})\n`);
  // The spec must load before anything is written: a problem here is in the source data
  // (e.g. two names that become one Go identifier), reported against the files it would write.
  const check = validate(config, configText, configRel, withOtherSpecs(root, specDir, configRel, files));
  if (check.length) {
    for (const d of check) io.err(d);
    io.err("lockstep import: the imported spec does not validate (nothing written)\n");
    return 2;
  }
  const notes = configNotes(config, plan, specDir);
  if (flags.bool("stdout")) {
    if (configText) io.out(`# ==> ${configRel} <==\n${configText}`);
    if (auditText) io.out(`# ==> ${auditRel} <==\n${auditText}`);
    for (const [path, contents] of files) io.out(`# ==> ${path} <==\n${contents}`);
  } else {
    const existing = [...files.keys()].filter((p) => existsSync(join(root, p)));
    if (existing.length && !flags.bool("force")) {
      io.err(`lockstep import: ${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""}; pass --force to overwrite (nothing written)\n`);
      return 2;
    }
    for (const [path, contents] of files) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), contents);
    }
    if (configText) writeFileSync(configPath, configText);
    if (auditText) writeFileSync(join(root, auditRel), auditText);
  }
  for (const n of notes) io.err(`note: ${n}\n`);
  if (!flags.bool("quiet")) {
    const codes = plan.domains.reduce((n, d) => n + d.codes.length, 0);
    const verb = flags.bool("stdout") ? "would write" : "wrote";
    const warned = plan.warnings.length ? `; ${plan.warnings.length} warning${plan.warnings.length === 1 ? "" : "s"} above list what was not imported` : "";
    io.out(
      `lockstep: ${verb} ${plural(codes, "code")} in ${plural(plan.domains.length, "domain")} (${[...files.keys()].join(", ")})${[configText && configRel, auditText && auditRel].filter(Boolean).map((f) => ` and ${f}`).join("")}${warned}\n`,
    );
  }
  return 0;
}

/** What the catalog module and the modules beside it (those naming its types) declare that takes a code. */
function seedFrom(tsm: TsMorph, file: string, read: ReadResult): AuditSeed {
  const names = [read.exportName, ...read.valueAliases, ...read.keyAliases];
  const project = read.sourceFile.getProject();
  const siblings = [read.sourceFile];
  let entries: string[] = [];
  try {
    entries = readdirSync(dirname(file)).sort();
  } catch {
    // unreadable folder: the module alone
  }
  for (const name of entries.filter((n) => /\.[cm]?tsx?$/.test(n) && !/\.d\.[cm]?ts$/.test(n) && n !== basename(file)).slice(0, 200)) {
    let text: string;
    try {
      text = readFileSync(join(dirname(file), name), "utf8");
    } catch {
      continue;
    }
    if (names.some((n) => text.includes(n))) siblings.push(project.createSourceFile(`/siblings/${name}`, text, { overwrite: true }));
  }
  return auditSeed(tsm, siblings, names);
}

/** As `lockstep init` picks it: package.json's scope or name, else the folder name. */
function defaultCatalogName(root: string): string {
  let candidate = basename(root);
  try {
    const name = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name?: unknown }).name;
    if (typeof name === "string" && name) candidate = name.startsWith("@") ? name.slice(1).split("/")[0]! : name;
  } catch {
    // no package.json: the folder name
  }
  const id = slug(candidate).replace(/^[^a-z]+/, "");
  return CATALOG_NAME.test(id) ? id : "errors";
}

function readConfigOrThrow(path: string): Config {
  const { config, diagnostics } = compileConfig({ path: basename(path), text: readFileSync(path, "utf8") });
  if (!config) throw new ImportError(`${basename(path)} is invalid: ${diagnostics.map((d) => d.message).join("; ")}`);
  return config;
}

function formatWarning(file: string, w: Warning): string {
  return `${file}:${w.pos.line}:${w.pos.col} warning: ${w.message}\n`;
}

/** When a config exists: what to change in it so `generate` reproduces the module. */
function configNotes(config: Config | undefined, plan: ImportPlan, specDir: string): string[] {
  if (!config) return [];
  const notes: string[] = [];
  const ts: { options: Readonly<Record<string, unknown>> } | undefined =
    runRequests(config, ["ts"]).find((g) => g.name === "ts");
  const style = (ts?.options.style as string | undefined) ?? "enum";
  const typeName = (ts?.options.typeName as string | undefined) ?? "ErrorCode";
  if (!ts || style !== plan.tsOptions.style || typeName !== plan.tsOptions.typeName) {
    notes.push(`to reproduce the module, set generators.ts.options in ${config.file} to style: ${plan.tsOptions.style}, typeName: ${plan.tsOptions.typeName}`);
  }
  if (config.catalog.uniqueness === "domain")
    notes.push("the catalog is domain-scoped, so generated members are prefixed with their domain and differ from the module's");
  if (config.catalog.naming !== plan.naming) notes.push(`codes were imported as ${plan.naming} but ${config.file} says naming: ${config.catalog.naming}`);
  if (specDir !== config.specDir) notes.push(`${config.file} reads spec files from ${config.specDir}/, not ${specDir}/`);
  return notes;
}

/** The files written plus the spec folder's other domain files, so duplicates across files show. */
function withOtherSpecs(root: string, specDir: string, configRel: string, files: ReadonlyMap<string, string>): Map<string, string> {
  const all = new Map(files);
  let names: string[] = [];
  try {
    names = readdirSync(join(root, specDir)).filter((n) => /\.ya?ml$/.test(n));
  } catch {
    // no spec folder yet (a --stdout run)
  }
  for (const n of names) {
    const rel = specDir === "." ? n : `${specDir}/${n}`;
    if (!all.has(rel) && rel !== configRel) all.set(rel, readFileSync(join(root, rel), "utf8"));
  }
  return all;
}

function validate(config: Config | undefined, configText: string | undefined, configRel: string, files: ReadonlyMap<string, string>): string[] {
  const cfg = config ?? compileConfig({ path: configRel, text: configText! }).config;
  if (!cfg) return [`lockstep import: internal error: the written ${configRel} does not load\n`];
  const specs = [...files].map(([path, text]) => ({ path, text }));
  return compileSpecs(cfg, specs, undefined, enabledGenerators(cfg))
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${formatDiagnostic(d)}\n`);
}
