// Two flags of the TypeScript generator's view that choose cheaper declarations for tsc:
// `noDetails` (a code without details exists, so the NoDetails alias is declared) and
// `detailsByWire` (every member is named as its wire value, so DetailsOf indexes
// ErrorDetails by the code itself). Exact, in process.
import { expect, test } from "vitest";
import ts, { moduleView } from "../../generators/ts.js";
import type { Catalog } from "../../src/catalog/model.js";
import type { Generator } from "../../src/generate/plugin.js";
import { catalogOf } from "./catalog-support.js";

const gen = ts as Generator<unknown>;
const flags = (catalog: Catalog, options: Record<string, unknown> = {}) => {
  const v = moduleView(catalog, gen.parseOptions(options) as never, "N");
  return { noDetails: v.noDetails, detailsByWire: v.detailsByWire };
};
const spec = (...lines: string[]) => ({ "core.yaml": ["codes:", ...lines].join("\n") + "\n" });

test("no codes: neither (an enum without members cannot index ErrorDetails)", () => {
  expect(flags(catalogOf("", { "core.yaml": "codes: []\n" }))).toEqual({ noDetails: false, detailsByWire: false });
});

test("every code with details: no NoDetails alias", () => {
  const catalog = catalogOf("", spec("  - name: A_ONE", "    details:", "      id: { type: string }", "  - name: B_TWO", "    details:", "      n: { type: integer }"));
  expect(flags(catalog)).toEqual({ noDetails: false, detailsByWire: true });
});

test("a code without details fields but with list details does not use NoDetails", () => {
  // `detailsList: {}`: a list of empty objects, typed as a list, never as NoDetails.
  const catalog = catalogOf("", spec("  - name: A_ONE", "    detailsList: {}", "  - name: B_TWO", "    details:", "      n: { type: integer }"));
  expect(flags(catalog).noDetails).toBe(false);
});

test("one code without details among others: the alias", () => {
  const catalog = catalogOf("", spec("  - name: A_ONE", "    details:", "      id: { type: string }", "  - name: B_TWO"));
  expect(flags(catalog)).toEqual({ noDetails: true, detailsByWire: true });
});

test("members renamed by memberCase: the table by wire value", () => {
  const catalog = catalogOf("", spec("  - name: A_ONE", "  - name: B_TWO"));
  expect(flags(catalog, { memberCase: "PascalCase" })).toEqual({ noDetails: true, detailsByWire: false });
});

test("some members equal to their wire values, some not: the table by wire value", () => {
  // camelCase leaves a one-word lower_snake name as it is and renames the others.
  const catalog = catalogOf("naming: lower_snake\n", spec("  - name: timeout", "  - name: a_one"));
  const view = moduleView(catalog, gen.parseOptions({ memberCase: "camelCase" }) as never, "N");
  expect(view.codes.map((c) => [c.member, c.name])).toEqual([["aOne", "a_one"], ["timeout", "timeout"]]);
  expect(view.detailsByWire).toBe(false);
});
