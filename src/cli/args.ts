// Command-line parsing: a small, strict parser (unknown flags are errors with a hint).
import { didYouMean } from "../diagnostics/did-you-mean.js";

export const COMMANDS = ["generate", "check", "validate", "list-generators", "schema", "help", "version"] as const;
export type Command = (typeof COMMANDS)[number];
/** Commands that parse their own flags (dispatched in main.ts); listed here for "did you mean". */
export const SUBCOMMAND_NAMES = ["audit", "diff", "import", "init", "release"] as const;

export interface Args {
  readonly command: Command;
  readonly config: string | undefined;
  readonly check: boolean;
  readonly only: readonly string[] | undefined;
  readonly quiet: boolean;
  readonly format: "text" | "json";
  /** `generate --watch`: regenerate on every change until interrupted (src/cli/watch.ts). */
  readonly watch: boolean;
  /** `--force`: overwrite files at generated paths that Lockstep never wrote. */
  readonly force: boolean;
  /** `--no-plugins`: refuse to load third-party (`from:`) generators, for untrusted branches. */
  readonly noPlugins: boolean;
  /** Positional arguments after the command (e.g. `schema domain`). */
  readonly rest: readonly string[];
}

export class UsageError extends Error {}

const FLAGS = ["--config", "--check", "--only", "--quiet", "--format", "--watch", "--force", "--no-plugins", "--help", "--version", "-c", "-q", "-w", "-h", "-v"];

export function parseArgs(argv: readonly string[]): Args {
  let command: Command | undefined;
  let config: string | undefined;
  let check = false;
  let only: string[] | undefined;
  let quiet = false;
  let format: "text" | "json" = "text";
  let watch = false;
  let force = false;
  let noPlugins = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const [flag, inline] = raw.startsWith("--") && raw.includes("=") ? [raw.slice(0, raw.indexOf("=")), raw.slice(raw.indexOf("=") + 1)] : [raw, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith("-"))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--config":
      case "-c":
        config = value();
        break;
      case "--check":
        check = true;
        break;
      case "--only":
        only = [...(only ?? []), ...value().split(",").map((s) => s.trim()).filter(Boolean)];
        break;
      case "--quiet":
      case "-q":
        quiet = true;
        break;
      case "--format": {
        const v = value();
        if (v !== "text" && v !== "json") throw new UsageError(`--format must be text or json, got ${JSON.stringify(v)}`);
        format = v;
        break;
      }
      case "--watch":
      case "-w":
        watch = true;
        break;
      case "--force":
        force = true;
        break;
      case "--no-plugins":
        noPlugins = true;
        break;
      case "--help":
      case "-h":
        command = "help";
        break;
      case "--version":
      case "-v":
        command = "version";
        break;
      default:
        if (flag.startsWith("-")) {
          const hint = didYouMean(flag, FLAGS);
          throw new UsageError(`unknown option ${flag}${hint ? ` (did you mean ${hint}?)` : ""}`);
        }
        if (command === undefined && rest.length === 0) {
          if (!(COMMANDS as readonly string[]).includes(flag)) {
            const hint = didYouMean(flag, [...COMMANDS, ...SUBCOMMAND_NAMES]);
            throw new UsageError(`unknown command ${flag}${hint ? ` (did you mean ${hint}?)` : ""}`);
          }
          command = flag as Command;
        } else rest.push(flag);
    }
  }
  if (command === "check") check = true;
  if (watch && check) throw new UsageError("--watch cannot be combined with check: run the check once (in CI or a hook), or watch with generate");
  if (watch && command !== undefined && command !== "generate" && command !== "help" && command !== "version") throw new UsageError(`--watch works with generate only, not ${command}`);
  if (force && check) throw new UsageError("--force cannot be combined with check: check never writes");
  return { command: command ?? "generate", config, check, only, quiet, format, watch, force, noPlugins, rest };
}

export const HELP = `lockstep: compile an error catalog (spec/*.yaml) into TypeScript, Go, Python, OpenAPI and docs.

Usage: lockstep [command] [options]

Commands:
  generate            write every generator's output under the output root (default)
  init                create a config and an example spec here (--name, --naming, --force)
  check               same as generate --check
  validate            check the spec only; write nothing
  diff                classify changes against the lockfile or a git ref
                      (--against, --format text|json|github; lockstep diff --help)
  import ts <file>    read a TypeScript catalog into spec files (lockstep import --help)
  audit <globs...>    report drift, deprecated and dead codes (lockstep audit --help)
  release             build, check and publish the npm, Python and Go packages at
                      catalog.version (--dry-run; lockstep release --help)
  list-generators     list built-in and configured generators with their options
  schema <config|domain>
                      print the JSON Schema of the config or domain files
  help, version

Options:
  -c, --config <file> config file (default: lockstep.config.yaml)
      --check         write nothing; exit 1 listing stale, missing, hand-edited and
                      orphaned files with a diff when out/ differs from what would be generated
      --only <names>  run only these generators (comma-separated)
  -w, --watch         generate, then regenerate whenever the config, spec or templates change
      --force         overwrite files at generated paths that lockstep never wrote
                      (without it, such a file stops generate before anything is written)
      --no-plugins    refuse to load third-party generators (\`from:\` in the config): they
                      run arbitrary code, so use this for check on untrusted branches
  -q, --quiet         print only problems
      --format <fmt>  diagnostics as text (default) or json
  -h, --help          this help
  -v, --version       print the version

Exit codes: 0 success, 1 check found differences, 2 invalid spec, config or usage,
            3 internal error.
`;
