// The `lockstep` command: the only place besides the writer that touches the disk
// or the process. Everything it prints goes through `io`, so tests run it in-process.
import { isAbsolute, join, relative } from "node:path";
import { DEFAULT_CONFIG_FILE, type Config } from "../config.js";
import { formatJson, formatReport, type Diagnostic } from "../diagnostics.js";
import { checkReport } from "../io/check-report.js";
import { fsTemplateLoader } from "../io/fs-templates.js";
import { readOutState } from "../io/out-state.js";
import { inputsFingerprint, isUpToDate, recordUpToDate } from "../io/up-to-date.js";
import { packageRoot } from "../io/package-root.js";
import { compileProject, planGenerators, readProject, type Project } from "../io/project.js";
import { applyOutState } from "../io/writer.js";
import { runGenerators } from "../pipeline.js";
import { listGenerators, printSchema } from "./info.js";
import { HELP, parseArgs, UsageError, type Args } from "./args.js";
import { readFileSync } from "node:fs";

export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  out(text: string): void;
  err(text: string): void;
}

export const EXIT = { ok: 0, stale: 1, invalid: 2, internal: 3 } as const;

/** Paths in diagnostics are relative to the config's folder; show them relative to the cwd. */
function report(io: Io, args: Args, project: Pick<Project, "root" | "texts">, diags: readonly Diagnostic[]): void {
  if (diags.length === 0) return;
  const base = relative(io.cwd, project.root);
  const shown = diags.map((d) => (d.loc && base ? { ...d, loc: { ...d.loc, file: join(base, d.loc.file) } } : d));
  const texts = new Map([...project.texts].map(([file, text]) => [base ? join(base, file) : file, text]));
  io.err(args.format === "json" ? formatJson(shown) : formatReport(shown, texts));
}

/** The command that regenerates, as the user invoked it. */
function fixCommand(io: Io, args: Args): string {
  if (io.env.npm_lifecycle_event === "generate" && !args.config && !args.only) return "pnpm generate";
  const parts = ["lockstep generate"];
  if (args.config) parts.push(`--config ${args.config}`);
  if (args.only) parts.push(`--only ${args.only.join(",")}`);
  return parts.join(" ");
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`lockstep: ${e.message}\nRun lockstep --help for usage.\n`);
    return EXIT.invalid;
  }
  switch (args.command) {
    case "help":
      io.out(HELP);
      return EXIT.ok;
    case "version":
      io.out(`${(JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version}\n`);
      return EXIT.ok;
    case "schema":
      return printSchema(args.rest, io);
    default:
  }

  const configPath = args.config ? (isAbsolute(args.config) ? args.config : join(io.cwd, args.config)) : join(io.cwd, DEFAULT_CONFIG_FILE);
  const files = readProject(configPath);
  if (!files.config) {
    report(io, args, files, files.diagnostics);
    return EXIT.invalid;
  }
  const inputs = args.only || files.diagnostics.length ? undefined : inputsFingerprint(files.root, files.config, files.texts);
  const listing = args.command === "validate" || args.command === "list-generators";
  if (!listing && inputs && isUpToDate(files.root, files.config, inputs)) {
    if (!args.quiet) io.out(`lockstep: ${files.config.outDir}/ is up to date (unchanged since the last generate)\n`);
    return EXIT.ok;
  }
  const project = compileProject(files);
  if (!project.config) {
    report(io, args, project, project.diagnostics);
    return EXIT.invalid;
  }
  if (args.command === "list-generators") return listGenerators(project.config, project, io);
  if (!project.catalog) {
    report(io, args, project, project.diagnostics);
    return EXIT.invalid;
  }
  if (args.command === "validate") {
    if (!args.quiet) io.out(`lockstep: ${project.catalog.codes.length} codes in ${project.catalog.domains.length} domains: valid\n`);
    return EXIT.ok;
  }
  return generate(args, io, project as Project & { config: Config }, inputs);
}

async function generate(args: Args, io: Io, project: Project & { config: Config }, inputs: string | undefined): Promise<number> {
  const { config, root } = project;
  const catalog = project.catalog!;
  const planned = await planGenerators(project, args.only);
  if (planned.diagnostics.length) {
    report(io, args, project, planned.diagnostics);
    return EXIT.invalid;
  }
  const templatesDir = config.templatesDir === undefined ? undefined : join(root, config.templatesDir);
  const { files, diagnostics } = runGenerators(catalog, planned.plan, fsTemplateLoader(templatesDir));
  if (diagnostics.length) {
    report(io, args, project, diagnostics);
    return EXIT.invalid;
  }
  // --only regenerates a subset: other generators' files are neither orphans nor stale.
  const state = readOutState(root, config.outDir, files, args.only ? new Set(planned.plan.map((p) => p.generator.name)) : undefined);
  if (state.refusals.length) {
    io.err(state.refusals.map((r) => `error LS060: ${r}\n`).join("") + `${state.refusals.length} error${state.refusals.length === 1 ? "" : "s"}\n`);
    return EXIT.invalid;
  }
  if (args.check) {
    const result = checkReport(config.outDir, state, fixCommand(io, args));
    if (!result.ok) {
      io.err(result.text);
      return EXIT.stale;
    }
    if (!args.quiet) io.out(`lockstep: ${config.outDir}/ is up to date (${files.length} files)\n`);
    return EXIT.ok;
  }
  const summary = applyOutState(join(root, config.outDir), state);
  if (inputs) recordUpToDate(root, config, inputs, state.hashes);
  for (const path of summary.kept) io.err(`lockstep: warning: kept ${config.outDir}/${path}: no longer generated, but edited by hand; delete it yourself\n`);
  for (const path of summary.overwritten) io.err(`lockstep: warning: overwrote ${config.outDir}/${path}, which had been edited by hand\n`);
  if (!args.quiet) {
    const parts = [`${summary.written.length} written`, `${summary.unchanged} unchanged`];
    if (summary.removed.length) parts.push(`${summary.removed.length} removed`);
    io.out(`lockstep: ${catalog.codes.length} codes in ${catalog.domains.length} domains → ${config.outDir}/ (${parts.join(", ")})\n`);
  }
  return EXIT.ok;
}
