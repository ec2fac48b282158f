// Exact-match tables for Python escaping (src/escape/python.ts).
import { describe, expect, it } from "vitest";
import { pyComment, pyConst, pyDocstring, pyKwargs, pyLiteralType, pyNames, pyString, pyTuple, type PyValue, tomlString } from "../../src/escape/python.js";

describe("pyString", () => {
  it.each([
    ["plain", '"plain"'],
    ["", '""'],
    ['a"b', `'a"b'`],
    ["it's", `"it's"`],
    [`a"b"'`, `'a"b"\\''`],
    [`a"b'`, `"a\\"b'"`],
    ["a\\d", '"a\\\\d"'],
    ["\n\r\t", '"\\n\\r\\t"'],
    ["\u0000\u001f\u007f\u0080\u009f", '"\\x00\\x1f\\x7f\\x80\\x9f"'],
    ["\u00a0\u00ff", '"\u00a0\u00ff"'],
    ["\u2028\u2029", '"\\u2028\\u2029"'],
    ["\u200B\u200F\uFEFF\u202A\u202E\u2060\u2064\u2066\u2069", '"\\u200b\\u200f\\ufeff\\u202a\\u202e\\u2060\\u2064\\u2066\\u2069"'],
    ["\u200A\u2010\u2065\u206A", '"\u200A\u2010\u2065\u206A"'],
    ["\uD800", '"\\ud800"'],
    ["\uDC00", '"\\udc00"'],
    ["a\uDBFF", '"a\\udbff"'],
    ["😀", '"😀"'],
    ["\u0100", '"\u0100"'],
    ["x\u0085", '"x\\x85"'],
    ["x\u001Fy", '"x\\x1fy"'],
  ])("%j → %s", (given, want) => {
    expect(pyString(given)).toBe(want);
  });
});

describe("pyDocstring", () => {
  it.each([
    [["one"], "    ", '"""one"""'],
    [[""], "    ", '""""""'],
    [["  ", ""], "    ", '""""""'],
    [["a", "b"], "    ", '"""a\n\n    b\n    """'],
    [["a", " ", "b"], "", '"""a\n\nb\n"""'],
    [["a\nb"], "    ", '"""a\n    b\n    """'],
    [['ends "'], "    ", '"""ends \\""""'],
    [['ends ""'], "    ", '"""ends \\"\\""""'],
    [['x"""'], "", '"""x\\"\\"\\""""'],
    [['""""'], "", '"""\\"\\"\\"\\""""'],
    [['a\\"'], "", '"""a\\\\\\""""'],
    [["a\\"], "", '"""a\\\\"""'],
    [['q"""q"'], "", '"""q\\"\\"\\"q\\""""'],
    [['a """ b'], "    ", '"""a \\"\\"\\" b"""'],
    [['a "" b', "x"], "    ", '"""a "" b\n\n    x\n    """'],
    [['a """\nb"'], "", '"""a \\"\\"\\"\nb"\n"""'],
    [["a\\b\tc\u0085d"], "    ", '"""a\\\\b\\tc\n    d\n    """'],
    [["\u0080x\u009f\u00a0"], "    ", '"""\\x80x\\x9f"""'],
    [["\u0080x\u009fy"], "    ", '"""\\x80x\\x9fy"""'],
    [["\n\nlead"], "    ", '"""lead"""'],
    [["trail\n\n"], "    ", '"""trail"""'],
    [["x\uD800"], "    ", '"""x\uFFFD"""'],
    [["a\n\nb"], "\t", '"""a\n\n\tb\n\t"""'],
    [['x "'], "", '"""x \\""""'],
  ] as [string[], string, string][])("%j at %j", (given, indent, want) => {
    expect(pyDocstring(given, indent)).toBe(want);
  });
});

describe("pyComment", () => {
  it.each([
    [undefined, "", ""],
    ["", "", ""],
    ["  \n", "", ""],
    ["one", "", "# one\n"],
    [" one ", "", "# one\n"],
    ["a\n\nb", "  ", "  # a\n  #\n  # b\n"],
    ["# ruff: noqa", "", "# \uFF03 ruff: noqa\n"],
    ["a # b # c", "", "# a \uFF03 b \uFF03 c\n"],
    ["mypy: ignore", "", "# > mypy: ignore\n"],
    ["x\n  type: ignore", "", "# x\n# >   type: ignore\n"],
    ["-*- coding: utf-8 -*-", "", "# -*- coding : utf-8 -*-\n"],
    ["coding=latin-1 coding:x", "", "# coding =latin-1 coding :x\n"],
    ["Fmt: off", "", "# > Fmt: off\n"],
    ["noqa", "", "# > noqa\n"],
    ["x noqa", "", "# x noqa\n"],
    ["pragma no cover", "", "# > pragma no cover\n"],
    ["typed", "", "# typed\n"],
    ["isort", "", "# > isort\n"],
    ["pyright:", "", "# > pyright:\n"],
    ["pylint:", "", "# > pylint:\n"],
    ["ruff", "", "# > ruff\n"],
    ["flake8", "", "# > flake8\n"],
    ["yapf", "", "# > yapf\n"],
    ["type", "", "# > type\n"],
    ["\uD800", "", "# \uFFFD\n"],
  ] as [string | undefined, string, string][])("%j", (given, indent, want) => {
    expect(pyComment(given, indent)).toBe(want);
  });
});

describe("tomlString", () => {
  it.each([
    ["plain", '"plain"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ["\n\t\r\u0000\u001f\u007f", '"\\n\\t\\r\\u0000\\u001f\\u007f"'],
    ["\u200B\uFEFF", '"\\u200b\\ufeff"'],
    ["\u2028\u2029", '"\\u2028\\u2029"'],
    ["\uD800", '"\uFFFD"'],
    ["\u0080 é", '"\u0080 é"'],
    ["", '""'],
  ])("%j → %s", (given, want) => {
    expect(tomlString(given)).toBe(want);
  });
});

describe("literals", () => {
  it("pyTuple", () => {
    expect(pyTuple([])).toBe("()");
    expect(pyTuple([429])).toBe("(429,)");
    expect(pyTuple(["x"])).toBe('("x",)');
    expect(pyTuple(["error", "code"])).toBe('("error", "code")');
    expect(pyTuple([1, "a"])).toBe('(1, "a")');
    expect(() => pyTuple([1.5])).toThrow(new Error("not an integer: 1.5"));
    expect(() => pyTuple([2 ** 60])).toThrow(new Error("not an integer: 1152921504606847000"));
  });
  it("pyLiteralType", () => {
    expect(pyLiteralType([])).toBe("str");
    expect(pyLiteralType(["a"])).toBe('Literal["a"]');
    expect(pyLiteralType(["a", 'b"'])).toBe(`Literal["a", 'b"']`);
  });
  it.each([
    [null, "None"],
    [true, "True"],
    [false, "False"],
    ["x", '"x"'],
    [3, "3"],
    [1.5, "1.5"],
    [1e21, "1e+21"],
    [-2, "-2"],
  ] as [string | number | boolean | null, string][])("pyConst(%j) → %s", (given, want) => {
    expect(pyConst(given)).toBe(want);
  });
  it("pyConst rejects non-finite numbers", () => {
    expect(() => pyConst(Infinity)).toThrow(new Error("not a finite number: Infinity"));
    expect(() => pyConst(NaN)).toThrow(new Error("not a finite number: NaN"));
  });
  it("pyNames", () => {
    expect(pyNames(["Literal", "cast", "_x9"])).toBe("Literal, cast, _x9");
    expect(pyNames([])).toBe("");
    for (const n of ["9a", "a-b", "", "a b", "a\n"]) expect(() => pyNames([n])).toThrow(new Error(`not a Python name: ${JSON.stringify(n)}`));
  });
});

describe("pyKwargs", () => {
  it("one exploded line per argument", () => {
    const args: { name: string; value: PyValue }[] = [
      { name: "code", value: { ref: "ErrorCode.MATCH" } },
      { name: "status", value: [400, 401] },
      { name: "title", value: "Hi" },
      { name: "retry_x", value: null },
      { name: "_n", value: 3 },
      { name: "b", value: true },
    ];
    expect(pyKwargs(args, "    ")).toBe('    code=ErrorCode.MATCH,\n    status=(400, 401),\n    title="Hi",\n    retry_x=None,\n    _n=3,\n    b=True,\n');
    expect(pyKwargs([], "  ")).toBe("");
    expect(pyKwargs([{ name: "x", value: { ref: "_A.b_9.C" } }, { name: "y", value: [] }], "")).toBe("x=_A.b_9.C,\ny=(),\n");
  });
  it.each([
    [{ name: "Bad", value: 1 }, 'not a keyword argument name: "Bad"'],
    [{ name: "a-b", value: 1 }, 'not a keyword argument name: "a-b"'],
    [{ name: "9", value: 1 }, 'not a keyword argument name: "9"'],
    [{ name: "x\n", value: 1 }, 'not a keyword argument name: "x\\n"'],
    [{ name: "x", value: { ref: "a..b" } }, 'not a Python reference: "a..b"'],
    [{ name: "x", value: { ref: "9a" } }, 'not a Python reference: "9a"'],
    [{ name: "x", value: { ref: "" } }, 'not a Python reference: ""'],
    [{ name: "x", value: { ref: "a.b c" } }, 'not a Python reference: "a.b c"'],
    [{ name: "x", value: { ref: "a." } }, 'not a Python reference: "a."'],
  ] as { name: string; value: PyValue }[][])("rejects %j", (arg, message) => {
    expect(() => pyKwargs([arg as { name: string; value: PyValue }], "")).toThrow(new Error(message as unknown as string));
  });
});
