// Edges of the python generator's views (generators/python.ts) that the first mutation run
// left open: a list-shaped envelope with no details member, a constant's `_put` call at
// exactly ruff's 88 columns, names the core allocated for details TypedDicts, and a
// catalog built by hand without package metadata.
import { expect, test } from "vitest";
import { views } from "../../generators/python.js";
import type { Names } from "../../src/generate/plugin.js";
import { catalogOf } from "./catalog-support.js";

const NAMES: Names = { schemes: [], code: () => undefined, details: () => undefined, field: () => undefined, domain: () => undefined };
const OPTIONS = { packageName: "", distributionName: "", enumBase: "StrEnum" as const };

test("a list-shaped envelope without a details member has no list details", () => {
  const v = views(catalogOf("envelope:\n  fields: { code: code }\n  detailsShape: list\n", { "core.yaml": "codes:\n  - name: A\n" }), OPTIONS, "N", NAMES).error;
  expect([v.hasDetails, v.detailsObject, v.detailsList, v.detailsMixed, v.detailsInline]).toEqual([false, false, false, false, false]);
});

test.each([
  [58, false],
  [59, true],
])("a constant whose _put call is 30 + %i columns wraps: %s", (length, wrap) => {
  const value = "v".repeat(length);
  expect(`        _put(body, ("k",), "${value}")`.length).toBe(30 + length);
  const v = views(catalogOf(`envelope:\n  fields: { code: code }\n  constants: { k: ${value} }\n`, { "core.yaml": "codes:\n  - name: A\n" }), OPTIONS, "N", NAMES).error;
  expect(v.constants).toStrictEqual([{ path: ["k"], value, wrap }]);
});

test("names the core allocated for details TypedDicts win over the generator's own", () => {
  const names: Names = { ...NAMES, details: (scheme, code, steps) => `${scheme}${code}${steps.length}` };
  const catalog = catalogOf("", { "core.yaml": "codes:\n  - name: C\n    details:\n      o: { type: object, fields: { k: string } }\n" });
  const v = views(catalog, OPTIONS, "N", names);
  expect(v.details.typedDicts.map((d) => d.name)).toEqual(["pythonNestedC1", "pythonDetailsC0"]);
  expect(v.error.detailsCodes).toStrictEqual([{ member: "C", typeName: "pythonDetailsC0", list: false }]);
});

test("a catalog without package metadata (built by hand) has no keywords, license or repository", () => {
  const catalog = { ...catalogOf("", { "core.yaml": "codes:\n  - name: A\n" }), package: undefined };
  const { pyproject } = views(catalog, OPTIONS, "N", NAMES);
  expect([pyproject.keywords, pyproject.license, pyproject.repository]).toStrictEqual([[], undefined, undefined]);
});
