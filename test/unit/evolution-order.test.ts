// The release history lists codes by key even when the catalog keeps the spec's order
// (`order: source`), found by a surviving mutant of src/evolution/evolve.ts.
import { expect, it } from "vitest";
import { history } from "./evolution-support.js";

it("with order: source, a release lists its codes sorted by key", () => {
  const r = history([{ version: "1.0.0", catalog: "  order: source\n", files: { "spec/pay.yaml": "codes:\n  - name: B\n  - name: A\n" } }]);
  expect(r.errors).toEqual([]);
  expect(r.catalog!.codes.map((c) => c.key)).toEqual(["B", "A"]);
  expect(r.catalog!.releases).toEqual([{ version: "1.0.0", added: ["A", "B"], deprecated: [], removed: [], breaking: [] }]);
});
