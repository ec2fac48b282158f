// `lockstep audit <globs…>`: which catalog codes a code base uses. Reports drift
// (used, not in the catalog), deprecated codes in use and dead codes; exits 1 on
// the kinds `--fail-on` names (drift by default). ts-morph loads only here.
import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { AUDIT_CONFIG_FILES, AuditConfigError, EMPTY_SETTINGS, parseAuditConfig, parseFailOn, type AuditSettings } from "../adopt/audit-config.js";
import { FORMATTERS, failed, type AuditFormat } from "../adopt/audit-format.js";
import { audit, type FileUsages, type FindingKind } from "../adopt/audit-match.js";
import { scanSource, worthParsing, type ScanRules } from "../adopt/audit-scan.js";
import { parseFlags, type ParsedFlags } from "../adopt/flags.js";
import { loadTsMorph, MissingTsMorphError } from "../adopt/ts-morph.js";
import { DEFAULT_CONFIG_FILE } from "../load/config.js";
import { compareStrings } from "../catalog/model.js";
import type { TsMemberCase } from "../naming/ts.js";
import { loadProject } from "../io/project.js";
import { UsageError, type Args } from "./args.js";
import type { Io } from "./exit.js";
import { report } from "./report.js";

export const AUDIT_HELP = `Usage: lockstep audit [globs...] [options]

Scans TypeScript and JavaScript sources for the error codes they use and compares
them with the catalog: drift (used, not in the catalog), deprecated codes in use
(with the replacement), dynamic uses (a template, ErrorCode[key], a comparison on a
local: the codes they could be are "possibly used") and dead codes (in the catalog,
used nowhere). Node's and the DOM's own codes (ENOENT, ERR_*, ABORT_ERR) are not drift.

Globs are relative to the current folder; a folder means every .ts/.tsx/.js file
in it. Without globs, \`include\` from lockstep.audit.yaml is used.

Options:
  -c, --config <file>     config file (default: lockstep.config.yaml); settings are
                          read from lockstep.audit.yaml (or .yml, .json) next to it
      --format <fmt>      text (default), json or github (workflow annotations)
      --fail-on <kinds>   exit 1 when any of these is found: drift, deprecated,
                          dynamic, dead, or none (default: drift)
      --enum-name <name>  enum/object whose members are codes (besides the ts
                          generator's typeName, else ErrorCode)
      --call <name>       function taking a code as its first string argument
      --new <name>        class taking a code as its first string argument
      --key <name>        property holding a code: {code: "X"}, e.code === "X"
      --ignore <glob>     skip matching files
      --ignore-code <c>   a string that looks like a code but is not one (ENOENT)
  -h, --help              this help
(--enum-name, --call, --new, --key, --ignore and --ignore-code repeat or take a
comma-separated list, and add to the settings file.)

Exit codes: 0 nothing to fail on, 1 a --fail-on kind was found, 2 usage,
config or spec error.
`;

const FLAGS = {
  config: { kind: "value", short: "c" },
  format: { kind: "value", values: ["text", "json", "github"] },
  "fail-on": { kind: "list" },
  "enum-name": { kind: "list" },
  call: { kind: "list" },
  new: { kind: "list" },
  key: { kind: "list" },
  ignore: { kind: "list" },
  "ignore-code": { kind: "list" },
  help: { kind: "bool", short: "h" },
} as const;

const SOURCE_EXTENSIONS = "{ts,tsx,mts,cts,js,jsx,mjs,cjs}";
const posix = (p: string) => p.split("\\").join("/");
/** Glob syntax in a literal path prefix (a temp folder, a project path) must not act as glob syntax. */
const escapeGlob = (p: string) => posix(p).replace(/[*?[\]{}()!+@]/g, "\\$&");

const memberCaseOf = (v: unknown): TsMemberCase => (v === "PascalCase" || v === "camelCase" ? v : "name");

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const flags = parseFlags(argv, FLAGS);
    if (flags.bool("help")) {
      io.out(AUDIT_HELP);
      return 0;
    }
    return await runAudit(flags, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof AuditConfigError || e instanceof MissingTsMorphError) {
      io.err(`lockstep audit: ${e.message}\n${e instanceof UsageError ? "Run lockstep audit --help for usage.\n" : ""}`);
      return 2;
    }
    throw e;
  }
}

function readSettings(root: string): { settings: AuditSettings; file: string | undefined } {
  const found = AUDIT_CONFIG_FILES.filter((f) => existsSync(join(root, f)));
  if (found.length > 1) throw new AuditConfigError(`both ${found.join(" and ")} exist; keep one`);
  const file = found[0];
  return { settings: file ? parseAuditConfig(file, readFileSync(join(root, file), "utf8")) : EMPTY_SETTINGS, file };
}

/** A glob relative to `base` → absolute; an existing folder → every source file in it. */
function absoluteGlob(base: string, glob: string): string {
  const negated = glob.startsWith("!");
  const body = negated ? glob.slice(1) : glob;
  const abs = isAbsolute(body) ? body : join(base, body);
  let pattern: string;
  try {
    pattern = statSync(abs).isDirectory() ? `${escapeGlob(abs)}/**/*.${SOURCE_EXTENSIONS}` : escapeGlob(abs);
  } catch {
    const prefix = isAbsolute(body) ? "" : `${escapeGlob(base)}/`;
    pattern = `${prefix}${posix(body)}`;
  }
  return negated ? `!${pattern}` : pattern;
}

async function runAudit(flags: ParsedFlags, io: Io): Promise<number> {
  const configPath = resolve(io.cwd, flags.str("config") ?? DEFAULT_CONFIG_FILE);
  const project = loadProject(configPath);
  if (!project.catalog || !project.config) {
    report(io, { format: "text" } as Args, project, project.diagnostics);
    return 2;
  }
  const { catalog, config, root } = { catalog: project.catalog, config: project.config, root: project.root };
  const { settings } = readSettings(root);
  const failOn = new Set<FindingKind>(flags.list("fail-on").length ? parseFailOn(flags.list("fail-on"), "--fail-on") : (settings.failOn ?? ["drift"]));

  const tsOptions = config.generators?.find((g) => g.name === "ts")?.options;
  const typeName = typeof tsOptions?.typeName === "string" ? tsOptions.typeName : "ErrorCode";
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  // The generator's type name always counts; the settings and --enum-name add to it.
  const aliases = Array.isArray(tsOptions?.typeAliases) ? (tsOptions.typeAliases as string[]) : [];
  const rules: ScanRules = {
    enums: union(union([typeName, ...aliases], settings.enums), flags.list("enum-name")),
    calls: union(settings.calls, flags.list("call")),
    constructors: union(settings.constructors, flags.list("new")),
    keys: union(settings.keys, flags.list("key")),
  };
  const include = flags.positionals.length ? flags.positionals.map((g) => absoluteGlob(io.cwd, g)) : settings.include.map((g) => absoluteGlob(root, g));
  if (include.length === 0) throw new UsageError("no files to scan: pass globs (e.g. 'src/**/*.ts') or set include in lockstep.audit.yaml");
  const exclude = [...settings.exclude.map((g) => absoluteGlob(root, g)), ...flags.list("ignore").map((g) => absoluteGlob(io.cwd, g))];

  const tsm = loadTsMorph("audit", io.cwd);
  const fs = new tsm.Project({ skipAddingFilesFromTsConfig: true, skipLoadingLibFiles: true, skipFileDependencyResolution: true }).getFileSystem();
  // Dependencies are never scanned (the negations keep the walk out of them; the filter is the guarantee).
  const noDeps = [...new Set([io.cwd, root])].map((dir) => `!${escapeGlob(dir)}/**/node_modules/**`);
  const paths = fs
    .globSync([...include, ...exclude.map((g) => `!${g.replace(/^!/, "")}`), ...noDeps])
    .filter((p) => /\.[cm]?[jt]sx?$/i.test(p) && !posix(p).split("/").includes("node_modules"))
    .sort(compareStrings);
  if (paths.length === 0) throw new UsageError(`no source files match ${flags.positionals.join(" ") || settings.include.join(" ")}`);

  // Most files of a large code base never mention a code: skip parsing those.
  const worth = worthParsing(rules);
  const files: FileUsages[] = [];
  for (const path of paths) {
    const text = readFileSync(path, "utf8");
    if (!worth.test(text)) continue;
    files.push({ file: posix(relative(io.cwd, path)), usages: scanSource(tsm.ts, path, text, rules) });
  }
  const ignoreCodes = new Set(union(settings.ignoreCodes, flags.list("ignore-code")));
  const result = audit(catalog, files, { ignoreCodes, ignoreDefaults: settings.ignoreDefaults, memberCase: memberCaseOf(tsOptions?.memberCase) }, (loc) => posix(relative(io.cwd, join(root, loc.file))));
  io.out(FORMATTERS[(flags.str("format") as AuditFormat | undefined) ?? "text"](result, { files: paths.length, failOn }));
  return failed(result, failOn) ? 1 : 0;
}
