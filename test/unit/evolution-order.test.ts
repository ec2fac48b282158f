// Orders that do not follow the input's (found by surviving mutants of src/evolution/):
// the release history lists codes by key even when the catalog keeps the spec's order
// (`order: source`), and two domain renames put on one code come in domain order
// whatever order the lockfile lists the domains (or a domain's schemes) in.
import { expect, it } from "vitest";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { enabledGenerators } from "../../src/io/plan.js";
import type { NamingGenerator } from "../../src/naming/allocate.js";
import { compileStep, history } from "./evolution-support.js";

it("with order: source, a release lists its codes sorted by key", () => {
  const r = history([{ version: "1.0.0", catalog: "  order: source\n", files: { "spec/pay.yaml": "codes:\n  - name: B\n  - name: A\n" } }]);
  expect(r.errors).toEqual([]);
  expect(r.catalog!.codes.map((c) => c.key)).toEqual(["B", "A"]);
  expect(r.catalog!.releases).toEqual([{ version: "1.0.0", added: ["A", "B"], deprecated: [], removed: [], breaking: [] }]);
});

it("two domain renames on one code are listed in domain order, not the lockfile's", () => {
  // DOMAIN_BILLING takes billing's label, and is pay's first code, whose recorded label was edited.
  const files = (extra: string) => ({ "spec/billing.yaml": "codes:\n  - name: CARD\n", "spec/pay.yaml": "codes:\n  - name: PAY\n" + extra });
  const first = compileStep({ version: "1.0.0", files: files("") }, undefined);
  const lock = first.lockfile!.replace(
    '"billing": {"rstLabel":"domain-billing"},\n    "pay": {"rstLabel":"domain-pay"}',
    '"pay": {"rstLabel":"domain-pay-old"},\n    "billing": {"rstLabel":"domain-billing"}',
  );
  expect(lock).not.toBe(first.lockfile);
  const r = compileStep({ version: "1.1.0", files: files("  - name: DOMAIN_BILLING\n") }, lock);
  expect(r.changes!.map((c) => [c.kind, c.code, c.change])).toEqual([
    ["added", "DOMAIN_BILLING", "DOMAIN_BILLING added"],
    ["breaking", "DOMAIN_BILLING", "the rstLabel name of domain billing changed from domain-billing to domain-billing-2: DOMAIN_BILLING takes it"],
    ["breaking", "DOMAIN_BILLING", "the rstLabel name of domain pay changed from domain-pay-old to domain-pay"],
  ]);
});

it("two renamed names of one domain are listed by scheme, not in the lockfile's order", () => {
  // A plugin with two names per domain; the lockfile was edited to old names, listed out of order.
  const docs = {
    name: "docs",
    naming: {
      schemes: [
        { key: "docsA", label: "A label", per: "domain", mint: (d: { id: string }) => `a-${d.id}` },
        { key: "docsB", label: "B label", per: "domain", mint: (d: { id: string }) => `b-${d.id}` },
      ],
    },
  } as unknown as NamingGenerator;
  const at = (version: string) => compileConfig({ path: "lockstep.config.yaml", text: `catalog:\n  name: shop\n  version: "${version}"\n` }).config!;
  const specs = [{ path: "spec/pay.yaml", text: "codes:\n  - name: PAY\n" }];
  const first = compileSpecs(at("1.0.0"), specs, undefined, [...enabledGenerators(at("1.0.0")), docs]);
  const lock = first.lockfile!.replace('"pay": {"docsA":"a-pay","docsB":"b-pay","rstLabel":"domain-pay"}', '"pay": {"rstLabel":"domain-pay","docsB":"b-old","docsA":"a-old"}');
  expect(lock).not.toBe(first.lockfile);
  const r = compileSpecs(at("1.1.0"), specs, { path: "spec/lockstep.lock.json", text: lock }, [...enabledGenerators(at("1.1.0")), docs]);
  expect(r.changes!.map((c) => [c.kind, c.code, c.change])).toEqual([
    ["breaking", "PAY", "the docsA name of domain pay changed from a-old to a-pay"],
    ["breaking", "PAY", "the docsB name of domain pay changed from b-old to b-pay"],
  ]);
});
