// `lockstep/testing` (src/testing/): the harness a third-party generator uses. The
// built-in generators pass it (so it asks no more than they deliver), and a generator
// with each kind of defect fails it with a message that names the defect.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { BUILTIN_GENERATORS } from "../generators/index.js";
import { defineGenerator, type ErrorCode, type Generator } from "../src/index.js";
import {
  checkDeterminism,
  checkHostile,
  checkHygiene,
  expectGoldenDir,
  generatorSuite,
  hostileCatalog,
  hostileStrings,
  reorderedSpecs,
  runGenerator,
  updatingGoldens,
} from "../src/testing/index.js";
import { withTempDir } from "./support/toolchains.js";

/** A generator whose one file is `line(code)` for every code. */
const lines = (name: string, line: (code: ErrorCode) => string) =>
  defineGenerator({
    name,
    description: "test generator",
    parseOptions: () => ({}),
    generate: (catalog) => [{ path: "codes.txt", contents: catalog.codes.map(line).join("\n") + "\n" }],
  }) as Generator<unknown>;

describe("the built-in generators pass the harness", () => {
  test.each(BUILTIN_GENERATORS.map((g) => [g.name, g] as const))("%s: deterministic (also on reordered input) and hygienic on hostile text", async (_, generator) => {
    checkDeterminism(generator);
    await checkHostile(generator);
  });
});

describe("determinism", () => {
  test("reordered specs: files, codes and keys listed backwards, same catalog", () => {
    const specs = [{ path: "spec/a.yaml", text: "title: A\ncodes:\n  - name: X\n    status: 400\n  - name: Y\n    details: { b: string, a: integer }\n" }, { path: "spec/b.yaml", text: "codes: []\n" }];
    const [b, a] = reorderedSpecs(specs);
    expect(b!.path).toBe("spec/b.yaml");
    expect(a!.text).toBe("codes:\n  - details: { a: integer, b: string }\n    name: Y\n  - status: 400\n    name: X\ntitle: A\n");
  });
  test("state kept between runs, and output that follows the input's layout, are found", () => {
    let n = 0;
    expect(() => checkDeterminism(lines("counter", (c) => `${c.name} ${n++}`))).toThrow(/generator "counter" is not deterministic:\n  a second run on the same catalog: codes.txt differs at line 1: "\w+ 0" then "\w+ \d+"/);
    expect(() => checkDeterminism(lines("layout", (c) => `${c.name} at line ${c.loc.line}`))).toThrow(/a run on the spec written in another order: codes.txt differs/);
    expect(checkDeterminism(lines("fine", (c) => c.name)).get("codes.txt")).toContain("CLASS\n");
  });
});

describe("hygiene", () => {
  test("every kind of problem is named with its place", () => {
    const files = new Map([
      ["ok.txt", "fine\n"],
      ["../up.txt", "x\n"],
      ["/abs.txt", "x\n"],
      ["a\\b.txt", "x\n"],
      [".hidden", "x\n"],
      ["Case.txt", "x\n"],
      ["case.txt", "x\n"],
      ["crlf.txt", "a\r\nb\n"],
      ["bom.txt", "\uFEFFx\n"],
      ["nonl.txt", "x"],
      ["twonl.txt", "x\n\n"],
      ["blank.txt", "x \ny\n"],
      ["bidi.txt", "ok\nsee \u202Ehere\n"],
      ["lone.txt", "x\uD800\n"],
    ]);
    let message = "";
    try {
      checkHygiene(files);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.split("\n").slice(1).map((l) => l.trim())).toEqual([
      '"../up.txt" climbs out of the output folder (`..`)',
      '"/abs.txt" is absolute',
      '"a\\\\b.txt" has a backslash (paths are POSIX)',
      '".hidden" has a segment ".hidden" outside [A-Za-z0-9_.@+-] (or starting with a dot)',
      '"case.txt" and "Case.txt" differ only in case (they collide on macOS and Windows)',
      "crlf.txt has a carriage return at 1:2 (line endings are LF)",
      "bom.txt starts with a byte-order mark",
      "nonl.txt does not end in a newline",
      "twonl.txt ends in more than one newline",
      "blank.txt has trailing blanks at 1:2",
      "bidi.txt holds a raw U+202E at 2:5: escape it (or show it, as normaliseText does)",
      "lone.txt holds a lone surrogate at 1:2",
    ]);
    expect(() => checkHygiene(new Map())).toThrow("the generator produced no files");
  });
});

describe("hostile text", () => {
  test("the hostile strings reach the generator; one written raw fails, and so does the plugin's compile step", async () => {
    const strings = hostileStrings();
    expect(strings.some((s) => s.includes("*/"))).toBe(true);
    expect(strings.some((s) => s.includes("\u202E"))).toBe(true);
    expect(hostileCatalog().codes.length).toBeGreaterThan(5);
    const raw = lines("raw", (c) => `${c.name}: ${(c.description ?? "").replace(/\s+/g, " ")}`.trimEnd());
    await expect(checkHostile(raw)).rejects.toThrow(/codes.txt holds a raw U\+(0007|202E) at \d+:\d+/);
    const shown = lines("shown", (c) => c.name);
    let seen: string[] = [];
    await expect(
      checkHostile(shown, {
        compile: (dir) => {
          seen = readFileSync(join(dir, "codes.txt"), "utf8").split("\n");
          throw new Error("error[E0765]: unterminated double quote string");
        },
      }),
    ).rejects.toThrow('generator "shown": the hostile-text output does not compile:\nerror[E0765]: unterminated double quote string');
    expect(seen).toContain("FUNC");
  });
});

describe("golden folders", () => {
  const files = new Map([["a.txt", "one\n"], ["sub/b.txt", "two\nthree\n"]]);
  test("compared byte for byte: missing, changed and extra files all fail; written only on request, never in CI", () =>
    withTempDir((dir) => {
      expect(() => expectGoldenDir(files, dir, { env: {} })).toThrow(/a.txt: no golden file\n  sub\/b.txt: no golden file\nif the change is deliberate, rerun with LOCKSTEP_UPDATE_GOLDEN=1/);
      expectGoldenDir(files, dir, { env: { LOCKSTEP_UPDATE_GOLDEN: "1" } });
      expectGoldenDir(files, dir, { env: {} });
      writeFileSync(join(dir, "sub/b.txt"), "two\nTHREE\n");
      mkdirSync(join(dir, "old"));
      writeFileSync(join(dir, "old/c.txt"), "x\n");
      expect(() => expectGoldenDir(files, dir, { env: {} })).toThrow(
        'sub/b.txt differs from its golden file, first at line 2:\n    golden:    "THREE"\n    generated: "three"\n  old/c.txt: golden file the generator no longer produces',
      );
      expect(() => expectGoldenDir(files, dir, { update: true, env: { CI: "true" } })).toThrow("golden files are never updated in CI");
      expectGoldenDir(files, dir, { update: true, env: {} });
      expectGoldenDir(files, dir, { env: {} });
      expect(updatingGoldens({ env: {} })).toBe(false);
      expect(() => updatingGoldens({ env: { LOCKSTEP_UPDATE_GOLDEN: "yes" } })).toThrow("LOCKSTEP_UPDATE_GOLDEN must be 1 or unset");
    }));
});

describe("generatorSuite registers the four checks with any test(name, fn) runner", () => {
  const registered: string[] = [];
  const fake = (name: string) => void registered.push(name);
  generatorSuite(lines("suite", (c) => c.name), fake, { golden: "unused" });
  test("names", () => expect(registered).toEqual(["suite: golden files", "suite: deterministic", "suite: hygienic output", "suite: hostile text stays hygienic"]));
  // And they run for real here.
  generatorSuite(lines("suite", (c) => c.name), test);
  test("runGenerator reports a generator's failure with its diagnostic", () => {
    const bad = defineGenerator({ name: "bad", description: "", parseOptions: () => ({}), generate: () => [{ path: "../x", contents: "" }] }) as Generator<unknown>;
    expect(() => runGenerator(bad, hostileCatalog())).toThrow(/generator "bad" failed:[\s\S]*LS051/);
  });
});
