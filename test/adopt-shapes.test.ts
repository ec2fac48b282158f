// The real-world-shaped catalogs of test/fixtures/adopt/shapes: each is imported with no
// flags, generated, and its consumer type-checked (tsc --strict) against the original
// module and against the generated one swapped in; then a plain `lockstep audit` (with
// the lockstep.audit.yaml the import wrote) finds the planted cases. Refusals exit 2,
// name the shape and the fix, and leave the folder byte-for-byte as it was.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { FIXTURES } from "./support/fixture.js";
import { TempProject } from "./support/project.js";
import { run } from "./support/toolchains.js";
import { TSC } from "./support/tsc.js";

const SHAPES = join(FIXTURES, "adopt", "shapes");
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** `tsc --strict --noEmit` over `src/` of a copy of `p` whose catalog module is `errors`; "" when clean. */
function typeCheck(p: TempProject, errors: string, target = "ES2022"): string {
  const dir = mkdtempSync(join(tmpdir(), "lockstep-shapes-tsc-"));
  temps.push(dir);
  cpSync(join(p.root, "src"), join(dir, "src"), { recursive: true });
  writeFileSync(join(dir, "src", "errors.ts"), errors);
  const compilerOptions = { strict: true, noEmit: true, target, module: "NodeNext", moduleResolution: "NodeNext", lib: [target], types: [], skipLibCheck: true };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["src"] }));
  try {
    run(process.execPath, [TSC, "-p", dir]);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
}

/** Findings of a plain `lockstep audit` as `kind code file:line`. */
async function auditFindings(p: TempProject): Promise<string[]> {
  const r = await p.run("audit", "--format", "json");
  const report = JSON.parse(r.out) as { findings: { kind: string; code: string; file: string; line: number }[] };
  return report.findings.map((f) => `${f.kind} ${f.code} ${f.file}:${f.line}`);
}

interface Shape {
  readonly name: string;
  readonly args?: readonly string[];
  /** The stderr of the import, line by line. */
  readonly warnings: readonly string[];
  /** Spec files → code names. */
  readonly domains: Readonly<Record<string, string>>;
  readonly audit: readonly string[];
}

const SHAPE_TABLE: readonly Shape[] = [
  {
    name: "union",
    warnings: ['src/errors.ts:12:5 warning: trailing comment "429" is not a description; not imported'],
    domains: { limits: "quota_exceeded rate_exceeded ip_not_allowed unused_code", requests: "invalid_request not_found" },
    audit: [
      "drift not_founds src/consumer.ts:19",
      "dynamic `${kind}_exceeded` src/consumer.ts:14",
      "dead ip_not_allowed spec/limits.yaml:7",
      "dead unused_code spec/limits.yaml:10",
    ],
  },
  {
    name: "const-alias",
    warnings: [
      'src/errors.ts:9:3 warning: commented-out // OLD_CARD_ERROR: "OLD_CARD_ERROR", is not imported (nor made a description)',
      "note: merged 6 statuses from ERROR_STATUS (src/errors.ts:18)",
    ],
    domains: { authentication: "UNAUTHORIZED FORBIDDEN", billing: "CARD_DECLINED PAYMENT_REQUIRED TCPA_CONSENT_MISSING NEVER_USED" },
    audit: ["drift CARD_EXPIRED src/consumer.ts:15", "dynamic ERROR_CODES[key] src/consumer.ts:10", "dynamic TCPA_CONSENT_MISSING src/consumer.ts:20"],
  },
  {
    name: "enum-sections",
    warnings: [
      'src/errors.ts:10:3 warning: comment "Carrier rejections" heads MMS_NOT_SUPPORTED to CARRIER_BLOCKED (3 members), so it describes none of them; not imported (make it a section, // --- Carrier rejections ---, to use it as a domain)',
      'src/errors.ts:13:3 warning: commented-out // LEGACY_FILTERED = "LEGACY_FILTERED", is not imported (nor made a description)',
      'src/errors.ts:14:3 warning: trailing comment "501" is not a description; not imported',
      "note: merged 9 statuses from HTTP_STATUS (src/errors.ts:23)",
    ],
    domains: {
      authentication: "API_KEY_INVALID IP_NOT_ALLOWED",
      general: "INTERNAL",
      limits: "DAILY_LIMIT_EXCEEDED MONTHLY_LIMIT_EXCEEDED",
      messaging: "MMS_NOT_SUPPORTED DNC_LISTED CARRIER_BLOCKED NOT_IMPLEMENTED",
    },
    audit: [
      "drift CARRIER_BLOCK src/consumer.ts:20",
      "dynamic `${period}_LIMIT_EXCEEDED` src/consumer.ts:15",
      "dead IP_NOT_ALLOWED spec/authentication.yaml:8",
      "dead INTERNAL spec/general.yaml:3",
      "dead CARRIER_BLOCKED spec/messaging.yaml:11",
    ],
  },
  {
    name: "pascal-members",
    warnings: ["src/errors.ts:7:1 warning: export ErrorBody is not reproduced by the generated module"],
    domains: { general: "INVALID_REQUEST NOT_FOUND URL_TOO_LONG" },
    audit: ["drift NOT_FOUNDD src/consumer.ts:9", "dead URL_TOO_LONG spec/general.yaml:7"],
  },
];

describe.each(SHAPE_TABLE)("shape $name", (shape) => {
  const p = TempProject.fromFixture(`adopt/shapes/${shape.name}`);
  const original = p.read("src/errors.ts");

  test("imports with no flags: the warnings name what was not imported", async () => {
    const r = await p.run("import", "ts", "src/errors.ts", "--catalog", "demo", "-q", ...(shape.args ?? []));
    expect(r.err.split("\n").filter(Boolean)).toEqual(shape.warnings);
    expect(r.code).toBe(0);
    const domains: Record<string, string> = {};
    for (const id of Object.keys(shape.domains)) {
      domains[id] = [...p.read(`spec/${id}.yaml`).matchAll(/^ {2}- name: (\S+)$/gm)].map((m) => m[1]).join(" ");
    }
    expect(domains).toEqual(shape.domains);
  });

  test("the consumer compiles against the original module and against the generated one", async () => {
    const g = await p.run("generate", "-q");
    expect(g.err).toBe("");
    expect(typeCheck(p, original)).toBe("");
    expect(typeCheck(p, p.read("out/ts/index.ts"))).toBe("");
  });

  test("a plain `lockstep audit` finds the planted cases", async () => {
    expect(await auditFindings(p)).toEqual(shape.audit);
  });
});

describe("the drop-in check has teeth", () => {
  test("without the alias the import reproduces, the const-alias consumer does not compile", async () => {
    const p = TempProject.fromFixture("adopt/shapes/const-alias");
    expect((await p.run("import", "ts", "src/errors.ts", "-q")).code).toBe(0);
    p.write("lockstep.config.yaml", p.read("lockstep.config.yaml").replace(/^ {6}typeAliases: .*\n/m, ""));
    expect((await p.run("generate", "-q")).code).toBe(0);
    expect(typeCheck(p, p.read("out/ts/index.ts"))).toContain("has no exported member named 'ErrorCode'");
  });

  test("alias names are checked like typeName", async () => {
    const p = TempProject.fromFixture("adopt/shapes/const-alias");
    expect((await p.run("import", "ts", "src/errors.ts", "-q")).code).toBe(0);
    p.write("lockstep.config.yaml", p.read("lockstep.config.yaml").replace("typeAliases: [ErrorCode]", "typeAliases: [ErrorCode, Record]"));
    const g = await p.run("generate", "-q");
    expect(g.code).toBe(2);
    expect(g.err).toContain('"Record" would hide the global of that name, which the generated module uses');
  });
});

describe("the module's doc comment", () => {
  test("is kept on the generated enum (moduleDoc), from the JSDoc above it or the comment opening the file", async () => {
    const p = TempProject.fromFixture("adopt/shapes/enum-sections");
    expect((await p.run("import", "ts", "src/errors.ts", "-q")).code).toBe(0);
    expect(p.read("lockstep.config.yaml")).toContain("      moduleDoc: Error codes of the messaging API.\n");
    expect((await p.run("generate", "-q")).code).toBe(0);
    expect(p.read("out/ts/index.ts")).toContain("/**\n * Error codes of the messaging API.\n */\nexport enum ErrorCode {");
    const q = TempProject.fromFixture("adopt/shapes/const-alias");
    expect((await q.run("import", "ts", "src/errors.ts", "-q")).code).toBe(0);
    expect(q.read("lockstep.config.yaml")).toContain("      moduleDoc: Error codes of the billing service.\n");
  });
});

describe("other exports: the status map and its accessor are reproduced by name", () => {
  test("the config names them, and without them the consumers do not compile", async () => {
    for (const [shape, option, name] of [
      ["enum-sections", "statusFunctions", "statusOf"],
      ["const-alias", "statusMaps", "ERROR_STATUS"],
    ] as const) {
      const p = TempProject.fromFixture(`adopt/shapes/${shape}`);
      expect((await p.run("import", "ts", "src/errors.ts", "-q")).code).toBe(0);
      expect(p.read("lockstep.config.yaml")).toContain(`      ${option}: [${name}]\n`);
      p.write("lockstep.config.yaml", p.read("lockstep.config.yaml").replace(new RegExp(`^ {6}${option}: .*\\n`, "m"), ""));
      expect((await p.run("generate", "-q")).code).toBe(0);
      expect(typeCheck(p, p.read("out/ts/index.ts"))).toContain(`has no exported member '${name}'`);
    }
  });

  test("at run time they answer what the hand-written module did", async () => {
    const p = TempProject.fromFixture("adopt/shapes/enum-sections");
    expect((await p.run("import", "ts", "src/errors.ts", "-q")).code).toBe(0);
    p.write("lockstep.config.yaml", p.read("lockstep.config.yaml").replace("statusFunctions: [statusOf]", "statusFunctions: [statusOf]\n      statusMaps: [HTTP_STATUS]"));
    expect((await p.run("generate", "-q")).code).toBe(0);
    const mod = (await import(pathToFileURL(join(p.root, "out/ts/index.js")).href)) as { statusOf(c: string): number; HTTP_STATUS: Record<string, number> };
    expect(mod.statusOf("API_KEY_INVALID")).toBe(401);
    expect(mod.statusOf("NOT_IMPLEMENTED")).toBe(501);
    expect(mod.HTTP_STATUS).toEqual({
      API_KEY_INVALID: 401,
      IP_NOT_ALLOWED: 403,
      MMS_NOT_SUPPORTED: 422,
      DNC_LISTED: 422,
      CARRIER_BLOCKED: 422,
      NOT_IMPLEMENTED: 501,
      DAILY_LIMIT_EXCEEDED: 429,
      MONTHLY_LIMIT_EXCEEDED: 429,
      INTERNAL: 500,
    });
    expect(p.read("out/ts/index.d.ts")).toContain("export declare const HTTP_STATUS: Readonly<Record<ErrorCode, number>>;\n");
  });

  test("a code with no single status makes the map Partial and the accessor possibly undefined", async () => {
    const p = TempProject.fromFixture("adopt/shapes/const-alias");
    expect((await p.run("import", "ts", "src/errors.ts", "-q")).code).toBe(0);
    p.write("spec/billing.yaml", p.read("spec/billing.yaml").replace(/(- name: NEVER_USED\n(?: {4}.*\n)*?) {4}status: 500\n/, "$1    status: varies\n"));
    expect(p.read("spec/billing.yaml")).toContain("status: varies");
    expect((await p.run("generate", "-q")).code).toBe(0);
    expect(p.read("out/ts/index.ts")).toContain("export const ERROR_STATUS: Readonly<Partial<Record<ERROR_CODES, number>>> =");
    expect(typeCheck(p, p.read("out/ts/index.ts"))).toContain("Type 'number | undefined' is not assignable to type 'number'");
  });
});

describe("order: source keeps the module's member and section order", () => {
  test("the import writes order: source and the sections' order, and the enum lists members as the module did", async () => {
    const p = TempProject.fromFixture("adopt/shapes/enum-sections");
    expect((await p.run("import", "ts", "src/errors.ts", "-q")).code).toBe(0);
    expect(p.read("lockstep.config.yaml")).toContain("  order: source\n  domainOrder: [authentication, messaging, limits, general]\n");
    expect((await p.run("generate", "-q")).code).toBe(0);
    const members = (text: string) => [...text.matchAll(/^ {2}([A-Z_]+) = "/gm)].map((m) => m[1]);
    expect(members(p.read("out/ts/index.ts"))).toEqual(members(p.read("src/errors.ts")));
    expect(p.read("out/ts/index.ts")).toContain('export type ErrorDomain = "authentication" | "messaging" | "limits" | "general";');
  });

  test("without it, members are sorted by name and domains by id", async () => {
    const p = TempProject.fromFixture("adopt/shapes/enum-sections");
    expect((await p.run("import", "ts", "src/errors.ts", "-q")).code).toBe(0);
    p.write("lockstep.config.yaml", p.read("lockstep.config.yaml").replace(/^ {2}(order|domainOrder): .*\n/gm, ""));
    expect((await p.run("generate", "-q")).code).toBe(0);
    const members = [...p.read("out/ts/index.ts").matchAll(/^ {2}([A-Z_]+) = "/gm)].map((m) => m[1]);
    expect(members).toEqual([...members].sort());
    expect(members[0]).toBe("API_KEY_INVALID");
  });

  test("domainOrder: an unknown id, a repeat, and use without order: source are located errors", async () => {
    const p = TempProject.fromFixture("adopt/shapes/enum-sections");
    expect((await p.run("import", "ts", "src/errors.ts", "-q")).code).toBe(0);
    const config = p.read("lockstep.config.yaml");
    p.write("lockstep.config.yaml", config.replace("domainOrder: [authentication, messaging, limits, general]", "domainOrder: [authentication, mesaging, limits, limits]"));
    const bad = await p.run("generate");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("lockstep.config.yaml:6:33 error LS013: domainOrder names mesaging, which is not a domain (did you mean messaging?)");
    expect(bad.err).toContain("lockstep.config.yaml:6:51 error LS013: domainOrder lists limits twice");
    p.write("lockstep.config.yaml", config.replace("  order: source\n", ""));
    const alone = await p.run("generate");
    expect(alone.code).toBe(2);
    expect(alone.err).toContain("lockstep.config.yaml:5:16 error LS013: domainOrder takes effect only with `order: source`");
  });
});

describe("the member names have teeth too", () => {
  test("without memberCase: PascalCase, the pascal-members consumer does not compile", async () => {
    const p = TempProject.fromFixture("adopt/shapes/pascal-members");
    expect((await p.run("import", "ts", "src/errors.ts", "-q")).code).toBe(0);
    expect(p.read("lockstep.config.yaml")).toContain("      memberCase: PascalCase\n");
    p.write("lockstep.config.yaml", p.read("lockstep.config.yaml").replace(/^ {6}memberCase: .*\n/m, ""));
    expect((await p.run("generate", "-q")).code).toBe(0);
    expect(typeCheck(p, p.read("out/ts/index.ts"))).toContain("Property 'InvalidRequest' does not exist");
  });
});

describe("refusals: exit 2, the shape and the fix named, the folder unchanged", () => {
  const cases: readonly { name: string; files: Record<string, string>; args?: string[]; err: string }[] = [
    {
      name: "numeric codes with an inverse map",
      files: {},
      err: "lockstep import: ErrorCodes, an object or enum of numbers (PARSE_ERROR: -32700, …) holds numeric codes, and Lockstep codes are strings on the wire: pass --export ErrorNames to import the names its values hold as string codes\n",
    },
    {
      name: "a numeric enum alone",
      files: { "src/errors.ts": "export enum Status { NotFound = 404, Gone = 410 }\n" },
      err: 'lockstep import: Status, an object or enum of numbers (NotFound = 404, …) holds numeric codes, and Lockstep codes are strings on the wire: rewrite it as strings (NotFound: "NotFound") with the numbers in a { status } object, then import it\n',
    },
    {
      name: "a catalog that is not exported",
      files: { "src/errors.ts": 'const CODES = { A_B: "A_B" } as const;\nexport const x = CODES;\n' },
      err: "lockstep import: CODES, an object of strings (A_B: \"A_B\") is not exported; export it, or pass --export CODES\n",
    },
    {
      name: "no catalog at all",
      files: { "src/errors.ts": "export function fail(code: string): never { throw new Error(code); }\n" },
      err: 'lockstep import: no enum, object literal or union type of codes: import reads `enum E { A = "A" }`, `const E = { A: "A" } as const`, `const E = { A: { status: 400 } }` or `type E = "A" | "B"`; rewrite the catalog in one of these shapes\n',
    },
    {
      name: "a status map that is not one",
      files: {},
      args: ["--export", "ErrorNames", "--status-map", "ErrorNamez"],
      err: "lockstep import: no object of numbers named ErrorNamez (--status-map names one like { [ErrorCode.X]: 401 } or Record<ErrorCode, number>)\n",
    },
    {
      name: "a spec that does not validate (two values one Go name)",
      files: { "src/errors.ts": 'export enum ErrorCode { A_B = "A_B", AB = "AB" }\n', "spec/old.yaml": "codes:\n  - name: A_B\n" },
      err: "",
    },
  ];
  test.each(cases)("$name", async ({ files, args, err }) => {
    const p = TempProject.fromFixture("adopt/shapes/numeric-inverse");
    for (const [path, text] of Object.entries(files)) p.write(path, text);
    const before = p.snapshot(".");
    const r = await p.run("import", "ts", "src/errors.ts", ...(args ?? []));
    expect(r.code).toBe(2);
    if (err) expect(r.err).toBe(err);
    else expect(r.err).toMatch(/\(nothing written\)\n$/);
    expect(p.snapshot(".")).toEqual(before);
  });

  test("--export picks the inverse map: its values become the codes", async () => {
    const p = TempProject.fromFixture("adopt/shapes/numeric-inverse");
    const r = await p.run("import", "ts", "src/errors.ts", "--export", "ErrorNames", "-q");
    expect(r.code).toBe(0);
    expect([...p.read("spec/general.yaml").matchAll(/^ {2}- name: (\S+)$/gm)].map((m) => m[1])).toEqual([
      "PARSE_ERROR",
      "INVALID_REQUEST",
      "METHOD_NOT_FOUND",
      "INVALID_PARAMS",
      "INTERNAL_ERROR",
    ]);
  });
});
