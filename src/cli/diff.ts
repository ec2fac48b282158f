// `lockstep diff [--against <lockfile | git ref>]`: what the spec changes relative to
// a lockfile (by default the committed one), classified as added, deprecated, removed,
// breaking (acknowledged or not) and forbidden. Exit 0 when nothing is breaking, 1 when
// something is (acknowledged or not, so CI can flag the release), 2 on invalid input.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { compileSpecs, type SourceText } from "../catalog/compile.js";
import { DEFAULT_CONFIG_FILE } from "../load/config.js";
import type { Change } from "../evolution/changes.js";
import { LOCKFILE_FORMAT } from "../evolution/lockfile.js";
import { enabledGenerators } from "../io/plan.js";
import { lockfilePath, readProject } from "../io/project.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { EXIT, type Io, type Subcommand } from "./exit.js";
import { report } from "./report.js";

const FORMATS = ["text", "json", "github"] as const;
type Format = (typeof FORMATS)[number];

export const DIFF_HELP = `Usage: lockstep diff [--against <lockfile | git ref>] [--format text|json|github] [--config <file>]

Classifies every change of the spec relative to a lockfile: added, deprecated,
removed, breaking (with its rule id, acknowledged or not) and forbidden.
  --against <x>   a lockfile path, or a git ref whose committed lockfile is the base
                  (default: the project's own spec/lockstep.lock.json)
  --format <f>    text (default), json, or github (workflow annotations)
Exit codes: 0 nothing breaking, 1 breaking or forbidden changes, 2 invalid input.
`;

interface Options {
  against: string | undefined;
  format: Format;
  config: string | undefined;
}

function parse(argv: readonly string[]): Options | string {
  const o: Options = { against: undefined, format: "text", config: undefined };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.includes("=") && argv[i]!.startsWith("--") ? argv[i]!.split(/=(.*)/s, 2) : [argv[i]!, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === "--against") o.against = value();
    else if (flag === "--format") {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f ?? "")) return `--format must be text, json or github, got ${JSON.stringify(f ?? "")}`;
      o.format = f as Format;
    } else if (flag === "--config" || flag === "-c") o.config = value();
    else {
      const hint = didYouMean(flag!, ["--against", "--format", "--config", "--help"]);
      return `unknown option ${flag}${hint ? ` (did you mean ${hint}?)` : ""}`;
    }
    if ((flag === "--against" || flag === "--config" || flag === "-c") && (flag === "-c" ? o.config : flag === "--against" ? o.against : o.config) === undefined) return `${flag} needs a value`;
  }
  return o;
}

/** The base lockfile: a file when one exists at that path, else a git ref's committed copy. */
function readBase(io: Io, root: string, lockRel: string, against: string | undefined): SourceText | undefined | string {
  if (against === undefined) {
    const abs = join(root, lockRel);
    return existsSync(abs) ? { path: lockRel, text: readFileSync(abs, "utf8") } : undefined;
  }
  const asFile = isAbsolute(against) ? against : resolve(io.cwd, against);
  if (existsSync(asFile)) return { path: relative(root, asFile) || against, text: readFileSync(asFile, "utf8") };
  try {
    const text = execFileSync("git", ["show", `${against}:./${lockRel}`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
    return { path: `${against}:${lockRel}`, text };
  } catch (e) {
    const why = String((e as { stderr?: string }).stderr ?? (e as Error).message).trim().split("\n")[0];
    return `--against ${against}: no such lockfile, and git cannot read ${lockRel} at that ref (${why})`;
  }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.out(DIFF_HELP);
    return EXIT.ok;
  }
  const opts = parse(argv);
  if (typeof opts === "string") {
    io.err(`lockstep diff: ${opts}\nRun lockstep diff --help for usage.\n`);
    return EXIT.invalid;
  }
  const configPath = opts.config ? resolve(io.cwd, opts.config) : join(io.cwd, DEFAULT_CONFIG_FILE);
  const files = readProject(configPath);
  const args = { format: opts.format === "json" ? "json" : "text" } as const;
  if (!files.config || files.diagnostics.length) {
    report(io, args as never, files, files.diagnostics);
    return EXIT.invalid;
  }
  const lockRel = lockfilePath(files.config);
  const base = readBase(io, files.root, lockRel, opts.against);
  if (typeof base === "string") {
    io.err(`lockstep diff: ${base}\n`);
    return EXIT.invalid;
  }
  // Without a base every live code is new: diff against an empty history.
  const empty = JSON.stringify({ lockfileVersion: LOCKFILE_FORMAT, catalog: files.config.catalog.name, version: "(none)", codes: {}, domains: {}, acknowledged: [] });
  // Third-party generators are not loaded here: their names, recorded in the lockfile, are kept as they are.
  const result = compileSpecs(files.config, files.specs, base ?? { path: "(no lockfile)", text: empty }, enabledGenerators(files.config));
  if (!result.changes) {
    report(io, args as never, files, result.diagnostics);
    return EXIT.invalid;
  }
  const baseVersion = (JSON.parse(base?.text ?? empty) as { version?: string }).version ?? "?";
  const rel = (file: string) => relative(io.cwd, join(files.root, file)) || file;
  const view = {
    from: base?.path ?? "(no lockfile)",
    fromVersion: baseVersion,
    toVersion: files.config.catalog.version,
    changes: result.changes,
    acknowledged: result.acknowledged!,
    where: (c: Change) => ({ file: c.loc.file.includes(":") || c.loc.file.startsWith("(") ? c.loc.file : rel(c.loc.file), line: c.loc.line, column: c.loc.col }),
  };
  io.out(opts.format === "json" ? asJson(view) : opts.format === "github" ? asGithub(view) : asText(view));
  return result.changes.some((c) => c.kind === "breaking" || c.kind === "forbidden") ? EXIT.stale : EXIT.ok;
}

interface View {
  readonly from: string;
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly changes: readonly Change[];
  readonly acknowledged: ReadonlySet<Change>;
  where(c: Change): { file: string; line: number; column: number };
}

function summary(v: View): string {
  const count = (kind: Change["kind"]) => v.changes.filter((c) => c.kind === kind).length;
  const parts = (["added", "deprecated", "removed"] as const).filter((k) => count(k)).map((k) => `${count(k)} ${k}`);
  const breaking = count("breaking");
  const acked = v.changes.filter((c) => v.acknowledged.has(c)).length;
  if (breaking) parts.push(`${breaking} breaking (${acked} acknowledged)`);
  if (count("forbidden")) parts.push(`${count("forbidden")} forbidden`);
  if (!breaking && !count("forbidden") && parts.length) parts.push("nothing breaking");
  const from = v.from === "(no lockfile)" ? "no lockfile yet" : `${v.from} (${v.fromVersion})`;
  return `lockstep diff: ${from} → spec (${v.toVersion}): ${parts.length ? parts.join(", ") : "no changes"}`;
}

function asText(v: View): string {
  const lines = [summary(v)];
  for (const c of v.changes) {
    const name = c.code;
    if (c.kind === "breaking" || c.kind === "forbidden") {
      const { file, line, column } = v.where(c);
      const status = c.kind === "forbidden" ? "cannot be acknowledged" : v.acknowledged.has(c) ? "acknowledged" : "not acknowledged";
      lines.push(`  ${c.kind.padEnd(11)} ${name}: [${c.rule}] ${c.change} (${status}) at ${file}:${line}:${column}`);
    } else lines.push(`  ${c.kind.padEnd(11)} ${name}`);
  }
  return lines.join("\n") + "\n";
}

function asJson(v: View): string {
  const changes = v.changes.map((c) => ({
    kind: c.kind,
    code: c.code,
    rule: c.rule ?? null,
    change: c.change,
    acknowledged: c.kind === "breaking" ? v.acknowledged.has(c) : null,
    ...v.where(c),
  }));
  const breaking = v.changes.some((c) => c.kind === "breaking" || c.kind === "forbidden");
  return JSON.stringify({ from: { source: v.from, version: v.fromVersion }, to: { version: v.toVersion }, breaking, changes }, null, 2) + "\n";
}

/** GitHub workflow commands: escape what would end the property or the message. */
const ghData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const ghProp = (s: string) => ghData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

function asGithub(v: View): string {
  const out: string[] = [];
  for (const c of v.changes) {
    if (c.kind === "added") continue;
    const { file, line, column } = v.where(c);
    const acked = v.acknowledged.has(c);
    const level = c.kind === "forbidden" || (c.kind === "breaking" && !acked) ? "error" : c.kind === "breaking" ? "warning" : "notice";
    const title = c.rule ? `lockstep ${c.rule}` : `lockstep ${c.kind}`;
    const what = c.kind === "breaking" ? `breaking change: ${c.change} (${acked ? "acknowledged" : "not acknowledged"})` : c.change;
    out.push(`::${level} file=${ghProp(file)},line=${line},col=${column},title=${ghProp(title)}::${ghData(what)}`);
  }
  return out.length ? out.join("\n") + "\n" : "";
}
