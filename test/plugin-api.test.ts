// The published plugin API: a third-party generator written in TypeScript type-checks
// against the package's own declarations (dist/types, resolved through "exports"), and
// a plugin's declared names are checked, allocated and locked like a built-in's.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { TempProject } from "./support/project.js";
import { run } from "./support/toolchains.js";
import { TSC } from "./support/tsc.js";

const ROOT = join(import.meta.dirname, "..");

test("a TypeScript generator type-checks against `import … from \"lockstep\"`", () => {
  const dir = join(ROOT, ".tmp", "plugin-api");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "kotlin.ts"),
    [
      'import { defineGenerator, opt, parseOptionsWith, type Catalog } from "lockstep";',
      "export default defineGenerator({",
      '  name: "kotlin",',
      '  description: "Kotlin enum of error codes",',
      '  parseOptions: parseOptionsWith({ packageName: opt.string("errors", "Kotlin package") }),',
      '  naming: { schemes: [{ key: "kotlin", label: "Kotlin constant", per: "code", mint: (code) => code.words.join("_").toUpperCase() }], reserved: { kotlin: ["Companion"] } },',
      "  generate(catalog: Catalog, ctx) {",
      "    const pkg: string = ctx.options.packageName;",
      '    const names: (string | undefined)[] = catalog.codes.map((c) => ctx.names.code("kotlin", c.key));',
      '    return [{ path: "Errors.kt", contents: `package ${pkg}\\n${names.join("\\n")}\\n` }];',
      "  },",
      "});",
      "",
    ].join("\n"),
  );
  run(TSC, ["--strict", "--noEmit", "--skipLibCheck", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--target", "ES2022", join(dir, "kotlin.ts")], { cwd: ROOT });
});

/** A plugin that names each code `K_<words>` and each details field `f_<name>` (numbered on a clash). */
const PLUGIN = [
  "export default {",
  '  name: "kt",',
  '  description: "one constant per code",',
  "  parseOptions: () => ({}),",
  "  naming: {",
  "    schemes: [",
  '      { key: "kt", label: "Kotlin constant", per: "code", mint: (c) => "K_" + c.words.join("") },',
  '      { key: "ktField", label: "Kotlin property", per: "field", onClash: "suffix", mint: (f) => "f_" + f.field.name.toLowerCase() },',
  "    ],",
  '    reserved: { kt: ["K_companion"] },',
  "  },",
  "  generate: (catalog, ctx) => [",
  '    { path: "k.txt", contents: catalog.codes.map((c) => [ctx.names.code("kt", c.key), ...c.details.map((d) => ctx.names.field("ktField", c.key, [], d.name))].join(" ")).join("\\n") + "\\n" },',
  "  ],",
  "};",
  "",
].join("\n");

const pluginProject = (codes: string) =>
  new TempProject()
    .write("kt.mjs", PLUGIN)
    .write("lockstep.config.yaml", 'catalog:\n  name: demo\n  version: "1.0.0"\ngenerators:\n  ts: {}\n  kt: { from: ./kt.mjs }\nbuiltins: none\n')
    .write("spec/core.yaml", `codes:\n${codes}`);

test("a plugin's names: clashes are LS027 at both codes, reserved words are refused, and they are locked", async () => {
  const clash = await pluginProject("  - name: A_B\n  - name: AB\n  - name: COMPANION\n").run("validate");
  expect(clash.code).toBe(2);
  expect(clash.err).toContain("spec/core.yaml:3:11 error LS027: AB and A_B (spec/core.yaml:2:11) both become Kotlin constant K_ab; rename one of them");
  expect(clash.err).toContain("spec/core.yaml:4:11 error LS027: COMPANION becomes Kotlin constant K_companion, which the kt generator declares itself; rename it");
  // --no-plugins does not load it: its names are not checked.
  expect((await pluginProject("  - name: A_B\n  - name: AB\n").run("validate", "--no-plugins")).code).toBe(0);

  const p = pluginProject("  - name: X\n    details:\n      Ab: string\n");
  expect((await p.run("generate", "--quiet")).code).toBe(0);
  expect(p.read("out/kt/k.txt")).toBe("K_x f_ab\n");
  expect(JSON.parse(p.read("spec/lockstep.lock.json")).codes.X.identifiers).toEqual({ anchor: "x", kt: "K_x", ktField: { Ab: "f_ab" }, ts: "X" });
  // 1.1.0 adds a field whose name the plugin would mint the same: the new one is numbered.
  p.write("lockstep.config.yaml", 'catalog:\n  name: demo\n  version: "1.1.0"\ngenerators:\n  ts: {}\n  kt: { from: ./kt.mjs }\nbuiltins: none\n').write("spec/core.yaml", "codes:\n  - name: X\n    details:\n      AB: string\n      Ab: string\n");
  const next = await p.run("generate", "--quiet");
  expect(next.err).toBe("");
  expect(p.read("out/kt/k.txt")).toBe("K_x f_ab2 f_ab\n");
});
