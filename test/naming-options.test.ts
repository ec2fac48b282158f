// A naming declaration can depend on the generator's options (`naming: (options) => …`):
// the ts generator's memberCase clash is a located LS027 at both codes, never a throw.
import { describe, expect, test } from "vitest";
import { TempProject } from "./support/project.js";

const SPEC = "codes:\n  - name: A1_B\n  - name: A_1_B\n";
const config = (options: string) => `catalog:\n  name: demo\nbuiltins: none\ngenerators:\n  ts:\n    options: { ${options} }\n`;

describe("naming that depends on options", () => {
  test("two codes that memberCase makes one TS member: LS027 naming both spec locations", async () => {
    const p = new TempProject().write("lockstep.config.yaml", config("memberCase: PascalCase")).write("spec/core.yaml", SPEC);
    const r = await p.run("generate");
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "spec/core.yaml:3:11 error LS027: A_1_B and A1_B (spec/core.yaml:2:11) both become TypeScript member (memberCase: PascalCase) A1B; rename one of them\n",
    );
    expect(r.err).not.toContain("LS050");
    expect(p.snapshot().size).toBe(0);
  });

  test("the same codes with memberCase: name are fine, and so is a memberCase without a clash", async () => {
    const p = new TempProject().write("lockstep.config.yaml", config("memberCase: name")).write("spec/core.yaml", SPEC);
    expect((await p.run("generate", "--quiet")).code).toBe(0);
    const q = new TempProject().write("lockstep.config.yaml", config("memberCase: camelCase")).write("spec/core.yaml", "codes:\n  - name: URL_TOO_LONG\n");
    expect((await q.run("generate", "--quiet")).code).toBe(0);
    expect(q.read("out/ts/index.ts")).toContain("urlTooLong");
  });

  test("a plugin's naming function receives its parsed options", async () => {
    const gen = [
      "export default {",
      '  name: "kt", description: "x",',
      "  parseOptions: (o) => ({ prefix: o.prefix ?? \"K_\" }),",
      '  naming: (o) => ({ schemes: [{ key: "kt", label: "Kotlin constant", per: "code", mint: (c) => o.prefix + c.words.join("_").toUpperCase() }] }),',
      '  generate: (c, ctx) => [{ path: "k.txt", contents: c.codes.map((x) => ctx.names.code("kt", x.key)).join(" ") }],',
      "};",
    ].join("\n");
    const p = new TempProject()
      .write("lockstep.config.yaml", "catalog:\n  name: demo\nbuiltins: none\ngenerators:\n  kt:\n    from: ./kt.mjs\n    options: { prefix: Z_ }\n")
      .write("spec/core.yaml", "codes:\n  - name: NOT_FOUND\n")
      .write("kt.mjs", gen);
    const r = await p.run("generate", "--quiet");
    expect(r.err).toBe("");
    expect(p.read("out/kt/k.txt")).toBe("Z_NOT_FOUND\n");
  });
});
