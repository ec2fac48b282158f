// Commit hooks: the pre-commit manifest follows pre-commit's manifest schema and its
// entry really runs the check; the pre-commit, lint-staged and lefthook configurations
// in docs/workflows.md are well-formed and run the check once; and the fix command a
// failing check prints, when run, makes the check pass.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { parseArgs } from "../src/cli/args.js";
import { main } from "../src/cli/main.js";
import { fixCommand } from "../src/cli/report.js";
import { namedBlocks, selects } from "./support/glob.js";
import { TempProject } from "./support/project.js";

const ROOT = join(import.meta.dirname, "..");
const DOC = namedBlocks(readFileSync(join(ROOT, "docs/workflows.md"), "utf8"));
const CHECK = "npx --no -- lockstep check";

/** Keys and languages of a hook in pre-commit's manifest (pre_commit/clientlib.py, MANIFEST_HOOK_DICT). */
const REQUIRED = ["id", "name", "entry", "language"];
const OPTIONAL = [
  "alias", "files", "exclude", "types", "types_or", "exclude_types", "additional_dependencies", "args", "always_run",
  "fail_fast", "pass_filenames", "description", "language_version", "log_file", "minimum_pre_commit_version",
  "require_serial", "stages", "verbose",
];
const LANGUAGES = [
  "conda", "coursier", "dart", "docker", "docker_image", "dotnet", "fail", "golang", "haskell", "julia", "lua", "node",
  "perl", "pygrep", "python", "r", "ruby", "rust", "script", "swift", "system", "unsupported", "unsupported_script",
];

/** Paths a commit may touch: which should run the check, which should not. */
const RELEVANT = ["lockstep.config.yaml", "spec/auth.yaml", "spec/lockstep.lock.json", "templates/ts/index.ts.hbs", "out/ts/index.ts", "out/.lockstep-manifest.json"];
const UNRELATED = ["src/server.ts", "README.md", "package.json", "myspec/auth.yaml", "layout/x.txt"];

/** A project with lockstep installed in node_modules/.bin, as a dev dependency leaves it. */
function installedProject(): TempProject {
  const p = new TempProject();
  mkdirSync(join(p.root, "node_modules", ".bin"), { recursive: true });
  symlinkSync(ROOT, join(p.root, "node_modules", "lockstep"), "dir");
  symlinkSync(join(ROOT, "bin", "lockstep.mjs"), join(p.root, "node_modules", ".bin", "lockstep"));
  writeFileSync(join(p.root, "package.json"), '{ "name": "svc", "private": true }\n');
  return p;
}

/** Runs a hook's shell command in a project; npm's own variables are dropped so the hook sees a plain shell. */
function sh(cwd: string, command: string): { code: number; out: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("npm_")));
  try {
    return { code: 0, out: execFileSync("sh", ["-c", command], { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe(".pre-commit-hooks.yaml", () => {
  const manifest = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Record<string, unknown>[];

  test("follows pre-commit's manifest schema", () => {
    expect(Array.isArray(manifest)).toBe(true);
    expect(manifest.map((h) => h.id)).toEqual(["lockstep-check"]);
    for (const hook of manifest) {
      for (const key of REQUIRED) expect(typeof hook[key], `${key} is a string`).toBe("string");
      expect(Object.keys(hook).filter((k) => !REQUIRED.includes(k) && !OPTIONAL.includes(k))).toEqual([]);
      expect(LANGUAGES).toContain(hook.language);
      for (const key of ["pass_filenames", "require_serial", "always_run"]) if (key in hook) expect(typeof hook[key]).toBe("boolean");
    }
  });

  test("the hook runs once per commit, only when the catalog or its output is staged", () => {
    const hook = manifest[0]!;
    expect(hook).toMatchObject({ entry: "bin/lockstep-hook.mjs", language: "script", pass_filenames: false });
    const files = new RegExp(hook.files as string); // pre-commit uses re.search
    for (const path of [...RELEVANT, ...RELEVANT.map((p) => `packages/errors/${p}`)]) expect(files.test(path), path).toBe(true);
    for (const path of UNRELATED) expect(files.test(path), path).toBe(false);
  });

  test("the entry runs the project's lockstep: passes on fresh output, fails on stale with the fix", async () => {
    const p = installedProject();
    await main(["init", "--name", "svc"], { cwd: p.root, env: {}, out: () => {}, err: () => {} });
    expect((await p.run("generate", "--only", "ts,markdown")).code).toBe(0);
    const hook = `node ${JSON.stringify(join(ROOT, "bin", "lockstep-hook.mjs"))} --only ts,markdown`;
    expect(sh(p.root, hook)).toEqual({ code: 0, out: "lockstep: out/ is up to date (8 files)\n" });
    p.write("spec/auth.yaml", p.read("spec/auth.yaml").replace("The request carries no valid credentials.", "No valid credentials."));
    const stale = sh(p.root, hook);
    expect(stale.code).toBe(1);
    expect(stale.out).toContain("  out/ts/index.ts: stale (changed since it was generated: the spec)\n");
    expect(stale.out).toMatch(/\nFix: run `npx lockstep generate --only ts,markdown` and commit the result\.\n$/);
  });

  test("the entry finds the lockstep of a catalog in a subfolder, and says what is missing", async () => {
    const p = installedProject();
    mkdirSync(join(p.root, "errors"));
    expect(sh(p.root, `node ${JSON.stringify(join(ROOT, "bin", "lockstep-hook.mjs"))}`)).toEqual({
      code: 2,
      out: "lockstep-check: no lockstep.config.yaml here and none tracked by git; pass args: [--config, <path>]\n",
    });
    await main(["init", "--name", "svc"], { cwd: join(p.root, "errors"), env: {}, out: () => {}, err: () => {} });
    const hook = `node ${JSON.stringify(join(ROOT, "bin", "lockstep-hook.mjs"))} --config errors/lockstep.config.yaml --only ts`;
    expect(sh(p.root, hook)).toMatchObject({ code: 1, out: expect.stringMatching(/\nFix: run `cd errors && npx lockstep generate --only ts` and commit the result\.\n$/) });
  });
});

describe("hook configurations in docs/workflows.md", () => {
  test("pre-commit: a local hook with the manifest's id, file filter and settings", () => {
    const manifest = (parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Record<string, unknown>[])[0]!;
    const config = parse(DOC.get(".pre-commit-config.yaml")!) as { repos: { repo: string; hooks: Record<string, unknown>[] }[] };
    expect(config.repos).toHaveLength(1);
    expect(config.repos[0]!.repo).toBe("local");
    expect(config.repos[0]!.hooks).toEqual([{ id: "lockstep-check", name: "lockstep check", entry: CHECK, language: "system", files: manifest.files, pass_filenames: false }]);
  });

  test("husky + lint-staged: one glob, a function that returns the check once for any number of files", async () => {
    expect(DOC.get(".husky/pre-commit")).toBe("npx lint-staged\n");
    const dir = new TempProject().write("lint-staged.config.mjs", DOC.get("lint-staged.config.js")!).root;
    const config = ((await import(pathToFileURL(join(dir, "lint-staged.config.mjs")).href)) as { default: Record<string, unknown> }).default;
    const [glob, task] = Object.entries(config)[0]!;
    expect(Object.keys(config)).toHaveLength(1);
    expect(typeof task).toBe("function");
    expect((task as (files: string[]) => unknown)(RELEVANT.map((f) => join(dir, f)))).toBe(CHECK);
    for (const path of RELEVANT) expect(selects([glob], path), path).toBe(true);
    for (const path of UNRELATED) expect(selects([glob], path), path).toBe(false);
  });

  test("lefthook: the pre-commit command runs the check when a catalog file is staged", () => {
    const config = parse(DOC.get("lefthook.yml")!) as { "pre-commit": { commands: Record<string, { glob: string; run: string }> } };
    const commands = Object.values(config["pre-commit"].commands);
    expect(commands).toHaveLength(1);
    expect(commands[0]!.run).toBe(CHECK);
    for (const path of RELEVANT) expect(selects([commands[0]!.glob], path), path).toBe(true);
    for (const path of UNRELATED) expect(selects([commands[0]!.glob], path), path).toBe(false);
  });
});

describe("the fix command a failing check prints", () => {
  /** Runs `check` with `argv`, then the fix it names, then `check` again. */
  async function fixRoundTrip(p: TempProject, cwd: string, argv: string[]): Promise<{ fix: string; after: number }> {
    let err = "";
    const io = (sink: (t: string) => void) => ({ cwd, env: {}, out: () => {}, err: sink });
    expect(await main(["check", ...argv], io((t) => (err += t)))).toBe(1);
    const fix = /\nFix: run `([^`]+)` and commit the result\.\n$/.exec(err)?.[1];
    expect(fix, err).toBeDefined();
    const words = fix!.replace(/^(npx|pnpm exec|yarn) /, "").split(" ");
    expect(words[0]).toBe("lockstep");
    let fixErr = "";
    expect(await main(words.slice(1), io((t) => (fixErr += t))), fixErr).toBe(0);
    return { fix: fix!, after: await main(["check", ...argv], io(() => {})) };
  }

  async function initialised(dir = ""): Promise<TempProject> {
    const p = new TempProject();
    await main(["init", "--name", "shop"], { cwd: join(p.root, dir), env: {}, out: () => {}, err: () => {} });
    return p;
  }

  test("after a spec edit", async () => {
    const p = await initialised();
    expect((await p.run("generate")).code).toBe(0);
    p.write("spec/requests.yaml", p.read("spec/requests.yaml") + "\n  - name: CONFLICT\n    status: 409\n");
    expect(await fixRoundTrip(p, p.root, [])).toEqual({ fix: "lockstep generate", after: 0 });
  });

  test("with --config from another folder, and with --only", async () => {
    const p = new TempProject();
    mkdirSync(join(p.root, "errors"));
    await main(["init", "--name", "shop"], { cwd: join(p.root, "errors"), env: {}, out: () => {}, err: () => {} });
    expect(await fixRoundTrip(p, p.root, ["--config", "errors/lockstep.config.yaml"])).toEqual({ fix: "lockstep generate --config errors/lockstep.config.yaml", after: 0 });
    p.write("errors/spec/auth.yaml", p.read("errors/spec/auth.yaml").replace("The access token has expired.", "The token has expired."));
    expect(await fixRoundTrip(p, join(p.root, "errors"), ["--only", "ts,go"])).toEqual({ fix: "lockstep generate --only ts,go", after: 0 });
  });

  test("after a hand edit and with an orphaned file", async () => {
    const p = await initialised();
    expect((await p.run("generate")).code).toBe(0);
    p.write("out/ts/index.ts", p.read("out/ts/index.ts") + "// local tweak\n");
    expect(await fixRoundTrip(p, p.root, [])).toEqual({ fix: "lockstep generate", after: 0 });
    p.write("lockstep.config.yaml", p.read("lockstep.config.yaml").replace("# generators:", "builtins: none\ngenerators:\n  ts: {}\n#"));
    expect(await fixRoundTrip(p, p.root, [])).toEqual({ fix: "lockstep generate", after: 0 });
    expect(p.snapshot().has("go/go.mod")).toBe(false);
  });
});

describe("the fix command, started from a workspace root", () => {
  const args = (argv: string[]) => parseArgs(["check", ...argv]);
  const PNPM = "pnpm/10.34.9 npm/? node/v20.20.2 linux x64";
  const cases: [string, Record<string, string>, string[], string][] = [
    ["pnpm --filter from the root", { INIT_CWD: "/ws", npm_lifecycle_event: "check", npm_config_user_agent: PNPM, npm_package_name: "@acme/errors" }, [], "cd packages/errors && pnpm exec lockstep generate"],
    ["the package's generate script from the root", { INIT_CWD: "/ws", npm_lifecycle_event: "generate", npm_config_user_agent: PNPM }, [], "cd packages/errors && pnpm generate"],
    ["npm --prefix from the root", { INIT_CWD: "/ws", npm_lifecycle_event: "check", npm_config_user_agent: "npm/11.6.2 node/v20.20.2 linux x64" }, [], "cd packages/errors && npx lockstep generate"],
    ["in the package itself", { INIT_CWD: "/ws/packages/errors", npm_lifecycle_event: "check", npm_config_user_agent: PNPM }, [], "pnpm exec lockstep generate"],
    ["INIT_CWD below the catalog is ignored", { INIT_CWD: "/ws/packages/errors/spec" }, [], "lockstep generate"],
    ["a relative INIT_CWD is ignored", { INIT_CWD: "ws" }, [], "lockstep generate"],
    ["Turborepo", { INIT_CWD: "/ws/packages/errors", TURBO_HASH: "8e1b", npm_lifecycle_event: "check", npm_config_user_agent: PNPM, npm_package_name: "@acme/errors" }, [], "turbo run generate --filter=@acme/errors"],
    ["Nx", { INIT_CWD: "/ws", NX_TASK_TARGET_PROJECT: "errors", npm_lifecycle_event: "check", npm_config_user_agent: PNPM }, [], "nx run errors:generate"],
    ["Turborepo with --only keeps the direct command", { TURBO_HASH: "8e1b", npm_lifecycle_event: "check", npm_package_name: "e" }, ["--only", "ts"], "lockstep generate --only ts"],
  ];
  test.each(cases)("%s", (_name, env, argv, expected) => {
    expect(fixCommand({ cwd: "/ws/packages/errors", env, out: () => {}, err: () => {} }, args(argv))).toBe(expected);
  });

  test("a folder name that needs quoting is quoted", () => {
    expect(fixCommand({ cwd: "/ws/my errors", env: { INIT_CWD: "/ws" }, out: () => {}, err: () => {} }, args([]))).toBe("cd 'my errors' && lockstep generate");
  });
});
