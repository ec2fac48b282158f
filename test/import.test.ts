// `lockstep import ts`: exact spec text and warnings for realistic modules, and the
// drop-in check: code written against the old module type-checks (tsc --strict)
// against the module `lockstep generate` makes from the import.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { isCommentedOutCode, parseDoc, reflow, sectionOf } from "../src/adopt/comments.js";
import { acronymTitle, globMatch, planImport, type PlanOptions } from "../src/adopt/plan.js";
import { loadTsMorph } from "../src/adopt/ts-morph.js";
import { readTsCatalog } from "../src/adopt/ts-read.js";
import { renderDomain, yamlField, yamlInline } from "../src/adopt/yaml-text.js";
import { DiagnosticBag } from "../src/diagnostics/diagnostics.js";
import { lazyYaml } from "../src/generate/lazy.js";
import type { YNode } from "../src/yaml/node.js";
import { parseYaml } from "../src/yaml/parse.js";
import { FIXTURES } from "./support/fixture.js";
import { TempProject } from "./support/project.js";
import { run } from "./support/toolchains.js";
import { TSC } from "./support/tsc.js";

const ADOPT = join(FIXTURES, "adopt");
const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2022"],
    types: [],
    skipLibCheck: true,
  },
};
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs `tsc --strict --noEmit` on `files` (name → text) in a fresh folder; returns its output, "" when clean. */
function typeCheck(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "lockstep-import-tsc-"));
  temps.push(dir);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  try {
    run(process.execPath, [TSC, "-p", dir]);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}

function expectedFiles(variant: string): Map<string, string> {
  const base = join(ADOPT, "expected", variant);
  const files = new Map([["lockstep.config.yaml", readFileSync(join(base, "lockstep.config.yaml"), "utf8")]]);
  for (const f of readdirSync(join(base, "spec")).sort()) files.set(`spec/${f}`, readFileSync(join(base, "spec", f), "utf8"));
  return files;
}

function importedFiles(p: TempProject, names: Iterable<string>): Map<string, string> {
  return new Map([...names].map((n) => [n, p.read(n)]));
}

describe("an enum plus an `as const` metadata object", () => {
  const p = new TempProject();
  cpSync(join(ADOPT, "errors.ts"), join(p.root, "src", "errors.ts"));
  const want = expectedFiles("enum");

  test("writes one spec file per section, a config, and a warning per unmapped entry", async () => {
    const r = await p.run("import", "ts", "src/errors.ts", "--catalog", "parcelo");
    expect(r.err).toBe(
      [
        "src/errors.ts:22:3 warning: a trailing comment became the description; check it describes the code",
        "src/errors.ts:76:27 warning: LEGACY_QUOTA_EXCEEDED has a computed value (`${LEGACY_PREFIX}_QUOTA_EXCEEDED`); add it to the spec by hand",
        "src/errors.ts:97:14 warning: export ERROR_META is not reproduced: its data is in the spec now, and the generated module has it as ERROR_CODE_INFO (status, retryable, title)",
        "src/errors.ts:128:3 warning: ERROR_META.LEGACY_QUOTA_EXCEEDED belongs to a member that was not imported; add its metadata to the spec by hand",
        "src/errors.ts:133:42 warning: status HTTP_GATEWAY_TIMEOUT is not a literal HTTP status; not imported",
        "src/errors.ts:135:3 warning: spread ...PLATFORM_META in ERROR_META is not imported; add its metadata to the spec by hand",
        "note: merged 36 metadata entries from ERROR_META (src/errors.ts:97)",
        "",
      ].join("\n"),
    );
    expect(r.out).toBe(
      "lockstep: wrote 37 codes in 5 domains (spec/authentication.yaml, spec/billing.yaml, spec/platform.yaml, spec/shipments.yaml, spec/tracking-webhooks.yaml) and lockstep.config.yaml and lockstep.audit.yaml; 6 warnings above list what was not imported\n",
    );
    expect(r.code).toBe(0);
    for (const [path, text] of importedFiles(p, want.keys())) expect(text, path).toBe(want.get(path));
  });

  test("generate makes a drop-in replacement: the old module's consumer type-checks against it", async () => {
    expect((await p.run("validate")).code).toBe(0);
    const g = await p.run("generate");
    expect(g.err).toBe("");
    expect(g.code).toBe(0);
    const generated = p.read("out/ts/index.ts");
    const consumer = readFileSync(join(ADOPT, "consumer.ts"), "utf8");
    expect(typeCheck({ "errors.ts": readFileSync(join(ADOPT, "errors.ts"), "utf8"), "consumer.ts": consumer })).toBe("");
    expect(typeCheck({ "errors.ts": generated, "consumer.ts": consumer })).toBe("");
    // The check has teeth: the member that was not imported is missing from the new module.
    const legacy = `${consumer}\nexport const legacy = ErrorCode.LEGACY_QUOTA_EXCEEDED;\n`;
    expect(typeCheck({ "errors.ts": generated, "consumer.ts": legacy })).toContain("Property 'LEGACY_QUOTA_EXCEEDED' does not exist");
  });

  test("never overwrites spec files without --force; --stdout writes nothing", async () => {
    const before = p.read("spec/billing.yaml");
    const again = await p.run("import", "ts", "src/errors.ts");
    expect(again.code).toBe(2);
    expect(again.err.split("\n").at(-2)).toBe(
      "lockstep import: spec/authentication.yaml, spec/billing.yaml, spec/platform.yaml, spec/shipments.yaml, spec/tracking-webhooks.yaml already exist; pass --force to overwrite (nothing written)",
    );
    p.write("spec/billing.yaml", "# edited\n");
    const dry = await p.run("import", "ts", "src/errors.ts", "--stdout", "-q");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(`# ==> spec/billing.yaml <==\n${before}`);
    expect(dry.out).not.toContain("lockstep.config.yaml <==");
    expect(p.read("spec/billing.yaml")).toBe("# edited\n");
    const forced = await p.run("import", "ts", "src/errors.ts", "--force", "-q");
    expect(forced.code).toBe(0);
    expect(p.read("spec/billing.yaml")).toBe(before);
  });
});

describe("an `as const` object of strings with @domain sections", () => {
  test("imports lower_snake codes with style: const, and its consumer type-checks against the generated module", async () => {
    const p = new TempProject();
    cpSync(join(ADOPT, "errors-const.ts"), join(p.root, "errors-const.ts"));
    const r = await p.run("import", "ts", "errors-const.ts", "--catalog", "gateway", "-q");
    expect(r.err).toBe(
      [
        'errors-const.ts:27:3 warning: rateLimited has the value "rate_limited": generated members are named after their values, so ErrorCode.rateLimited becomes ErrorCode.rate_limited',
        "errors-const.ts:28:3 warning: spread ...LEGACY_CODES is not imported; add its codes to the spec by hand",
        "",
      ].join("\n"),
    );
    const want = expectedFiles("const");
    for (const [path, text] of importedFiles(p, want.keys())) expect(text, path).toBe(want.get(path));
    expect((await p.run("generate", "-q")).code).toBe(0);
    const consumer = readFileSync(join(ADOPT, "consumer-const.ts"), "utf8");
    expect(typeCheck({ "errors-const.ts": readFileSync(join(ADOPT, "errors-const.ts"), "utf8"), "consumer-const.ts": consumer })).toBe("");
    expect(typeCheck({ "errors-const.ts": p.read("out/ts/index.ts"), "consumer-const.ts": consumer })).toBe("");
  });
});

const OPTIONS: PlanOptions = { naming: undefined, domainFrom: "auto", fallbackDomain: "general", rules: [] };

/** Reads inline TypeScript and plans it: the spec files' text and the warnings as `line:col message`. */
function importText(text: string, options: Partial<PlanOptions> = {}, exportName?: string) {
  const read = readTsCatalog(loadTsMorph("test", process.cwd()), "/m.ts", text, { exportName });
  const plan = planImport(read, { ...OPTIONS, ...options });
  return {
    plan,
    specs: Object.fromEntries(plan.domains.map((d) => [d.id, renderDomain(d, "m.ts").split("\n").slice(1).join("\n")])),
    warnings: plan.warnings.map((w) => `${w.pos.line}:${w.pos.col} ${w.message}`),
  };
}

describe("reading TypeScript", () => {
  test("an object of metadata objects: `code` gives the wire value; the object itself is not reproduced", () => {
    const r = importText(
      [
        "export const ERRORS = {",
        "  // --- Channels ---",
        '  channelDown: { code: "channel_unavailable", status: 503, description: "The channel is offline.", retryable: "auto", level: "warn" },',
        '  auth_missing: { status: [401, 403], message: `Sign in first.`, deprecated: "Replaced by auth_invalid.", level: "info" },',
        '  auth_invalid: { status: 401, title: "Invalid credentials", message: "Bad key", extra: 1 },',
        "  bad: { status: 400 + 1, message: `Hello ${name}` },",
        "} as const;",
        "export type ErrorCode = keyof typeof ERRORS;",
      ].join("\n"),
    );
    expect(r.plan.tsOptions).toEqual({ style: "const", typeName: "ErrorCode", memberCase: "name", typeAliases: [], keyTypeAliases: [], statusMaps: [], statusFunctions: [] });
    expect(r.specs).toEqual({
      channels: [
        "codes:",
        "  - name: channel_unavailable",
        "    status: 503",
        "    description: The channel is offline.",
        "    retryable: auto",
        "",
        "  - name: auth_missing",
        "    status: [401, 403]",
        "    description: Sign in first.",
        "    deprecated:",
        "      replacement: auth_invalid",
        "",
        "  - name: auth_invalid",
        "    title: Invalid credentials",
        "    status: 401",
        "    description: Bad key",
        "",
        "  - name: bad",
        "",
      ].join("\n"),
    });
    expect(r.warnings).toEqual([
      "1:14 ERRORS (an object of metadata objects) is not reproduced: the generated module exports ErrorCode (the codes) and ERROR_CODE_INFO (their status, retryable, deprecation)",
      '3:3 channelDown has the value "channel_unavailable": generated members are named after their values, so ERRORS.channelDown becomes ERRORS.channel_unavailable',
      '3:3 property "level" has no place in the spec; not imported (2 codes)',
      '5:3 property "extra" has no place in the spec; not imported',
      "6:18 status 400 + 1 is not a literal HTTP status; not imported",
      "6:36 message is not a literal string; not imported",
    ]);
  });

  test("enums: numeric and computed members, bad names, repeated values, key ≠ value, other exports", () => {
    const r = importText(
      [
        "/** @domain core */",
        "export enum Codes {",
        '  NOT_FOUND = "NOT_FOUND",',
        "  NUMERIC = 3,",
        '  Conflict = "CONFLICT",',
        '  "bad-name" = "bad-name",',
        '  AGAIN = "NOT_FOUND",',
        "  /**",
        "   * @deprecated Use `GONE_FOREVER` instead.",
        "   * @example x",
        "   */",
        '  GONE = "GONE",',
        "}",
        "export type CodeValue = `${Codes}`;",
        "export function isCodes(v: unknown): v is Codes { return true; }",
        "export const helper = 1;",
      ].join("\n"),
    );
    expect(r.plan.tsOptions).toEqual({ style: "enum", typeName: "Codes", memberCase: "name", typeAliases: ["CodeValue"], keyTypeAliases: [], statusMaps: [], statusFunctions: [] });
    expect(r.specs.general).toBe(
      [
        "codes:",
        "  - name: NOT_FOUND",
        "",
        "  - name: CONFLICT",
        "",
        "  - name: GONE",
        "    deprecated:",
        "      reason: Use `GONE_FOREVER` instead.",
        "",
      ].join("\n"),
    );
    expect(r.warnings).toEqual([
      "4:3 NUMERIC has a numeric value; codes are strings on the wire, so it is not imported",
      '5:3 Conflict has the value "CONFLICT": generated members are named after their values, so Codes.Conflict becomes Codes.CONFLICT',
      '6:3 "bad-name" is not a valid UPPER_SNAKE code name; not imported',
      '7:3 AGAIN repeats the value "NOT_FOUND" of NOT_FOUND (line 3); not imported',
      "12:3 deprecated GONE names GONE_FOREVER as its replacement, which is not an imported member of Codes; kept in the reason",
      "12:3 JSDoc tag @example has no place in the spec; not imported",
      "16:14 export helper is not reproduced by the generated module",
    ]);
  });

  test("domains: --domain-rule first, then prefix / single / sections; comments under a header describe the domain", () => {
    const source = [
      "export const ErrorCode = {",
      "  // ===== Billing & payments =====",
      "  // Money problems.",
      "",
      '  CARD_DECLINED: "CARD_DECLINED", // the issuer said no',
      '  AUTH_EXPIRED: "AUTH_EXPIRED",',
      "  // #region Misc",
      '  BILLING_LOCKED: "BILLING_LOCKED",',
      "} as const;",
    ].join("\n");
    const domains = (options: Partial<PlanOptions>) => importText(source, options).plan.domains.map((d) => `${d.id}: ${d.codes.map((c) => c.name).join(" ")}`);
    expect(domains({})).toEqual(["billing-payments: CARD_DECLINED AUTH_EXPIRED", "misc: BILLING_LOCKED"]);
    expect(domains({ domainFrom: "prefix" })).toEqual(["auth: AUTH_EXPIRED", "billing: BILLING_LOCKED", "card: CARD_DECLINED"]);
    expect(domains({ domainFrom: "single", fallbackDomain: "api" })).toEqual(["api: CARD_DECLINED AUTH_EXPIRED BILLING_LOCKED"]);
    expect(
      domains({
        rules: [
          { glob: "AUTH_*", domain: "auth" },
          { glob: "*_LOCKED", domain: "auth" },
        ],
      }),
    ).toEqual(["auth: AUTH_EXPIRED BILLING_LOCKED", "billing-payments: CARD_DECLINED"]);
    expect(importText(source).specs["billing-payments"]).toBe(
      [
        "title: Billing & payments",
        "description: Money problems.",
        "codes:",
        "  - name: CARD_DECLINED",
        "    description: the issuer said no",
        "",
        "  - name: AUTH_EXPIRED",
        "",
      ].join("\n"),
    );
  });

  test("picks the export: --export, else names mentioning `code`, enums and strings first", () => {
    const source = 'export const META = { A: { status: 1 } };\nexport enum Other { B = "B" }\nexport const ERROR_CODES = { C: "C" };\n';
    expect(readTsCatalog(loadTsMorph("test", process.cwd()), "/m.ts", source).exportName).toBe("ERROR_CODES");
    expect(readTsCatalog(loadTsMorph("test", process.cwd()), "/m.ts", source, { exportName: "Other" }).kind).toBe("enum");
    expect(() => readTsCatalog(loadTsMorph("test", process.cwd()), "/m.ts", source, { exportName: "Nope" })).toThrow("no enum, object literal or union type named Nope (found: Other, META, ERROR_CODES)");
    expect(() => readTsCatalog(loadTsMorph("test", process.cwd()), "/m.ts", "export const x = 1;")).toThrow("no enum, object literal or union type of codes: import reads");
  });
});

describe("group comments", () => {
  test("a short heading over several members describes none of them; a sentence describes the member under it", () => {
    const r = importText(
      [
        "export enum E {",
        "  // Carrier rejections",
        '  A_B = "A_B",',
        '  C_D = "C_D",',
        "",
        "  // The caller is not signed in.",
        '  E_F = "E_F",',
        '  G_H = "G_H",',
        "}",
      ].join("\n"),
    );
    expect(r.specs.general).toBe(["codes:", "  - name: A_B", "", "  - name: C_D", "", "  - name: E_F", "    description: The caller is not signed in.", "", "  - name: G_H", ""].join("\n"));
    expect(r.warnings).toEqual([
      '3:3 comment "Carrier rejections" heads A_B to C_D (2 members), so it describes none of them; not imported (make it a section, // --- Carrier rejections ---, to use it as a domain)',
    ]);
  });
});

describe("the command line", () => {
  test("usage errors and an existing config", async () => {
    const p = new TempProject();
    p.write("errors.ts", 'export enum ErrorCode { A_B = "A_B" }\n');
    expect(await p.run("import", "go", "x.go")).toEqual({
      code: 2,
      out: "",
      err: 'lockstep import: cannot import from "go"; only ts is supported\nRun lockstep import --help for usage.\n',
    });
    expect((await p.run("import", "ts", "errors.ts", "--domain-frm", "single")).err).toBe(
      "lockstep import: unknown option --domain-frm (did you mean --domain-from?)\nRun lockstep import --help for usage.\n",
    );
    expect((await p.run("import", "ts", "missing.ts")).err).toBe("lockstep import: cannot read missing.ts: ENOENT\n");
    expect((await p.run("import", "--help")).out).toContain("Usage: lockstep import ts <file> [options]");
    p.write("lockstep.config.yaml", "catalog:\n  name: x\nspec: errors\ngenerators:\n  ts:\n    options:\n      style: const\nbuiltins: none\n");
    const r = await p.run("import", "ts", "errors.ts", "--domain", "core");
    expect(r.err).toBe("note: to reproduce the module, set generators.ts.options in lockstep.config.yaml to style: enum, typeName: ErrorCode\n");
    expect(r.out).toBe("lockstep: wrote 1 code in 1 domain (errors/core.yaml) and lockstep.audit.yaml\n");
    expect(p.read("lockstep.config.yaml")).toContain("style: const");
  });

  test("a result that does not validate (with the spec folder's other files) exits 2 with the diagnostics", async () => {
    const p = new TempProject().write("e.ts", 'export enum ErrorCode { A = "A" }\n').write("spec/old.yaml", "codes:\n  - name: A\n");
    const r = await p.run("import", "ts", "e.ts", "-q");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^spec\/old\.yaml:2:\d+ error LS020: duplicate code A \(first defined at spec\/general\.yaml:3:\d+\)\nlockstep import: the imported spec does not validate \(nothing written\)\n$/);
    expect(p.snapshot(".")).toEqual(new Map([["e.ts", 'export enum ErrorCode { A = "A" }\n'], ["spec/old.yaml", "codes:\n  - name: A\n"]]));
  });

  test("a new config is named after package.json, like `lockstep init` does", async () => {
    const p = new TempProject().write("package.json", '{"name": "@acme/web"}').write("e.ts", 'export enum ErrorCode { A = "A" }\n');
    expect((await p.run("import", "ts", "e.ts", "-q")).code).toBe(0);
    expect(p.read("lockstep.config.yaml").split("\n").slice(1, 4)).toEqual(["catalog:", "  name: acme", "  naming: UPPER_SNAKE"]);
  });
});

describe("comments", () => {
  test.each([
    ["// --- Billing ---", "Billing"],
    ["// ===== Tracking & webhooks =====", "Tracking & webhooks"],
    ["// #region Rate limits", "Rate limits"],
    ["/* *** Auth *** */", "Auth"],
    ["// Auth -----", "Auth"],
    ["/** @domain billing */", "billing"],
    ["// #endregion", undefined],
    ["// ---------------", undefined],
    ["// The card was declined.", undefined],
    ["/** Valid -- mostly. */", undefined],
    ["// ─── Authentication ───", "Authentication"],
    ["// ━━━ Billing ━━━", "Billing"],
    ["// —— Limits ——", "Limits"],
  ])("sectionOf(%j) = %j", (given, want) => {
    expect(sectionOf(given)?.title).toBe(want);
  });

  test.each([
    ['// OLD_CODE: "OLD_CODE",', true],
    ['// LEGACY = "LEGACY",', true],
    ["// | 'gone'", true],
    ["// [ErrorCode.X]: 401,", true],
    ["// The card was declined.", false],
    ["// Note: retry later", false],
  ])("isCommentedOutCode(%j) = %j", (given, want) => {
    expect(isCommentedOutCode(given)).toBe(want);
  });

  test.each([
    ["IP_NOT_ALLOWED", "IP not allowed"],
    ["DNC_LISTED", "DNC listed"],
    ["TCPA_CONSENT_MISSING", "TCPA consent missing"],
    ["webhook_url_invalid", "Webhook URL invalid"],
    ["api_key_revoked", "API key revoked"],
    ["CARD_DECLINED", undefined],
  ])("acronymTitle(%j) = %j", (given, want) => {
    expect(acronymTitle(given)).toBe(want);
  });

  test.each([
    [["The card", "was declined."], "The card was declined."],
    [["One.", "", "Two."], "One.\n\nTwo."],
    [["Either:", "- a", "- b"], "Either:\n- a\n- b"],
    [["Use {@link ErrorCode.TOKEN_EXPIRED}, see {@link https://x.example the docs}."], "Use `TOKEN_EXPIRED`, see the docs."],
    [["```", "  code()", "```"], "```\n  code()\n```"],
  ])("reflow(%j) = %j", (given, want) => {
    expect(reflow(given)).toBe(want);
  });
});

test.each([
  [
    ["/** One.\n * Two.\n * @remarks More.\n * @see https://x.example\n */"],
    { text: "One. Two.\n\nMore.\n\nSee https://x.example.", deprecated: undefined, otherTags: [] },
  ],
  [["/**\n * Call:\n * ```\n *   retry()\n * ```\n * @deprecated\n */"], { text: "Call:\n```\n  retry()\n```", deprecated: "", otherTags: [] }],
  [["// line one", "// line two"], { text: "line one line two", deprecated: undefined, otherTags: [] }],
  [["/* @deprecated is text here */"], { text: "@deprecated is text here", deprecated: undefined, otherTags: [] }],
  [["/** x\n * @deprecated Use Y.\n *   Soon.\n * @internal\n */"], { text: "x", deprecated: "Use Y. Soon.", otherTags: ["internal"] }],
])("parseDoc(%j)", (given, want) => {
  expect(parseDoc(given)).toMatchObject(want);
});

describe("YAML text", () => {
  test.each([
    ["The card was declined.", "The card was declined."],
    ["Settings → API keys", "Settings → API keys"],
    ["yes", '"yes"'],
    ["No", '"No"'],
    ["null", '"null"'],
    ["123", '"123"'],
    ["a: b", '"a: b"'],
    ["https://x.example/a#b", "https://x.example/a#b"],
    ["a #b", '"a #b"'],
    ["`code` first", '"`code` first"'],
    ['say "hi"', 'say "hi"'],
    ["tab\there", '"tab\\there"'],
    ["bidi \u202e!", '"bidi \\u202e!"'],
    ["", '""'],
  ])("yamlInline(%j) = %s", (given, want) => {
    expect(yamlInline(given)).toBe(want);
  });

  test.each([
    ["short", "  d: short"],
    ["two\nlines", "  d: |-\n    two\n    lines"],
    [" lead", '  d: " lead"'],
    ["x ".repeat(45).trim(), `  d: >-\n    ${"x ".repeat(38).trim()}\n    ${"x ".repeat(7).trim()}`],
    ["para\n\n  indented", "  d: |-\n    para\n\n      indented"],
    ["trailing \nspace", '  d: "trailing \\nspace"'],
  ])("yamlField(%j)", (given, want) => {
    expect(yamlField("  ", "d", given)).toBe(want);
  });

  const valueOf = (root: YNode | null): unknown => {
    const item = root?.kind === "map" ? root.items[0]?.value : undefined;
    const entry = item?.kind === "seq" ? item.items[0] : undefined;
    const d = entry?.kind === "map" ? entry.items.find((p) => p.key.value === "d")?.value : undefined;
    return d?.kind === "scalar" ? d.value : d;
  };

  test("every string reads back unchanged, through the spec parser and the yaml library", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme", maxLength: 120 }), fc.string({ unit: "binary", maxLength: 40 }), fc.lorem({ maxCount: 40 })),
        (text) => {
          const doc = `codes:\n  - name: A\n${yamlField("    ", "d", text)}\n`;
          const bag = new DiagnosticBag();
          const parsed = parseYaml("x.yaml", doc, bag);
          expect(bag.items, doc).toEqual([]);
          expect(valueOf(parsed!.root), doc).toBe(text);
          expect((lazyYaml().parse(doc, { version: "1.2" }) as { codes: { d: string }[] }).codes[0]!.d).toBe(text);
        },
      ),
      { numRuns: 400 },
    );
  });

  test("globMatch", () => {
    expect([globMatch("BILLING_*", "BILLING_X"), globMatch("*_LOCKED", "A_LOCKED"), globMatch("A.*", "AB"), globMatch("*", "")]).toEqual([
      true,
      true,
      false,
      true,
    ]);
  });
});
