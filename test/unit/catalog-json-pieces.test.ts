// catalog.json is written a top-level member and a few hundred codes at a time
// (generators/json.ts, catalogJsonBytes); its bytes must stay JSON.stringify's of the whole
// document at the edges of that cutting: no codes at all, and more codes than one piece holds.
import { expect, test } from "vitest";
import { catalogDocument, catalogJson } from "../../generators/json.js";
import { INVISIBLE, unicodeEscape } from "../../src/escape/text.js";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";

test("a catalog without codes is written as JSON.stringify writes it (an empty list stays `[]`)", () => {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: shop\n" });
  const { catalog } = compileSpecs(config!, [{ path: "spec/a.yaml", text: "title: A\ncodes: []\n" }]);
  expect(catalog!.codes).toHaveLength(0);
  expect(catalogJson(catalog!, "n")).toBe(JSON.stringify(catalogDocument(catalog!, "n"), null, 2) + "\n");
  expect(catalogJson(catalog!, "n")).toContain('\n  "codes": [],\n');
});

// 256 codes fill exactly one piece, 512 two; 600 end in a part-filled third.
test.each([256, 512, 600])("a catalog of %i codes, cut into pieces of 256, is written as JSON.stringify writes it", (count) => {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: shop\n" });
  const codes = Array.from({ length: count }, (_, i) => `  - name: CODE_${String(i).padStart(4, "0")}\n    description: "Zero\\u200bwidth ${i}."\n`).join("");
  const { catalog } = compileSpecs(config!, [{ path: "spec/a.yaml", text: `codes:\n${codes}` }]);
  expect(catalog!.codes).toHaveLength(count);
  const whole = (JSON.stringify(catalogDocument(catalog!, "n"), null, 2) + "\n").replace(INVISIBLE, unicodeEscape);
  expect(catalogJson(catalog!, "n")).toBe(whole);
});
