// Reserved words declared for a shared `catalog:` namespace (the docs anchors every
// generator links to) apply there, not in a namespace of the generator's own: a page
// with a fixed `#index` anchor keeps codes from taking it.
import { expect, it } from "vitest";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { formatDiagnostic } from "../../src/diagnostics/diagnostics.js";
import type { NamingGenerator } from "../../src/naming/allocate.js";

function errorsOf(reserved: Record<string, string[]>): string[] {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: t\n" });
  const page: NamingGenerator = { name: "page", naming: { schemes: [{ key: "page", label: "page id", per: "code", mint: (c) => `p-${c.key}` }], reserved } };
  const specs = [{ path: "spec/a.yaml", text: "codes:\n  - name: INDEX\n  - name: OTHER\n" }];
  return compileSpecs(config!, specs, undefined, [page]).diagnostics.map(formatDiagnostic);
}

it("a word reserved in catalog:anchors refuses the code whose docs anchor it is, case-insensitively", () => {
  expect(errorsOf({ "catalog:anchors": ["Index"] })).toEqual([
    "spec/a.yaml:2:11 error LS027: INDEX becomes docs anchor index, which the page generator declares itself; rename it",
  ]);
});

it("the same word reserved in the generator's own namespace leaves the anchors alone", () => {
  expect(errorsOf({ page: ["index"], anchors: ["index"] })).toEqual([]);
});

it("any other namespace is the generator's own: a word another generator reserves under the same name does not apply", () => {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: t\n" });
  const gens: NamingGenerator[] = [
    { name: "kt", naming: { schemes: [{ key: "kt", label: "Kotlin type", per: "code", namespace: "types", mint: () => "Any" }] } },
    { name: "sw", naming: { schemes: [{ key: "sw", label: "Swift type", per: "code", namespace: "types", mint: () => "Other" }], reserved: { types: ["Any"] } } },
  ];
  const specs = [{ path: "spec/a.yaml", text: "codes:\n  - name: A_B\n" }];
  expect(compileSpecs(config!, specs, undefined, gens).diagnostics.map(formatDiagnostic)).toEqual([]);
});
