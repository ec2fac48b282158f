// The python generator's typed details (generators/python.ts): the TypedDicts of a code's
// details with nested objects first, their names and docstrings (`[]` and `{}` steps in the
// path, key descriptions), the functional form for keys that are not identifiers, the
// typing imports the module needs, and pyType on every kind of type.
import { expect, test } from "vitest";
import { pyType, views } from "../../generators/python.js";
import type { Names } from "../../src/generate/plugin.js";
import { catalogOf } from "./catalog-support.js";

const NAMES: Names = { schemes: [], code: () => undefined, details: () => undefined, field: () => undefined, domain: () => undefined };

function details(codes: string) {
  const catalog = catalogOf("", { "core.yaml": `codes:\n${codes}` });
  return views(catalog, { packageName: "", distributionName: "", enumBase: "StrEnum" }, "N", NAMES);
}

test("nested objects first, named by their path; list details; the details codes", () => {
  const v = details(
    "  - name: A_B\n    detailsList:\n      n: { type: integer, required: true, description: Count. }\n" +
      "      rows: { type: list, of: { type: map, of: { type: object, fields: { x: number, class: { type: enum, values: [p, q] } } } } }\n" +
      "      s: { type: object, fields: { on: boolean } }\n" +
      "  - name: C\n    details:\n      k: { type: enum, values: [a], required: true }\n" +
      "  - name: D\n",
  );
  expect(v.details).toStrictEqual({
    notice: "N",
    strEnum: false,
    typedDicts: [
      {
        name: "ABDetailsRowsItemValue",
        functional: true,
        doc: ["Object in the details of A_B.rows[]{}."],
        fields: [
          { key: "class", type: { kind: "literal", values: ["p", "q"] }, required: false },
          { key: "x", type: { kind: "name", name: "float" }, required: false },
        ],
      },
      { name: "ABDetailsS", functional: false, doc: ["Object in the details of A_B.s."], fields: [{ key: "on", type: { kind: "name", name: "bool" }, required: false }] },
      {
        name: "ABDetails",
        functional: false,
        doc: ["One item of the list of details of ``ErrorCode.A_B`` (``A_B`` in core).", "- ``n``: Count."],
        fields: [
          { key: "n", type: { kind: "name", name: "int" }, required: true },
          { key: "rows", type: { kind: "list", of: { kind: "map", of: { kind: "name", name: "ABDetailsRowsItemValue" } } }, required: false },
          { key: "s", type: { kind: "name", name: "ABDetailsS" }, required: false },
        ],
      },
      { name: "CDetails", functional: false, doc: ["Details of ``ErrorCode.C`` (``C`` in core)."], fields: [{ key: "k", type: { kind: "literal", values: ["a"] }, required: true }] },
    ],
    typingImports: ["Literal", "NotRequired", "TypedDict"],
  });
  expect(v.error.detailsCodes).toStrictEqual([
    { member: "A_B", typeName: "ABDetails", list: true },
    { member: "C", typeName: "CDetails", list: false },
  ]);
});

test("two key descriptions make one paragraph, a line each", () => {
  const v = details("  - name: X\n    details:\n      a: { type: string, description: First. }\n      b: string\n      c: { type: string, description: Third. }\n");
  expect(v.details.typedDicts.map((d) => d.doc)).toEqual([["Details of ``ErrorCode.X`` (``X`` in core).", "- ``a``: First.\n- ``c``: Third."]]);
});

test.each([
  ["  - name: X\n    details:\n      a: { type: string, required: true }\n", ["TypedDict"]],
  ["  - name: X\n    details:\n      a: string\n", ["NotRequired", "TypedDict"]],
  ["  - name: X\n    details:\n      a: { type: list, of: { type: enum, values: [p] }, required: true }\n", ["Literal", "TypedDict"]],
  ["  - name: X\n    details:\n      a: { type: map, of: { type: enum, values: [p] }, required: true }\n", ["Literal", "TypedDict"]],
  ["  - name: X\n    details:\n      a: { type: map, of: { type: list, of: integer }, required: true }\n", ["TypedDict"]],
  ["  - name: X\n", ["TypedDict"]],
])("typing imports of details.py for %j", (codes, imports) => {
  expect(details(codes).details.typingImports).toEqual(imports);
});

test("pyType on every kind, required or not", () => {
  expect(pyType({ kind: "name", name: "int" })).toBe("int");
  expect(pyType({ kind: "name", name: "XDetails" }, false)).toBe("NotRequired[XDetails]");
  expect(pyType({ kind: "literal", values: ["a", "b"] })).toBe('Literal["a", "b"]');
  expect(pyType({ kind: "list", of: { kind: "name", name: "str" } })).toBe("list[str]");
  expect(pyType({ kind: "map", of: { kind: "name", name: "bool" } }, true)).toBe("dict[str, bool]");
  expect(pyType({ kind: "list", of: { kind: "map", of: { kind: "literal", values: ["a", "b"] } } }, false)).toBe('NotRequired[list[dict[str, Literal["a", "b"]]]]');
});

test.each(["1x", "", "a b", "a-b"])("pyType refuses the type name %j", (name) => {
  expect(() => pyType({ kind: "list", of: { kind: "name", name } })).toThrow(new Error(`not a Python type name: ${JSON.stringify(name)}`));
});
