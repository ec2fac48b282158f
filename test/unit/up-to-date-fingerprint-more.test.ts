// The fingerprint does not depend on where the project is (template paths count relative to
// it), and a plugin counts by its name as well as its files.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import type { Config } from "../../src/load/config.js";
import { inputsFingerprint } from "../../src/io/up-to-date.js";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const temp = () => {
  const root = mkdtempSync(join(tmpdir(), "lockstep-fingerprint-more-"));
  roots.push(root);
  return root;
};
const texts = new Map([["spec/a.yaml", "codes: []\n"]]);

test("a project's template overrides fingerprint the same wherever the project is", () => {
  const here = temp();
  mkdirSync(join(here, "templates", "go"), { recursive: true });
  writeFileSync(join(here, "templates", "go", "codes.go.hbs"), "a");
  const there = join(temp(), "moved");
  cpSync(here, there, { recursive: true });
  const config = { file: "lockstep.config.yaml", outDir: "out", templatesDir: "templates" } as Config;
  expect(inputsFingerprint(there, config, texts, undefined, "b")).toBe(inputsFingerprint(here, config, texts, undefined, "b"));
});

test("the same plugin files under another generator name fingerprint differently", () => {
  const root = temp();
  writeFileSync(join(root, "gen.mjs"), "export default {};\n");
  const named = (name: string) => ({ file: "lockstep.config.yaml", outDir: "out", generators: [{ name, from: "./gen.mjs", enabled: true }] }) as unknown as Config;
  expect(inputsFingerprint(root, named("one"), texts, undefined, "b")).not.toBe(inputsFingerprint(root, named("two"), texts, undefined, "b"));
});
