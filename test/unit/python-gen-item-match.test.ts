// The `_ITEM_MATCH` table of the python generator's _error.py (generators/python.ts
// pyItemMatch): the members that identify a list item, grouped by list in the order the
// constants come, a one-member tuple with its trailing comma, and a line over ruff's 88
// columns written one member a line, as `ruff format` does.
import { expect, test } from "vitest";
import python from "../../generators/python.js";
import type { Generator } from "../../src/generate/plugin.js";
import { catalogOf, generateWith } from "./catalog-support.js";

const gen = python as Generator<unknown>;
const HEAD = "_ITEM_MATCH: dict[str, tuple[tuple[str, object], ...]] = {";

function itemMatch(envelope: string): string {
  const text = generateWith(gen, catalogOf(`envelope:\n${envelope}`, { "core.yaml": "codes:\n  - name: A_B\n" })).get("src/t_errors/_error.py")!;
  const start = text.indexOf(HEAD);
  return text.slice(start, text.indexOf("\n\n", start));
}

test("no constants in a list item: an empty table", () => {
  expect(itemMatch("  fields: { code: errors.0.code }\n")).toBe(`${HEAD}}`);
});

test("two lists; one member with its trailing comma, two without", () => {
  expect(itemMatch("  fields: { code: errors.0.code }\n  constants: { errors.0.kind: x, meta.items.0.kind: 7, meta.items.0.on: null }\n")).toBe(
    `${HEAD}\n    "errors": (("kind", "x"),),\n    "meta.items": (("kind", 7), ("on", None)),\n}`,
  );
});

test("a line of exactly 88 columns stays on one line", () => {
  const value = "v".repeat(58);
  const line = `    "errors": (("kind", "${value}"),),`;
  expect(line.length).toBe(88);
  expect(itemMatch(`  fields: { code: errors.0.code }\n  constants: { errors.0.kind: ${value} }\n`)).toBe(`${HEAD}\n${line}\n}`);
});

test("a line of 89 columns is split one member a line", () => {
  const value = "v".repeat(59);
  expect(itemMatch(`  fields: { code: errors.0.code }\n  constants: { errors.0.kind: ${value} }\n`)).toBe(`${HEAD}\n    "errors": (\n        ("kind", "${value}"),\n    ),\n}`);
});

test("two long members, each on its line", () => {
  const value = "a-rather-long-constant-value-for-wrapping";
  expect(itemMatch(`  fields: { code: errors.0.code }\n  constants: { errors.0.kind: ${value}, errors.0.other_member_name: true }\n`)).toBe(
    `${HEAD}\n    "errors": (\n        ("kind", "${value}"),\n        ("other_member_name", True),\n    ),\n}`,
  );
});
