// The go generator's codes (generators/go.ts view()): each code's doc comment and metadata
// row with every optional field, the table sorted by value whatever the catalog's order,
// upstream codes, the policy for unknown codes (catalog defaults), the package doc with
// its usage example, and a domain-scoped catalog's values, comments and package doc.
import { expect, test } from "vitest";
import { view } from "../../generators/go.js";
import type { Names } from "../../src/generate/plugin.js";
import { catalogOf } from "./catalog-support.js";

const NAMES: Names = { schemes: [], code: () => undefined, details: () => undefined, field: () => undefined, domain: () => undefined };
const OPTIONS = { modulePath: "", goVersion: "1.21", packageName: "" };
const SPEC = {
  "core.yaml":
    "codes:\n  - name: ZED\n    title: Zed\n    status: 404\n    canonical: NOT_FOUND\n    retryable: yes\n    upstream:\n      stripe: [card_declined, \"e2\"]\n" +
    "  - name: ALPHA\n    status: varies\n    retryable: auto\n    retry: { retryAfter: true }\n    deprecated: { replacement: ZED }\n" +
    "  - name: MID\n    aliasOf: ZED\n" +
    "  - name: PLAN\n    lifecycle: planned\n    surfacesAs: ZED\n    retryable: no\n",
};

const goView = (config: string, spec: Record<string, string> = SPEC) => view(catalogOf(config, spec), OPTIONS, "N", NAMES);

const UNKNOWN_CODES = "A code this package does not know (a newer server may send one) still\ndecodes: [Code.Known] reports false and the metadata methods return zero\nvalues.";
const usage = (ident: string) => [
  "Decode a response and check its code:",
  { code: ["apiErr, err := terr.DecodeResponse(resp)", "if err != nil {", "\treturn err // not an error response of this API", "}", `if errors.Is(apiErr, terr.${ident}) {`, "\t// handle it", "}"] },
];

/** The four codes, by key; `p` is the identifier prefix (`Code` or `CodeCore`), `scope` the summary's domain part. */
function codes(p: string, scope: string, value: (name: string) => string, docsUrl?: string) {
  const url = (name: string): [string, string][] => (docsUrl ? [["docsURL", `"${docsUrl}${name}"`]] : []);
  const see = (name: string) => (docsUrl ? [`See ${docsUrl}${name}`] : []);
  return [
    {
      ident: `${p}Alpha`,
      value: value("ALPHA"),
      doc: {
        summary: `${p}Alpha is ALPHA${scope}: Alpha.`,
        body: ["HTTP status varies. Canonical code: UNKNOWN. Retried automatically by the platform. Honours Retry-After.", ...see("ALPHA")],
        deprecated: `use [${p}Zed] instead.`,
      },
      row: {
        code: `${p}Alpha`,
        fields: [["domain", '"core"'], ["title", '"Alpha"'], ["varies", "true"], ["retry", "RetryAuto"], ["retryAfter", "true"], ...url("ALPHA"), ["deprecated", "true"], ["replacement", `${p}Zed`], ["canonical", '"UNKNOWN"']],
      },
    },
    {
      ident: `${p}Mid`,
      value: value("MID"),
      doc: { summary: `${p}Mid is MID${scope}: Mid.`, body: ["HTTP 404. Canonical code: NOT_FOUND. Retryable.", `Alias: the same error as [${p}Zed] under another name.`, ...see("MID")] },
      row: { code: `${p}Mid`, fields: [["domain", '"core"'], ["title", '"Mid"'], ["statuses", "[]int{404}"], ["retry", "RetryYes"], ...url("MID"), ["aliasOf", `${p}Zed`], ["canonical", '"NOT_FOUND"']] },
    },
    {
      ident: `${p}Plan`,
      value: value("PLAN"),
      doc: { summary: `${p}Plan is PLAN${scope}: Plan.`, body: ["Canonical code: UNKNOWN. Not retryable.", `Planned: not emitted yet; clients see [${p}Zed] until it ships.`, ...see("PLAN")] },
      row: { code: `${p}Plan`, fields: [["domain", '"core"'], ["title", '"Plan"'], ["retry", "RetryNo"], ...url("PLAN"), ["planned", "true"], ["surfacesAs", `${p}Zed`], ["canonical", '"UNKNOWN"']] },
    },
    {
      ident: `${p}Zed`,
      value: value("ZED"),
      doc: { summary: `${p}Zed is ZED${scope}: Zed.`, body: ["HTTP 404. Canonical code: NOT_FOUND. Retryable.", "Upstream stripe codes: card_declined, e2.", ...see("ZED")] },
      row: { code: `${p}Zed`, fields: [["domain", '"core"'], ["title", '"Zed"'], ["statuses", "[]int{404}"], ["retry", "RetryYes"], ...url("ZED"), ["canonical", '"NOT_FOUND"']] },
    },
  ];
}

test("every optional metadata field, the doc comments, upstream codes, the package doc", () => {
  const { envelope: _e, detailTypes: _d, ...v } = goView("");
  const all = codes("Code", "", (n) => n);
  expect(v).toStrictEqual({
    notice: "N",
    packageName: "terr",
    modulePath: "example.com/t/terr",
    goVersion: "1.21",
    scoped: false,
    packageDoc: {
      summary: "Package terr holds the 4 error codes of T (catalog version 0.0.0)\nwith their metadata, and decodes the API's error responses.",
      body: [...usage("CodeAlpha"), UNKNOWN_CODES],
    },
    codes: all,
    table: all,
    sourceOrder: false,
    upstream: [
      { provider: "stripe", code: "card_declined", to: "CodeZed" },
      { provider: "stripe", code: "e2", to: "CodeZed" },
    ],
    canonical: true,
    unknownRetry: "RetryUnknown",
  });
});

test("domain-scoped: values are domain/name, comments name the domain, the package doc says so", () => {
  const { envelope: _e, detailTypes: _d, ...v } = goView("uniqueness: domain\n");
  const all = codes("CodeCore", " in domain core", (n) => `core/${n}`);
  expect(v).toStrictEqual({
    notice: "N",
    packageName: "terr",
    modulePath: "example.com/t/terr",
    goVersion: "1.21",
    scoped: true,
    packageDoc: {
      summary: "Package terr holds the 4 error codes of T (catalog version 0.0.0)\nwith their metadata, and decodes the API's error responses.",
      body: [
        ...usage("CodeCoreAlpha"),
        UNKNOWN_CODES,
        "Names are unique only within a domain, so a [Code]'s value is\n<domain>/<name>: [Code.Name] is the name sent on the wire, and [Parse]\ntakes the domain and the name.",
      ],
    },
    codes: all,
    table: all,
    sourceOrder: false,
    upstream: [
      { provider: "stripe", code: "card_declined", to: "CodeCoreZed" },
      { provider: "stripe", code: "e2", to: "CodeCoreZed" },
    ],
    canonical: true,
    unknownRetry: "RetryUnknown",
  });
});

test("in source order the codes keep the catalog's order and the table is sorted by value; docs URLs in rows", () => {
  const v = goView('docsUrl: "https://x.test/{code}"\norder: source\n');
  const [alpha, mid, plan, zed] = codes("Code", "", (n) => n, "https://x.test/");
  expect(v.codes).toStrictEqual([zed, alpha, mid, plan]);
  expect(v.table).toStrictEqual([alpha, mid, plan, zed]);
  expect(v.sourceOrder).toBe(true);
  expect(v.packageDoc.body[1]).toStrictEqual(usage("CodeZed")[1]);
});

test.each([
  ["", "RetryUnknown"],
  ["defaults:\n  unknownRetryable: unknown\n", "RetryUnknown"],
  ["defaults:\n  unknownRetryable: no\n", "RetryNo"],
  ["defaults:\n  unknownRetryable: yes\n", "RetryYes"],
  ["defaults:\n  unknownRetryable: auto\n", "RetryAuto"],
])("%j: an unknown code's retry policy is %s", (config, policy) => {
  expect(goView(config).unknownRetry).toBe(policy);
});

test("one code and no code: the count in the package doc, and no usage example without a code", () => {
  expect(goView("", { "core.yaml": "codes:\n  - name: A\n" }).packageDoc).toStrictEqual({
    summary: "Package terr holds the 1 error code of T (catalog version 0.0.0)\nwith their metadata, and decodes the API's error responses.",
    body: [...usage("CodeA"), UNKNOWN_CODES],
  });
  const none = goView("", { "core.yaml": "codes: []\n" });
  expect(none.packageDoc).toStrictEqual({
    summary: "Package terr holds the 0 error codes of T (catalog version 0.0.0)\nwith their metadata, and decodes the API's error responses.",
    body: [UNKNOWN_CODES],
  });
  expect([none.codes, none.table, none.upstream, none.canonical]).toStrictEqual([[], [], [], false]);
});

test("without a written canonical code or envelope member, rows carry no canonical field", () => {
  const v = goView("", { "core.yaml": "codes:\n  - name: A\n    status: 400\n" });
  expect(v.canonical).toBe(false);
  expect(v.codes.map((c) => c.row)).toStrictEqual([{ code: "CodeA", fields: [["domain", '"core"'], ["title", '"A"'], ["statuses", "[]int{400}"]] }]);
});
