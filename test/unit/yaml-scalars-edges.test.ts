// Edges of the fast parser's scalar functions that the broader tables
// (yaml-scalars.test.ts) did not reach: anchors of the core-schema number tests, blank
// runs inside folded lines, escape letters that are not hex escapes, and block-scalar
// indentation corners. Each value is what the `yaml` library gives for the same text.
import { describe, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { blockScalarValue, doubleQuotedValue, resolvePlain, unfoldLines } from "../../src/yaml/fast-scalars.js";

const library = (text: string): unknown => {
  const doc = parseDocument(text, { version: "1.2", strict: true, uniqueKeys: true });
  return doc.errors.length || doc.warnings.length ? undefined : doc.toJS();
};

describe("resolvePlain: whole-string number tests", () => {
  const cases: [string, unknown][] = [
    ["10o7", "10o7"],
    ["0o78", "0o78"],
    [".55e1", 5.5],
    ["12e1", 120],
    [".55", 0.55],
    ["12.5", 12.5],
    ["-12.25e-1", -1.225],
  ];
  test.each(cases)("%j", (s, want) => {
    expect(resolvePlain(s)).toBe(want);
    expect((library(`v: ${s}\n`) as { v: unknown }).v).toBe(want);
  });
});

test("unfoldLines keeps blank runs inside a middle line", () => {
  expect(unfoldLines("a\nb  c\t\td\ne")).toBe("a b  c\t\td e");
  expect((library("v: a\n  b  c\t\td\n  e\n") as { v: unknown }).v).toBe("a b  c\t\td e");
});

test("an escape letter that is not x, u or U is an error even before eight hex digits", () => {
  for (const body of ["\\q0000004A", "\\g00000041", "\\X41", "\\w0041"]) {
    const src = `"${body}"`;
    expect(library(src)).toBeUndefined();
    expect(doubleQuotedValue(src, 0, src.length)).toBeUndefined();
  }
});

describe("blockScalarValue: indentation corners", () => {
  const cases: [string, string, boolean][] = [
    // [header, body, at root]
    ["|", "    \n \n  x\n", false],
    [">", "    \n \n  x\n", false],
    [">", "  \tx\n  y\n", false],
    [">-", "  \tx\n", false],
    ["|+", "  x\n  \n", false],
    ["|+", "  x\n \n\n", false],
    [">+", "  x\n  \n", false],
    ["|", "  \r\n  x\r\n", false],
    [">", "  \r\n  x\r\n", false],
    [">", "\r\n  x\r\n  y\r\n", false],
  ];
  test.each(cases)("%s %j", (header, body, atRoot) => {
    const text = atRoot ? `${header}\n${body}` : `k: ${header}\n${body}`;
    const lib = library(text);
    const want = lib === undefined ? undefined : atRoot ? lib : (lib as { k: unknown }).k;
    expect(blockScalarValue(body, header[0] === "|", header.slice(1) as "" | "-" | "+", atRoot)).toBe(want);
  });
});
