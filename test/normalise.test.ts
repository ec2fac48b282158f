// The normalised model: defaults, sorting, references and alias inheritance.
import { describe, expect, test } from "vitest";
import { compileConfig, compileSpecs } from "../src/catalog/compile.js";
import { enabledGenerators } from "../src/io/plan.js";
import type { Catalog } from "../src/catalog/model.js";
import { CONFIG } from "./support/diagnose.js";

function compile(files: Record<string, string>, config = CONFIG): Catalog {
  const { config: cfg } = compileConfig({ path: "lockstep.config.yaml", text: config });
  const result = compileSpecs(cfg!, Object.entries(files).map(([path, text]) => ({ path, text })), undefined, enabledGenerators(cfg!));
  if (!result.catalog) throw new Error(JSON.stringify(result.diagnostics));
  return result.catalog;
}

describe("normalised catalog", () => {
  test("defaults are filled and everything is sorted by code units", () => {
    const catalog = compile({ "spec/b.yaml": "codes:\n  - name: Z_LAST\n  - name: A_FIRST\n", "spec/a.yaml": "codes:\n  - name: M_MID\n" });
    expect(catalog.domains.map((d) => d.id)).toEqual(["a", "b"]);
    expect(catalog.codes.map((c) => c.key)).toEqual(["A_FIRST", "M_MID", "Z_LAST"]);
    expect(catalog.sources).toEqual(["spec/a.yaml", "spec/b.yaml"]);
    const code = catalog.codeIndex.get("A_FIRST")!;
    expect(code).toMatchObject({ title: "A first", domain: "b", lifecycle: "live", anchor: "a-first", docsUrl: undefined, tags: [], details: [] });
    expect(code.status).toEqual({ kind: "unstated", primary: undefined, all: [] });
    expect(code.retry).toEqual({ retryable: "unknown", strategy: undefined, retryAfter: false, schedule: [] });
    expect(code.loc).toEqual({ file: "spec/b.yaml", line: 3, col: 11 });
    expect(Object.isFrozen(code) && Object.isFrozen(code.status) && Object.isFrozen(catalog.codes)).toBe(true);
  });

  test("domains sort by id in code units, not by file path: a before a-b, though a-b.yaml sorts before a.yaml", () => {
    const catalog = compile({
      "spec/a.yaml": "codes:\n  - name: FROM_A\n",
      "spec/a-b.yaml": "codes:\n  - name: FROM_A_B\n",
      "spec/a0.yaml": "codes:\n  - name: FROM_A0\n",
      "spec/ab.yaml": "codes:\n  - name: FROM_AB\n",
    });
    expect(catalog.sources).toEqual(["spec/a-b.yaml", "spec/a.yaml", "spec/a0.yaml", "spec/ab.yaml"]);
    expect(catalog.domains.map((d) => d.id)).toEqual(["a", "a-b", "a0", "ab"]);
    expect(catalog.domains.map((d) => d.codes.map((c) => c.key))).toEqual([["FROM_A"], ["FROM_A_B"], ["FROM_A0"], ["FROM_AB"]]);
  });

  test.each([
    ["404", { kind: "single", primary: 404, all: [404] }],
    ["[422, 413, 415]", { kind: "multiple", primary: 422, all: [422, 413, 415] }],
    ["varies", { kind: "varies", primary: undefined, all: [] }],
    ["{ varies: [502, 400] }", { kind: "varies", primary: undefined, all: [400, 502] }],
  ])("status %s", (given, want) => {
    expect(compile({ "spec/a.yaml": `codes:\n  - name: A\n    status: ${given}\n` }).codes[0]!.status).toEqual(want);
  });

  test("an alias inherits what it leaves unset from the code it aliases", () => {
    const catalog = compile({
      "spec/a.yaml": [
        "codes:",
        "  - name: NUMBER_NOT_OWNED",
        "    status: 403",
        "    retryable: no",
        "    description: The number is not on this account.",
        "    details: { number: { type: string, required: true } }",
        "  - name: PHONE_NUMBER_NOT_OWNED",
        "    aliasOf: NUMBER_NOT_OWNED",
        "    description: Older name.",
        "",
      ].join("\n"),
    });
    const alias = catalog.codeIndex.get("PHONE_NUMBER_NOT_OWNED")!;
    expect(alias.status.primary).toBe(403);
    expect(alias.retry.retryable).toBe("no");
    expect(alias.details.map((d) => d.name)).toEqual(["number"]);
    expect(alias.description).toBe("Older name.");
    expect(alias.aliasOf).toBe("NUMBER_NOT_OWNED");
  });

  test("domain-scoped keys, words, anchors and cross-domain references", () => {
    const catalog = compile(
      { "spec/auth.yaml": "codes:\n  - name: quota_exceeded\n", "spec/channel.yaml": "codes:\n  - name: quota_exceeded\n    related: [{ code: auth/quota_exceeded }]\n" },
      "catalog:\n  name: t\n  naming: lower_snake\n  uniqueness: domain\n  docsUrl: https://x/{domain}/{code}#{anchor}\n",
    );
    expect(catalog.codes.map((c) => c.key)).toEqual(["auth/quota_exceeded", "channel/quota_exceeded"]);
    const channel = catalog.codeIndex.get("channel/quota_exceeded")!;
    expect(channel).toMatchObject({ name: "quota_exceeded", words: ["channel", "quota", "exceeded"], anchor: "channel-quota-exceeded" });
    expect(channel.related).toEqual([{ code: "auth/quota_exceeded", note: undefined }]);
    expect(channel.docsUrl).toBe("https://x/channel/quota_exceeded#channel-quota-exceeded");
  });
});
