// Fast YAML flow edges (src/yaml/fast-flow.ts): nesting depth is released as each flow
// collection closes.
import { expect, test } from "vitest";
import { parse } from "yaml";
import { parseFast } from "../../src/yaml/fast.js";
import { MAX_NESTING } from "../../src/yaml/prescan.js";

test("more sibling flow collections than the nesting limit are accepted: depth is per level, not per collection", () => {
  const text = `a: [${Array.from({ length: MAX_NESTING + 10 }, (_, i) => `[${i}]`).join(", ")}]\nb: {${Array.from({ length: MAX_NESTING + 10 }, (_, i) => `k${i}: {x: ${i}}`).join(", ")}}\n`;
  const doc = parseFast(text);
  expect(doc, "parseFast gave up").toBeDefined();
  const root = doc!.root;
  expect(root?.kind === "map" && root.items.map((p) => p.value?.kind === "seq" ? p.value.items.length : p.value?.kind === "map" ? p.value.items.length : -1)).toEqual([MAX_NESTING + 10, MAX_NESTING + 10]);
});

