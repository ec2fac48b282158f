// The python generator's package data (generators/python.ts views()): each member's
// docstring and CodeInfo arguments with every optional one, upstream codes, domains, the
// package and enum docstrings (unscoped and domain-scoped) and pyproject.toml's fields.
import { expect, test } from "vitest";
import { views } from "../../generators/python.js";
import type { Names } from "../../src/generate/plugin.js";
import { catalogOf } from "./catalog-support.js";

const NAMES: Names = { schemes: [], code: () => undefined, details: () => undefined, field: () => undefined, domain: () => undefined };
const OPTIONS = { packageName: "", distributionName: "", enumBase: "StrEnum" as const };
const SPEC = {
  "core.yaml":
    "codes:\n  - name: ZED\n    title: Zed\n    status: 404\n    canonical: NOT_FOUND\n    retryable: yes\n    upstream:\n      stripe: [card_declined, \"e2\"]\n" +
    "  - name: ALPHA\n    status: varies\n    retryable: auto\n    retry: { retryAfter: true }\n    deprecated: { replacement: ZED, since: 1.2.0 }\n" +
    "  - name: MID\n    aliasOf: ZED\n" +
    "  - name: PLAN\n    lifecycle: planned\n    surfacesAs: ZED\n    retryable: no\n",
  "other.yaml": "codes:\n  - name: B\n    status: [500, 503]\n",
};

function pyViews(config: string, spec: Record<string, string> = SPEC) {
  const { error: _e, details: _d, ...v } = views(catalogOf(config, spec), OPTIONS, "N", NAMES);
  return v;
}

const METADATA = "Metadata: ``ErrorCode.X.info``, a frozen ``CodeInfo``; a deprecated code has\n``info.deprecated`` and ``info.replacement``.";
const ERRORS = "Errors: ``ApiError.from_response(body)``. Typed details: the ``details``\nmodule (one TypedDict per code) and ``ApiError.details_as(code)``.";
const UNSCOPED = "A member's value is its wire name; ``ErrorCode.parse(value)`` looks one up.";
const SCOPED = "Codes are unique per domain: a member's value is ``domain/name``, its wire\nname is ``member.info.code``; ``ErrorCode.parse(code, domain)`` looks one up.";
const NONE = "A code this version does not know parses to None, never an exception.";

/** The five members; `m` prefixes a core member's name, `see` adds the docs URL paragraph and argument. */
function members(m: string, value: (domain: string, name: string) => string, url?: string) {
  const see = (name: string) => (url ? [`See ${url}${name}`] : []);
  const docs = (name: string) => (url ? [{ name: "docs_url", value: `${url}${name}` }] : []);
  const zed = { ref: `ErrorCode.${m}ZED` };
  const head = (code: string, domain: string, title: string) => [
    { name: "code", value: code },
    { name: "domain", value: domain },
    { name: "title", value: title },
  ];
  return {
    alpha: {
      member: `${m}ALPHA`,
      value: value("core", "ALPHA"),
      doc: ["Alpha.", "HTTP status varies. Canonical code: UNKNOWN. Retried automatically by the platform. Honours Retry-After.", ...see("ALPHA"), `Deprecated: use \`\`ErrorCode.${m}ZED\`\` instead (since 1.2.0).`],
      info: [
        ...head("ALPHA", "core", "Alpha"),
        { name: "status_varies", value: true },
        { name: "retryable", value: "auto" },
        { name: "retry_after", value: true },
        { name: "deprecated", value: true },
        { name: "deprecated_since", value: "1.2.0" },
        { name: "replacement", value: zed },
        ...docs("ALPHA"),
        { name: "canonical", value: "UNKNOWN" },
      ],
    },
    b: {
      member: m ? "OTHER_B" : "B",
      value: value("other", "B"),
      doc: ["B.", "HTTP 500, 503 (primary 500). Canonical code: INTERNAL.", ...see("B")],
      info: [...head("B", "other", "B"), { name: "status", value: 500 }, { name: "statuses", value: [500, 503] }, ...docs("B"), { name: "canonical", value: "INTERNAL" }],
    },
    mid: {
      member: `${m}MID`,
      value: value("core", "MID"),
      doc: ["Mid.", "HTTP 404. Canonical code: NOT_FOUND. Retryable.", `Alias: the same error as \`\`ErrorCode.${m}ZED\`\` under another name.`, ...see("MID")],
      info: [
        ...head("MID", "core", "Mid"),
        { name: "status", value: 404 },
        { name: "statuses", value: [404] },
        { name: "retryable", value: "yes" },
        { name: "alias_of", value: zed },
        ...docs("MID"),
        { name: "canonical", value: "NOT_FOUND" },
      ],
    },
    plan: {
      member: `${m}PLAN`,
      value: value("core", "PLAN"),
      doc: ["Plan.", "Canonical code: UNKNOWN. Not retryable.", `Planned: not emitted yet; clients see \`\`ErrorCode.${m}ZED\`\` until it ships.`, ...see("PLAN")],
      info: [
        ...head("PLAN", "core", "Plan"),
        { name: "retryable", value: "no" },
        { name: "lifecycle", value: "planned" },
        { name: "surfaces_as", value: zed },
        ...docs("PLAN"),
        { name: "canonical", value: "UNKNOWN" },
      ],
    },
    zed: {
      member: `${m}ZED`,
      value: value("core", "ZED"),
      doc: ["Zed.", "HTTP 404. Canonical code: NOT_FOUND. Retryable.", "Upstream stripe codes: card_declined, e2.", ...see("ZED")],
      info: [...head("ZED", "core", "Zed"), { name: "status", value: 404 }, { name: "statuses", value: [404] }, { name: "retryable", value: "yes" }, ...docs("ZED"), { name: "canonical", value: "NOT_FOUND" }],
    },
  };
}

test("every optional CodeInfo argument and docstring paragraph; two domains", () => {
  const c = members("", (_d, n) => n, "https://x.test/");
  expect(pyViews('docsUrl: "https://x.test/{code}"\nversion: 1.3.0\n')).toStrictEqual({
    src: "src/t_errors",
    pyproject: {
      notice: "N",
      strEnum: false,
      distributionName: "t-errors",
      version: "1.3.0",
      description: "Error codes of T, generated from its catalog by lockstep.",
      requiresPython: ">=3.11",
      packagePath: "src/t_errors",
      license: undefined,
      keywords: [],
      repository: undefined,
    },
    init: { notice: "N", strEnum: false, version: "1.3.0", doc: ["Error codes of T, catalog version 1.3.0.", `${UNSCOPED}\n${NONE}`, METADATA, ERRORS] },
    codes: {
      notice: "N",
      strEnum: false,
      scoped: false,
      domains: ["core", "other"],
      manyDomains: true,
      enumDoc: ["Error codes of T, catalog version 1.3.0.", UNSCOPED],
      codes: [c.alpha, c.b, c.mid, c.plan, c.zed],
      canonical: true,
      upstream: [
        { provider: "stripe", code: "card_declined", member: "ZED" },
        { provider: "stripe", code: "e2", member: "ZED" },
      ],
    },
  });
});

test("domain-scoped: members and values carry the domain; package metadata in pyproject", () => {
  const c = members("CORE_", (d, n) => `${d}/${n}`);
  expect(pyViews("uniqueness: domain\nlicense: MIT\nkeywords: [a, b]\nrepository: https://r.test/x\n")).toStrictEqual({
    src: "src/t_errors",
    pyproject: {
      notice: "N",
      strEnum: false,
      distributionName: "t-errors",
      version: "0.0.0",
      description: "Error codes of T, generated from its catalog by lockstep.",
      requiresPython: ">=3.11",
      packagePath: "src/t_errors",
      license: "MIT",
      keywords: ["a", "b"],
      repository: "https://r.test/x",
    },
    init: { notice: "N", strEnum: false, version: "0.0.0", doc: ["Error codes of T, catalog version 0.0.0.", `${SCOPED}\n${NONE}`, METADATA, ERRORS] },
    codes: {
      notice: "N",
      strEnum: false,
      scoped: true,
      domains: ["core", "other"],
      manyDomains: true,
      enumDoc: ["Error codes of T, catalog version 0.0.0.", SCOPED],
      codes: [c.alpha, c.mid, c.plan, c.zed, c.b],
      canonical: true,
      upstream: [
        { provider: "stripe", code: "card_declined", member: "CORE_ZED" },
        { provider: "stripe", code: "e2", member: "CORE_ZED" },
      ],
    },
  });
});

test("one domain, no canonical codes: no canonical argument, and no status arguments for a code without a status", () => {
  const v = pyViews("", { "core.yaml": "codes:\n  - name: A\n    status: 400\n  - name: N\n" });
  expect([v.codes.domains, v.codes.manyDomains, v.codes.canonical, v.codes.upstream]).toStrictEqual([["core"], false, false, []]);
  expect(v.codes.codes.map((c) => c.info)).toStrictEqual([
    [
      { name: "code", value: "A" },
      { name: "domain", value: "core" },
      { name: "title", value: "A" },
      { name: "status", value: 400 },
      { name: "statuses", value: [400] },
    ],
    [
      { name: "code", value: "N" },
      { name: "domain", value: "core" },
      { name: "title", value: "N" },
    ],
  ]);
});
