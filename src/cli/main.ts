// The `lockstep` command: the only place besides the writer that touches the disk
// or the process. Everything it prints goes through `io`, so tests run it in-process.
import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { DEFAULT_CONFIG_FILE, type Config } from "../load/config.js";
import { packageRoot } from "../io/package-root.js";
import { readProject, type Project } from "../io/read-project.js";
import { inputsFingerprint, isUpToDate } from "../io/up-to-date.js";
import { HELP, parseArgs, SUBCOMMAND_NAMES, UsageError, type Args } from "./args.js";
import { report } from "./report.js";
import { plural } from "../catalog/code-text.js";
import { EXIT, type Io, type Subcommand } from "./exit.js";

export { EXIT, type Io, type Subcommand } from "./exit.js";

// Commands with their own flags, each loaded only when it runs.
const SUBCOMMANDS: Readonly<Record<(typeof SUBCOMMAND_NAMES)[number], () => Promise<Subcommand>>> = {
  diff: () => import("./diff.js"),
  init: () => import("./init.js"),
  import: () => import("./import.js"),
  audit: () => import("./audit.js"),
  release: () => import("./release.js"),
};

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const sub = (SUBCOMMAND_NAMES as readonly string[]).includes(argv[0] ?? "") ? SUBCOMMANDS[argv[0] as keyof typeof SUBCOMMANDS] : undefined;
  if (sub) return (await sub()).run(argv.slice(1), io);
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
      return (await import("./info.js")).printSchema(args.rest, io);
    default:
  }
  if (args.watch) return (await import("./watch.js")).watch(args, io);

  const configPath = args.config ? (isAbsolute(args.config) ? args.config : join(io.cwd, args.config)) : join(io.cwd, DEFAULT_CONFIG_FILE);
  const files = readProject(configPath, { keepBytes: true });
  if (!files.config) {
    report(io, args, files, files.diagnostics);
    return EXIT.invalid;
  }
  // The up-to-date cache answers generate and check only; validate and list-generators always compile.
  const listing = args.command === "validate" || args.command === "list-generators";
  // --no-plugins must refuse a plugin (LS042), so it never takes the cache's word.
  const refusesPlugins = args.noPlugins && files.config.generators?.some((g) => g.from !== undefined && g.enabled);
  const inputs = listing || args.only || refusesPlugins || files.diagnostics.length ? undefined : inputsFingerprint(files.root, files.config, files.texts, files.bytes);
  (files.bytes as Map<string, Uint8Array> | undefined)?.clear(); // only the fingerprint reads them: not kept through the compile
  if (inputs && isUpToDate(files.root, files.config, inputs)) {
    if (!args.quiet) io.out(`lockstep: ${files.config.outDir}/ is up to date (unchanged since the last generate)\n`);
    return EXIT.ok;
  }
  io.tune?.(files.specs.reduce((sum, s) => sum + s.text.length, 0));
  // The generators (and the config's plugins, whose names are checked too) load only now.
  const [{ compileProject }, { loadPlugins }] = await Promise.all([import("../io/project.js"), import("../io/plan.js")]);
  const project = compileProject(files, await loadPlugins({ root: files.root, config: files.config }, args.noPlugins));
  if (!project.config) {
    report(io, args, project, project.diagnostics);
    return EXIT.invalid;
  }
  if (args.command === "list-generators") return (await import("./info.js")).listGenerators(project.config, project, io, args.noPlugins);
  if (!project.catalog) {
    report(io, args, project, project.diagnostics);
    return EXIT.invalid;
  }
  if (args.command === "validate") {
    if (!args.quiet) io.out(`lockstep: ${plural(project.catalog.codes.length, "code")} in ${plural(project.catalog.domains.length, "domain")}: valid\n`);
    return EXIT.ok;
  }
  // Generators, templates and the writer load only when there is work for them.
  return (await import("./generate.js")).generate(args, io, project as Project & { config: Config }, inputs);
}
