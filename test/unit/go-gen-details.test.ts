// The go generator's details structs (generators/go.ts view(...).detailTypes): a code's
// struct, then the named structs nested in it; field names, Go types (a pointer only for
// an optional object), wire names and doc comments (optional, description, enum values);
// and how each struct's comment says to decode it, by envelope and `detailsList:`.
import { expect, test } from "vitest";
import { view } from "../../generators/go.js";
import type { Names } from "../../src/generate/plugin.js";
import { catalogOf } from "./catalog-support.js";

const NAMES: Names = { schemes: [], code: () => undefined, details: () => undefined, field: () => undefined, domain: () => undefined };
const OPTIONS = { modulePath: "", goVersion: "1.21", packageName: "" };

const field = (name: string, type: string, wire: string, required: boolean, summary: string, body: string[] = []) => ({ name, type, wire, required, doc: { summary, body } });
const part = (name: string, fields: unknown[]) => ({ name, doc: { summary: `${name} is a part of a details object.`, body: [] }, fields });

test("structs, nested first by path, with every kind of field", () => {
  const spec =
    "codes:\n  - name: A_B\n    detailsList:\n      n: { type: integer, required: true, description: Count. }\n" +
    "      rows: { type: list, of: { type: map, of: { type: object, fields: { x: number, kind: { type: enum, values: [p, q] } } } } }\n" +
    "      s: { type: object, fields: { on: boolean } }\n      r: { type: object, required: true, fields: { t: string } }\n" +
    "  - name: C\n    details:\n      k: { type: enum, values: [a], required: true, description: K. }\n  - name: D\n";
  expect(view(catalogOf("", { "core.yaml": spec }), OPTIONS, "N", NAMES).detailTypes).toStrictEqual([
    {
      name: "ABDetails",
      doc: { summary: "ABDetails is one item of the list of details of [CodeAB]; decode them with [Error.DecodeDetails] into a *[]ABDetails.", body: [] },
      fields: [
        field("N", "int", "n", true, 'N is "n".', ["Count."]),
        field("R", "ABDetailsR", "r", true, 'R is "r".'),
        field("Rows", "[]map[string]ABDetailsRowsItemItem", "rows", false, 'Rows is "rows" (optional).'),
        field("S", "*ABDetailsS", "s", false, 'S is "s" (optional).'),
      ],
    },
    part("ABDetailsR", [field("T", "string", "t", false, 'T is "t" (optional).')]),
    part("ABDetailsRowsItemItem", [
      field("Kind", "string", "kind", false, 'Kind is "kind" (optional).', ['One of "p", "q".']),
      field("X", "float64", "x", false, 'X is "x" (optional).'),
    ]),
    part("ABDetailsS", [field("On", "bool", "on", false, 'On is "on" (optional).')]),
    {
      name: "CDetails",
      doc: { summary: "CDetails are the details of [CodeC]; decode them with [Error.DecodeDetails] into a *CDetails.", body: [] },
      fields: [field("K", "string", "k", true, 'K is "k".', ["K.", 'One of "a".'])],
    },
  ]);
});

test("in an envelope whose details are a list, every struct decodes into a slice", () => {
  const catalog = catalogOf("envelope: reason-domain\n", { "core.yaml": "codes:\n  - name: C\n    details:\n      k: string\n" });
  expect(view(catalog, OPTIONS, "N", NAMES).detailTypes.map((t) => t.doc.summary)).toEqual([
    "CDetails are the details of [CodeC]; decode them with [Error.DecodeDetails] into a *[]CDetails.",
  ]);
});

test("names the core allocated win over the generator's own", () => {
  const names: Names = {
    ...NAMES,
    details: (scheme, code, steps) => `${scheme}_${code}_${steps.join("_")}`.replace(/\W/g, ""),
    field: (scheme, code, parent, name) => `F${scheme}${parent.length}${name}`,
  };
  const catalog = catalogOf("", { "core.yaml": "codes:\n  - name: C\n    details:\n      o: { type: object, fields: { k: string } }\n" });
  expect(view(catalog, OPTIONS, "N", names).detailTypes).toStrictEqual([
    {
      name: "goDetails_C_",
      doc: { summary: "goDetails_C_ are the details of [CodeC]; decode them with [Error.DecodeDetails] into a *goDetails_C_.", body: [] },
      fields: [field("FgoField0o", "*goNested_C_o", "o", false, 'FgoField0o is "o" (optional).')],
    },
    part("goNested_C_o", [field("FgoField1k", "string", "k", false, 'FgoField1k is "k" (optional).')]),
  ]);
});
