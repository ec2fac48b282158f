// The fingerprint an unchanged check compares: this build of Lockstep, every input text, the
// template overrides and each enabled plugin's files. Any of them changed changes it; what
// cannot be seen (a plugin whose files cannot be found, a build from sources) gives none.
// It does not depend on where the project is (template paths count relative to it).
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { tempDirs } from "../support/temp-dirs.js";
import type { Config } from "../../src/load/config.js";
import { inputsFingerprint } from "../../src/io/up-to-date.js";

const tempDir = tempDirs("lockstep-fingerprint-");

function project(): string {
  const root = tempDir();
  mkdirSync(join(root, "templates", "go"), { recursive: true });
  writeFileSync(join(root, "templates", "go", "codes.go.hbs"), "a");
  writeFileSync(join(root, "gen.mjs"), "export default {};\n");
  return root;
}

const texts = new Map([
  ["spec/a.yaml", "codes: []\n"],
  ["lockstep.config.yaml", "catalog: {}\n"],
]);
const plain = { file: "lockstep.config.yaml", outDir: "out" } as Config;
const withTemplates = { ...plain, templatesDir: "templates" } as Config;
const plugin = (enabled: boolean) => ({ ...plain, generators: [{ name: "mine", from: "./gen.mjs", enabled }] }) as unknown as Config;

test("the same inputs in any order give the same fingerprint; each input changed gives another", () => {
  const root = project();
  const base = inputsFingerprint(root, plain, texts, undefined, "build-1")!;
  expect(base).toMatch(/^[0-9a-f]{64}$/);
  expect(inputsFingerprint(root, plain, new Map([...texts].reverse()), undefined, "build-1")).toBe(base);
  // The bytes a text was read from stand for it.
  expect(inputsFingerprint(root, plain, texts, new Map([["spec/a.yaml", Buffer.from("codes: []\n")]]), "build-1")).toBe(base);
  const others = [
    inputsFingerprint(root, plain, texts, undefined, "build-2"),
    inputsFingerprint(root, plain, new Map(texts).set("spec/a.yaml", "codes: [x]\n"), undefined, "build-1"),
    inputsFingerprint(root, plain, new Map([["spec/b.yaml", "codes: []\n"], ["lockstep.config.yaml", "catalog: {}\n"]]), undefined, "build-1"),
    inputsFingerprint(root, plain, new Map([["spec/a.yaml", "codes: []\n"]]), undefined, "build-1"),
  ];
  expect(new Set([base, ...others]).size).toBe(5);
});

test("template overrides count by path and content", () => {
  const root = project();
  const first = inputsFingerprint(root, withTemplates, texts, undefined, "b")!;
  expect(first).not.toBe(inputsFingerprint(root, plain, texts, undefined, "b"));
  writeFileSync(join(root, "templates", "go", "codes.go.hbs"), "b");
  const edited = inputsFingerprint(root, withTemplates, texts, undefined, "b")!;
  renameSync(join(root, "templates", "go", "codes.go.hbs"), join(root, "templates", "go", "table.go.hbs"));
  const moved = inputsFingerprint(root, withTemplates, texts, undefined, "b")!;
  expect(new Set([first, edited, moved]).size).toBe(3);
});

test("an enabled plugin counts by its files; a disabled one not at all; one whose files cannot be found gives none", () => {
  const root = project();
  const without = inputsFingerprint(root, plain, texts, undefined, "b");
  expect(inputsFingerprint(root, plugin(false), texts, undefined, "b")).toBe(without);
  const first = inputsFingerprint(root, plugin(true), texts, undefined, "b")!;
  expect(first).not.toBe(without);
  writeFileSync(join(root, "gen.mjs"), "export default { changed: true };\n");
  expect(inputsFingerprint(root, plugin(true), texts, undefined, "b")).not.toBe(first);
  rmSync(join(root, "gen.mjs"));
  expect(inputsFingerprint(root, plugin(true), texts, undefined, "b")).toBeUndefined();
});

test("a build from sources (no build id) fingerprints nothing", () => {
  expect(inputsFingerprint(project(), plain, texts)).toBeUndefined();
  expect(inputsFingerprint(project(), plain, texts, undefined, "")).toBeUndefined();
});

test("a project's template overrides fingerprint the same wherever the project is", () => {
  const here = project();
  const there = join(tempDir(), "moved");
  cpSync(here, there, { recursive: true });
  expect(inputsFingerprint(there, withTemplates, texts, undefined, "b")).toBe(inputsFingerprint(here, withTemplates, texts, undefined, "b"));
});

test("the same plugin files under another generator name fingerprint differently", () => {
  const root = project();
  const named = (name: string) => ({ ...plain, generators: [{ name, from: "./gen.mjs", enabled: true }] }) as unknown as Config;
  expect(inputsFingerprint(root, named("one"), texts, undefined, "b")).not.toBe(inputsFingerprint(root, named("two"), texts, undefined, "b"));
});
