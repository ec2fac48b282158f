// Printing diagnostics for a person (or as JSON), and the fix command `check` suggests.
import { isAbsolute, join, relative, sep } from "node:path";
import { formatJson, formatReport, type Diagnostic } from "../diagnostics/diagnostics.js";
import type { Project } from "../io/project.js";
import type { Args } from "./args.js";
import type { Io } from "./exit.js";

/** Paths in diagnostics are relative to the config's folder; show them relative to the cwd. */
export function report(io: Io, args: Args, project: Pick<Project, "root" | "texts">, diags: readonly Diagnostic[]): void {
  if (diags.length === 0) return;
  const base = relative(io.cwd, project.root);
  const shown = diags.map((d) => (d.loc && base ? { ...d, loc: { ...d.loc, file: join(base, d.loc.file) } } : d));
  const texts = new Map([...project.texts].map(([file, text]) => [base ? join(base, file) : file, text]));
  io.err(args.format === "json" ? formatJson(shown) : formatReport(shown, texts));
}

/**
 * The command that regenerates, runnable the way the user ran this one and from where they
 * started it: `pnpm generate` under the package script, `npx lockstep generate` / `pnpm exec
 * lockstep generate` under a package manager (lockstep is then a local dev dependency, not on
 * the PATH), else plain `lockstep generate`. Started from a workspace root (`pnpm --filter`,
 * `pnpm -r`, `npm --prefix`: the package manager's INIT_CWD is an ancestor of this folder), the
 * command first changes into the catalog's folder; under Turborepo or Nx it names their task.
 */
export function fixCommand(io: Io, args: Args): string {
  const here = localFixCommand(io, args);
  const script = io.env.npm_lifecycle_event !== undefined && !args.config && !args.only;
  if (script && io.env.TURBO_HASH && io.env.npm_package_name) return `turbo run generate --filter=${io.env.npm_package_name}`;
  if (script && io.env.NX_TASK_TARGET_PROJECT) return `nx run ${io.env.NX_TASK_TARGET_PROJECT}:generate`;
  const origin = io.env.INIT_CWD;
  if (!origin || !isAbsolute(origin)) return here;
  const rel = relative(origin, io.cwd);
  if (!rel || rel.startsWith("..") || isAbsolute(rel)) return here;
  return `cd ${quoteArg(rel.split(sep).join("/"))} && ${here}`;
}

function localFixCommand(io: Io, args: Args): string {
  const agent = /^(npm|pnpm|yarn|bun)\//.exec(io.env.npm_config_user_agent ?? "")?.[1];
  if (io.env.npm_lifecycle_event === "generate" && !args.config && !args.only) return agent === "npm" ? "npm run generate" : `${agent ?? "pnpm"} generate`;
  // Under any package manager (npx, pnpm exec, another package script) lockstep is a local bin.
  const runner = agent ? { npm: "npx ", pnpm: "pnpm exec ", yarn: "yarn ", bun: "bunx " }[agent] : "";
  const parts = [`${runner}lockstep generate`];
  if (args.config) parts.push(`--config ${args.config}`);
  if (args.only) parts.push(`--only ${args.only.join(",")}`);
  return parts.join(" ");
}

/** A path as one shell word: bare when it is plainly safe, else single-quoted. */
function quoteArg(word: string): string {
  return /^[\w./@+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
