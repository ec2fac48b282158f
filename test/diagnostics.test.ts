// Every spec diagnostic, with its exact message and location. (Diagnostics that need
// the file system or generators are in cli.test.ts.)
import { describe, expect, test } from "vitest";
import { codeFrame, DiagnosticBag, formatReport, MAX_PER_FILE, MAX_SHOWN } from "../src/diagnostics/diagnostics.js";
import { diagnose } from "./support/diagnose.js";

const cases: { name: string; given: Record<string, string>; want: string[] }[] = [
  {
    name: "LS001 YAML syntax error",
    given: { "spec/a.yaml": "codes:\n  - name: [unclosed\n" },
    want: ["spec/a.yaml:3:1 error LS001: Flow sequence in block collection must be sufficiently indented and end with a ]"],
  },
  { name: "LS002 duplicate key", given: { "spec/a.yaml": "codes:\n  - name: A\n    name: B\n" }, want: ['spec/a.yaml:3:5 error LS002: duplicate key "name"'] },
  {
    name: "LS003 anchors and aliases",
    given: { "spec/a.yaml": "codes:\n  - &x\n    name: A\n  - *x\n" },
    want: [
      "spec/a.yaml:3:5 error LS003: YAML anchors and aliases are not allowed in spec files",
      "spec/a.yaml:4:5 error LS003: YAML anchors and aliases are not allowed in spec files",
    ],
  },
  {
    name: "LS003 custom tags",
    given: { "spec/a.yaml": "codes:\n  - name: !custom A\n" },
    want: ["spec/a.yaml:2:11 error LS003: Unresolved tag: !custom"],
  },
  {
    name: "LS004 several documents",
    given: { "spec/a.yaml": "codes: []\n---\ncodes: []\n" },
    want: ["spec/a.yaml:2:1 error LS004: a spec file holds one YAML document; remove the --- separator"],
  },
  {
    name: "LS010 unknown key with a hint",
    given: { "spec/a.yaml": "codes:\n  - name: A\n    stauts: 404\n" },
    want: ['spec/a.yaml:3:5 error LS010: unknown key "stauts" (did you mean "status"?)'],
  },
  { name: "LS010 unknown key without a hint", given: { "spec/a.yaml": "codes:\n  - name: A\n    colour: red\n" }, want: ['spec/a.yaml:3:5 error LS010: unknown key "colour"'] },
  {
    name: "LS011 wrong type, with a quoting hint",
    given: { "spec/a.yaml": "codes:\n  - name: A\n    since: 2.1\n" },
    want: ['spec/a.yaml:3:12 error LS011: expected a string, found the number 2.1 (quote it: "2.1")'],
  },
  {
    name: "LS011 Norway problem does not happen: yes is a string, so a boolean field rejects it",
    given: { "spec/a.yaml": "codes:\n  - name: A\n    retry: { retryAfter: yes }\n" },
    want: ['spec/a.yaml:3:26 error LS011: expected true or false, found the string "yes"'],
  },
  {
    name: "LS011 a list where a map belongs",
    given: { "spec/a.yaml": "codes:\n  - name: A\n    retry: [1]\n" },
    want: ["spec/a.yaml:3:12 error LS011: expected a map, found a list"],
  },
  { name: "LS012 missing name", given: { "spec/a.yaml": "codes:\n  - status: 404\n" }, want: ['spec/a.yaml:2:5 error LS012: missing required key "name"'] },
  {
    name: "LS013 value outside an enumeration",
    given: { "spec/a.yaml": "codes:\n  - name: A\n    lifecycle: plannd\n" },
    want: ['spec/a.yaml:3:16 error LS013: invalid value "plannd": expected one of "live", "planned" (did you mean "planned"?)'],
  },
  {
    name: "LS013 bad details field name",
    given: { "spec/a.yaml": "codes:\n  - name: A\n    details:\n      a-b: string\n" },
    want: ['spec/a.yaml:4:7 error LS013: invalid key "a-b": must match ^[A-Za-z][A-Za-z0-9_]*$'],
  },
  {
    name: "LS020 duplicate code across files",
    given: { "spec/a.yaml": "codes:\n  - name: A\n", "spec/b.yaml": "codes:\n  - name: A\n" },
    want: ["spec/b.yaml:2:11 error LS020: duplicate code A (first defined at spec/a.yaml:2:11)"],
  },
  {
    name: "LS020 duplicate code within a domain of a domain-scoped catalog",
    given: {
      "lockstep.config.yaml": "catalog:\n  name: t\n  uniqueness: domain\n",
      "spec/a.yaml": "codes:\n  - name: A\n  - name: A\n",
      "spec/b.yaml": "codes:\n  - name: A\n",
    },
    want: ["spec/a.yaml:3:11 error LS020: duplicate code A in domain a (first defined at spec/a.yaml:2:11)"],
  },
  {
    name: "LS021 name breaks UPPER_SNAKE",
    given: { "spec/a.yaml": "codes:\n  - name: NotFound\n  - name: NOT__FOUND\n  - name: 404_NOT_FOUND\n" },
    want: [
      'spec/a.yaml:2:11 error LS021: code name "NotFound" is not UPPER_SNAKE (e.g. INVALID_PHONE_NUMBER)',
      'spec/a.yaml:3:11 error LS021: code name "NOT__FOUND" is not UPPER_SNAKE (e.g. INVALID_PHONE_NUMBER)',
      'spec/a.yaml:4:11 error LS021: code name "404_NOT_FOUND" is not UPPER_SNAKE (e.g. INVALID_PHONE_NUMBER)',
    ],
  },
  {
    name: "LS021 name breaks lower_snake",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n  naming: lower_snake\n", "spec/a.yaml": "codes:\n  - name: NOT_FOUND\n" },
    want: ['spec/a.yaml:2:11 error LS021: code name "NOT_FOUND" is not lower_snake (e.g. invalid_phone_number)'],
  },
  { name: "LS022 status out of range", given: { "spec/a.yaml": "codes:\n  - name: A\n    status: 700\n" }, want: ["spec/a.yaml:3:13 error LS022: HTTP status 700 is outside 100–599"] },
  { name: "LS023 status listed twice", given: { "spec/a.yaml": "codes:\n  - name: A\n    status: [404, 404]\n" }, want: ["spec/a.yaml:3:13 error LS023: HTTP status 404 is listed twice"] },
  {
    name: "LS024 unknown reference with a hint",
    given: { "spec/a.yaml": "codes:\n  - name: NOT_FOUND\n  - name: B\n    aliasOf: NOT_FOUN\n" },
    want: ["spec/a.yaml:4:14 error LS024: aliasOf of B points at unknown code NOT_FOUN (did you mean NOT_FOUND?)"],
  },
  {
    name: "LS024 unknown replacement",
    given: { "spec/a.yaml": "codes:\n  - name: A\n    deprecated: { replacement: ZZZ }\n" },
    want: ["spec/a.yaml:3:32 error LS024: replacement of A points at unknown code ZZZ"],
  },
  {
    name: "LS025 replacement cycle",
    given: { "spec/a.yaml": "codes:\n  - name: A\n    deprecated: { replacement: B }\n  - name: B\n    deprecated: { replacement: A }\n" },
    want: ["spec/a.yaml:3:17 error LS025: replacement cycle: A → B → A"],
  },
  { name: "LS025 alias of itself", given: { "spec/a.yaml": "codes:\n  - name: A\n    aliasOf: A\n" }, want: ["spec/a.yaml:3:14 error LS025: aliasOf cycle: A → A"] },
  {
    name: "LS026 bad details types",
    given: { "spec/a.yaml": "codes:\n  - name: A\n    details:\n      reason: { type: enum }\n      items: { type: list }\n      extra: { type: string, of: string }\n" },
    want: [
      'spec/a.yaml:4:23 error LS026: details field "reason": type enum needs "values"',
      'spec/a.yaml:5:22 error LS026: details field "items": type list needs "of" (the item type)',
      'spec/a.yaml:6:22 error LS026: details field "extra": "of" does not apply to type string',
    ],
  },
  {
    name: "LS013 unknown details type",
    given: { "spec/a.yaml": "codes:\n  - name: A\n    details:\n      x: { type: strng }\n" },
    want: [
      'spec/a.yaml:4:18 error LS013: invalid value "strng": expected one of "string", "integer", "number", "boolean", "enum", "list", "map", "object" (did you mean "string"?)',
    ],
  },
  {
    name: "LS027 identifier collision names both locations",
    given: {
      "lockstep.config.yaml": "catalog:\n  name: t\n  uniqueness: domain\n",
      "spec/billing.yaml": "codes:\n  - name: X_Y\n",
      "spec/billing-x.yaml": "codes:\n  - name: Y\n",
    },
    want: [
      "spec/billing.yaml:2:11 error LS027: billing/X_Y and billing-x/Y (spec/billing-x.yaml:2:11) both become TypeScript member BILLING_X_Y, Go identifier CodeBillingXY, Python member BILLING_X_Y, docs anchor billing-x-y; rename one of them",
    ],
  },
  { name: "LS028 domain id differs from its file", given: { "spec/a.yaml": "domain: b\ncodes: []\n" }, want: ['spec/a.yaml:1:9 error LS028: domain "b" must be declared in spec/b.yaml, not spec/a.yaml'] },
  {
    name: "LS028 file name is not a domain id",
    given: { "spec/A_b.yaml": "codes: []\n" },
    want: ['spec/A_b.yaml:1:1 error LS028: file name "A_b" is not a domain id (lower-case letters, digits and single hyphens, starting with a letter)'],
  },
  { name: "LS029 duplicate domain", given: { "spec/a.yaml": "codes: []\n", "spec/a.yml": "codes: []\n" }, want: ["spec/a.yml:1:1 error LS029: duplicate domain a (first defined at spec/a.yaml:1:1)"] },
  {
    name: "LS030 surfacesAs on a live code",
    given: { "spec/a.yaml": "codes:\n  - name: A\n  - name: B\n    surfacesAs: A\n" },
    want: ["spec/a.yaml:4:17 error LS030: surfacesAs only applies to a planned code; set lifecycle: planned on B"],
  },
  {
    name: "LS031 unknown docs URL placeholder",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n  docsUrl: https://x/{cod}\n" },
    want: ["lockstep.config.yaml:3:12 error LS031: unknown placeholder {cod} in docsUrl (use {code}, {codeLower}, {domain}, {anchor})"],
  },
  {
    name: "LS032 inline details field named like an envelope member",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: rfc9457\n", "spec/a.yaml": "codes:\n  - name: A\n    details:\n      title: string\n      limit: integer\n" },
    want: ['spec/a.yaml:4:7 error LS032: details field "title" of A clashes with the envelope\'s title member; details sit next to the code in this envelope, so rename the field'],
  },
  {
    name: "LS032 inline details field named like an envelope branch",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: { preset: rfc9457, fields: { requestId: meta.id } }\n", "spec/a.yaml": "codes:\n  - name: A\n    details:\n      meta: string\n" },
    want: ['spec/a.yaml:4:7 error LS032: details field "meta" of A clashes with the envelope\'s requestId member (meta.id); details sit next to the code in this envelope, so rename the field'],
  },
  {
    name: "LS013 __proto__ in an envelope path",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n  envelope:\n    preset: error-object\n    fields: { requestId: meta.__proto__ }\n" },
    want: ["lockstep.config.yaml:4:5 error LS013: envelope member requestId (meta.__proto__): `__proto__` cannot name a JSON member; JavaScript reads it as the object's prototype"],
  },
  { name: "LS043 no spec files", given: {}, want: ["lockstep.config.yaml:1:1 error LS043: no spec files (*.yaml) in spec/"] },
  {
    name: "config: unknown key and an output folder outside the project",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n  nmae: x\nout: ../elsewhere\n" },
    want: [
      'lockstep.config.yaml:3:3 error LS010: unknown key "nmae" (did you mean "name"?)',
      'lockstep.config.yaml:4:6 error LS013: "out" must be a relative folder inside the project, got "../elsewhere"',
    ],
  },
  {
    name: "config: envelope members that overlap",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: { preset: flat, fields: { message: error_code } }\n" },
    want: ["lockstep.config.yaml:3:13 error LS013: envelope members code (error_code) and message (error_code) overlap"],
  },
  {
    name: "config: a member under a written details path overlaps it",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: { fields: { code: code, details: details, status: details.status } }\n" },
    want: ["lockstep.config.yaml:3:13 error LS013: envelope members details (details) and status (details.status) overlap"],
  },
  {
    name: "LS027 two spellings of one upstream provider (display names get their slug as the id)",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n", "spec/a.yaml": 'codes:\n  - name: A\n    upstream:\n      "Meta (WhatsApp)": [1]\n  - name: B\n    upstream:\n      meta-whatsapp: [2]\n' },
    want: ['spec/a.yaml:7:7 error LS027: upstream providers "Meta (WhatsApp)" and "meta-whatsapp" both have the id meta-whatsapp; spell the provider the same way everywhere'],
  },
  {
    name: "LS013 an upstream provider name with nothing to derive an id from",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n", "spec/a.yaml": 'codes:\n  - name: A\n    upstream:\n      "日本": [1]\n' },
    want: ['spec/a.yaml:4:7 error LS013: upstream provider "日本" has no letters or digits to derive its id from; write an id such as `acme`'],
  },
  {
    name: "LS013 a description of a member the envelope does not have",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n  envelope:\n    preset: flat\n    descriptions: { timestamp: When. }\n" },
    want: ["lockstep.config.yaml:4:5 error LS013: envelope description of timestamp: the envelope has no timestamp member"],
  },
  {
    name: "config: an envelope constant JSON cannot carry",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: { fields: { code: code }, constants: { limit: .inf } }\n" },
    want: ["lockstep.config.yaml:3:13 error LS013: envelope constant limit (Infinity) has no JSON value; use a string, a finite number, true, false or null"],
  },
  {
    name: "LS035 details in an envelope without a details member (none is added: the envelope has exactly the members it lists)",
    given: { "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: flat\n", "spec/a.yaml": "codes:\n  - name: A\n    details:\n      limit: integer\n  - name: B\n    aliasOf: A\n" },
    want: ["spec/a.yaml:4:7 error LS035: A declares details, but the envelope has no details member to carry them; list one (`fields: { details: details }`) or put them next to the code (`detailsShape: inline`)"],
  },
  {
    name: "config: two envelope constants that overlap (found by the property tests)",
    given: { "lockstep.config.yaml": 'catalog:\n  name: t\n  envelope: { fields: { code: A }, constants: { "None": false, None.error: 0 } }\n' },
    want: ["lockstep.config.yaml:3:13 error LS013: envelope members constant None (None) and constant None.error (None.error) overlap"],
  },
  { name: "config: catalog name is required", given: { "lockstep.config.yaml": "catalog: {}\n" }, want: ['lockstep.config.yaml:1:10 error LS012: missing required key "name"'] },
];

describe("spec diagnostics", () => {
  test.each(cases)("$name", ({ given, want }) => {
    expect(diagnose(given)).toEqual(want);
  });

  test("every problem in every file is reported at once, sorted by place", () => {
    const got = diagnose({
      "spec/b.yaml": "codes:\n  - name: bad\n  - name: B\n    status: 99\n",
      "spec/a.yaml": "codes:\n  - name: A\n    stauts: 1\n  - name: C\n    aliasOf: NOPE\n",
    });
    expect(got).toEqual([
      'spec/a.yaml:3:5 error LS010: unknown key "stauts" (did you mean "status"?)',
      "spec/a.yaml:5:14 error LS024: aliasOf of C points at unknown code NOPE",
      'spec/b.yaml:2:11 error LS021: code name "bad" is not UPPER_SNAKE (e.g. INVALID_PHONE_NUMBER)',
      "spec/b.yaml:4:13 error LS022: HTTP status 99 is outside 100–599",
    ]);
  });

  test("a valid spec has no diagnostics", () => {
    expect(diagnose({ "spec/a.yaml": "codes:\n  - name: A\n    status: [422, 400]\n    retryable: auto\n" })).toEqual([]);
  });
});

describe("report format", () => {
  test("code frame points at the span", () => {
    const text = "codes:\n  - name: A\n    status: 700\n  - name: B\n";
    const bag = new DiagnosticBag();
    bag.error("LS022", "HTTP status 700 is outside 100–599", { file: "spec/a.yaml", line: 3, col: 13 }, { start: 31, end: 34 });
    expect(codeFrame(text, bag.items[0]!)).toBe(
      ["  2 |   - name: A", "> 3 |     status: 700", "    |             ^^^", "  4 |   - name: B"].join("\n"),
    );
    expect(formatReport(bag.items, new Map([["spec/a.yaml", text]]))).toBe(
      [
        "spec/a.yaml:3:13 error LS022: HTTP status 700 is outside 100–599",
        "  2 |   - name: A",
        "> 3 |     status: 700",
        "    |             ^^^",
        "  4 |   - name: B",
        "",
        "1 error",
        "",
      ].join("\n"),
    );
  });

  test("many diagnostics: a file keeps its first 100, the report shows 100 and counts the rest", () => {
    const n = 20_000;
    const a = Array.from({ length: n }, (_, i) => `key${i}: 1`).join("\r\n") + "\n";
    const b = "x: 1\ny: 2\n";
    const bag = new DiagnosticBag();
    for (let i = 0; i < n; i++) bag.error("LS010", `unknown key "key${i}"`, { file: "a.yaml", line: i + 1, col: 1 }, { start: 0, end: 4 + String(i).length });
    bag.error("LS010", 'unknown key "y"', { file: "b.yaml", line: 2, col: 1 }, { start: 5, end: 6 });
    bag.error("LS043", "no spec files");
    expect(bag.items).toHaveLength(MAX_PER_FILE + 2);
    expect(bag.count).toBe(n + 2);
    const sorted = bag.sorted();
    expect(sorted.map((d) => d.more ?? 0).filter(Boolean)).toEqual([n - MAX_PER_FILE]);
    const report = formatReport(sorted, new Map([["a.yaml", a], ["b.yaml", b]])).split("\n\n");
    expect(report).toHaveLength(MAX_SHOWN + 2);
    expect(report[0]).toBe("error LS043: no spec files"); // no place: sorted first
    expect(report[50]).toBe(
      ['a.yaml:50:1 error LS010: unknown key "key49"', "  49 | key48: 1", "> 50 | key49: 1", "     | ^^^^^^", "  51 | key50: 1"].join("\n"),
    );
    // a.yaml's 100th and the 19,900 counted after it, and b.yaml's one, are past the 100 shown
    expect(report.slice(100)).toEqual([`… and ${n - 100 + 2} more problems, not listed (only the first 100 are)`, `${n + 2} errors\n`]);
    const few = formatReport(sorted.slice(0, 50).concat(sorted.slice(100)), new Map([["a.yaml", a], ["b.yaml", b]])).split("\n\n");
    expect(few[50]!.split("\n").at(-1)).toBe(`… and ${n - 100} more problems in a.yaml, not listed (only the first 100 of a file are)`);
  });
});
