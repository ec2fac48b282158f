// The CLI end to end, in-process on throwaway projects: generate, check, validate,
// list-generators, schema; exit codes; and what bad input must never do.
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { TempProject } from "./support/project.js";

const CONFIG = "catalog:\n  name: demo\n  version: \"1.0.0\"\ngenerators:\n  ts: {}\nbuiltins: none\n";
const SPEC = "codes:\n  - name: NOT_FOUND\n    status: 404\n  - name: RATE_LIMITED\n    status: 429\n    retryable: yes\n";

function demo(): TempProject {
  return new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", SPEC);
}

describe("generate and check", () => {
  test("generate writes the files and a manifest; a second run changes nothing", async () => {
    const p = demo();
    const first = await p.run();
    expect(first).toMatchObject({ code: 0, err: "" });
    expect(first.out).toBe("lockstep: 2 codes in 1 domain → out/ (7 written, 0 unchanged, spec/lockstep.lock.json updated)\n");
    expect([...p.snapshot().keys()].sort()).toEqual([".lockstep-manifest.json", "ts/index.cjs", "ts/index.d.cts", "ts/index.d.ts", "ts/index.js", "ts/index.ts", "ts/package.json", "ts/tsconfig.json"]);
    const before = p.snapshot();
    const second = await p.run("generate");
    expect(second.out).toBe("lockstep: 2 codes in 1 domain → out/ (0 written, 7 unchanged)\n");
    expect(p.snapshot()).toEqual(before);
  });

  test("check passes on fresh output and writes nothing", async () => {
    const p = demo();
    await p.run();
    const before = p.snapshot();
    expect(await p.run("--check")).toEqual({ code: 0, out: "lockstep: out/ is up to date (7 files)\n", err: "" });
    expect(await p.run("check", "--quiet")).toEqual({ code: 0, out: "", err: "" });
    expect(p.snapshot()).toEqual(before);
  });

  test("check says what changed since the last generate, and lists the manifest only when nothing else differs", async () => {
    const p = demo().write("lockstep.config.yaml", `${CONFIG.replace("  ts: {}\n", "  ts: {}\n  markdown: {}\n")}templates: tpl\n`);
    p.write("tpl/markdown/page.md.hbs", readFileSync(new URL("../templates/markdown/page.md.hbs", import.meta.url), "utf8"));
    expect((await p.run()).code).toBe(0);
    p.write("tpl/markdown/page.md.hbs", `${p.read("tpl/markdown/page.md.hbs")}\n`);
    const result = await p.run("--check");
    expect(result.err.split("\n\n")[0]).toBe("lockstep: 1 generated file is out of date:\n  out/docs/errors.md: stale (changed since it was generated: a template override)");
  });

  test("check reports missing files with a diff and the fix command, and writes nothing", async () => {
    const p = demo();
    const result = await p.run("--check");
    expect(result.code).toBe(1);
    // Seven: the manifest is bookkeeping, not listed beside the files it records.
    expect(result.err).toContain("lockstep: 7 generated files are out of date:\n  out/ts/index.cjs: missing\n  out/ts/index.d.cts: missing\n  out/ts/index.d.ts: missing\n  out/ts/index.js: missing\n  out/ts/index.ts: missing\n");
    expect(result.err).toContain("+++ b/out/ts/index.ts\n");
    expect(result.err.endsWith("Fix: run `lockstep generate` and commit the result.\n")).toBe(true);
    expect(p.snapshot().size).toBe(0);
  });

  test("check tells stale from hand-edited files and shows a unified diff", async () => {
    const p = demo();
    await p.run();
    p.write("spec/core.yaml", SPEC.replace("status: 404", "status: [404, 410]"));
    p.write("out/ts/package.json", p.read("out/ts/package.json").replace('"sideEffects": false', '"sideEffects": true'));
    const result = await p.run("--check", "--config", "lockstep.config.yaml");
    expect(result.code).toBe(1);
    expect(result.err).toContain("  out/ts/index.ts: stale (changed since it was generated: the spec)\n");
    expect(result.err).toContain("  out/ts/package.json: edited by hand (generated files are overwritten)\n");
    expect(result.err).toMatch(/\n-\["NOT_FOUND","core","Not found",\[404\],0,"unknown",0,0,"","","live","",""\],?\n\+\["NOT_FOUND","core","Not found",\[404,410\],0,"unknown",0,0,"","","live","",""\],?\n/);
    expect(result.err).not.toContain("+++ b/out/.lockstep-manifest.json");
    expect(result.err).toContain("Fix: run `lockstep generate --config lockstep.config.yaml` and commit the result.");
  });

  test("under `pnpm generate` the fix command is the script", async () => {
    const p = demo();
    let err = "";
    const { main } = await import("../src/cli/main.js");
    const code = await main(["--check"], { cwd: p.root, env: { npm_lifecycle_event: "generate" }, out: () => {}, err: (t) => (err += t) });
    expect(code).toBe(1);
    expect(err).toContain("Fix: run `pnpm generate` and commit the result.");
  });

  test.each([
    [{ npm_lifecycle_event: "generate", npm_config_user_agent: "npm/10.8.2 node/v20.20.2 linux x64" }, [], "npm run generate"],
    [{ npm_lifecycle_event: "generate", npm_config_user_agent: "pnpm/10.34.9 npm/? node/v20.20.2 linux x64" }, [], "pnpm generate"],
    [{ npm_command: "exec", npm_config_user_agent: "npm/10.8.2 node/v20.20.2 linux x64" }, [], "npx lockstep generate"],
    [{ npm_command: "exec", npm_config_user_agent: "pnpm/10.34.9 npm/? node/v20.20.2 linux x64" }, ["--only", "ts"], "pnpm exec lockstep generate --only ts"],
    [{}, ["--config", "lockstep.config.yaml"], "lockstep generate --config lockstep.config.yaml"],
  ])("the fix command is runnable where check ran (%o %o)", async (env, flags, want) => {
    const p = demo();
    let err = "";
    const { main } = await import("../src/cli/main.js");
    expect(await main(["--check", ...flags], { cwd: p.root, env, out: () => {}, err: (t) => (err += t) })).toBe(1);
    expect(err).toContain(`Fix: run \`${want}\` and commit the result.`);
  });

  test("files no longer generated are removed; files lockstep never wrote are kept", async () => {
    const p = new TempProject()
      .write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  ts: {}\n  markdown: {}\nbuiltins: none\n")
      .write("spec/core.yaml", SPEC)
      .write("out/README.md", "mine\n")
      .write("out/ts/notes.txt", "mine too\n");
    await p.run();
    expect(p.snapshot().has("docs/errors.md")).toBe(true);
    p.write("lockstep.config.yaml", CONFIG);
    const check = await p.run("--check");
    expect(check.err).toContain("  out/docs/errors.md: orphaned (no longer generated; generate removes it)\n");
    const result = await p.run();
    expect(result.out).toContain("1 removed");
    // Turning a generator off says what goes, why and how to keep it.
    expect(result.err).toBe(
      "lockstep: warning: lockstep.config.yaml no longer runs markdown (builtins: none), so its output is removed (1 file); to keep generating it, enable it under generators: (e.g. `markdown: {}`)\n",
    );
    const files = [...p.snapshot().keys()].sort();
    expect(files).toEqual([".lockstep-manifest.json", "README.md", "ts/index.cjs", "ts/index.d.cts", "ts/index.d.ts", "ts/index.js", "ts/index.ts", "ts/notes.txt", "ts/package.json", "ts/tsconfig.json"]);
  });

  test("an orphan edited by hand is kept, with a warning", async () => {
    const p = new TempProject().write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  ts: {}\n  markdown: {}\nbuiltins: none\n").write("spec/core.yaml", SPEC);
    await p.run();
    p.write("out/docs/errors.md", "my edits\n");
    p.write("lockstep.config.yaml", CONFIG);
    const result = await p.run();
    expect(result.err).toBe("lockstep: warning: kept out/docs/errors.md: no longer generated, but edited by hand; delete it yourself\n");
    expect(p.read("out/docs/errors.md")).toBe("my edits\n");
  });

  test("--only runs a subset and leaves the other generators' files alone", async () => {
    const p = new TempProject().write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  ts: {}\n  markdown: {}\nbuiltins: none\n").write("spec/core.yaml", SPEC);
    await p.run();
    p.write("spec/core.yaml", SPEC.replace("status: 404", "status: [404, 410]"));
    expect((await p.run("--only", "markdown")).code).toBe(0);
    expect(p.read("out/ts/index.ts")).toContain('"Not found",[404],');
    expect((await p.run("--check", "--only", "markdown")).code).toBe(0);
    const full = await p.run("--check");
    expect(full.code).toBe(1);
    expect(full.err).toContain("out/ts/index.ts: stale");
  });
});

describe("bad input never writes or deletes a file", () => {
  test("an invalid spec exits 2 with every diagnostic and leaves out/ byte for byte", async () => {
    const p = demo();
    await p.run();
    const before = p.snapshot();
    p.write("spec/core.yaml", "codes:\n  - name: bad\n  - name: B\n    status: 99\n");
    const result = await p.run();
    expect(result.code).toBe(2);
    expect(result.err).toContain('spec/core.yaml:2:11 error LS021: code name "bad" is not UPPER_SNAKE (e.g. INVALID_PHONE_NUMBER)\n');
    expect(result.err).toContain("spec/core.yaml:4:13 error LS022: HTTP status 99 is outside 100–599\n");
    expect(result.err.endsWith("2 errors\n")).toBe(true);
    expect(p.snapshot()).toEqual(before);
  });

  test("diagnostics as JSON", async () => {
    const p = demo().write("spec/core.yaml", "codes:\n  - name: A\n    status: 99\n");
    const result = await p.run("validate", "--format", "json");
    expect(result.code).toBe(2);
    expect(JSON.parse(result.err)).toEqual([
      { code: "LS022", severity: "error", message: "HTTP status 99 is outside 100–599", file: "spec/core.yaml", line: 3, column: 13 },
    ]);
  });

  test("LS044: a missing config file", async () => {
    const result = await new TempProject().run();
    expect(result).toEqual({ code: 2, out: "", err: "error LS044: cannot read lockstep.config.yaml: it does not exist (or is a link to nothing)\n\n1 error\n" });
  });

  test("LS044: a spec file with binary data", async () => {
    const result = await demo().write("spec/bin.yaml", "codes:\0\0").run();
    expect(result.code).toBe(2);
    expect(result.err).toContain("spec/bin.yaml:1:7 error LS044: spec/bin.yaml is not a text file (it contains NUL bytes)"); // at the first NUL
  });

  test("LS040: an unknown generator", async () => {
    const result = await demo().write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  kotlin: {}\nbuiltins: none\n").run();
    expect(result.code).toBe(2);
    expect(result.err).toContain('lockstep.config.yaml:4:3 error LS040: unknown generator "kotlin" (built-ins: ');
  });

  test("LS040: --only names a generator the config does not run", async () => {
    const result = await demo().run("--only", "go");
    expect(result.err).toContain('error LS040: --only names generator "go", which the config does not run');
  });

  test("LS041: an unknown generator option names the generator and points at the option", async () => {
    const result = await demo().write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  ts:\n    options:\n      styel: const\nbuiltins: none\n").run();
    expect(result.code).toBe(2);
    expect(result.err).toContain('lockstep.config.yaml:6:7 error LS041: generator "ts": unknown option "styel" (did you mean "style"?)');
  });

  test("LS042: a third-party generator that does not export a generator", async () => {
    const p = demo().write("gen.mjs", "export default { nope: true };\n").write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  mine:\n    from: ./gen.mjs\nbuiltins: none\n");
    const result = await p.run();
    expect(result.err).toContain('lockstep.config.yaml:4:3 error LS042: generator "mine": ./gen.mjs does not default-export a generator (use defineGenerator)');
  });

  test("LS050 and LS051: a generator that throws or emits an unsafe path", async () => {
    const p = demo()
      .write("throws.mjs", 'export default { name: "throws", description: "", parseOptions: () => ({}), generate() { throw new Error("boom"); } };\n')
      .write("escapes.mjs", 'export default { name: "escapes", description: "", parseOptions: () => ({}), generate: () => [{ path: "../../x.txt", contents: "x" }] };\n')
      .write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  throws: { from: ./throws.mjs }\n  escapes: { from: ./escapes.mjs }\nbuiltins: none\n");
    const result = await p.run();
    expect(result.code).toBe(2);
    expect(result.err).toContain('lockstep.config.yaml:4:3 error LS050: generator "throws" failed: boom');
    expect(result.err).toContain('lockstep.config.yaml:5:3 error LS051: generator "escapes" produced an unsafe output path "../../x.txt"');
    expect(p.snapshot().size).toBe(0);
  });

  test("LS052: two outputs that differ only in case", async () => {
    const gen = (name: string, file: string) =>
      `export default { name: "${name}", description: "", parseOptions: () => ({}), generate: () => [{ path: "${file}", contents: "x" }] };\n`;
    const p = demo()
      .write("a.mjs", gen("a", "Errors.txt"))
      .write("b.mjs", gen("b", "errors.txt"))
      .write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  a: { from: ./a.mjs, out: x }\n  b: { from: ./b.mjs, out: x }\nbuiltins: none\n");
    const result = await p.run();
    expect(result.err).toContain('lockstep.config.yaml:5:3 error LS052: output x/errors.txt (generator "b") collides with x/Errors.txt (generator "a")');
  });

  test("LS053: a broken template override", async () => {
    const p = demo().write("tpl/ts/index.ts.hbs", "{{#each codes}}\n").write("lockstep.config.yaml", CONFIG + "templates: tpl\n");
    const result = await p.run();
    expect(result.code).toBe(2);
    expect(result.err).toContain('lockstep.config.yaml:5:3 error LS053: generator "ts" failed: template ts/index.ts.hbs: Parse error on line 2:');
  });

  test("LS060: a symlink inside out/ is refused and nothing is written", async () => {
    const { symlinkSync, mkdirSync } = await import("node:fs");
    const { join } = await import("node:path");
    const p = demo();
    const outside = new TempProject();
    mkdirSync(join(p.root, "out"));
    symlinkSync(outside.root, join(p.root, "out", "ts"));
    const result = await p.run();
    expect(result.code).toBe(2);
    expect(result.err).toContain("error LS060: out/ts is a symbolic link; lockstep does not write through links");
    expect(outside.snapshot(".").size).toBe(0);
  });
});

describe("plugins and templates", () => {
  test("a third-party generator by path, with its own options and templates", async () => {
    const p = demo()
      .write(
        "plugins/list.mjs",
        [
          'import { fileURLToPath } from "node:url";',
          "export default {",
          '  name: "list",',
          '  description: "one line per code",',
          '  templatesDir: fileURLToPath(new URL("./templates", import.meta.url)),',
          "  helpers: { upper: (s) => s.toUpperCase() },",
          "  parseOptions(raw) { return { prefix: raw.prefix ?? \"-\" }; },",
          '  generate: (catalog, ctx) => [{ path: "codes.txt", contents: ctx.render("codes.txt", { prefix: ctx.options.prefix, codes: catalog.codes.map((c) => c.name) }) }],',
          "};",
        ].join("\n"),
      )
      .write("plugins/templates/codes.txt.hbs", "{{#each codes}}{{upper @root.prefix}} {{upper this}}\n{{/each}}")
      .write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  list:\n    from: ./plugins/list.mjs\n    out: lists\n    options: { prefix: '*' }\nbuiltins: none\n");
    expect((await p.run()).code).toBe(0);
    expect(p.read("out/lists/codes.txt")).toBe("* NOT_FOUND\n* RATE_LIMITED\n");
  });

  test("a third-party generator by package name", async () => {
    const p = demo()
      .write("node_modules/lockstep-gen-count/package.json", JSON.stringify({ name: "lockstep-gen-count", type: "module", main: "index.js" }))
      .write(
        "node_modules/lockstep-gen-count/index.js",
        'export default { name: "count", description: "", parseOptions: () => ({}), generate: (c) => [{ path: "count.txt", contents: `${c.codes.length}\\n` }] };\n',
      )
      .write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  count: { from: lockstep-gen-count }\nbuiltins: none\n");
    expect((await p.run()).code).toBe(0);
    expect(p.read("out/count/count.txt")).toBe("2\n");
  });

  test("a template override folder replaces a built-in template", async () => {
    const p = demo().write("tpl/ts/index.ts.hbs", "// {{tsComment notice}}\n{{#each codes}}export const {{id member}} = {{tsString name}};\n{{/each}}").write("lockstep.config.yaml", CONFIG + "templates: tpl\n");
    expect((await p.run()).code).toBe(0);
    expect(p.read("out/ts/index.ts")).toBe(
      "// Code generated by lockstep from spec/core.yaml. DO NOT EDIT.\nexport const NOT_FOUND = \"NOT_FOUND\";\nexport const RATE_LIMITED = \"RATE_LIMITED\";\n",
    );
  });
});

describe("other commands", () => {
  test("validate", async () => {
    expect(await demo().run("validate")).toEqual({ code: 0, out: "lockstep: 2 codes in 1 domain: valid\n", err: "" });
  });

  test("list-generators shows each generator's options", async () => {
    const result = await demo().run("list-generators");
    expect(result.code).toBe(0);
    expect(result.out).toContain("ts  →  out/ts/\n");
    // json writes at the output root: `out/`, not `out/./`.
    const root = await demo().write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  json: {}\nbuiltins: none\n").run("list-generators");
    expect(root.out.split("\n")[0]).toBe("json  →  out/");
    expect(result.out).toContain('  - style (default "enum"): `enum`: a TypeScript enum. `const`: an `as const` object and a union type.\n');
  });

  test("schema prints draft-07 JSON Schemas", async () => {
    const result = await new TempProject().run("schema", "domain");
    const schema = JSON.parse(result.out) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(Object.keys(schema.properties)).toEqual(["domain", "title", "description", "notes", "codes"]);
  });

  test("help, version and usage errors", async () => {
    const p = new TempProject();
    expect((await p.run("--help")).out).toContain("Usage: lockstep [command] [options]");
    expect((await p.run("--version")).out).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(await p.run("--chek")).toEqual({ code: 2, out: "", err: "lockstep: unknown option --chek (did you mean --check?)\nRun lockstep --help for usage.\n" });
    expect(await p.run("generat")).toEqual({ code: 2, out: "", err: "lockstep: unknown command generat (did you mean generate?)\nRun lockstep --help for usage.\n" });
  });
});

describe("the built CLI", () => {
  const BIN = new URL("../bin/lockstep.mjs", import.meta.url).pathname;
  const lockstep = async (cwd: string, ...args: string[]) => {
    const { spawnSync } = await import("node:child_process");
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  test("an unchanged check is answered from the cache; any edit in spec/ or out/ takes the full path", async () => {
    const p = demo().write("node_modules/.keep", "");
    expect((await lockstep(p.root)).code).toBe(0);
    expect(await lockstep(p.root, "check")).toEqual({ code: 0, out: "lockstep: out/ is up to date (unchanged since the last generate)\n", err: "" });
    p.write("out/ts/index.ts", p.read("out/ts/index.ts") + "// edited\n");
    const edited = await lockstep(p.root, "check");
    expect(edited.code).toBe(1);
    expect(edited.err).toContain("out/ts/index.ts: edited by hand");
    expect((await lockstep(p.root)).code).toBe(0);
    p.write("spec/core.yaml", SPEC.replace("status: 404", "status: [404, 410]"));
    const stale = await lockstep(p.root, "check");
    expect(stale.code).toBe(1);
    expect(stale.err).toContain("out/ts/index.ts: stale");
  });

  test("the check's fingerprint of the bytes read matches generate's of the texts: a byte order mark, non-ASCII text, a new lockfile", async () => {
    // generate fingerprints the texts (the lockfile it just wrote among them); check hashes the bytes it read where they are the same.
    const p = demo().write("node_modules/.keep", "");
    p.write("spec/core.yaml", "\uFEFF" + SPEC.replace("status: 404\n", "status: 404\n    description: Café — naïve ✓ 😀\n"));
    expect((await lockstep(p.root)).code).toBe(0);
    expect(await lockstep(p.root, "check")).toEqual({ code: 0, out: "lockstep: out/ is up to date (unchanged since the last generate)\n", err: "" });
    p.write("spec/core.yaml", SPEC.replace("status: 404\n", "status: 404\n    description: Café — naïve ✓ 😀\n"));
    expect((await lockstep(p.root)).code).toBe(0);
    expect(await lockstep(p.root, "check")).toEqual({ code: 0, out: "lockstep: out/ is up to date (unchanged since the last generate)\n", err: "" });
  });

  test("a check that trusts the stats the generate recorded still finds a same-size edit whose mtime was set back", async () => {
    const p = demo().write("node_modules/.keep", "");
    expect((await lockstep(p.root)).code).toBe(0);
    const cacheDir = join(p.root, "node_modules/.cache/lockstep");
    const cache = JSON.parse(readFileSync(join(cacheDir, readdirSync(cacheDir)[0]!), "utf8")) as { written?: Record<string, string> };
    expect(Object.keys(cache.written ?? {})).toContain("ts/index.ts");
    expect((await lockstep(p.root, "check")).out).toBe("lockstep: out/ is up to date (unchanged since the last generate)\n");
    const file = join(p.root, "out/ts/index.ts");
    const { mtime, atime } = statSync(file);
    const text = p.read("out/ts/index.ts");
    p.write("out/ts/index.ts", text.replace(/e/, "E")); // same size
    utimesSync(file, atime, mtime);
    const edited = await lockstep(p.root, "check");
    expect(edited.code).toBe(1);
    expect(edited.err).toContain("out/ts/index.ts: edited by hand");
  });

  test("a temp file left by a killed run bypasses the cache, and the next generate removes it", async () => {
    // Found by the 250-kill run: a run killed while writing its interim manifest changes nothing else.
    const p = demo().write("node_modules/.keep", "");
    expect((await lockstep(p.root)).code).toBe(0);
    const temp = `out/.${process.pid + 1_000_000}.k1ll3d.lockstep-tmp`;
    p.write(temp, "{");
    expect(await lockstep(p.root, "-q")).toEqual({ code: 0, out: "", err: "" });
    expect(existsSync(join(p.root, temp))).toBe(false);
    expect((await lockstep(p.root, "check")).out).toBe("lockstep: out/ is up to date (unchanged since the last generate)\n");
  });
});

describe("deterministic bytes", () => {
  test("same output under another time zone and locale, from CRLF spec files, and in another folder", async () => {
    const { spawnSync } = await import("node:child_process");
    const BIN = new URL("../bin/lockstep.mjs", import.meta.url).pathname;
    const a = TempProject.fromFixture("torture");
    const b = TempProject.fromFixture("torture");
    for (const file of ["spec/errors.yaml", "spec/http.yaml", "spec/types.yaml"]) b.write(file, b.read(file).replace(/\n/g, "\r\n"));
    expect(spawnSync(process.execPath, [BIN, "-q"], { cwd: a.root, encoding: "utf8" }).status).toBe(0);
    const env = { ...process.env, TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" };
    expect(spawnSync(process.execPath, [BIN, "-q"], { cwd: b.root, encoding: "utf8", env }).status).toBe(0);
    expect(b.snapshot()).toEqual(a.snapshot());
  });
});

describe("commands", () => {
  test("a mistyped sub-command gets a hint", async () => {
    expect(await new TempProject().run("dif")).toEqual({ code: 2, out: "", err: "lockstep: unknown command dif (did you mean diff?)\nRun lockstep --help for usage.\n" });
  });
});
