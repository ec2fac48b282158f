// The fast parser's scalar functions (src/yaml/fast-scalars.ts), called directly and
// compared with the `yaml` library on the same text: plain-scalar resolution, line
// folding, double-quoted escapes, and block-scalar bodies (literal and folded, every
// chomping, at the root and indented). Where the library reports an error the function
// must return undefined.
import { describe, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { blockScalarValue, doubleQuotedValue, resolvePlain, unfoldLines } from "../../src/yaml/fast-scalars.js";

/** The library's value of a whole document, or undefined when it reports a problem. */
function library(text: string): unknown {
  const doc = parseDocument(text, { version: "1.2", strict: true, uniqueKeys: true });
  return doc.errors.length || doc.warnings.length ? undefined : doc.toJS();
}

describe("resolvePlain", () => {
  const cases: [string, unknown][] = [
    ["", null], ["~", null], ["null", null], ["Null", null], ["NULL", null], ["nULL", "nULL"], ["n", "n"], ["No", "No"],
    ["true", true], ["True", true], ["TRUE", true], ["tRUE", "tRUE"], ["t", "t"], ["false", false], ["False", false], ["FALSE", false], ["fALSE", "fALSE"],
    ["0", 0], ["7", 7], ["9", 9], ["-12", -12], ["+12", 12], ["0o17", 15], ["0o8", "0o8"], ["0x1F", 31], ["0xff", 255], ["0x", "0x"],
    [".inf", Infinity], ["-.Inf", -Infinity], ["+.INF", Infinity], [".nan", NaN], [".NaN", NaN], [".NAN", NaN], ["-.nan", "-.nan"],
    ["1.5", 1.5], ["-1.5", -1.5], [".5", 0.5], ["1.", 1], ["1e3", 1000], ["1.5E-1", 0.15], ["+.5e1", 5], ["1e", "1e"], ["1.2.3", "1.2.3"],
    ["+", "+"], ["-", "-"], [".", "."], ["/x", "/x"], [":x", ":x"], ["@", "@"], ["*", "*"], ["0a", "0a"], ["9z", "9z"], ["(", "("], ["{", "{"], ["a1", "a1"], ["Z", "Z"],
  ];
  test.each(cases)("%j", (s, want) => {
    expect(Object.is(resolvePlain(s), want), `${String(resolvePlain(s))}`).toBe(true);
  });
});

describe("unfoldLines", () => {
  const cases: [string, string][] = [
    ["one", "one"],
    ["one\ntwo", "one two"],
    ["one  \n  two", "one two"],
    ["one\t\n\ttwo", "one two"],
    ["one\n\ntwo", "one\ntwo"],
    ["one\n\n\ntwo", "one\n\ntwo"],
    ["one\n  \n\t\ntwo", "one\n\ntwo"],
    ["one\r\ntwo", "one two"],
    ["a\nb\nc", "a b c"],
    ["a \\\nb", "a \\ b"],
    ["x\n  y  ", "x y  "],
  ];
  test.each(cases)("%j", (given, want) => {
    expect(unfoldLines(given)).toBe(want);
    // The same text as a multi-line plain scalar (trailing blanks aside) through the library.
    if (!/[ \t]$/.test(given)) expect((library(`v: ${given.replace(/\n/g, "\n  ")}`) as { v: unknown }).v).toBe(want);
  });
});

describe("doubleQuotedValue", () => {
  const valid = [
    "", "plain", "\\0\\a\\b\\e\\f\\n\\r\\t\\v\\N\\_\\L\\P\\ \\\"\\/\\\\\\\t", "\\x41\\x7e", "\\u00e9\\u20AC", "\\U0001F6AB", "\\U0010FFFF",
    "a\nb", "a\n\nb", "a\n\n\nb", "a \n b", "a\t\n\tb", "a  \t\n  b", "a\r\nb", "a\r\n\r\nb", "a \r\n b", "a\n \n\t\nb",
    "a\\\n   b", "a\\\r\n  b", "a\\\n\tb", "a  b", "a \t b", "a\tb", "a   ", "trail \t", " lead", "a\\\n",
    "é\\x41", "x\\u00411",
  ];
  test.each(valid)("%j", (body) => {
    const src = `"${body}"`;
    const want = library(src);
    expect(want, "the library accepts it").toBeTypeOf("string");
    expect(doubleQuotedValue(src, 0, src.length)).toBe(want);
    // Offsets inside a larger text.
    expect(doubleQuotedValue(`k: ${src} #`, 3, 3 + src.length)).toBe(want);
  });

  const invalid = ["\\q", "\\x4", "\\xZZ", "\\u12", "\\u12G4", "\\U0011FFFF", "\\UFFFFFFFF", "\\U0000000", "\\c", "\\'"];
  test.each(invalid)("%j is an error", (body) => {
    const src = `"${body}"`;
    expect(library(src)).toBeUndefined();
    expect(doubleQuotedValue(src, 0, src.length)).toBeUndefined();
  });
});

describe("blockScalarValue", () => {
  // [body lines after the header, at the root?]
  const bodies: [string, boolean][] = [
    ["  x\n", false],
    ["  x", false],
    ["  x\n  y\n", false],
    ["  x\n\n  y\n", false],
    ["  x\n\n\n  y\n", false],
    ["  x\n    more\n  y\n", false],
    ["  x\n    more\n\n  y\n", false],
    ["  x\n\n    more\n    more2\n\n  y\n", false],
    ["  x\n  \ty\n  z\n", false],
    ["  x\n\n", false],
    ["  x\n\n\n", false],
    ["  x\n   \n", false],
    ["  x\n      \n", false],
    ["\n  x\n", false],
    ["  \n  x\n", false],
    ["\n\n  x\n\n", false],
    ["  x\r\n  y\r\n\r\n", false],
    ["  x  \n  y\t\n", false],
    ["x\ny\n", true],
    ["x\n\ny\n", true],
    ["\nx\n", true],
    ["  x\n y\n", false],
    ["   \n  x\n", false],
    ["\n", false],
    ["", false],
  ];
  const variants = bodies.flatMap(([body, atRoot]) =>
    (["|", ">"] as const).flatMap((style) => (["", "-", "+"] as const).map((chomp) => [style + chomp, body, atRoot] as const)),
  );
  test.each(variants)("%s %j at root %s", (header, body, atRoot) => {
    const text = atRoot ? `${header}\n${body}` : `k: ${header}\n${body}`;
    const lib = library(text);
    const want = lib === undefined ? undefined : atRoot ? lib : (lib as { k: unknown }).k;
    const got = blockScalarValue(body, header[0] === "|", header.slice(1) as "" | "-" | "+", atRoot);
    // Undefined where the library reports an error, and for a body without content (the
    // fast parser leaves empty block scalars to the library); otherwise the values agree.
    if (got !== undefined) expect(got).toBe(want);
    else if (/\S/.test(body)) expect(want).toBeUndefined();
  });

  test.each([
    ["|", "  x\n    y\n\n", "x\n  y\n"],
    ["|+", "  x\n\n\n", "x\n\n\n"],
    ["|-", "  x\n\n", "x"],
    [">", "  a\n  b\n\n  c\n    d\n  e\n", "a b\nc\n  d\ne\n"],
    [">", "  a\n\n    b\n\n  c\n", "a\n\n  b\n\nc\n"],
    [">+", "  a\n  b\n\n", "a b\n\n"],
    [">-", "  a\n  \tb\n", "a\n\tb"],
    ["|", "\n\n  x\n", "\n\nx\n"],
    ["|+", "  x\n      \n", "x\n    \n"],
  ])("%s %j is %j", (header, body, want) => {
    expect(blockScalarValue(body, header[0] === "|", header.slice(1) as "" | "-" | "+", false)).toBe(want);
  });

  test("less-indented content and more-indented leading empty lines are errors", () => {
    expect(blockScalarValue("    x\n  y\n", true, "", false)).toBeUndefined();
    expect(blockScalarValue("      \n  x\n", true, "", false)).toBeUndefined();
    expect(blockScalarValue("x\n", true, "", false)).toBeUndefined();
    expect(blockScalarValue("x\n", true, "", true)).toBe("x\n");
    expect(blockScalarValue("\n\n", true, "", false)).toBeUndefined();
  });
});
