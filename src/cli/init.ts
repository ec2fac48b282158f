// `lockstep init`: a config and a small example catalog in the current folder, each
// file pointing at its JSON Schema so editors validate and complete it from the first
// keystroke. Never overwrites a file unless --force; never touches an existing
// .vscode/settings.json beyond adding the one key it owns when that is a trivial merge.
//
// Where the schemas come from: when lockstep is installed in node_modules (this folder
// or an ancestor up to the repository root), the files reference its `schema/` folder,
// which then stays current as lockstep is upgraded. Otherwise (a global install, npx
// before `npm i -D lockstep`) init writes copies to .lockstep/schema/ to commit. Either
// way the schema is a local file: no network, no URL that could drift from the version
// the project runs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import type { NamingStyle } from "../catalog/model.js";
import { EXAMPLE_SIZE, exampleFiles, type ExampleFile } from "../init/example.js";
import { SCHEMAS } from "./info.js";
import { EXIT, type Io } from "./exit.js";

const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const COPIES = ".lockstep/schema";
const SETTINGS = ".vscode/settings.json";

export const USAGE = `Usage: lockstep init [--name <catalog>] [--naming UPPER_SNAKE|lower_snake] [--force]

Creates lockstep.config.yaml and an example catalog in spec/ in the current folder.
  --name <catalog>   catalog name, a slug (default: from package.json or the folder name)
  --naming <style>   UPPER_SNAKE (default) or lower_snake code names
  --force            overwrite existing files
`;

interface InitArgs {
  readonly name: string | undefined;
  readonly naming: NamingStyle;
  readonly force: boolean;
  readonly help: boolean;
}

function parse(argv: readonly string[]): InitArgs | string {
  let name: string | undefined;
  let naming: NamingStyle = "UPPER_SNAKE";
  let force = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.startsWith("--") ? raw.indexOf("=") : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const value = (): string | undefined => (eq > 0 ? raw.slice(eq + 1) : argv[++i]);
    if (flag === "--name") {
      const v = value();
      if (v === undefined || !SLUG.test(v)) return `--name must be a slug such as acme or acme-billing (lower case letters, digits, single hyphens), got ${JSON.stringify(v ?? "")}`;
      name = v;
    } else if (flag === "--naming") {
      const v = value();
      if (v !== "UPPER_SNAKE" && v !== "lower_snake") return `--naming must be UPPER_SNAKE or lower_snake, got ${JSON.stringify(v ?? "")}`;
      naming = v;
    } else if (flag === "--force") force = true;
    else if (flag === "--help" || flag === "-h") help = true;
    else {
      const hint = didYouMean(flag, ["--name", "--naming", "--force", "--help"]);
      return `unknown option for init: ${flag}${hint ? ` (did you mean ${hint}?)` : ""}`;
    }
  }
  return { name, naming, force, help };
}

/** A catalog name from package.json (its scope, or its name) or the folder name. */
function defaultName(root: string): string {
  let candidate = basename(root);
  try {
    const pkg = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name?: unknown }).name;
    if (typeof pkg === "string" && pkg) candidate = pkg.startsWith("@") ? pkg.slice(1).split("/")[0]! : pkg;
  } catch {
    // no package.json: the folder name
  }
  const slug = candidate.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^[^a-z]+/, "").replace(/-+$/, "");
  return SLUG.test(slug) ? slug : "errors";
}

/** lockstep's schema folder in node_modules of this folder or an ancestor, up to the repository root. */
function installedSchemas(root: string): string | undefined {
  for (let dir = root; ; dir = dirname(dir)) {
    const schemas = join(dir, "node_modules", "lockstep", "schema");
    if (existsSync(join(schemas, "config.schema.json")) && existsSync(join(schemas, "domain.schema.json"))) return schemas;
    if (existsSync(join(dir, ".git")) || dirname(dir) === dir) return undefined;
  }
}

/** A modeline or settings path: POSIX and explicitly relative (`./` or `../`). */
function relativeRef(from: string, to: string): string {
  const rel = relative(from, to).split(sep).join("/");
  return rel.startsWith("../") ? rel : `./${rel}`;
}

function settingsSnippet(configSchema: string, domainSchema: string): Record<string, string[]> {
  return { [configSchema]: ["/lockstep.config.yaml"], [domainSchema]: ["/spec/*.yaml", "/spec/*.yml"] };
}

/** Adds `yaml.schemas` to .vscode/settings.json when that is safe; otherwise says what to add. */
function wireVsCode(root: string, schemas: Record<string, string[]>): { written: boolean; note: string | undefined } {
  const file = join(root, SETTINGS);
  const snippet = JSON.stringify({ "yaml.schemas": schemas }, null, 2);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, snippet + "\n");
    return { written: true, note: undefined };
  }
  const text = readFileSync(file, "utf8");
  let settings: unknown;
  try {
    settings = JSON.parse(text);
  } catch {
    settings = undefined; // comments or trailing commas: VS Code accepts them, we do not rewrite them
  }
  const object = typeof settings === "object" && settings !== null && !Array.isArray(settings) ? (settings as Record<string, unknown>) : undefined;
  // Only a file exactly as JSON.stringify would write it can be rewritten without reformatting it.
  if (object && !("yaml.schemas" in object) && text.replace(/\n$/, "") === JSON.stringify(object, null, 2)) {
    writeFileSync(file, JSON.stringify({ ...object, "yaml.schemas": schemas }, null, 2) + "\n");
    return { written: true, note: undefined };
  }
  const current = object?.["yaml.schemas"];
  if (JSON.stringify(current) === JSON.stringify(schemas)) return { written: false, note: undefined };
  return { written: false, note: `${SETTINGS} exists; to validate new spec files too, add to it:\n${snippet}\n` };
}

/** How the user runs lockstep, so next steps can be pasted as they are. */
function runner(env: Io["env"]): string {
  const agent = env.npm_config_user_agent ?? "";
  if (agent.startsWith("pnpm/")) return "pnpm exec lockstep";
  if (agent.startsWith("yarn/")) return "yarn lockstep";
  if (agent.startsWith("npm/") && env.npm_command === "exec") return "npx lockstep";
  return "lockstep";
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parse(argv);
  if (typeof args === "string") {
    io.err(`lockstep: ${args}\n${USAGE}`);
    return EXIT.invalid;
  }
  if (args.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  const root = io.cwd;
  const name = args.name ?? defaultName(root);
  const installed = installedSchemas(root);
  const schemaDir = installed ?? join(root, COPIES);
  const files: ExampleFile[] = exampleFiles({
    name,
    naming: args.naming,
    configSchema: relativeRef(root, join(schemaDir, "config.schema.json")),
    domainSchema: relativeRef(join(root, "spec"), join(schemaDir, "domain.schema.json")),
  });
  if (!installed) {
    for (const which of ["config", "domain"] as const) {
      files.push({ path: `${COPIES}/${which}.schema.json`, text: JSON.stringify(SCHEMAS[which](), null, 2) + "\n" });
    }
  }

  const existing = files.filter((f) => existsSync(join(root, f.path))).map((f) => f.path);
  if (existing.length && !args.force) {
    io.err(
      `lockstep: init would overwrite ${existing.length === 1 ? "this file" : "these files"}:\n${existing.map((p) => `  ${p}\n`).join("")}` +
        `Nothing was written. Move ${existing.length === 1 ? "it" : "them"} away, or run lockstep init --force to overwrite.\n`,
    );
    return EXIT.invalid;
  }
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
  const vscode = wireVsCode(root, settingsSnippet(relativeRef(root, join(schemaDir, "config.schema.json")), relativeRef(root, join(schemaDir, "domain.schema.json"))));

  const cmd = runner(io.env);
  const created = files.map((f) => f.path);
  if (vscode.written) created.push(`${SETTINGS} (yaml.schemas for the config and spec/*.yaml)`);
  const schemaNote = installed
    ? `Editor support: each file names its JSON Schema on its first line, in ${relativeRef(root, installed)}/\n(the installed lockstep's, so it stays current when you upgrade).`
    : `Editor support: each file names its JSON Schema on its first line. The schemas are copies in\n${COPIES}/ (commit them); after upgrading lockstep, refresh them with\n${cmd} schema config > ${COPIES}/config.schema.json (and domain).`;
  io.out(
    `lockstep: created catalog "${name}" (${args.naming}) with ${EXAMPLE_SIZE.codes} codes in ${EXAMPLE_SIZE.domains} domains:\n${created.map((p) => `  ${p}\n`).join("")}\n` +
      `${schemaNote}\n${vscode.note ? `\n${vscode.note}` : ""}\n` +
      `Next steps:\n` +
      `  ${cmd} validate           check the spec\n` +
      `  ${cmd} generate           write out/ (commit it with the spec)\n` +
      `  ${cmd} generate --watch   regenerate while you edit\n` +
      `  ${cmd} check              in CI and a pre-commit hook: fails when out/ is stale\n`,
  );
  return EXIT.ok;
}
