// The names the go generator's naming schemes mint through the whole pipeline
// (generators/go.ts `naming`): nested details structs named by path, `[]` and `{}` steps
// both `Item`, clashing field and struct names numbered.
import { expect, test } from "vitest";
import go from "../../generators/go.js";
import type { Generator, GeneratorNaming } from "../../src/generate/plugin.js";
import { catalogOf, generateWith } from "./catalog-support.js";

test("structs and fields of nested details", () => {
  const spec =
    "codes:\n  - name: A_B\n    details:\n      rows: { type: list, of: { type: map, of: { type: object, fields: { x: number } } } }\n" +
    "      m: { type: map, of: { type: list, of: { type: object, fields: { y: string } } } }\n" +
    "      s: { type: object, fields: { t: { type: object, fields: { u: string } } } }\n" +
    "      a_b: { type: object, fields: { p: string } }\n      aB: { type: object, fields: { q: string } }\n";
  const text = generateWith(go as Generator<unknown>, catalogOf("", { "core.yaml": spec })).get("details.go")!;
  expect([...text.matchAll(/^type (\w+) struct/gm)].map((m) => m[1])).toEqual([
    "ABDetails",
    "ABDetailsAB",
    "ABDetailsAB2",
    "ABDetailsMItemItem",
    "ABDetailsRowsItemItem",
    "ABDetailsS",
    "ABDetailsST",
  ]);
  expect([...text.matchAll(/^\t(\w+) (\S+) `json:"(\w+)/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`)).toEqual([
    "AB *ABDetailsAB aB",
    "AB2 *ABDetailsAB2 a_b",
    "M map[string][]ABDetailsMItemItem m",
    "Rows []map[string]ABDetailsRowsItemItem rows",
    "S *ABDetailsS s",
    "Q string q",
    "P string p",
    "Y string y",
    "X float64 x",
    "T *ABDetailsST t",
    "U string u",
  ]);
});

test("the exported names the package reserves", () => {
  expect((go.naming as GeneratorNaming).reserved).toEqual({
    package: ["Code", "RetryPolicy", "RetryUnknown", "RetryNo", "RetryYes", "RetryAuto", "Error", "New", "Decode", "DecodeResponse", "Parse", "All", "FromUpstream"],
  });
  expect((go.naming as GeneratorNaming).schemes.map((s) => [s.key, s.label, s.per, s.namespace, s.onClash])).toEqual([
    ["go", "Go identifier", "code", "package", undefined],
    ["goDetails", "Go details type", "details", "package", undefined],
    ["goNested", "Go nested details type", "nested", "package", "suffix"],
    ["goField", "Go details field", "field", undefined, "suffix"],
  ]);
});

test("the generator's name, description and output folder", () => {
  expect([go.name, go.description, go.defaultOut]).toEqual([
    "go",
    "Go module: typed Code constants with metadata, an *Error shaped like the envelope, Decode for responses",
    "go",
  ]);
});
