// The `generators:` block is additive: it configures built-ins, turns them off and adds
// third-party ones; `builtins: none` runs only the listed ones. Nothing appears or
// disappears from out/ without a warning.
import { describe, expect, test } from "vitest";
import { TempProject } from "./support/project.js";

const SPEC = "codes:\n  - name: NOT_FOUND\n    status: 404\n";
const PLUGIN =
  'export default { name: "list", description: "codes", parseOptions: (o) => o, generate: (c) => [{ path: "codes.txt", contents: c.codes.map((x) => x.name).join("\\n") }] };\n';

/** The generators that wrote something, from the top folders of out/ (docs/ holds markdown, rst and html). */
const folders = (p: TempProject) => [...new Set([...p.snapshot().keys()].map((f) => f.split("/")[0]!))].sort();

describe("the generators: block", () => {
  test("configures one built-in, turns one off and adds a plugin, while every other built-in runs", async () => {
    const p = new TempProject()
      .write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  ts: { options: { style: const } }\n  go: false\n  python: { enabled: false }\n  list: { from: ./list.mjs }\n")
      .write("spec/core.yaml", SPEC)
      .write("list.mjs", PLUGIN);
    const r = await p.run("generate", "--quiet");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(folders(p)).toEqual([".lockstep-manifest.json", "catalog.json", "docs", "list", "openapi", "ts"]);
    expect(p.read("out/ts/index.ts")).toContain("as const");
    expect(p.read("out/list/codes.txt")).toBe("NOT_FOUND\n");
  });

  test("builtins: none runs exactly the listed generators", async () => {
    const p = new TempProject().write("lockstep.config.yaml", "catalog:\n  name: demo\nbuiltins: none\ngenerators:\n  markdown: {}\n").write("spec/core.yaml", SPEC);
    expect((await p.run("generate", "--quiet")).code).toBe(0);
    expect([...p.snapshot().keys()].sort()).toEqual([".lockstep-manifest.json", "docs/errors.md"]);
  });

  test("a misspelt name is LS040 at its key with a hint, even when it is turned off", async () => {
    const p = new TempProject().write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  ts: {}\n  markdwn: false\n").write("spec/core.yaml", SPEC);
    const r = await p.run("generate");
    expect(r.code).toBe(2);
    expect(r.err).toContain('lockstep.config.yaml:5:3 error LS040: unknown generator "markdwn" (did you mean "markdown"?) (built-ins: ts, go,');
    expect(p.snapshot().size).toBe(0);
  });

  test("--only naming a turned-off generator points at where it is turned off", async () => {
    const p = new TempProject().write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  go: false\n").write("spec/core.yaml", SPEC);
    const r = await p.run("generate", "--only", "go");
    expect(r.code).toBe(2);
    expect(r.err).toContain('lockstep.config.yaml:4:3 error LS040: --only names generator "go", which the config turns off here');
  });

  test("a turned-off plugin is not loaded", async () => {
    const p = new TempProject()
      .write("lockstep.config.yaml", "catalog:\n  name: demo\nbuiltins: none\ngenerators:\n  ts: {}\n  list: { from: ./list.mjs, enabled: false }\n")
      .write("spec/core.yaml", SPEC)
      .write("list.mjs", 'throw new Error("loaded");\n');
    const r = await p.run("generate", "--quiet");
    expect(r.err).toBe("");
    expect(folders(p)).toEqual([".lockstep-manifest.json", "ts"]);
  });

  test("a config written when the block listed exactly what ran: the built-ins it now adds are named in a located warning", async () => {
    const p = new TempProject().write("lockstep.config.yaml", "catalog:\n  name: demo\nbuiltins: none\ngenerators:\n  ts: {}\n").write("spec/core.yaml", SPEC);
    expect((await p.run("generate", "--quiet")).code).toBe(0);
    p.write("lockstep.config.yaml", "catalog:\n  name: demo\ngenerators:\n  ts: {}\n  markdown: false\n  rst: false\n  html: false\n");
    // check (CI) says it too, before the files it finds missing.
    const check = await p.run("check");
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/^lockstep\.config\.yaml:4:3 warning: generators: adds to the built-ins, so go, python, openapi, json, changelog now run too/);
    const r = await p.run("generate", "--quiet");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(
      /^lockstep\.config\.yaml:4:3 warning: generators: adds to the built-ins, so go, python, openapi, json, changelog now run too \(\d+ new files\); turn one off with `go: false` under generators:, or run only the listed generators with `builtins: none`\n$/,
    );
    // Said once: the next run generates the same targets and is quiet.
    expect((await p.run("generate", "--quiet")).err).toBe("");
  });

  test("turning a built-in off removes its files with a warning that says why", async () => {
    const p = new TempProject().write("lockstep.config.yaml", "catalog:\n  name: demo\nbuiltins: none\ngenerators:\n  ts: {}\n  markdown: {}\n").write("spec/core.yaml", SPEC);
    expect((await p.run("generate", "--quiet")).code).toBe(0);
    p.write("lockstep.config.yaml", "catalog:\n  name: demo\nbuiltins: none\ngenerators:\n  ts: {}\n  markdown: false\n");
    const r = await p.run("generate", "--quiet");
    expect(r.err).toBe(
      "lockstep: warning: lockstep.config.yaml no longer runs markdown (`markdown: false`), so its output is removed (1 file); to keep generating it, enable it under generators: (e.g. `markdown: {}`)\n",
    );
    expect(p.snapshot().has("docs/errors.md")).toBe(false);
  });
});
