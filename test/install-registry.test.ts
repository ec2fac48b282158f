// The documented way in, from outside this repository: pack Lockstep as npm would
// publish it, publish it to a real registry (Verdaccio on 127.0.0.1, started and stopped
// here), then in an empty folder run docs/workflows.md's "Start a project" commands
// verbatim against that registry, and generate and check the result. The monorepo test
// links the repository instead, so only this test sees what the published package holds.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startRegistry, type Registry } from "./support/verdaccio.js";

const ROOT = join(import.meta.dirname, "..");
/** npm as a user runs it: without the variables of the pnpm that may be running these tests. */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("npm_") && !k.startsWith("PNPM") && k !== "INIT_CWD"));

let registry: Registry | undefined;
let work = "";
let app = "";
let packed: { files: { path: string }[]; filename: string } | undefined;

function sh(cwd: string, command: string) {
  const r = spawnSync("bash", ["-c", command], { cwd, env: { ...ENV, npm_config_userconfig: join(work, ".npmrc") }, encoding: "utf8", timeout: 300_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function ok(cwd: string, command: string): string {
  const r = sh(cwd, command);
  if (r.code !== 0) throw new Error(`\`${command}\` exited ${r.code}:\n${r.out}`);
  return r.out;
}

/** The shell lines of the first `sh` block under a heading of docs/workflows.md, comments dropped. */
function docCommands(heading: string): string[] {
  const doc = readFileSync(join(ROOT, "docs/workflows.md"), "utf8");
  const section = doc.slice(doc.indexOf(heading));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error(`docs/workflows.md: no sh block under "${heading}"`);
  return block
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter(Boolean);
}

function tree(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.name !== "node_modules")
    .flatMap((e) => (e.isDirectory() ? tree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name} ${statSync(join(dir, e.name)).size}`]))
    .sort();
}

function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? sizeOf(join(dir, e.name)) : e.isFile() ? statSync(join(dir, e.name)).size : 0), 0);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "lockstep-install-"));
  registry = await startRegistry();
  writeFileSync(join(work, ".npmrc"), registry.npmrc);
  // `npm pack` runs `prepack` (the build), exactly as `npm publish` from a checkout would.
  const json = ok(ROOT, `npm pack --json --pack-destination ${JSON.stringify(work)} 2>/dev/null`);
  packed = (JSON.parse(json) as NonNullable<typeof packed>[])[0];
  ok(work, `npm publish ${JSON.stringify(join(work, packed!.filename))}`);
  app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), `${JSON.stringify({ name: "acme-app", version: "1.0.0", private: true }, null, 2)}\n`);
}, 600_000);

afterAll(async () => {
  await registry?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the published package", () => {
  test("ships the CLI bundle, templates and schemas, and nothing of the repository's own tooling", () => {
    const paths = packed!.files.map((f) => f.path);
    for (const needed of ["bin/lockstep.mjs", "dist/cli.cjs", "dist/load-cli.cjs", "dist/index.mjs", "dist/types/src/index.d.ts", "dist/testing.mjs", "dist/types/src/testing/index.d.ts", "dist/testing/torture/lockstep.config.yaml", "templates/ts/index.ts.hbs", "schema/config.schema.json", "README.md", "package.json"]) {
      expect(paths, needed).toContain(needed);
    }
    expect(paths.filter((p) => /^(src|test|scripts|spec|out|bench|generators)\//.test(p))).toEqual([]);
  });

  test("its manifest installs without build scripts and without ts-morph", () => {
    const manifest = JSON.parse(ok(work, `tar -xOzf ${JSON.stringify(packed!.filename)} package/package.json`)) as Record<string, Record<string, unknown> | undefined>;
    expect(manifest.private).toBeUndefined();
    expect(Object.keys(manifest.scripts ?? {}).filter((s) => /^(pre|post)?(install|prepare)$/.test(s))).toEqual([]);
    expect(Object.keys(manifest.dependencies ?? {}).sort()).toEqual(["diff", "handlebars", "yaml"]);
    expect(manifest.peerDependenciesMeta).toEqual({ "ts-morph": { optional: true } });
  });
});

describe("docs/workflows.md, run verbatim from an empty folder against the registry", () => {
  test("install and init, then generate and check; a hand edit makes check fail", () => {
    const commands = docCommands("## Start a project");
    expect(commands).toEqual(["npm i -D lockstep", "npx lockstep init"]);
    for (const command of commands) {
      const out = ok(app, command);
      expect(out, command).not.toMatch(/prepare|ERR!/);
    }
    expect(readFileSync(join(app, "node_modules/lockstep/package.json"), "utf8")).toContain(`"version": "${(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version}"`);
    expect(readdirSync(join(app, "node_modules"))).not.toContain("ts-morph");
    expect(readFileSync(join(app, "spec/auth.yaml"), "utf8")).toContain("node_modules/lockstep/schema/domain.schema.json");

    const generated = ok(app, "npx lockstep generate");
    expect(generated).toMatch(/^lockstep: 6 codes in 2 domains → out\/ \(\d+ written, 0 unchanged/);
    expect(readFileSync(join(app, "out/ts/index.ts"), "utf8")).toContain("export enum ErrorCode");
    expect(ok(app, "npx lockstep check")).toMatch(/up to date/);

    writeFileSync(join(app, "out/ts/index.ts"), `${readFileSync(join(app, "out/ts/index.ts"), "utf8")}// hand edit\n`);
    const stale = sh(app, "npx lockstep check");
    expect(stale.code).toBe(1);
    expect(stale.out).toContain("out/ts/index.ts");

    // `lockstep/testing` from the installed package: its hostile-text fixture ships in dist/.
    const harness = `const t = await import("lockstep/testing"); console.log(t.hostileCatalog().codes.length > 5, t.hostileStrings().some((s) => s.includes("*/")))`;
    expect(ok(app, `node --input-type=module -e ${JSON.stringify(harness)}`)).toContain("true true");

    const size = sizeOf(join(app, "node_modules"));
    console.log(`installed footprint: node_modules ${(size / 1048576).toFixed(1)} MiB`);
  });

  test("import without ts-morph says how to add it, exits 2 and writes nothing", () => {
    writeFileSync(join(app, "codes.ts"), "export enum ErrorCode { A_B = 'A_B' }\n");
    const before = tree(app);
    const r = sh(app, "npx lockstep import ts codes.ts");
    expect(r.code).toBe(2);
    expect(r.out).toContain("npm i -D ts-morph@28");
    expect(tree(app)).toEqual(before);
  });
});
