// The fast YAML subset parser must agree with the `yaml` library on everything it
// accepts (values, offsets, line/column) and give up (undefined) on everything else.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { Document, isMap, isPair, isSeq, parse, parseDocument, Scalar, type ToStringOptions } from "yaml";
import { DiagnosticBag } from "../src/diagnostics/diagnostics.js";
import { parseFast } from "../src/yaml/fast.js";
import { parseYaml } from "../src/yaml/parse.js";
import { MAX_NESTING, prescan } from "../src/yaml/prescan.js";
import { check, same, toPlain } from "./support/yaml-fast-agree.js";

const ROOT = join(import.meta.dirname, "..");

describe("parseFast: constructs of the subset", () => {
  const cases: [string, string, unknown][] = [
    ["block mapping", "a: 1\nb: two\n", { a: 1, b: "two" }],
    ["nested mappings", "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n", { a: { b: { c: 1 }, d: 2 }, e: 3 }],
    ["indented sequence", "tags:\n  - a\n  - b\n", { tags: ["a", "b"] }],
    ["compact sequence", "codes:\n- name: X\n  status: 1\n- name: Y\nnext: 1\n", { codes: [{ name: "X", status: 1 }, { name: "Y" }], next: 1 }],
    ["item mapping aligned after extra spaces", "-   name: Y\n    z: 1\n", [{ name: "Y", z: 1 }]],
    ["nested sequences", "- - a\n  - b\n- - - c\n", [["a", "b"], [["c"]]]],
    ["sequence value under a sequence item", "- a:\n  - x\n  b: 1\n", [{ a: ["x"], b: 1 }]],
    ["items on the next line", "-\n  a: 1\n-\n  - x\n", [{ a: 1 }, ["x"]]],
    ["empty values", "a:\nb: ~\nc:   # note\nd:\n- \n-\n", { a: null, b: null, c: null, d: [null, null] }],
    ["value on the next line", "a:\n  text\nb:\n  [1, 2]\n", { a: "text", b: [1, 2] }],
    ["flow sequence", "status: [413, 415, 422]\n", { status: [413, 415, 422] }],
    ["flow mapping", "f: { type: string, required: true }\n", { f: { type: "string", required: true } }],
    ["nested flow", "s: { varies: [502, 400] }\n", { s: { varies: [502, 400] } }],
    ["quoted flow entries", 'c: ["a\\"b", "c\\\\d", \'e\'\'f\']\n', { c: ['a"b', "c\\d", "e'f"] }],
    ["deep flow", "t: { type: list, of: { type: object, fields: { path: string } } }\n", { t: { type: "list", of: { type: "object", fields: { path: "string" } } } }],
    ["flow over lines", "k: [a,\n  b\n  , c]\nm: {\n  x: 1,\n  y: [2,\n    3]\n  }\n", { k: ["a", "b", "c"], m: { x: 1, y: [2, 3] } }],
    ["flow comments and trailing commas", "k: [a, # one\n  b, ]  # two\nm: {a: 1, }\n", { k: ["a", "b"], m: { a: 1 } }],
    ["empty flow collections", "a: []\nb: {}\n", { a: [], b: {} }],
    ["flow keys without values", "m: {a, b: , c: 1}\n", { m: { a: null, b: null, c: 1 } }],
    ["JSON-like flow", 'm: {"a":1, "b":[true,null]}\n', { m: { a: 1, b: [true, null] } }],
    ["flow plain scalars with colons", "k: [a:b, http://x, -1]\n", { k: ["a:b", "http://x", -1] }],
    ["flow at the root", "[a, {b: c}]\n", ["a", { b: "c" }]],
    ["quoted keys", '"provider.v2": [E-1]\n\'x y\': 2\n"a" : 3\n', { "provider.v2": ["E-1"], "x y": 2, a: 3 }],
    ["key spacing", "a : b\n", { a: "b" }],
    ["comments", "# head\na: 1 # one\n# mid\n  # indented\nb: # two\n  c: x#y\n", { a: 1, b: { c: "x#y" } }],
    ["document start", "# c\n---\na: 1\n", { a: 1 }],
    ["document start with comment", "--- # c\n- 1\n", [1]],
    ["CRLF", "a: 1\r\nb:\r\n  - x # c\r\n  - 'y\r\n    z'\r\nc: |\r\n  l1\r\n\r\n  l2\r\n", { a: 1, b: ["x", "y z"], c: "l1\n\nl2\n" }],
    ["plain with indicators inside", "u: https://x.example/a#b?c=d\nv: a:b - c, [d] {e} 'f' \"g\" !h &i *j %k @l\n", { u: "https://x.example/a#b?c=d", v: "a:b - c, [d] {e} 'f' \"g\" !h &i *j %k @l" }],
    ["plain that looks like indicators", "a: -x\nb: ---\nc: a-\nd: ?x\n:e: :y\n", { a: "-x", b: "---", c: "a-", d: "?x", ":e": ":y" }],
    ["tabs inside a line", "a: x\ty\t# c\nb: 'p\tq'\t\n", { a: "x\ty", b: "p\tq" }],
    ["multi-line plain", "a: one\n  two\n\n  three\n\n\n  four\nb: x\n", { a: "one two\nthree\n\nfour", b: "x" }],
    ["multi-line plain in a sequence", "- one\n two # c\n- x\n", ["one two", "x"]],
    ["single-quoted", "a: 'it''s # not a comment'\n", { a: "it's # not a comment" }],
    ["multi-line single-quoted", "a: 'one\n  two  \n\n   three'\n", { a: "one two\nthree" }],
    ["double-quoted escapes", 'a: "\\\\ \\" \\/ \\n \\t \\r \\0 \\a \\b \\e \\f \\v \\N \\_ \\L \\P \\x41 \\u00e9 \\U0001F6AB \\\t"\n', { a: '\\ " / \n \t \r \0 \x07 \b \x1b \f \v \u0085 \u00a0 \u2028 \u2029 A é 🚫 \t' }],
    ["escaped line break", 'a: "x\\\n    y \\\n  z"\n', { a: "xy z" }],
    ["multi-line double-quoted", 'a: "one\n  two  \n\n  three"\n', { a: "one two\nthree" }],
    ["literal block", "a: |\n  line 1\n    more\n\n  line 3\nb: 1\n", { a: "line 1\n  more\n\nline 3\n", b: 1 }],
    ["literal strip and keep", "a: |-\n  x\n\nb: |+\n  y\n\n\nc: 1\n", { a: "x", b: "y\n\n\n", c: 1 }],
    ["folded block", "a: >\n  one\n  two\n\n  three\n    indented\n  four\n", { a: "one two\nthree\n  indented\nfour\n" }],
    ["folded strip and keep", "a: >-\n  x\n  y\n\nb: >+\n  z\n\n", { a: "x y", b: "z\n\n" }],
    ["block scalar with comment and content like syntax", "a: |- # note\n  # not a comment\n  - not: an item\n", { a: "# not a comment\n- not: an item" }],
    ["block scalar in a sequence", "- |\n  x\n- >-\n  y\n  z\n", ["x\n", "y z"]],
    ["block scalar at the end without a line break", "a: |\n  x", { a: "x\n" }],
    ["root scalar", "hello\n", "hello"],
    ["root block scalars", "|\n  x\n", "x\n"],
    ["unindented root block scalar", ">-\na\nb\n# c\n", "a b # c"],
    ["empty document", "", null],
    ["comments only", "# one\n\n# two\n", null],
    ["only a document start", "---\n", null],
    ["merge key is a plain key in YAML 1.2", "a: 1\n<<: {b: 2}\n", { a: 1, "<<": { b: 2 } }],
    ["non-string keys", "1: a\ntrue: b\nnull: c\n1.5: d\n", { 1: "a", true: "b", "": "c", "1.5": "d" }],
    ["indented root mapping", "  a: 1\n  b: 2\n", { a: 1, b: 2 }],
    ["long key", `${"k".repeat(900)}: 1\n`, { ["k".repeat(900)]: 1 }],
    ["no final line break", "a: 1\nb: [x]", { a: 1, b: ["x"] }],
    ["unicode", "ключ: 日本語 🚫\n\"é\": \"\u2028\"\n", { ключ: "日本語 🚫", é: "\u2028" }],
  ];
  test.each(cases)("%s", (_name, text, want) => {
    const doc = parseFast(text);
    expect(doc, "parseFast gave up").toBeDefined();
    expect(same(toPlain(doc!.root), want), JSON.stringify(toPlain(doc!.root))).toBe(true);
    expect(check(text)).toBe("ok");
  });
});

describe("parseFast: gives up outside the subset", () => {
  // Valid YAML the subset leaves to the library.
  const outside: [string, string][] = [
    ["anchor", "a: &x 1\n"],
    ["alias", "a: 1\nb: *a\n"],
    ["tag", "a: !!str 1\n"],
    ["local tag", "a: !x 1\n"],
    ["directive", "%YAML 1.2\n---\na: 1\n"],
    ["tab as separator", "a:\t1\n"],
    ["second document", "a: 1\n---\nb: 2\n"],
    ["document end", "a: 1\n...\n"],
    ["explicit key", "? a\n: b\n"],
    ["plain starting with ? or : in flow", "a: [?x, :y]\n"],
    ["tab before a value", "- \tx\n"],
    ["flow key", "[a]: b\n"],
    ["flow map key", "{a: 1}: b\n"],
    ["complex key in a flow map", "m: {[a]: 1}\n"],
    ["pair in a flow sequence", "s: [a: b]\n"],
    ["indentation indicator", "a: |2\n   x\n"],
    ["block scalar header on its own line", "a:\n  |\n  x\n"],
    ["empty block scalar", "a: |\nb: 1\n"],
    ["multi-line plain in flow", "s: [a\n  b]\n"],
    ["multi-line flow key", 'm: {"a\n  b": 1}\n'],
    ["continuation line like an item", "a: b\n  - c\n"],
    ["byte order mark", "\ufeffa: 1\n"],
    ["same key text as JS keys", "1: a\n'1': b\n"],
    ["nesting deeper than 1000 levels", `${"[".repeat(5000)}${"]".repeat(5000)}`],
  ];
  test.each(outside)("%s", (_name, text) => expect(parseFast(text)).toBeUndefined());

  // Input the library reports an error or warning for.
  const invalid: [string, string][] = [
    ["tab indentation", "a:\n\tb: 1\n"],
    ["duplicate key", "a: 1\na: 2\n"],
    ["duplicate quoted key", "a: 1\n\"a\": 2\n"],
    ["duplicate flow key", "m: {a: 1, a: 2}\n"],
    ["unterminated double quote", 'a: "x\n'],
    ["unterminated single quote", "a: 'x\n"],
    ["unterminated flow", "a: [1, 2\n"],
    ["mismatched bracket", "a: [1, 2}\n"],
    ["less-indented key", "a:\n  b: 1\n c: 2\n"],
    ["more-indented key after a value", "a: 1\n  b: 2\n"],
    ["item after a mapping", "a: 1\n- b\n"],
    ["key after a sequence", "- a\nb: 1\n"],
    ["nested mapping on one line", "a: b: c\n"],
    ["sequence after a key", "a: - b\n"],
    ["missing comma", 'a: ["b" c]\n'],
    ["empty flow entry", "a: [b,,c]\n"],
    ["leading comma", "a: [,b]\n"],
    ["comment without space", 'a: "x"#c\n'],
    ["text after a quoted scalar", 'a: "x" y\n'],
    ["invalid escape", 'a: "\\q"\n'],
    ["short hex escape", 'a: "\\x4"\n'],
    ["directive character", "a: %x\n"],
    ["reserved character", "a: @x\n"],
    ["backtick", "a: `x`\n"],
    ["lone CR", "a: 1\rb: 2\n"],
    ["long implicit key", `${"k".repeat(1030)}: 1\n`],
    ["multi-line quoted key", '"a\n b": 1\n'],
    ["quoted continuation not indented", "a: 'x\ny'\n"],
    ["flow continuation not indented", "a: [x,\ny]\n"],
    ["block scalar less indented line", "a: |\n    x\n  y\n"],
    ["more-indented leading empty line", "a: |\n      \n  x\n"],
    ["key inside a multi-line plain scalar", "a: b\n  c: d\n"],
    ["closing bracket alone", "a: ]\n"],
    ["bad block scalar header", "a: |x\n  y\n"],
  ];
  test.each(invalid)("%s", (_name, text) => {
    const lib = parseDocument(text, { version: "1.2", uniqueKeys: true, strict: true });
    expect(lib.errors.length + lib.warnings.length, "the library accepts it").toBeGreaterThan(0);
    expect(parseFast(text)).toBeUndefined();
  });
});

describe("\\U escapes past U+10FFFF: a located diagnostic, never a RangeError", () => {
  // String.fromCodePoint throws past U+10FFFF; the fast parser must leave these to the
  // library, which reports them at the escape. [name, text, line:col of the diagnostic]
  const cases: [string, string, string][] = [
    ["value", 'a: "\\U00110000"\n', "1:5"],
    ["largest 8-digit escape", 'a: "x \\UFFFFFFFF"\n', "1:7"],
    ["key", '"\\U00110000": 1\n', "1:2"],
    ["flow sequence entry", "a: [x, \"\\U00110000\"]\n", "1:9"],
    ["multi-line value", 'a:\n  b: "one\n    \\U00110000"\n', "3:5"],
  ];
  test.each(cases)("%s", (_name, text, at) => {
    expect(parseFast(text)).toBeUndefined();
    const bag = new DiagnosticBag();
    expect(parseYaml("f.yaml", text, bag)).toBeUndefined();
    expect(bag.items.map((d) => `${d.code} ${d.loc?.line}:${d.loc?.col} ${d.message}`)).toEqual([`LS001 ${at} Invalid escape sequence ${/\\U[0-9A-F]{8}/.exec(text)![0]}`]);
  });

  test("U+10FFFF itself is accepted", () => {
    expect(check('a: "\\U0010FFFF"\n')).toBe("ok");
    expect(toPlain(parseFast('a: "\\U0010FFFF"\n')!.root)).toEqual({ a: "\u{10FFFF}" });
  });
});

test("parseFast resolves plain scalars exactly as the library (YAML 1.2 core schema)", () => {
  const plain = [
    "0", "1", "-1", "+1", "-0", "012", "007", "0o17", "0o8", "0x1F", "0xff", "0x", "0xg", "1.10", "1.", ".5", "-.5", "+.5",
    "1e3", "1E-3", "-1.5e+3", ".5e2", "1.e2", "1e", "e3", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", ".NAN", "-.nan", "nan",
    "inf", "12345678901234567890", "9007199254740993", "0.1000000000000000055511151231257827", "1_000", "1:30", "0b101",
    "2021-01-01", "1.2.3", "+", "-x", ".", "~", "null", "Null", "NULL", "nUll", "true", "True", "TRUE", "tRue", "false",
    "False", "FALSE", "yes", "no", "on", "off", "y", "n", "<<", "=",
  ];
  for (const s of plain) {
    const root = parseFast(`v: ${s}\n`)?.root;
    expect(root?.kind, s).toBe("map");
    const scalar = root?.kind === "map" ? root.items[0]?.value : undefined;
    const want = (parse(`v: ${s}\n`, { version: "1.2" }) as { v: unknown }).v;
    expect(scalar?.kind === "scalar" && Object.is(scalar.value, want), `${s}: ${String(scalar?.kind === "scalar" && scalar.value)} vs ${String(want)}`).toBe(true);
  }
});

describe("parseFast: the repository's YAML files", () => {
  const files: string[] = ["lockstep.config.yaml"];
  for (const dir of ["test/fixtures", "spec"]) {
    for (const f of readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })) if (f.endsWith(".yaml")) files.push(join(dir, f));
  }
  test("are found: the example spec and the fixtures, at least 40 files", () => {
    expect(files.filter((f) => f.startsWith("spec/")).length).toBeGreaterThanOrEqual(10);
    expect(files.length).toBeGreaterThanOrEqual(40);
  });
  test.each(files)("%s", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    expect(check(text)).toBe("ok");
    expect(check(text.replace(/\n/g, "\r\n"))).toBe("ok");
  });
});

describe("parseFast: generated documents", () => {
  // A small seeded PRNG (mulberry32) with a fixed seed per test, printed with its
  // figures, so every run sees the same documents and a failure reproduces. Each test
  // has a floor of documents the fast path must accept (a fast parser that gave up on
  // everything would agree with the library trivially); the floors sit a little under
  // the figures measured when they were set (1,465 / 1,819 / 1,383).
  const rng = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  type Rng = () => number;
  const pick = <T,>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const FRAGMENTS = [
    "a", "word", "x y", "Some text.", " ", "  ", "'", '"', "\\", "\\n", "#", " #", "# ", ": ", ":", "- ", "-", "?", ",", "[", "]",
    "{", "}", "|", ">", "*", "&", "!", "%", "@", "`", "é", "日本", "🚫", "\u2028", "\u0085", "\n", "\n\n", "\t", "1", "1.0", "-2",
    "true", "null", "~", "0x1F", ".inf", "---", "...", "<<", "https://x.example/a#b", "long-word-".repeat(6),
  ];
  const text = (r: Rng, max: number): string => Array.from({ length: Math.floor(r() * max) }, () => pick(r, FRAGMENTS)).join("");
  const scalar = (r: Rng): unknown => {
    const k = r();
    if (k < 0.55) return text(r, 7);
    if (k < 0.65) return pick(r, ["name", "status", "description", "type", "string", "x"]);
    if (k < 0.75) return pick(r, [0, 1, -1, 422, 1.5, -0.25, 1e21, 2 ** 53 + 2, -0, NaN, Infinity, -Infinity]);
    if (k < 0.85) return r() < 0.5;
    return null;
  };
  const value = (r: Rng, depth: number): unknown => {
    const k = r();
    if (depth > 3 || k < 0.4) return scalar(r);
    const n = Math.floor(r() * 5);
    if (k < 0.65) return Array.from({ length: n }, () => value(r, depth + 1));
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) out[r() < 0.7 ? pick(r, ["name", "status", "a b", "x"]) + String(i) : text(r, 3)] = value(r, depth + 1);
    return out;
  };
  /** Stringified with random options, some collections in flow style. */
  const varied = (r: Rng, data: unknown): string => {
    const doc = new Document(data, { version: "1.2" });
    const mark = (node: unknown): void => {
      if (isMap(node) || isSeq(node)) {
        if (r() < 0.25) node.flow = true;
        for (const item of node.items) mark(isPair(item) ? item.value : item);
      }
    };
    mark(doc.contents);
    const types = [Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE, Scalar.BLOCK_LITERAL, Scalar.BLOCK_FOLDED] as const;
    const options: ToStringOptions = {
      defaultStringType: pick(r, types),
      defaultKeyType: pick(r, [null, Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE] as const),
      lineWidth: pick(r, [0, 20, 40, 80]),
      minContentWidth: pick(r, [0, 20]),
      indent: pick(r, [2, 3, 4]),
      indentSeq: r() < 0.5,
      collectionStyle: pick(r, ["any", "any", "block", "flow"] as const),
      flowCollectionPadding: r() < 0.5,
      doubleQuotedAsJSON: r() < 0.2,
      nullStr: pick(r, ["null", "~", ""]),
    };
    return doc.toString(options);
  };
  const MUTATIONS = [" ", "  ", "\n", ":", ": ", "-", "- ", "#", " #", "'", '"', "\\", "[", "]", "{", "}", ",", "\t", "|", ">", "?", "&", "*", "!", "a"];
  const mutate = (r: Rng, source: string): string => {
    let s = source;
    for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
      const at = Math.floor(r() * (s.length + 1));
      const op = r();
      if (op < 0.5) s = s.slice(0, at) + pick(r, MUTATIONS) + s.slice(at);
      else if (op < 0.8) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 2));
      else {
        const lines = s.split("\n");
        const i = Math.floor(r() * lines.length);
        if (op < 0.9) lines.splice(i, 0, lines[i]!);
        else lines[i] = r() < 0.5 ? ` ${lines[i]}` : lines[i]!.replace(/^ {1,2}/, "");
        s = lines.join("\n");
      }
    }
    return s;
  };

  test("the library's default stringify output: equivalent, and at least 1,450 of 1,500 accepted", () => {
    const r = rng(1);
    let accepted = 0;
    const N = 1500;
    for (let i = 0; i < N; i++) if (check(new Document(value(r, 0), { version: "1.2" }).toString()) === "ok") accepted++;
    console.info(`parseFast accepted ${accepted} of ${N} default-stringified documents (${((100 * accepted) / N).toFixed(1)}%, seed 1)`);
    expect(accepted).toBeGreaterThanOrEqual(1450);
  });

  test("stringify output with varied options and flow collections: undefined or equivalent, at least 1,750 of 2,000 accepted", () => {
    const r = rng(2);
    let accepted = 0;
    const N = 2000;
    for (let i = 0; i < N; i++) if (check(varied(r, value(r, 0))) === "ok") accepted++;
    console.info(`parseFast accepted ${accepted} of ${N} documents stringified with varied options (seed 2)`);
    expect(accepted).toBeGreaterThanOrEqual(1750);
  });

  test("mutated documents: undefined or equivalent (never accepts what the library rejects), at least 1,300 of 3,000 accepted", () => {
    const r = rng(3);
    let accepted = 0;
    const N = 3000;
    for (let i = 0; i < N; i++) if (check(mutate(r, varied(r, value(r, 0)))) === "ok") accepted++;
    console.info(`parseFast accepted ${accepted} of ${N} mutated documents (seed 3)`);
    expect(accepted).toBeGreaterThanOrEqual(1300);
  });

  test("the pre-scan refuses none of the stringified documents", () => {
    const r = rng(4);
    for (let i = 0; i < 1500; i++) {
      const doc = i % 2 ? varied(r, value(r, 0)) : new Document(value(r, 0), { version: "1.2" }).toString();
      expect([doc, prescan(doc)]).toEqual([doc, undefined]);
    }
  });
});

describe("prescan: directives and nesting depth, before the library parses", () => {
  const deepFlow = (d: number) => `a: ${"[".repeat(d)}${"]".repeat(d)}\n`;
  const deepBlock = (d: number) => Array.from({ length: d }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n") + " 1\n";
  const deepSeq = (d: number) => `${"- ".repeat(d)}x\n`;
  const cases: [string, string, ReturnType<typeof prescan>][] = [
    ["plain document", "a: 1\nb: [1, {c: d}]\n", undefined],
    ["%YAML directive", "%YAML 1.1\n---\na: yes\n", { code: "LS004", offset: 0, message: "YAML directives are not supported: spec files are YAML 1.2" }],
    ["%TAG directive", "%TAG ! tag:x,2000:\n---\na: 1\n", { code: "LS004", offset: 0, message: "YAML directives are not supported: spec files are YAML 1.2" }],
    ["% inside a block scalar", "a: |\n  %x\n%YAML\n", { code: "LS004", offset: 10, message: "YAML directives are not supported: spec files are YAML 1.2" }],
    ["% in quoted and block text", 'a: "x\n%y"\nb: |\n %z\n', undefined],
    ["flow at the limit", deepFlow(MAX_NESTING - 1), undefined],
    ["flow past the limit", deepFlow(MAX_NESTING), { code: "LS001", offset: 3 + MAX_NESTING - 1, message: `nesting deeper than ${MAX_NESTING} levels` }],
    ["brackets in plain, quoted and comment text", `a: x${"[".repeat(2000)}\nb: '${"{".repeat(2000)}'\nc: "${"[".repeat(2000)}" # ${"[".repeat(2000)}\n`, undefined],
    ["brackets in a block scalar", `a: >\n  ${"[".repeat(2000)}\nb: 1\n`, undefined],
    ["block at the limit", deepBlock(MAX_NESTING), undefined],
    ["block past the limit", deepBlock(MAX_NESTING + 1), { code: "LS001", offset: deepBlock(MAX_NESTING + 1).lastIndexOf("k"), message: `nesting deeper than ${MAX_NESTING} levels` }],
    ["compact sequences past the limit", deepSeq(MAX_NESTING + 1), { code: "LS001", offset: 2 * (MAX_NESTING + 1), message: `nesting deeper than ${MAX_NESTING} levels` }],
  ];
  test.each(cases)("%s", (_name, text, want) => expect(prescan(text)).toEqual(want));

  test("parseYaml reports both, located, and never overflows the library's stack", () => {
    for (const [text, want] of [
      ["%YAML 1.1\n---\na: yes\n", "LS004 1:1 YAML directives are not supported: spec files are YAML 1.2"],
      [`x: &a 1\n${deepFlow(100_000)}`, `LS001 2:${4 + MAX_NESTING - 1} nesting deeper than ${MAX_NESTING} levels`],
      [deepFlow(100_000), `LS001 1:${4 + MAX_NESTING - 1} nesting deeper than ${MAX_NESTING} levels`],
    ]) {
      const bag = new DiagnosticBag();
      expect(parseYaml("f.yaml", text!, bag)).toBeUndefined();
      expect(bag.items.map((d) => `${d.code} ${d.loc?.line}:${d.loc?.col} ${d.message}`)).toEqual([want]);
    }
    // Just under the limit, on the library's path (an anchor sends it there): parsed, anchor refused.
    const bag = new DiagnosticBag();
    parseYaml("f.yaml", `x: &a 1\n${deepFlow(MAX_NESTING - 2)}`, bag);
    expect(bag.items.map((d) => d.message)).toEqual(["YAML anchors and aliases are not allowed in spec files"]);
  });
});
