// The check report's diff of large files: cut to the changed region, it must say exactly
// what the whole-file diff says (hunks, line numbers, context), only faster.
import { describe, expect, it } from "vitest";
import { boundedPatchLines } from "../../src/io/bounded-diff.js";

const lines = (n: number, tag = ""): string[] => Array.from({ length: n }, (_, i) => `line ${i} of a generated file${tag} — ${"x".repeat(i % 13)}`);
const text = (ls: string[]): Buffer => Buffer.from(ls.join("\n") + "\n", "utf8");
const whole = (a: Buffer, b: Buffer): string[] => boundedPatchLines("a/f", "b/f", a, b, 3, Infinity);
const cut = (a: Buffer, b: Buffer): string[] => boundedPatchLines("a/f", "b/f", a, b, 3, 0);

describe("bounded diff", () => {
  const base = lines(20_000);
  const cases: Record<string, (ls: string[]) => string[]> = {
    "one line changed in the middle": (ls) => ls.map((l, i) => (i === 9_000 ? `${l} (edited)` : l)),
    "the first line changed": (ls) => ls.map((l, i) => (i === 0 ? "changed" : l)),
    "the last line changed": (ls) => ls.map((l, i) => (i === ls.length - 1 ? "changed" : l)),
    "two edits 5 lines apart (one hunk)": (ls) => ls.map((l, i) => (i === 500 || i === 505 ? `${l}!` : l)),
    "two edits far apart (two hunks)": (ls) => ls.map((l, i) => (i === 500 || i === 15_000 ? `${l}!` : l)),
    "lines inserted": (ls) => [...ls.slice(0, 7_000), "new a", "new b", ...ls.slice(7_000)],
    "lines removed": (ls) => [...ls.slice(0, 7_000), ...ls.slice(7_010)],
    "a repeated line inserted before its twin": (ls) => [...ls.slice(0, 300), ls[300]!, ...ls.slice(300)],
    "a multi-byte character changed": (ls) => ls.map((l, i) => (i === 1_234 ? l.replace("—", "–") : l)),
    "everything appended": (ls) => [...ls, ...lines(50, " appended")],
    "a short file's worth of lines removed": (ls) => [...ls.slice(0, 7_000), ...ls.slice(7_900)],
  };
  for (const [name, edit] of Object.entries(cases)) {
    it(`${name}: the same patch as diffing the whole files`, () => {
      const a = text(base);
      const b = text(edit(base));
      const got = cut(a, b);
      expect(got).toEqual(whole(a, b));
      expect(got.some((l) => l.startsWith("@@ "))).toBe(true);
    });
  }

  it("a file without a final newline keeps the marker", () => {
    const a = text(base);
    const b = Buffer.concat([a, Buffer.from("tail without newline")]);
    expect(cut(a, b)).toEqual(whole(a, b));
    expect(cut(a, b)).toContain("\\ No newline at end of file");
  });

  it("a huge changed region is compared only up to a bound, and says so", () => {
    const a = text(lines(3_000));
    const b = text(lines(3_000, " v2"));
    const got = cut(a, b);
    expect(got.at(-1)).toMatch(/only the first 1000 lines of the changed region/);
    expect(got[2]).toBe("@@ -1,1000 +1,1000 @@");
    const emptied = cut(a, Buffer.alloc(0));
    expect(emptied[2]).toBe("@@ -1,1000 +0,0 @@");
    expect(emptied).toHaveLength(2 + 1 + 1000 + 1 + 1); // headers, hunk header, lines, blank, the note
  });
});
