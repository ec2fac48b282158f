// A third-party generator keeps the unchanged-`check` cache: its files (entry, local
// imports, templates named with new URL(…, import.meta.url)) are part of the fingerprint,
// so an edit to any of them takes the full path. Runs the built CLI (the cache is keyed
// by the build).
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { TempProject } from "./support/project.js";

const BIN = new URL("../bin/lockstep.mjs", import.meta.url).pathname;
const lockstep = (p: TempProject, ...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: p.root, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const CACHED = "lockstep: out/ is up to date (unchanged since the last generate)\n";

function project(): TempProject {
  return new TempProject()
    .write("node_modules/.keep", "")
    .write("lockstep.config.yaml", "catalog:\n  name: demo\nbuiltins: none\ngenerators:\n  ts: {}\n  kt: { from: ./tools/kt.mjs }\n")
    .write("spec/core.yaml", "codes:\n  - name: NOT_FOUND\n")
    .write(
      "tools/kt.mjs",
      'import { fileURLToPath } from "node:url";\nimport { prefix } from "./lib/prefix.mjs";\n' +
        'export default { name: "kt", description: "x", templatesDir: fileURLToPath(new URL("./kt-templates", import.meta.url)), helpers: { p: (s) => prefix + s },\n' +
        '  parseOptions: (o) => o, generate: (c, ctx) => [{ path: "E.kt", contents: ctx.render("e", { codes: c.codes }) }] };\n',
    )
    .write("tools/lib/prefix.mjs", 'export { prefix } from "./deep.mjs";\n')
    .write("tools/lib/deep.mjs", 'export const prefix = "K_";\n')
    .write("tools/kt-templates/e.hbs", "{{#each codes}}\n{{p name}}\n{{/each}}\n")
    .write("tools/unrelated.txt", "not part of the plugin\n");
}

describe("the unchanged-check cache with a third-party generator", () => {
  test("an unchanged check is answered from the cache", () => {
    const p = project();
    expect(lockstep(p, "generate", "-q").code).toBe(0);
    expect(p.read("out/kt/E.kt")).toBe("K_NOT_FOUND\n");
    expect(lockstep(p, "check")).toEqual({ code: 0, out: CACHED, err: "" });
    // A file the plugin does not reference changes nothing.
    p.write("tools/unrelated.txt", "edited\n");
    expect(lockstep(p, "check").out).toBe(CACHED);
  });

  for (const [what, file, text] of [
    ["its entry file", "tools/kt.mjs", null],
    ["a module it imports, two imports deep", "tools/lib/deep.mjs", 'export const prefix = "X_";\n'],
    ["one of its templates", "tools/kt-templates/e.hbs", "{{#each codes}}\n{{p name}};\n{{/each}}\n"],
  ] as const) {
    test(`an edit to ${what} takes the full path`, () => {
      const p = project();
      expect(lockstep(p, "generate", "-q").code).toBe(0);
      expect(lockstep(p, "check").out).toBe(CACHED);
      if (text === null) p.write(file, `${p.read(file)}// a comment\n`);
      else p.write(file, text);
      const r = lockstep(p, "check");
      if (text === null) {
        // Same output: the full check runs, and only the manifest's record of the plugin is out of date.
        expect(r.err.split("\n\n")[0]).toBe("lockstep: 1 generated file is out of date:\n  out/.lockstep-manifest.json: stale (changed since it was generated: a third-party generator)");
      } else {
        expect(r.code).toBe(1);
        expect(r.err).toContain("out/kt/E.kt: stale (changed since it was generated: a third-party generator)");
      }
    });
  }

  test("--no-plugins never takes the cache's word for a plugin", () => {
    const p = project();
    expect(lockstep(p, "generate", "-q").code).toBe(0);
    const r = lockstep(p, "check", "--no-plugins");
    expect(r.code).toBe(2);
    expect(r.err).toContain("error LS042");
  });
});
