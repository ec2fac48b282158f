// The lockfile's text form, its reader and the facts it records (src/evolution/):
// exact text for every field shape, every reason a lockfile is refused, version order.
import { describe, expect, it } from "vitest";
import { DiagnosticBag, formatDiagnostic } from "../../src/diagnostics/diagnostics.js";
import { detailFacts, lockStatus, primaryOf, typeText } from "../../src/evolution/facts.js";
import { type LockCode, locInLockfile, parseLockfile, renderLockfile } from "../../src/evolution/lockfile.js";
import { ACKNOWLEDGEABLE_RULES, ruleOf, RULES } from "../../src/evolution/rules.js";
import { compareVersions } from "../../src/evolution/versions.js";
import type { DetailField, DetailType, Status } from "../../src/catalog/model.js";

const code = (o: Partial<LockCode>): LockCode => ({
  domain: "d",
  lifecycle: "live",
  status: undefined,
  retryable: "no",
  details: {},
  identifiers: {},
  added: undefined,
  deprecated: undefined,
  replacement: undefined,
  removed: undefined,
  ...o,
});

const FULL = renderLockfile({
  catalog: "c",
  version: "2",
  codes: new Map([
    ["B", code({ status: { varies: [409, 423] }, details: { b: "x", a: "y" }, identifiers: { ts: "B", go: "CodeB", goField: { b: "B", a: "A" } }, added: "1", deprecated: "2", replacement: "A", removed: "3" })],
    ["A", code({ status: "varies", lifecycle: "planned" })],
    ["C", code({ status: 404 })],
    ["D", code({ status: [400, 422] })],
  ]),
  domains: new Map([["d", { rstLabel: "domain-d" }]]),
  acknowledged: [
    { version: "2", rule: "r", code: "B", change: "c", reason: "why" },
    { version: "3", rule: "s", code: "A", change: "d", reason: "x" },
  ],
});

/** The same lockfile as format 1 wrote it (one fact per line), before names per scheme and domains. */
const FORMAT_1 = [
  "{",
  '  "lockfileVersion": 1,',
  '  "catalog": "c",',
  '  "version": "2",',
  '  "codes": {',
  '    "A": {',
  '      "domain": "d",',
  '      "lifecycle": "planned",',
  '      "status": "varies",',
  '      "retryable": "no",',
  '      "details": {},',
  '      "identifiers": {}',
  "    },",
  '    "B": {',
  '      "domain": "d",',
  '      "lifecycle": "live",',
  '      "status": {',
  '        "varies": [409, 423]',
  "      },",
  '      "retryable": "no",',
  '      "details": {',
  '        "a": "y",',
  '        "b": "x"',
  "      },",
  '      "identifiers": {',
  '        "go": "CodeB",',
  '        "ts": "B"',
  "      },",
  '      "added": "1",',
  '      "deprecated": "2",',
  '      "replacement": "A",',
  '      "removed": "3"',
  "    }",
  "  },",
  '  "acknowledged": [',
  "    {",
  '      "version": "2",',
  '      "rule": "r",',
  '      "code": "B",',
  '      "change": "c",',
  '      "reason": "why"',
  "    }",
  "  ]",
  "}",
  "",
].join("\n");

describe("renderLockfile", () => {
  it("one line per code and per domain, keys sorted, empty maps left out, acknowledgements in order", () => {
    expect(FULL).toBe(
      [
        "{",
        '  "lockfileVersion": 2,',
        '  "catalog": "c",',
        '  "version": "2",',
        '  "codes": {',
        '    "A": {"domain":"d","lifecycle":"planned","status":"varies","retryable":"no"},',
        '    "B": {"domain":"d","lifecycle":"live","status":{"varies":[409,423]},"retryable":"no","details":{"a":"y","b":"x"},"identifiers":{"go":"CodeB","goField":{"a":"A","b":"B"},"ts":"B"},"added":"1","deprecated":"2","replacement":"A","removed":"3"},',
        '    "C": {"domain":"d","lifecycle":"live","status":404,"retryable":"no"},',
        '    "D": {"domain":"d","lifecycle":"live","status":[400,422],"retryable":"no"}',
        "  },",
        '  "domains": {',
        '    "d": {"rstLabel":"domain-d"}',
        "  },",
        '  "acknowledged": [',
        '    {"version":"2","rule":"r","code":"B","change":"c","reason":"why"},',
        '    {"version":"3","rule":"s","code":"A","change":"d","reason":"x"}',
        "  ]",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("an empty lockfile", () => {
    expect(renderLockfile({ catalog: "c", version: "1", codes: new Map(), domains: new Map(), acknowledged: [] })).toBe(
      '{\n  "lockfileVersion": 2,\n  "catalog": "c",\n  "version": "1",\n  "codes": {},\n  "domains": {},\n  "acknowledged": []\n}\n',
    );
  });

  it("strings are JSON-escaped", () => {
    const text = renderLockfile({ catalog: 'a"b', version: "1", codes: new Map([['K"', code({ details: { 'f"': 't"' } })]]), domains: new Map(), acknowledged: [] });
    expect(JSON.parse(text)).toEqual({
      lockfileVersion: 2,
      catalog: 'a"b',
      version: "1",
      codes: { 'K"': { domain: "d", lifecycle: "live", retryable: "no", details: { 'f"': 't"' } } },
      domains: {},
      acknowledged: [],
    });
  });
});

describe("locInLockfile", () => {
  it("points at a code's key, or the file start when absent (both formats)", () => {
    expect(locInLockfile({ path: "L", text: FULL }, "A")).toEqual({ file: "L", line: 6, col: 5 });
    expect(locInLockfile({ path: "L", text: FULL }, "B")).toEqual({ file: "L", line: 7, col: 5 });
    expect(locInLockfile({ path: "L", text: FULL }, "Z")).toEqual({ file: "L", line: 1, col: 1 });
    expect(locInLockfile({ path: "L", text: FORMAT_1 }, "B")).toEqual({ file: "L", line: 14, col: 5 });
  });
});

describe("parseLockfile", () => {
  const parse = (text: string) => {
    const bag = new DiagnosticBag();
    const lock = parseLockfile("L", text, bag);
    return { lock, diagnostics: bag.items.map(formatDiagnostic) };
  };
  const refused = (why: string) => [`L:1:1 error LS075: L: ${why}; restore it from version control, or delete it to start a new history`];

  it("reads back what renderLockfile wrote", () => {
    const { lock, diagnostics } = parse(FULL);
    expect(diagnostics).toEqual([]);
    expect(lock).toEqual({
      catalog: "c",
      version: "2",
      codes: new Map([
        ["A", code({ status: "varies", lifecycle: "planned" })],
        ["B", code({ status: { varies: [409, 423] }, details: { a: "y", b: "x" }, identifiers: { go: "CodeB", goField: { a: "A", b: "B" }, ts: "B" }, added: "1", deprecated: "2", replacement: "A", removed: "3" })],
        ["C", code({ status: 404 })],
        ["D", code({ status: [400, 422] })],
      ]),
      domains: new Map([["d", { rstLabel: "domain-d" }]]),
      acknowledged: [
        { version: "2", rule: "r", code: "B", change: "c", reason: "why" },
        { version: "3", rule: "s", code: "A", change: "d", reason: "x" },
      ],
      path: "L",
      text: FULL,
    });
  });

  it("reads a format 1 lockfile: the same facts, names per scheme as they were, no domains", () => {
    const { lock, diagnostics } = parse(FORMAT_1);
    expect(diagnostics).toEqual([]);
    expect(lock!.codes.get("B")).toEqual(code({ status: { varies: [409, 423] }, details: { a: "y", b: "x" }, identifiers: { go: "CodeB", ts: "B" }, added: "1", deprecated: "2", replacement: "A", removed: "3" }));
    expect(lock!.domains).toEqual(new Map());
    expect(lock!.acknowledged).toEqual([{ version: "2", rule: "r", code: "B", change: "c", reason: "why" }]);
  });

  it("drops malformed optional parts instead of failing", () => {
    const { lock, diagnostics } = parse(
      '{"lockfileVersion":1,"catalog":"c","version":"x","codes":{"A":{"domain":"d","retryable":"no","lifecycle":"live","details":[1],"identifiers":{"go":"G","n":3},"added":5,"removed":"2"}},' +
        '"acknowledged":[{"version":"1","rule":"r","code":"A","change":"c","reason":"x"},{"version":"1"},{"version":"1","rule":"r","code":"A","change":"c"},null]}',
    );
    expect(diagnostics).toEqual([]);
    expect([...lock!.codes]).toEqual([["A", code({ identifiers: { go: "G" }, removed: "2" })]]);
    expect(lock!.acknowledged).toEqual([{ version: "1", rule: "r", code: "A", change: "c", reason: "x" }]);
    expect(parse('{"lockfileVersion":1,"catalog":"c","version":"x","codes":{},"acknowledged":{}}').lock!.acknowledged).toEqual([]);
    expect(parse('{"lockfileVersion":1,"catalog":"c","version":"x","codes":{"A":{"domain":"d","retryable":"no","lifecycle":"planned","details":null,"identifiers":"x"}}}').lock!.codes.get("A")).toEqual(
      code({ lifecycle: "planned" }),
    );
  });

  it.each([
    ["[]", "not a lockfile object"],
    ["null", "not a lockfile object"],
    ["3", "not a lockfile object"],
    ['{"lockfileVersion":"1"}', 'lockfileVersion "1" is not supported (expected 2)'],
    ['{"lockfileVersion":3}', "lockfileVersion 3 is not supported (expected 2)"],
    ["{}", "lockfileVersion undefined is not supported (expected 2)"],
    ['{"lockfileVersion":1,"catalog":1,"version":"x"}', "catalog and version must be strings"],
    ['{"lockfileVersion":1,"catalog":"c","version":2}', "catalog and version must be strings"],
    ['{"lockfileVersion":1,"catalog":"c","version":"x"}', "codes must be an object"],
    ['{"lockfileVersion":1,"catalog":"c","version":"x","codes":[]}', "codes must be an object"],
    ['{"lockfileVersion":1,"catalog":"c","version":"x","codes":"x"}', "codes must be an object"],
    ['{"lockfileVersion":1,"catalog":"c","version":"x","codes":{"A":{"domain":"d","retryable":"no","lifecycle":"gone"}}}', "entry A is malformed"],
    ['{"lockfileVersion":1,"catalog":"c","version":"x","codes":{"A":{"domain":1,"retryable":"no","lifecycle":"live"}}}', "entry A is malformed"],
    ['{"lockfileVersion":1,"catalog":"c","version":"x","codes":{"A":{"domain":"d","retryable":true,"lifecycle":"live"}}}', "entry A is malformed"],
    ['{"lockfileVersion":1,"catalog":"c","version":"x","codes":{"A":null}}', "entry A is malformed"],
    ['{"lockfileVersion":1,"catalog":"c","version":"x","codes":{"A":"x"}}', "entry A is malformed"],
  ])("refuses %s", (text, why) => {
    expect(parse(text)).toEqual({ lock: undefined, diagnostics: refused(why) });
  });

  it("text that is not JSON is reported where the parser stopped", () => {
    const { lock, diagnostics } = parse('{\n  "a": 1,\n  x\n}');
    expect(lock).toBe(undefined);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/^L:3:3 error LS075: L is not valid JSON \(.*position 14.*\); restore it from version control, or delete it to start a new history$/);
    expect(parse("")).toEqual({ lock: undefined, diagnostics: [expect.stringMatching(/^L:1:1 error LS075: L is not valid JSON \(/)] });
  });
});

describe("facts", () => {
  it.each([
    [{ kind: "single", primary: 4, all: [4] }, 4],
    [{ kind: "multiple", primary: 4, all: [4, 5] }, [4, 5]],
    [{ kind: "varies", primary: undefined, all: [] }, "varies"],
    [{ kind: "varies", primary: undefined, all: [1, 2] }, { varies: [1, 2] }],
    [{ kind: "unstated", primary: undefined, all: [] }, undefined],
  ] as [Status, unknown][])("lockStatus(%j)", (status, want) => {
    expect(lockStatus(status)).toEqual(want);
  });
  it("primaryOf", () => {
    expect([primaryOf(4), primaryOf([5, 6]), primaryOf([]), primaryOf("varies"), primaryOf({ varies: [1] }), primaryOf(undefined)]).toEqual([4, 5, undefined, undefined, undefined, undefined]);
  });
  it.each([
    [{ kind: "enum", values: ["a", "b"] }, "enum(a|b)"],
    [{ kind: "list", of: { kind: "map", of: { kind: "string" } } }, "list<map<string>>"],
    [{ kind: "map", of: { kind: "number" } }, "map<number>"],
    [{ kind: "object", fields: [] }, "object"],
    [{ kind: "integer" }, "integer"],
  ] as [DetailType, string][])("typeText(%j)", (type, want) => {
    expect(typeText(type)).toBe(want);
  });
  it("detailFacts flattens object members through lists and maps", () => {
    const fields = [
      {
        name: "a",
        required: true,
        type: {
          kind: "list",
          of: {
            kind: "object",
            fields: [
              { name: "x", required: false, type: { kind: "string" } },
              { name: "y", required: true, type: { kind: "map", of: { kind: "object", fields: [{ name: "z", required: true, type: { kind: "boolean" } }] } } },
            ],
          },
        },
      },
      { name: "b", required: false, type: { kind: "object", fields: [{ name: "c", required: false, type: { kind: "integer" } }] } },
    ] as unknown as DetailField[];
    expect(detailFacts(fields)).toEqual({ a: "list<object>", "a.x": "string?", "a.y": "map<object>", "a.y.z": "boolean", b: "object?", "b.c": "integer?" });
  });
});

describe("rules", () => {
  it("ids, acknowledgeability and lookup", () => {
    expect(RULES.map((r) => `${r.id}:${r.acknowledgeable}`)).toEqual([
      "code-removed:false",
      "removed-before-deprecated:false",
      "name-reused:false",
      "status-changed:true",
      "retryable-changed:true",
      "detail-removed:true",
      "detail-retyped:true",
      "detail-now-required:true",
      "detail-added-required:true",
      "details-shape-changed:true",
      "identifier-changed:true",
      "domain-changed:true",
    ]);
    expect(ACKNOWLEDGEABLE_RULES).toEqual(["status-changed", "retryable-changed", "detail-removed", "detail-retyped", "detail-now-required", "detail-added-required", "details-shape-changed", "identifier-changed", "domain-changed"]);
    expect(ruleOf("name-reused")).toEqual({ id: "name-reused", acknowledgeable: false, summary: "a removed (tombstoned) name came back as a live code" });
    expect(ruleOf("domain-changed").summary).toBe("a code moved to another domain in a domain-scoped catalog");
  });
});

describe("compareVersions", () => {
  it.each([
    ["1.9.2", "1.10.0", -1],
    ["1.10.0", "1.9.2", 1],
    ["a", "b", -1],
    ["b", "a", 1],
    ["1.0", "1.0.0", -1],
    ["1.0.0", "1.0", 1],
    ["x1", "y1", -1],
    ["1a", "1b", -1],
    ["1b", "1a", 1],
    ["01", "1", -1],
    ["2", "10", -1],
    ["10", "2", 1],
    ["", "", 0],
    ["3.0", "3.0", 0],
    ["v2", "v2.1", -1],
  ] as [string, string, number][])("%j vs %j", (a, b, want) => {
    expect(compareVersions(a, b)).toBe(want);
  });
});
