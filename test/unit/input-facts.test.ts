// What `check` says changed since the last generate, from the input facts the manifest records.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { inputFacts, parseInputFacts, staleReason, type InputFacts } from "../../src/io/input-facts.js";
import type { Config } from "../../src/load/config.js";

const BASE: InputFacts = { lockstep: "0.1.0", config: "c1", spec: "s1", templates: null, plugins: null };

describe("staleReason", () => {
  test.each([
    ["no record (an older manifest)", undefined, BASE, "stale (not what the current spec, config, templates and Lockstep generate)"],
    ["the spec", BASE, { ...BASE, spec: "s2" }, "stale (changed since it was generated: the spec)"],
    ["the config", BASE, { ...BASE, config: "c2" }, "stale (changed since it was generated: the config)"],
    ["a template added", BASE, { ...BASE, templates: "t1" }, "stale (changed since it was generated: a template override)"],
    ["a plugin", { ...BASE, plugins: "p1" }, { ...BASE, plugins: "p2" }, "stale (changed since it was generated: a third-party generator)"],
    ["the version", BASE, { ...BASE, lockstep: "0.2.0" }, "stale (changed since it was generated: the Lockstep version (0.1.0 → 0.2.0))"],
    ["several, in a fixed order", BASE, { ...BASE, lockstep: "0.2.0", spec: "s2", templates: "t1" }, "stale (changed since it was generated: the spec, a template override, the Lockstep version (0.1.0 → 0.2.0))"],
    ["nothing", BASE, BASE, "stale (the inputs are as recorded: this build of Lockstep generates it differently)"],
  ] as [string, InputFacts | undefined, InputFacts, string][])("%s", (_name, before, now, want) => {
    expect(staleReason(before, now)).toBe(want);
  });
});

describe("parseInputFacts", () => {
  test("reads what a manifest recorded, refuses anything else", () => {
    expect(parseInputFacts(BASE)).toEqual(BASE);
    expect(parseInputFacts({ ...BASE, templates: "t", plugins: 3 })).toEqual({ ...BASE, templates: "t", plugins: null });
    expect(parseInputFacts(undefined)).toBeUndefined();
    expect(parseInputFacts({ config: "c", spec: "s" })).toBeUndefined();
    expect(parseInputFacts("x")).toBeUndefined();
  });
});

describe("inputFacts", () => {
  const config = (over: Partial<Config> = {}) => ({ file: "lockstep.config.yaml", templatesDir: undefined, generators: undefined, ...over }) as unknown as Config;
  const texts = (spec: string, lock = "{}") => new Map([["lockstep.config.yaml", "catalog:\n  name: x\n"], ["spec/a.yaml", spec], ["spec/lockstep.lock.json", lock]]);

  test("the lockfile and line endings do not count; the spec, templates and plugins do", () => {
    const root = mkdtempSync(join(tmpdir(), "lockstep-facts-"));
    try {
      const a = inputFacts(root, config(), texts("codes: []\n"), "spec/lockstep.lock.json", "0.1.0");
      expect(inputFacts(root, config(), texts("codes: []\r\n", "{ \"other\": 1 }"), "spec/lockstep.lock.json", "0.1.0")).toEqual(a);
      expect(inputFacts(root, config(), texts("codes: [] # edited\n"), "spec/lockstep.lock.json", "0.1.0").spec).not.toBe(a.spec);
      expect(a.templates).toBeNull();
      mkdirSync(join(root, "templates", "ts"), { recursive: true });
      writeFileSync(join(root, "templates", "ts", "index.ts.hbs"), "one\n");
      const t1 = inputFacts(root, config({ templatesDir: "templates" }), texts("codes: []\n"), undefined, "0.1.0").templates;
      writeFileSync(join(root, "templates", "ts", "index.ts.hbs"), "two\n");
      const t2 = inputFacts(root, config({ templatesDir: "templates" }), texts("codes: []\n"), undefined, "0.1.0").templates;
      expect(t1).toMatch(/^[0-9a-f]{16}$/);
      expect(t2).not.toBe(t1);
      writeFileSync(join(root, "gen.mjs"), "export default 1;\n");
      const withPlugin = config({ generators: [{ name: "kt", from: "./gen.mjs" }] as unknown as Config["generators"] });
      const p1 = inputFacts(root, withPlugin, texts("codes: []\n"), undefined, "0.1.0").plugins;
      writeFileSync(join(root, "gen.mjs"), "export default 2;\n");
      expect(inputFacts(root, withPlugin, texts("codes: []\n"), undefined, "0.1.0").plugins).not.toBe(p1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
