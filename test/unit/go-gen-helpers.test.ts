// The template helpers of the go generator (generators/go.ts), called as its templates
// call them: the guards that refuse what is not a Go type, a JSON member name or a go.mod
// token (so a bad value fails generation instead of writing broken Go), envelope constants
// as Go literals, and the metadata row, JSON path and doc comment texts.
import { expect, test } from "vitest";
import go from "../../generators/go.js";

type Helper = (...args: unknown[]) => unknown;
const helper = (name: string): Helper => (go.helpers as Record<string, Helper>)[name]!;

test("the helpers the templates may call", () => {
  expect(Object.keys(go.helpers!)).toEqual(["goString", "goComment", "goLineComment", "goInfo", "goPath", "goLiteral", "goType", "goTag", "goModText"]);
});

test.each(["int", "X9", "*XDetails", "[]string", "map[string]int", "*[]map[string]X", "[][]float64", "map[string]map[string]bool"])("goType keeps %j", (type) => {
  expect(helper("goType")(type)).toBe(type);
});

test.each(["", "1x", "[]", "*", "map[int]X", "map[string]", "x y", "x\n", "X_y", "[2]int", "**"])("goType refuses %j", (type) => {
  expect(() => helper("goType")(type)).toThrow(new Error(`not a Go type: ${JSON.stringify(type)}`));
});

test.each([
  ["name", true, '`json:"name"`'],
  ["name", false, '`json:"name,omitempty"`'],
  ["A", true, '`json:"A"`'],
  ["a_1", false, '`json:"a_1,omitempty"`'],
  ["Ab9_", true, '`json:"Ab9_"`'],
])("goTag(%j, %j) is %s", (wire, required, tag) => {
  expect(helper("goTag")(wire, required)).toBe(tag);
});

test.each(["", "_a", "1a", "a-b", "a b", "a.b", 'a"b', "a\n"])("goTag refuses %j", (wire) => {
  expect(() => helper("goTag")(wire, true)).toThrow(new Error(`not a JSON member name: ${JSON.stringify(wire)}`));
});

test.each(["example.com/x/v2", "1.21", "1.22.3", "a_b~c-d.e", "A/B", "x"])("goModText keeps %j", (value) => {
  expect(helper("goModText")(value)).toBe(value);
});

test.each(["", "a b", 'a"b', "a\nb", "a\\b", "a//b c", "é"])("goModText refuses %j", (value) => {
  expect(() => helper("goModText")(value)).toThrow(new Error(`not a go.mod token: ${JSON.stringify(value)}`));
});

test.each([
  [null, "nil"],
  ['x"y', '"x\\"y"'],
  ["", '""'],
  [1.5, "1.5"],
  [2, "2"],
  [0, "0"],
  [-3, "-3"],
  [true, "true"],
  [false, "false"],
])("goLiteral(%j) is %s", (value, literal) => {
  expect(helper("goLiteral")(value)).toBe(literal);
});

test.each([Infinity, -Infinity, NaN])("goLiteral refuses %s", (value) => {
  expect(() => helper("goLiteral")(value)).toThrow(new Error(`envelope constant ${value} cannot be sent as JSON`));
});

test("goInfo writes a row's fields in order after its code", () => {
  expect(helper("goInfo")({ code: "CodeX", fields: [["domain", '"core"'], ["title", '"T"'], ["varies", "true"]] })).toBe('{code: CodeX, domain: "core", title: "T", varies: true}');
});

test("goPath quotes each member", () => {
  expect(helper("goPath")(["a", 'b"c', "0"])).toBe('"a", "b\\"c", "0"');
  expect(helper("goPath")(["code"])).toBe('"code"');
});

test("goComment indents by depth tabs", () => {
  expect(helper("goComment")({ summary: "S.", body: ["B."] }, 2)).toBe("\t\t// S.\n\t\t//\n\t\t// B.\n");
  expect(helper("goComment")({ summary: "S.", body: [] }, 1)).toBe("\t// S.\n");
  expect(helper("goComment")({ summary: "S.", body: [] }, 0)).toBe("// S.\n");
});
