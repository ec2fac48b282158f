// What a generator may hand back, in process (the mutation run's view of
// src/generate/pipeline.ts): every malformed output or thrown value is one located
// message saying exactly what was wrong, output text is normalised, and the paths come
// back sorted.
import { expect, test } from "vitest";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import type { Catalog } from "../../src/catalog/model.js";
import { describeThrown, isSafeOutputPath, runGenerators, streamGenerators, type PlannedGenerator } from "../../src/generate/pipeline.js";
import { defineGenerator } from "../../src/generate/plugin.js";

function catalog(): Catalog {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: shop\n" });
  return compileSpecs(config!, [{ path: "spec/a.yaml", text: "codes:\n  - name: A\n" }]).catalog!;
}

function step(name: string, generate: () => unknown): PlannedGenerator {
  return {
    generator: defineGenerator({ name, description: name, parseOptions: () => ({}), generate: generate as never }),
    outDir: ".",
    rawOptions: {},
    loc: { file: "lockstep.config.yaml", line: 1, col: 3 },
    optionLoc: () => ({ file: "lockstep.config.yaml", line: 2, col: 3 }),
  };
}

const messages = (generate: () => unknown): string[] => runGenerators(catalog(), [step("g", generate)], () => undefined).diagnostics.map((d) => `${d.code} ${d.message}`);

test.each([
  [null, "null"],
  [undefined, "undefined"],
  ["x".repeat(50), `a string ("${"x".repeat(40)}"… (50 characters))`],
  [7, "a number (7)"],
  [true, "a boolean (true)"],
  [10n, "a bigint (10)"],
  [Symbol("s"), "a symbol"],
  [() => 1, "a function"],
  [{ path: "a" }, "an object"],
])("generate() returning %s is described as %s", (value, kind) => {
  expect(messages(() => value)).toEqual([`LS050 generator "g" failed: generate() returned ${kind}, not an array of { path, contents }`]);
});

test("each bad file of an output is named by its position and what is wrong with it", () => {
  expect(messages(() => [null, { path: 1, contents: "x" }, { path: "ok.txt", contents: [] }, "a.txt", { path: "fine.txt", contents: "y" }])).toEqual([
    'LS050 generator "g" failed: file 1 of its output has a path that is undefined; the path must be a string, the contents a string or UTF-8 bytes',
    'LS050 generator "g" failed: file 2 of its output has a path that is a number (1); the path must be a string, the contents a string or UTF-8 bytes',
    'LS050 generator "g" failed: file 3 of its output has contents that are an array; the path must be a string, the contents a string or UTF-8 bytes',
    'LS050 generator "g" failed: file 4 of its output has a path that is undefined; the path must be a string, the contents a string or UTF-8 bytes',
  ]);
});

test("what a thrown value says, whatever it is", () => {
  expect(describeThrown(new Error("boom"))).toBe("boom");
  expect(describeThrown("plain")).toBe("plain");
  expect(describeThrown(null)).toBe("it threw null");
  expect(describeThrown({})).toBe("it threw an object");
  expect(describeThrown(Object.assign(new Error("x"), { message: 5 }))).toBe("it threw an object");
  const hostile = new Proxy({}, { getPrototypeOf: () => { throw new Error("trap"); } });
  expect(describeThrown(hostile)).toBe("it threw an object");
  const revoked = Proxy.revocable([], {});
  revoked.revoke();
  expect(describeThrown(revoked.proxy)).toBe("it threw a value that cannot be inspected");
});

test("a long or many-line failure is cut to its first four lines and 500 characters", () => {
  const [many] = messages(() => {
    throw new Error("one\ntwo\nthree\nfour\nfive");
  });
  expect(many).toBe('LS050 generator "g" failed: one two three four');
  const [long] = messages(() => {
    throw new Error("y".repeat(600));
  });
  expect(long).toBe(`LS050 generator "g" failed: ${"y".repeat(500)}`);
});

test("output text gets LF line ends and one final newline; paths come back sorted", () => {
  const files: [string, string][] = [];
  const { outputs, diagnostics } = streamGenerators(catalog(), [step("g", () => [{ path: "b.txt", contents: "a\r\nb\rc" }, { path: "a.txt", contents: "x\n" }])], () => undefined, (f) => files.push([f.path, f.bytes.toString("utf8")]));
  expect(diagnostics).toEqual([]);
  expect(files).toEqual([["b.txt", "a\nb\nc\n"], ["a.txt", "x\n"]]);
  expect(outputs.map((o) => o.path)).toEqual(["a.txt", "b.txt"]);
});

test("output bytes get the same treatment as text, and compliant bytes are handed on as they are", () => {
  const files = new Map<string, Buffer>();
  const encode = (t: string): Uint8Array => new TextEncoder().encode(t);
  const inside = Buffer.from("--é\n--").subarray(2, 5); // a view into a larger buffer, at an offset
  const given = encode("ready\n");
  const { diagnostics } = streamGenerators(
    catalog(),
    [step("g", () => [{ path: "crlf.txt", contents: encode("a\r\nb\rc") }, { path: "open.txt", contents: encode("x") }, { path: "view.txt", contents: inside }, { path: "ready.txt", contents: given }, { path: "empty.txt", contents: new Uint8Array(0) }])],
    () => undefined,
    (f) => files.set(f.path, f.bytes),
  );
  expect(diagnostics).toEqual([]);
  expect(Object.fromEntries([...files].map(([p, b]) => [p, b.toString("utf8")]))).toEqual({ "crlf.txt": "a\nb\nc\n", "open.txt": "x\n", "view.txt": "é\n", "ready.txt": "ready\n", "empty.txt": "\n" });
  expect(files.get("ready.txt")!.buffer).toBe(given.buffer); // not copied
});

test("`between` runs between two generators, after the first one's files are handed on, and not after the last", () => {
  const events: string[] = [];
  const gen = (name: string) => step(name, () => [{ path: `${name}.txt`, contents: name }]);
  streamGenerators(catalog(), [gen("a"), gen("b"), gen("c")], () => undefined, (f) => events.push(f.path), () => events.push("between"));
  expect(events).toEqual(["a.txt", "between", "b.txt", "between", "c.txt"]);
});

test("`.` and `..` are never path segments; names with dots are", () => {
  expect(["a/./b", "a/../b", ".", "..", "a/.", "./a"].map(isSafeOutputPath)).toEqual([false, false, false, false, false, false]);
  expect(["a/.b", "a..b", "..a", "a/b.c"].map(isSafeOutputPath)).toEqual([false, true, false, true]);
});
