// catalog.json (generators/json.ts): details nested in lists and maps, with the names every
// built-in generator gives them (`identifiers`: `field` schemes per field, `nested` schemes
// per object a field holds, the path through a list item `[]` or a map value `{}`), the
// breaking changes of a release, and the text's final newline. The golden fixtures have no
// object inside a map and no breaking change.
import { expect, test } from "vitest";
import { BUILTIN_GENERATORS } from "../../generators/index.js";
import { catalogJson } from "../../generators/json.js";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import type { Catalog } from "../../src/catalog/model.js";
import type { NamingGenerator } from "../../src/naming/allocate.js";

type Doc = Record<string, any>;

/** A catalog compiled with every built-in generator's names, as the CLI does by default. */
function compiled(spec: string): Catalog {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: t\n" });
  const result = compileSpecs(config!, [{ path: "spec/core.yaml", text: spec }], undefined, BUILTIN_GENERATORS as unknown as NamingGenerator[]);
  if (!result.catalog) throw new Error(JSON.stringify(result.diagnostics));
  return result.catalog;
}

const SPEC =
  "codes:\n  - name: QUOTA\n    details:\n" +
  "      byRegion: { type: map, of: { type: object, fields: { zone: string } } }\n" +
  "      items: { type: list, of: { type: object, fields: { id: string } } }\n" +
  "      grid: { type: list, of: { type: map, of: { type: object, fields: { cell: string } } } }\n" +
  "      labels: { type: map, of: string }\n";

const field = (name: string, type: object, identifiers: object) => ({ name, type, required: false, description: null, identifiers });
const leaf = (name: string, goField: string) => field(name, { kind: "string" }, { goNested: null, goField, pythonNested: null });

test("fields of objects in maps and lists, with their names and the nested objects' names", () => {
  const d = JSON.parse(catalogJson(compiled(SPEC), "n")) as Doc;
  expect(d.codes[0].details).toEqual([
    field("byRegion", { kind: "map", of: { kind: "object", fields: [leaf("zone", "Zone")] } }, { goNested: "QuotaDetailsByRegionItem", goField: "ByRegion", pythonNested: "QuotaDetailsByRegionValue" }),
    field("grid", { kind: "list", of: { kind: "map", of: { kind: "object", fields: [leaf("cell", "Cell")] } } }, { goNested: "QuotaDetailsGridItemItem", goField: "Grid", pythonNested: "QuotaDetailsGridItemValue" }),
    field("items", { kind: "list", of: { kind: "object", fields: [leaf("id", "ID")] } }, { goNested: "QuotaDetailsItemsItem", goField: "Items", pythonNested: "QuotaDetailsItemsItem" }),
    // A map of strings holds no object: no nested names.
    field("labels", { kind: "map", of: { kind: "string" } }, { goNested: null, goField: "Labels", pythonNested: null }),
  ]);
});

test("a release's breaking changes, each with its rule, code, change and reason", () => {
  const catalog = compiled("codes:\n  - name: QUOTA\n");
  const releases = [{ version: "2.0.0", added: [], deprecated: ["QUOTA"], removed: [], breaking: [{ rule: "status-changed", code: "QUOTA", change: "the status changed", reason: "It was wrong." }] }];
  const d = JSON.parse(catalogJson({ ...catalog, releases }, "n")) as Doc;
  expect(d.releases).toEqual([{ version: "2.0.0", added: [], deprecated: ["QUOTA"], removed: [], breaking: [{ rule: "status-changed", code: "QUOTA", change: "the status changed", reason: "It was wrong." }] }]);
});

test("the text is 2-space JSON with one final newline", () => {
  const text = catalogJson(compiled("codes:\n  - name: QUOTA\n"), "n");
  expect(text.startsWith('{\n  "$schema": ')).toBe(true);
  expect(text.endsWith("\n}\n")).toBe(true);
});
