// The OpenAPI serialisers (src/openapi/yaml-emit.ts, json-emit.ts, inline-json.ts, text.ts),
// exact: which strings stay plain in YAML, how each value is quoted or escaped, block and
// inline layout, long keys, and agreement with JSON.stringify / the yaml library.
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { inlineJson, InlineJson, jsonText, quoted } from "../../src/openapi/inline-json.js";
import { asciiJson, emitJson as jsonBytes } from "../../src/openapi/json-emit.js";
import { oneLine } from "../../src/openapi/text.js";
import { FLUSH_AT, TextSink } from "../../src/generate/text-sink.js";
import { emitYaml as yamlBytes, yamlScalar, yamlString } from "../../src/openapi/yaml-emit.js";

// The emitters write bytes; these tables compare their text.
const emitJson = (value: unknown, plain?: ReadonlySet<object>): string => jsonBytes(value, plain).toString("utf8");
const emitYaml = (value: unknown): string => yamlBytes(value).toString("utf8");

describe("yamlString: plain only where every YAML parser reads a string", () => {
  const plain = ["a", "Z", "_a", "$ref", "/path/x", "a b", "a b c", "x1", "a.b-c/d_e", "a+b=c;d,e!f?g*h&i%j@k~l<m>n`o(p)q", "yesno", "nulls", "trueish", "CodeX"];
  test.each(plain)("%j is plain", (s) => {
    expect(yamlString(s)).toBe(s);
    expect(parse(`k: ${s}\n`)).toEqual({ k: s });
  });
  const quotedCases: [string, string][] = [
    ["", '""'],
    ["1abc", '"1abc"'],
    ["0", '"0"'],
    ["9x", '"9x"'],
    [".a", '".a"'],
    ["+a", '"+a"'],
    ["(a", '"(a"'],
    [")a", '")a"'],
    ["=a", '"=a"'],
    [";a", '";a"'],
    [",a", '",a"'],
    ["!a", '"!a"'],
    ["?a", '"?a"'],
    ["*a", '"*a"'],
    ["&a", '"&a"'],
    ["%a", '"%a"'],
    ["@a", '"@a"'],
    ["~", '"~"'],
    ["<a", '"<a"'],
    [">a", '">a"'],
    ["`a", '"`a"'],
    ["-a", '"-a"'],
    [":a", '":a"'],
    ["#a", '"#a"'],
    ["'a", "\"'a\""],
    ["[a", '"[a"'],
    ["{a", '"{a"'],
    ["|a", '"|a"'],
    [" a", '" a"'],
    ["éa", '"éa"'],
    ["a:b", '"a:b"'],
    ["a#b", '"a#b"'],
    ["a'b", "\"a'b\""],
    ['a"b', '"a\\"b"'],
    ["a\\b", '"a\\\\b"'],
    ["a[b", '"a[b"'],
    ["a}b", '"a}b"'],
    ["a|b", '"a|b"'],
    ["aé", '"aé"'],
    ["a\u007f", '"a\\u007f"'],
    ["a\tb", '"a\\tb"'],
    ["a ", '"a "'],
    ["a  b", '"a  b"'],
    ["a b ", '"a b "'],
    ["true", '"true"'],
    ["False", '"False"'],
    ["NULL", '"NULL"'],
    ["yes", '"yes"'],
    ["No", '"No"'],
    ["on", '"on"'],
    ["OFF", '"OFF"'],
    ["y", '"y"'],
    ["N", '"N"'],
  ];
  test.each(quotedCases)("%j is quoted as %s", (s, want) => {
    expect(yamlString(s)).toBe(want);
    expect(parse(`k: ${want}\n`)).toEqual({ k: s });
  });
});

describe("yamlScalar", () => {
  test("numbers, booleans and null", () => {
    expect([1, 1.5, -2, 1e21, 0, -0, true, false, null].map(yamlScalar)).toEqual(["1", "1.5", "-2", "1e+21", "0", "0", "true", "false", "null"]);
    expect(yamlScalar("x y")).toBe("x y");
  });
  test("what JSON cannot hold is an error", () => {
    expect(() => yamlScalar(NaN)).toThrow("cannot emit NaN as JSON-compatible YAML");
    expect(() => yamlScalar(-Infinity)).toThrow("cannot emit -Infinity as JSON-compatible YAML");
    expect(() => yamlScalar(undefined)).toThrow("cannot emit a undefined as YAML");
    expect(() => yamlScalar(1n)).toThrow("cannot emit a bigint as YAML");
  });
});

describe("emitYaml: layout", () => {
  test("top-level scalars, empty collections and inline JSON", () => {
    expect(emitYaml("x")).toBe("x\n");
    expect(emitYaml(null)).toBe("null\n");
    expect(emitYaml(3)).toBe("3\n");
    expect(emitYaml([])).toBe("[]\n");
    expect(emitYaml({})).toBe("{}\n");
    expect(emitYaml({ a: undefined })).toBe("{}\n");
    expect(emitYaml(new InlineJson('{"a": 1}'))).toBe('{"a": 1}\n');
  });

  test("flat and nested block collections", () => {
    const value = {
      a: [1, { b: "x y" }],
      "c:d": true,
      e: { f: [], g: {}, h: { i: null }, gone: undefined },
      j: ["p", "q"],
      k: [[1, 2], [], [{ l: 1, m: [3] }]],
      n: inlineJson({ o: "é" }),
      u: undefined,
      v: [undefined],
    };
    expect(emitYaml(value)).toBe(
      [
        "a:",
        "  - 1",
        "  - b: x y",
        '"c:d": true',
        "e:",
        "  f: []",
        "  g: {}",
        "  h:",
        "    i: null",
        "j:",
        "  - p",
        "  - q",
        "k:",
        "  - - 1",
        "    - 2",
        "  - []",
        "  - - l: 1",
        "      m:",
        "        - 3",
        '"n": {"o": "é"}',
        "v:",
        "  - null",
        "",
      ].join("\n"),
    );
    expect(parse(emitYaml(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  test("a flat top-level mapping and sequence", () => {
    expect(emitYaml({ a: 1, b: "two", c: [] })).toBe("a: 1\nb: two\nc: []\n");
    expect(emitYaml(["a", 2, null])).toBe("- a\n- 2\n- null\n");
    expect(emitYaml([{ a: 1, b: 2 }, { c: { d: 1 } }])).toBe("- a: 1\n  b: 2\n- c:\n    d: 1\n");
  });

  test("deep nesting indents two spaces a level", () => {
    let value: unknown = "x";
    for (let i = 9; i >= 0; i--) value = { [`k${i}`]: value, s: i };
    const text = emitYaml(value);
    expect(text.split("\n").slice(0, 4)).toEqual(["k0:", "  k1:", "    k2:", "      k3:"]);
    expect(text).toContain(`\n${" ".repeat(18)}k9: x\n${" ".repeat(18)}s: 9\n`);
    expect(parse(text)).toEqual(value);
  });

  test("repeated and long strings are written the same each time (the per-document cache)", () => {
    const long = "w".repeat(65);
    const longQuoted = "1" + "w".repeat(70);
    const value = { a: ["true", "true", long, long, longQuoted, longQuoted], b: { true: "x", c: "true" } };
    expect(emitYaml(value)).toBe(`a:\n  - "true"\n  - "true"\n  - ${long}\n  - ${long}\n  - "${longQuoted}"\n  - "${longQuoted}"\nb:\n  "true": x\n  c: "true"\n`);
  });

  test("a key longer than YAML's 1,024-character implicit key limit is an explicit key", () => {
    const at = "k".repeat(1024);
    const over = "k".repeat(1025);
    expect(emitYaml({ [at]: 1 })).toBe(`${at}: 1\n`);
    expect(emitYaml({ [over]: 1 })).toBe(`? ${over}\n: 1\n`);
    expect(emitYaml({ a: { [over]: { b: 2 } } })).toBe(`a:\n  ? ${over}\n  :\n    b: 2\n`);
    expect(emitYaml({ x: 0, [over]: [1, { y: 1 }] })).toBe(`x: 0\n? ${over}\n:\n  - 1\n  - "y": 1\n`);
    const quotedOver = "1".repeat(1023);
    expect(emitYaml({ [quotedOver]: 1 })).toBe(`? "${quotedOver}"\n: 1\n`);
    for (const v of [{ [over]: 1 }, { a: { [over]: { b: 2 } } }, { [quotedOver]: 1 }]) expect(parse(emitYaml(v))).toEqual(v);
  });
});

describe("emitJson", () => {
  const samples: unknown[] = [
    null,
    0,
    "x",
    [],
    {},
    [1, [2, [3, []]], {}],
    { a: [1, "two", null, true], b: { c: { d: [] } }, e: {}, f: [{ g: 1 }, { h: [{}] }] },
    { "key with \"quotes\"": "a\\b\n\t", n: -1.5e-7 },
  ];
  test.each(samples.map((s) => [JSON.stringify(s), s]))("%s is written as JSON.stringify(value, null, 2) writes it", (_name, value) => {
    expect(emitJson(value)).toBe(JSON.stringify(value, null, 2) + "\n");
  });

  test("undefined members are left out, undefined items are null", () => {
    expect(emitJson({ a: undefined, b: [undefined, 1], c: { d: undefined } })).toBe('{\n  "b": [\n    null,\n    1\n  ],\n  "c": {}\n}\n');
    expect(emitJson(undefined)).toBe("null\n");
  });

  test("inline JSON stays on its line; non-ASCII characters are escaped", () => {
    expect(emitJson({ a: [1], b: inlineJson({ c: "é" }) })).toBe('{\n  "a": [\n    1\n  ],\n  "b": {"c": "\\u00e9"}\n}\n');
    expect(emitJson({ "ключ": ["日本 🚫"] })).toBe('{\n  "\\u043a\\u043b\\u044e\\u0447": [\n    "\\u65e5\\u672c \\ud83d\\udeab"\n  ]\n}\n');
    expect(emitJson([inlineJson({ a: 1 }), { b: inlineJson([1, 2]) }])).toBe('[\n  {"a": 1},\n  {\n    "b": [1, 2]\n  }\n]\n');
  });

  test("subtrees in the plain set take JSON.stringify and are re-indented at their depth", () => {
    const inner = { x: [1, { y: "z" }], e: "é" };
    const value = { a: { b: inner }, c: [inner] };
    const text = emitJson(value, new Set([inner]));
    expect(text).toBe(JSON.stringify(value, null, 2).replace(/é/g, "\\u00e9") + "\n");
    expect(text).toContain('\n    "b": {\n      "x": [\n        1,');
  });

  test("what JSON cannot hold is an error", () => {
    expect(() => emitJson({ f: () => 1 })).toThrow("cannot write a function as JSON");
    expect(() => emitJson([Symbol("s")])).toThrow("cannot write a symbol as JSON");
  });

  test("asciiJson escapes each non-ASCII UTF-16 unit as four lower-case hex digits", () => {
    expect(asciiJson("plain \u007f")).toBe("plain \u007f");
    expect(asciiJson("\u0080 é \u2028 \uffff 🚫")).toBe("\\u0080 \\u00e9 \\u2028 \\uffff \\ud83d\\udeab");
    expect(asciiJson("")).toBe("");
  });
});

describe("inline JSON: one line, YAML-safe", () => {
  test("quoted: printable ASCII as is, everything else JSON-escaped, and what YAML must not see raw as \\u escapes", () => {
    expect(quoted("a b ~ [x] {y} #z 'q'")).toBe("\"a b ~ [x] {y} #z 'q'\"");
    expect(quoted("")).toBe('""');
    expect(quoted('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quoted("a\nb\t\u0001")).toBe('"a\\nb\\t\\u0001"');
    expect(quoted("é 日本")).toBe('"é 日本"');
    expect(quoted("\u007f\u0085\u009f\u2028\u2029\ufeff\ufffe\uffff")).toBe('"\\u007f\\u0085\\u009f\\u2028\\u2029\\ufeff\\ufffe\\uffff"');
    expect(quoted("x\u00a0\u2027\u202a\ufffd")).toBe('"x\u00a0\u2027\u202a\ufffd"');
    for (const s of ["\u007f x \u2028", "a\"\u0085", "\ufeff"]) {
      expect(JSON.parse(quoted(s))).toBe(s);
      expect(parse(`k: ${quoted(s)}\n`)).toEqual({ k: s });
    }
  });

  test("jsonText: `: ` and `, ` separators, undefined members left out, undefined items null", () => {
    expect(jsonText({ a: 1, b: [true, null, "x"], c: undefined, d: { e: -0, f: 1.5 }, g: [undefined], h: {} , i: [] })).toBe(
      '{"a": 1, "b": [true, null, "x"], "d": {"e": 0, "f": 1.5}, "g": [null], "h": {}, "i": []}',
    );
    expect(jsonText({ u: undefined, v: 1 })).toBe('{"v": 1}');
    expect(jsonText({ "k\"": "\u2028" })).toBe('{"k\\"": "\\u2028"}');
    expect(jsonText(false)).toBe("false");
    expect(jsonText(null)).toBe("null");
    expect(jsonText(12)).toBe("12");
  });

  test("jsonText: what JSON cannot hold is an error", () => {
    expect(() => jsonText(Infinity)).toThrow("cannot write Infinity as JSON");
    expect(() => jsonText(NaN)).toThrow("cannot write NaN as JSON");
    expect(() => jsonText(undefined)).toThrow("cannot write a undefined as JSON");
    expect(() => jsonText({ f: () => 1 })).toThrow("cannot write a function as JSON");
  });

  test("an InlineJson value is its plain value to JSON.stringify", () => {
    const v = inlineJson({ a: [1, { b: "c" }] });
    expect(v.text).toBe('{"a": [1, {"b": "c"}]}');
    expect(JSON.stringify({ x: v })).toBe('{"x":{"a":[1,{"b":"c"}]}}');
  });
});

describe("oneLine and TextSink", () => {
  test("oneLine trims, and joins non-empty lines with one space", () => {
    expect(oneLine("  one line  ")).toBe("one line");
    expect(oneLine("  first  \n\n   second line \n  \n third  ")).toBe("first second line third");
    expect(oneLine("a\nb")).toBe("a b");
    expect(oneLine("")).toBe("");
  });

  test("TextSink joins its pieces in order", () => {
    const sink = new TextSink();
    expect(sink.bytes().toString("utf8")).toBe("");
    for (const p of ["a", "", "b\n", "c"]) sink.write(p);
    expect(sink.bytes().toString("utf8")).toBe("ab\nc");
  });

  test("TextSink encodes as it goes: its bytes are the whole text's, a surrogate pair split between pieces included", () => {
    const big = "é".repeat(FLUSH_AT - 1); // one character short of a flush
    const sink = new TextSink();
    const pieces = [big, "\ud83d", "\ude00 after", "x".repeat(FLUSH_AT), "\u{1F600}", "end", "\ud83d"];
    for (const p of pieces) sink.write(p);
    const whole = pieces.join("");
    expect(sink.bytes().equals(Buffer.from(whole, "utf8"))).toBe(true);
    const again = new TextSink();
    for (const p of pieces) again.write(p);
    expect(again.bytes().toString("utf8")).toBe(whole.replace(/\ud83d$/, "\ufffd"));
  });

  test("TextSink's bytes equal the whole text's for pieces of every size, across many encoded chunks", () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const alphabet = ["a", "é", "\u2028", "\u{1F600}", "\ud83d", "\ude00", "\n"];
    const pieces: string[] = [];
    for (let total = 0; total < 6 * 2 ** 20; ) {
      const size = [0, 1, 3, 100, FLUSH_AT - 1, FLUSH_AT, 3 * FLUSH_AT][random(7)]!;
      const piece = Array.from({ length: Math.min(size, 64) }, () => alphabet[random(alphabet.length)]).join("").repeat(Math.max(1, Math.ceil(size / 64)));
      pieces.push(piece);
      total += piece.length;
    }
    const sink = new TextSink();
    for (const p of pieces) sink.write(p);
    expect(sink.bytes().equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
  });
});
