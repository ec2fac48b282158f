// The monorepo workflow of docs/workflows.md, for real: a temporary pnpm workspace
// built from the page's code blocks, with the catalog package depending on this
// repository through `link:` (no registry: run `node scripts/build.mjs` first, as
// `pnpm test` does). `pnpm -r generate`, a front end type-checking against the generated
// source, a Node service compiled and run against the built generated package,
// `lockstep check`, the `pnpm generate` fix round trip; and the Turborepo and Nx task
// definitions of the page parse and select the workspace's real files.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { namedBlocks, selects } from "./support/glob.js";
import { requireTool, run } from "./support/toolchains.js";
import { TSC } from "./support/tsc.js";

const ROOT = join(import.meta.dirname, "..");
const DOC = namedBlocks(readFileSync(join(ROOT, "docs/workflows.md"), "utf8"));

/** pnpm as a user runs it: without the variables of the pnpm that may be running these tests. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("npm_") && k !== "PNPM_SCRIPT_SRC_DIR"));

let ws = "";
let pnpm = "";
const pkg = (...path: string[]) => join(ws, "packages", ...path);
const read = (path: string) => readFileSync(path, "utf8");
const sh = (cwd: string, command: string, args: string[]) => run(command, args, { cwd, env: ENV });
/** A command expected to fail: its status and output, never an exception. */
const tryRun = (cwd: string, command: string, args: string[]) => {
  const r = spawnSync(command, args, { cwd, env: ENV, encoding: "utf8" });
  return { code: r.status, out: r.stdout + r.stderr };
};

function writeBlock(name: string, transform: (text: string) => string = (t) => t): void {
  const text = DOC.get(name);
  if (text === undefined) throw new Error(`docs/workflows.md has no code block labelled ${name}`);
  mkdirSync(dirname(join(ws, name)), { recursive: true });
  writeFileSync(join(ws, name), transform(text));
}

/** Every file under `dir` (relative POSIX paths); symlinked folders such as node_modules entries count as files. */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return lstatSync(path).isDirectory() ? filesUnder(path, base) : [relative(base, path).split("\\").join("/")];
  });
}

beforeAll(() => {
  pnpm = requireTool("pnpm", "install pnpm 10: npm i -g pnpm@10");
  if (!existsSync(join(ROOT, "dist", "cli.cjs"))) throw new Error("dist/ is missing: run node scripts/build.mjs (pnpm test does)");
  ws = mkdtempSync(join(tmpdir(), "lockstep-workspace-"));
  writeFileSync(join(ws, "package.json"), '{ "name": "acme", "private": true }\n');
  // The generated package's own devDependency (typescript) comes from this repository
  // too, so the install needs no registry.
  writeBlock("pnpm-workspace.yaml", (t) => `${t}overrides:\n  typescript: link:${join(ROOT, "node_modules", "typescript")}\n`);
  writeBlock("packages/errors/package.json", (t) => t.replace('"lockstep": "^0.1.0"', `"lockstep": "link:${ROOT}"`));
  writeFileSync(pkg("errors", ".gitignore"), "out/ts/dist/\nout/ts/node_modules/\n");
});

afterAll(() => {
  if (ws) rmSync(ws, { recursive: true, force: true });
});

/** The page's setup steps: the commands of each numbered step of the `setup.sh` block. */
function setupSteps(): string[][] {
  const steps: string[][] = [];
  for (const line of (DOC.get("setup.sh") ?? "").split("\n").filter(Boolean)) {
    if (/^# \d+\. /.test(line)) steps.push([]);
    else steps.at(-1)!.push(line);
  }
  return steps;
}

/** Runs a documented command as written, as at a developer's terminal (CI=true would make pnpm insist on a lockfile). */
const runDocumented = (command: string) => run("sh", ["-c", command], { cwd: ws, env: Object.fromEntries(Object.entries(ENV).filter(([k]) => k !== "CI")) });

describe("a pnpm workspace with a catalog package, set up in the page's order", () => {
  test("the page gives two steps: the catalog first, the consumers after its first generate", () => {
    expect(setupSteps()).toEqual([
      ["pnpm install", "pnpm --filter @acme/errors exec lockstep init --name acme", "pnpm -r generate"],
      ["pnpm install", "pnpm --filter acme-errors build"],
    ]);
  });

  test("step 1: install, init and generate from the workspace root", () => {
    const out = setupSteps()[0]!.map(runDocumented).join("");
    expect(out).toContain("Editor support: each file names its JSON Schema on its first line, in ./node_modules/lockstep/schema/");
    expect(out).toMatch(/lockstep: 6 codes in 2 domains → out\//);
    expect(read(pkg("errors", "spec", "auth.yaml")).split("\n")[0]).toBe("# yaml-language-server: $schema=../node_modules/lockstep/schema/domain.schema.json");
    expect(JSON.parse(read(pkg("errors", "out", "ts", "package.json")))).toMatchObject({ name: "acme-errors" });
  });

  test("step 2: the front end type-checks against the source, the service compiles and runs against the built package", () => {
    for (const name of ["packages/web/package.json", "packages/web/tsconfig.json", "packages/web/src/errors.ts"]) writeBlock(name);
    for (const name of ["packages/server/package.json", "packages/server/tsconfig.json", "packages/server/src/main.ts"]) writeBlock(name);
    for (const command of setupSteps()[1]!) runDocumented(command);
    sh(pkg("web"), process.execPath, [TSC, "-p", "."]);
    sh(pkg("server"), process.execPath, [TSC, "-p", "."]);
    const status = sh(pkg("server"), process.execPath, ["--input-type=module", "-e", 'import { statusOf } from "./dist/main.js"; console.log(statusOf("RATE_LIMITED"));']);
    expect(status).toBe("429\n");
  });

  test("the consumers' order matters: installing them before the first generate fails", () => {
    const early = mkdtempSync(join(tmpdir(), "lockstep-workspace-early-"));
    try {
      writeFileSync(join(early, "package.json"), '{ "name": "acme", "private": true }\n');
      writeFileSync(join(early, "pnpm-workspace.yaml"), DOC.get("pnpm-workspace.yaml")!);
      mkdirSync(join(early, "packages", "server"), { recursive: true });
      writeFileSync(join(early, "packages", "server", "package.json"), DOC.get("packages/server/package.json")!);
      const r = tryRun(early, pnpm, ["install", "--offline"]);
      expect(r.code).not.toBe(0);
      expect(r.out).toContain("acme-errors");
    } finally {
      rmSync(early, { recursive: true, force: true });
    }
  });

  test("check passes with the built package inside out/ts, from the root and as the package's script", () => {
    expect(existsSync(pkg("errors", "out", "ts", "dist", "index.js"))).toBe(true);
    expect(sh(ws, pnpm, ["--filter", "@acme/errors", "exec", "lockstep", "check"])).toMatch(/^lockstep: out\/ is up to date/);
    expect(tryRun(ws, pnpm, ["--filter", "@acme/errors", "check"]).code).toBe(0);
  });

  test("a stale check under `pnpm generate --check` names `pnpm generate`, which fixes it", () => {
    const spec = pkg("errors", "spec", "requests.yaml");
    writeFileSync(spec, read(spec) + "\n  - name: CONFLICT\n    status: 409\n");
    const stale = tryRun(pkg("errors"), pnpm, ["generate", "--check"]);
    expect(stale.code).not.toBe(0);
    expect(stale.out).toContain("Fix: run `pnpm generate` and commit the result.\n");
    sh(pkg("errors"), pnpm, ["generate"]);
    expect(tryRun(pkg("errors"), pnpm, ["generate", "--check"]).code).toBe(0);
    expect(read(pkg("errors", "out", "ts", "index.ts"))).toContain('CONFLICT = "CONFLICT"');
  });
});

describe("Turborepo and Nx task definitions in docs/workflows.md", () => {
  /** The catalog package's files by role, from the workspace the tests above built. */
  function catalogFiles() {
    const all = filesUnder(pkg("errors")).filter((f) => !f.startsWith("node_modules/"));
    const out = all.filter((f) => f.startsWith("out/"));
    const built = out.filter((f) => f.startsWith("out/ts/dist/") || f.startsWith("out/ts/node_modules/"));
    const generated = [...out.filter((f) => !built.includes(f)), ...all.filter((f) => f === "spec/lockstep.lock.json")];
    const sources = ["lockstep.config.yaml", ...all.filter((f) => /^spec\/.+\.ya?ml$/.test(f)), "templates/ts/index.ts.hbs" /* where overrides go */];
    expect(built.length, "the workspace has a built out/ts").toBeGreaterThan(0);
    expect(generated).toContain("out/ts/index.ts");
    return { out, built, generated, sources };
  }

  test("turbo.json: valid JSON whose globs select the catalog's real inputs and outputs", () => {
    const turbo = JSON.parse(DOC.get("turbo.json")!) as { tasks: Record<string, { inputs?: string[]; outputs?: string[]; dependsOn?: string[] }> };
    const { generate, check } = turbo.tasks;
    const files = catalogFiles();
    for (const f of files.sources) expect(selects(generate!.inputs!, f), `generate input ${f}`).toBe(true);
    for (const f of files.out) expect(selects(generate!.inputs!, f), `generate's output ${f} is not its input`).toBe(false);
    for (const f of files.generated) expect(selects(generate!.outputs!, f), `generate output ${f}`).toBe(true);
    for (const f of files.built) expect(selects(generate!.outputs!, f), `${f} belongs to the build`).toBe(false);
    for (const f of [...files.sources, ...files.generated.filter((g) => g.startsWith("out/"))]) expect(selects(check!.inputs!, f), `check input ${f}`).toBe(true);
    // The cross-package task names the workspace's real packages, and the build's globs its real files.
    const names = ["errors", "errors/out/ts", "web", "server"].map((d) => (JSON.parse(read(pkg(d, "package.json"))) as { name: string }).name);
    const build = turbo.tasks[`${names[1]}#build`]!;
    expect(build.dependsOn).toEqual([`${names[0]}#generate`]);
    for (const f of ["index.ts", "package.json", "tsconfig.json"]) expect(selects(build.inputs!, f), f).toBe(true);
    for (const f of filesUnder(pkg("errors", "out", "ts", "dist"), pkg("errors", "out", "ts"))) expect(selects(build.outputs!, f), f).toBe(true);
  });

  test("project.json: valid JSON whose targets run the package's scripts over its real files", () => {
    const project = JSON.parse(DOC.get("packages/errors/project.json")!) as {
      name: string;
      targets: Record<string, { executor: string; options: { script: string }; inputs: (string | { externalDependencies: string[] })[]; outputs: string[]; cache: boolean }>;
    };
    const manifest = JSON.parse(read(pkg("errors", "package.json"))) as { name: string; scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(project.name).toBe(manifest.name);
    const globs = (list: (string | object)[]) =>
      list.filter((i): i is string => typeof i === "string").map((i) => i.replace("{projectRoot}/", "").replace(/^!\{projectRoot\}\//, "!"));
    const files = catalogFiles();
    for (const [name, target] of Object.entries(project.targets)) {
      expect(target.executor).toBe("nx:run-script");
      expect(manifest.scripts[target.options.script], `script ${target.options.script}`).toBeDefined();
      expect(target.cache).toBe(true);
      const external = target.inputs.filter((i): i is { externalDependencies: string[] } => typeof i === "object");
      expect(external.flatMap((i) => i.externalDependencies).every((d) => d in manifest.devDependencies), name).toBe(true);
      for (const f of files.sources) expect(selects(globs(target.inputs), f), `${name} input ${f}`).toBe(true);
    }
    const generate = project.targets.generate!;
    // Nx outputs may name folders; a folder stands for everything under it.
    const outputs = globs(generate.outputs).flatMap((o) => [o, `${o}/**`]);
    for (const f of files.generated) expect(selects(outputs, f), `generate output ${f}`).toBe(true);
    for (const f of files.out) expect(selects(globs(generate.inputs), f), `generate's output ${f} is not its input`).toBe(false);
  });
});
