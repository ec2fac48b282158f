// Exit 3 is unreachable from plugin behaviour: random valid catalogs with a third-party
// generator that throws or returns arbitrary values (test/support/plugin-chaos.ts).
// LOCKSTEP_CHAOS_RUNS sets the number of runs (bench/reliability.mjs runs 10,000), and
// the last test shows the same through the CLI with real plugin modules on disk.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sampleArb } from "./support/arbitrary/catalog.js";
import { chaosArb, runChaos } from "./support/plugin-chaos.js";
import { TempProject } from "./support/project.js";

const RUNS = Number(process.env.LOCKSTEP_CHAOS_RUNS ?? 300);

describe("a misbehaving plugin never crashes the run", () => {
  test(`${RUNS} catalogs × plugin behaviours: nothing escapes, every diagnostic is located`, () => {
    const figures = { runs: 0, compiled: 0, refused: 0, accepted: 0, escaped: 0 };
    fc.assert(
      fc.property(sampleArb, chaosArb, (sample, chaos) => {
        const r = runChaos(sample, chaos);
        figures.runs++;
        if (r.escaped !== undefined) {
          figures.escaped++;
          return false;
        }
        if (!r.compiled) return r.diagnostics.every((d) => d.loc !== undefined);
        figures.compiled++;
        if (r.diagnostics.length) figures.refused++;
        else figures.accepted++;
        // Misbehaviour is refused by the plugin's own codes, at its config line.
        return r.diagnostics.every((d) => ["LS041", "LS050", "LS051", "LS052"].includes(d.code) && d.loc?.line === 7 && d.message.includes(`"chaos"`));
      }),
      { numRuns: RUNS },
    );
    console.log(`plugin chaos: ${figures.runs} runs, ${figures.compiled} catalogs compiled, ${figures.refused} plugin outputs refused with a located diagnostic, ${figures.accepted} accepted, ${figures.escaped} escaped (exit 3)`);
    expect(figures.escaped).toBe(0);
    expect(figures.refused).toBeGreaterThan(figures.runs / 3);
  }, Math.max(180_000, RUNS * 120));

  test.each([
    ["returns non-string contents", "generate: () => [{ path: 'a.kt', contents: 42 }]", 'generator "evil" failed: file 1 of its output has contents that are a number (42); the path must be a string, the contents a string or UTF-8 bytes'],
    ["throws null", "generate: () => { throw null; }", 'generator "evil" failed: it threw null'],
    ["throws an object whose toString throws", "generate: () => { throw { toString() { throw new Error('no'); } }; }", 'generator "evil" failed: it threw an object'],
    ["returns a promise", "generate: async () => []", 'generator "evil" failed: generate() returned an object, not an array of { path, contents }'],
    ["has an options parser that throws a string", "parseOptions: () => { throw 'bad'; }", 'error LS041: generator "evil": its options parser failed: bad'],
  ])("through the CLI: a plugin that %s gets a located diagnostic at its config line, exit 2", async (_, member, message) => {
    const p = new TempProject()
      .write("lockstep.config.yaml", 'catalog:\n  name: demo\ngenerators:\n  ts: {}\n  evil:\n    from: ./evil.mjs\nbuiltins: none\n')
      .write("spec/core.yaml", "codes:\n  - name: NOT_FOUND\n")
      .write("evil.mjs", `export default { name: "evil", description: "x", parseOptions: (o) => o, generate: () => [], ${member} };\n`);
    const r = await p.run();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^lockstep\.config\.yaml:5:3 error LS0(41|50): /);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/^\s+at |internal error/m);
    expect(p.snapshot().size).toBe(0);
  });
});
