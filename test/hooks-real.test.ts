// The commit hooks of docs/workflows.md, run by the real tools in scratch git
// repositories: pre-commit (from PyPI, in .tools/venv), husky + lint-staged and lefthook
// (npm dev dependencies), each in both documented layouts — one package, and a pnpm
// workspace whose catalog package alone depends on Lockstep while the hook runs at the
// root. In each: a commit with a staged spec edit and a stale out/ is refused with a Fix
// line; that line, run from the repository root as printed, makes the next commit pass.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { main } from "../src/cli/main.js";
import { namedBlocks } from "./support/glob.js";
import { toolsPython } from "./support/toolchains.js";

const ROOT = join(import.meta.dirname, "..");
const DOC = namedBlocks(readFileSync(join(ROOT, "docs/workflows.md"), "utf8"));
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A plain shell: none of the variables of the package manager running these tests. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|PNPM|INIT_CWD$|VITEST|TURBO_|NX_)/.test(k)));

function sh(cwd: string, command: string, env: Record<string, string> = {}): { code: number | null; out: string } {
  const r = spawnSync("sh", ["-c", command], { cwd, env: { ...ENV, ...env }, encoding: "utf8", timeout: 240_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}
function ok(cwd: string, command: string, env: Record<string, string> = {}): string {
  const r = sh(cwd, command, env);
  if (r.code !== 0) throw new Error(`\`${command}\` in ${cwd} exited ${r.code}:\n${r.out}`);
  return r.out;
}
function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
function block(name: string): string {
  const text = DOC.get(name);
  if (text === undefined) throw new Error(`docs/workflows.md has no code block labelled ${name}`);
  return text;
}
/** `node_modules/<name>` and its bin, as an install leaves them (pointing into this repository's install). */
function link(dir: string, name: string, bin: string, target = join(ROOT, "node_modules", name)): void {
  mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
  symlinkSync(target, join(dir, "node_modules", name), "dir");
  symlinkSync(join(target, bin), join(dir, "node_modules", ".bin", name.split("/").pop()!));
}

type Layout = "package" | "workspace";
interface Repo {
  readonly root: string;
  /** The folder holding lockstep.config.yaml. */
  readonly catalog: string;
}

/** A git repository with a generated, committed catalog in the given layout; Lockstep installed where the docs put it. */
async function repo(layout: Layout): Promise<Repo> {
  const root = mkdtempSync(join(tmpdir(), `lockstep-hooks-${layout}-`));
  scratch.push(root);
  const catalog = layout === "package" ? root : join(root, "packages", "errors");
  if (layout === "workspace") {
    write(join(root, "package.json"), '{ "name": "acme", "private": true }\n');
    write(join(root, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n");
    write(join(catalog, "package.json"), `${JSON.stringify({ name: "@acme/errors", private: true, scripts: { generate: "lockstep", check: "lockstep check" } }, null, 2)}\n`);
  } else {
    write(join(root, "package.json"), '{ "name": "svc", "private": true }\n');
  }
  link(catalog, "lockstep", "bin/lockstep.mjs", ROOT);
  await main(["init", "--name", "acme"], { cwd: catalog, env: {}, out: () => {}, err: () => {} });
  const io = { cwd: catalog, env: {}, out: () => {}, err: () => {} };
  expect(await main(["generate", "--only", "ts,markdown"], io)).toBe(0);
  write(join(catalog, "lockstep.config.yaml"), readFileSync(join(catalog, "lockstep.config.yaml"), "utf8").replace("# generators:", "builtins: none\ngenerators:\n  ts: {}\n  markdown: {}\n#"));
  expect(await main(["generate"], io)).toBe(0);
  write(join(root, ".gitignore"), "node_modules/\n");
  ok(root, "git init -q -b main && git config user.email t@example.com && git config user.name t && git add -A && git commit -qm init");
  return { root, catalog };
}

/** Edits a description, stages it without regenerating: the hook must refuse; then the printed fix, run at the root, makes the commit pass. */
function refusesThenFixes(r: Repo, env: Record<string, string> = {}): string {
  const spec = join(r.catalog, "spec", "auth.yaml");
  write(spec, readFileSync(spec, "utf8").replace("The request carries no valid credentials.", "No valid credentials were sent."));
  ok(r.root, "git add -A");
  const refused = sh(r.root, "git commit -qm 'edit spec'", env);
  expect(refused.code, refused.out).not.toBe(0);
  expect(refused.out).toContain("out/ts/index.ts: stale");
  const fix = /Fix: run `([^`]+)` and commit the result\./.exec(refused.out)?.[1];
  expect(fix, refused.out).toBeDefined();
  ok(r.root, fix!, env);
  ok(r.root, "git add -A");
  const passed = sh(r.root, "git commit -qm 'edit spec, regenerated'", env);
  expect(passed.code, passed.out).toBe(0);
  expect(ok(r.root, "git status --porcelain")).toBe("");
  return fix!;
}

const FIX = { package: "npx lockstep generate", workspace: "cd packages/errors && pnpm exec lockstep generate" };

describe.each(["package", "workspace"] as const)("the %s layout", (layout) => {
  const docName = (file: string) => (layout === "package" ? file : `acme/${file}`);

  test("pre-commit, the documented local hook", async () => {
    const r = await repo(layout);
    const preCommit = join(dirname(toolsPython()), "pre-commit");
    if (!existsSync(preCommit)) throw new Error(`pre-commit is missing (${preCommit}). Run: bash scripts/setup-tools.sh`);
    write(join(r.root, ".pre-commit-config.yaml"), block(docName(".pre-commit-config.yaml")));
    const env = { PRE_COMMIT_HOME: join(r.root, ".git", "pre-commit-home") };
    ok(r.root, "git add .pre-commit-config.yaml && git commit -qm hooks --no-verify");
    ok(r.root, `${preCommit} install`, env);
    expect(refusesThenFixes(r, env)).toBe(FIX[layout]);
  });

  test("pre-commit, the manifest of Lockstep's repository used as a remote hook", async () => {
    const r = await repo(layout);
    const preCommit = join(dirname(toolsPython()), "pre-commit");
    // The hook repository as pre-commit clones it: this checkout's manifest and script at one commit.
    const hooks = mkdtempSync(join(tmpdir(), "lockstep-hook-repo-"));
    scratch.push(hooks);
    cpSync(join(ROOT, ".pre-commit-hooks.yaml"), join(hooks, ".pre-commit-hooks.yaml"));
    cpSync(join(ROOT, "bin", "lockstep-hook.mjs"), join(hooks, "bin", "lockstep-hook.mjs"));
    chmodSync(join(hooks, "bin", "lockstep-hook.mjs"), 0o755);
    ok(hooks, "git init -q -b main && git config user.email t@example.com && git config user.name t && git add -A && git commit -qm hooks");
    const rev = ok(hooks, "git rev-parse HEAD").trim();
    write(join(r.root, ".pre-commit-config.yaml"), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: lockstep-check\n`);
    const env = { PRE_COMMIT_HOME: join(r.root, ".git", "pre-commit-home") };
    ok(r.root, "git add .pre-commit-config.yaml && git commit -qm hooks --no-verify");
    ok(r.root, `${preCommit} install`, env);
    expect(refusesThenFixes(r, env)).toBe(layout === "package" ? "npx lockstep generate" : "cd packages/errors && npx lockstep generate");
  });

  test("husky + lint-staged", async () => {
    const r = await repo(layout);
    link(r.root, "husky", "bin.js");
    link(r.root, "lint-staged", "bin/lint-staged.js");
    write(join(r.root, "lint-staged.config.js"), block(docName("lint-staged.config.js")));
    write(join(r.root, "package.json"), readFileSync(join(r.root, "package.json"), "utf8").replace('"private": true', '"private": true, "type": "module"'));
    ok(r.root, "npx --no -- husky");
    write(join(r.root, ".husky", "pre-commit"), block(".husky/pre-commit"));
    ok(r.root, "git add -A && git commit -qm hooks --no-verify");
    expect(refusesThenFixes(r)).toBe(FIX[layout]);
  });

  test("lefthook", async () => {
    const r = await repo(layout);
    link(r.root, "lefthook", "bin/index.js");
    write(join(r.root, "lefthook.yml"), block(docName("lefthook.yml")));
    ok(r.root, "git add -A && git commit -qm hooks --no-verify");
    ok(r.root, "npx --no -- lefthook install");
    expect(refusesThenFixes(r)).toBe(FIX[layout]);
  });
});
