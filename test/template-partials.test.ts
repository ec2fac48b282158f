// Template partials: a built-in's per-code block lives in `templates/<gen>/partials/`, and
// an override folder can replace just that piece. Run through the built bundle (whose
// templates are precompiled) and from sources.
import { spawnSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { TempProject } from "./support/project.js";

const BIN = new URL("../bin/lockstep.mjs", import.meta.url).pathname;
const SPEC = "codes:\n  - name: NOT_FOUND\n    status: 404\n    details:\n      id: string\n  - name: RATE_LIMITED\n    status: 429\n";
const CONFIG = "catalog:\n  name: demo\nbuiltins: none\ngenerators:\n  go: {}\n  python: {}\n  markdown: {}\n";

const built = (p: TempProject) => spawnSync(process.execPath, [BIN, "generate", "--quiet"], { cwd: p.root, encoding: "utf8" });

describe("template partials", () => {
  for (const [how, run] of [
    ["the built CLI", async (p: TempProject) => built(p)],
    ["sources", async (p: TempProject) => ({ status: (await p.run("generate", "--quiet")).code })],
  ] as const) {
    test(`an override of one partial changes only that piece (${how})`, async () => {
      const plain = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/core.yaml", SPEC);
      expect((await run(plain)).status).toBe(0);
      const p = new TempProject()
        .write("lockstep.config.yaml", `${CONFIG}templates: tpl\n`)
        .write("spec/core.yaml", SPEC)
        .write("tpl/go/partials/code-const.hbs", "\t{{id ident}} Code = {{goString value}} // custom\n")
        .write("tpl/python/partials/member.hbs", "    {{id member}} = {{pyString value}}  # custom\n\n")
        .write("tpl/markdown/partials/section.hbs", "\n## {{md heading}} (custom)\n");
      expect((await run(p)).status).toBe(0);
      const before = plain.snapshot();
      const after = p.snapshot();
      const changed = [...after.keys()].filter((f) => after.get(f) !== before.get(f) && f !== ".lockstep-manifest.json").sort();
      expect(changed).toEqual(["docs/errors.md", "go/codes.go", "python/src/demo_errors/_codes.py"]);
      expect(after.get("go/codes.go")).toContain('\tCodeNotFound Code = "NOT_FOUND" // custom\n\n\tCodeRateLimited Code = "RATE_LIMITED" // custom\n)');
      expect(after.get("python/src/demo_errors/_codes.py")).toContain('    NOT_FOUND = "NOT_FOUND"  # custom\n\n    RATE_LIMITED');
      expect(after.get("docs/errors.md")).toContain("\n## Core (custom)\n");
      // The details struct still comes from the built-in partials.
      expect(after.get("go/details.go")).toBe(before.get("go/details.go"));
    });
  }

  test("an override partial is checked like a template: an unknown helper is LS053 naming the partial's file", async () => {
    const p = new TempProject()
      .write("lockstep.config.yaml", `${CONFIG}templates: tpl\n`)
      .write("spec/core.yaml", SPEC)
      .write("tpl/go/partials/details-field.hbs", "\t{{id name}} {{goTipe type}}\n");
    const r = built(p);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error LS053: generator "go" failed: template go/partials/details-field.hbs:1:14: unknown helper "goTipe"');
  });

  test("a linked partials folder is refused", async () => {
    const p = new TempProject()
      .write("lockstep.config.yaml", `${CONFIG}templates: tpl\n`)
      .write("spec/core.yaml", SPEC)
      .write("elsewhere/member.hbs", "    {{id member}} = {{pyString value}}\n\n")
      .write("tpl/python/.keep", "");
    symlinkSync(join(p.root, "elsewhere"), join(p.root, "tpl/python/partials"));
    const r = await p.run("generate", "--quiet");
    expect(r.code).toBe(2);
    expect(r.err).toContain("template override tpl/python/partials is a symbolic link");
  });

  test("a third-party generator's own partials", async () => {
    const gen = [
      'import { fileURLToPath } from "node:url";',
      'export default { name: "kt", description: "x", templatesDir: fileURLToPath(new URL("./kt", import.meta.url)), helpers: { s: (v) => JSON.stringify(v) },',
      '  parseOptions: (o) => o, generate: (c, ctx) => [{ path: "E.kt", contents: ctx.render("e", { codes: c.codes }) }] };',
    ].join("\n");
    const p = new TempProject()
      .write("lockstep.config.yaml", "catalog:\n  name: demo\nbuiltins: none\ngenerators:\n  kt: { from: ./kt.mjs }\ntemplates: tpl\n")
      .write("spec/core.yaml", SPEC)
      .write("kt.mjs", gen)
      .write("kt/e.hbs", "enum class E {\n{{#each codes}}\n{{> entry}}\n{{/each}}\n}\n")
      .write("kt/partials/entry.hbs", "  {{s name}},\n");
    expect(built(p).status).toBe(0);
    expect(p.read("out/kt/E.kt")).toBe('enum class E {\n  "NOT_FOUND",\n  "RATE_LIMITED",\n}\n');
    // …and a user's override replaces just the plugin's partial.
    p.write("tpl/kt/partials/entry.hbs", "  {{s name}}, // mine\n");
    expect(built(p).status).toBe(0);
    expect(p.read("out/kt/E.kt")).toBe('enum class E {\n  "NOT_FOUND", // mine\n  "RATE_LIMITED", // mine\n}\n');
  });
});
