// `lockstep audit`: exact reports in all three formats on a small monorepo (server
// and client code with drift, deprecated, removed and dead codes), the scanner's
// rules one by one, and the settings file.
import { describe, expect, test } from "vitest";
import { parseAuditConfig } from "../src/adopt/audit-config.js";
import { githubData, githubProperty } from "../src/adopt/audit-format.js";
import { platformCode } from "../src/adopt/audit-ignore.js";
import { hintFor } from "../src/adopt/audit-match.js";
import { scanSource, worthParsing, type ScanRules } from "../src/adopt/audit-scan.js";
import { loadTsMorph } from "../src/adopt/ts-morph.js";
import { main } from "../src/cli/main.js";
import { TempProject, type Result } from "./support/project.js";

/** `lockstep …` in-process with `cwd` as the working folder. */
async function runIn(cwd: string, ...argv: string[]): Promise<Result> {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd, env: {}, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const TEXT = `apps/api/src/middleware.ts:9:66 error drift: NOT_FOUND is not in the catalog
apps/api/src/middleware.ts:11:39 error drift: INTERNAL is not in the catalog
apps/api/src/routes/orders.ts:15:44 error drift: ORDER_TOO_LARGE is not in the catalog
apps/api/src/routes/orders.ts:19:14 error drift: ORDER_LOCKED was removed in 1.3.0; use ORDER_ALREADY_SHIPPED
apps/web/src/api-client.ts:11:10 error drift: CARD_EXPIRED is not in the catalog (did you mean CARD_DECLINED?)
apps/web/src/components/Checkout.tsx:7:33 error drift: PAYMENT_REQUIRED is not in the catalog
apps/api/src/routes/auth.ts:5:58 warning deprecated: SESSION_EXPIRED is deprecated; use TOKEN_EXPIRED
apps/web/src/api-client.ts:20:72 warning deprecated: LEGACY_VOUCHER_INVALID is deprecated
spec/auth.yaml:4:11 warning dead: TOKEN_EXPIRED is never used
spec/auth.yaml:13:11 warning dead: PASSWORD_TOO_WEAK is never used
spec/billing.yaml:11:11 warning dead: REFUND_WINDOW_CLOSED is never used
lockstep audit: 6 files, 19 references; 6 drift, 2 deprecated, 3 dead
`;

describe("the fixture monorepo", () => {
  const p = TempProject.fromFixture("audit");

  test("text: drift fails the run; deprecated and dead are warnings", async () => {
    expect(await p.run("audit")).toEqual({ code: 1, out: TEXT, err: "" });
  });

  test("--fail-on decides what is an error and the exit code", async () => {
    const none = await p.run("audit", "--fail-on", "none");
    expect(none.code).toBe(0);
    expect(none.out).toBe(TEXT.replace(/ error drift/g, " warning drift"));
    const dead = await p.run("audit", "--fail-on", "dead,deprecated");
    expect(dead.code).toBe(1);
    expect(
      dead.out
        .split("\n")
        .filter((l) => l.includes(" error "))
        .map((l) => l.split(" error ")[1]!.split(":")[0]),
    ).toEqual(["deprecated", "deprecated", "dead", "dead", "dead"]);
    expect((await p.run("audit", "--fail-on", "drift,stale")).err).toBe('lockstep audit: --fail-on takes drift, deprecated, dynamic, dead or none, got "stale"\n');
  });

  test("github: workflow annotations", async () => {
    const r = await p.run("audit", "--format", "github", "--fail-on", "drift,deprecated");
    expect(r.out).toBe(`::error file=apps/api/src/middleware.ts,line=9,col=66,title=lockstep drift::NOT_FOUND is not in the catalog
::error file=apps/api/src/middleware.ts,line=11,col=39,title=lockstep drift::INTERNAL is not in the catalog
::error file=apps/api/src/routes/orders.ts,line=15,col=44,title=lockstep drift::ORDER_TOO_LARGE is not in the catalog
::error file=apps/api/src/routes/orders.ts,line=19,col=14,title=lockstep drift::ORDER_LOCKED was removed in 1.3.0; use ORDER_ALREADY_SHIPPED
::error file=apps/web/src/api-client.ts,line=11,col=10,title=lockstep drift::CARD_EXPIRED is not in the catalog (did you mean CARD_DECLINED?)
::error file=apps/web/src/components/Checkout.tsx,line=7,col=33,title=lockstep drift::PAYMENT_REQUIRED is not in the catalog
::error file=apps/api/src/routes/auth.ts,line=5,col=58,title=lockstep deprecated::SESSION_EXPIRED is deprecated; use TOKEN_EXPIRED
::error file=apps/web/src/api-client.ts,line=20,col=72,title=lockstep deprecated::LEGACY_VOUCHER_INVALID is deprecated
::warning file=spec/auth.yaml,line=4,col=11,title=lockstep dead::TOKEN_EXPIRED is never used
::warning file=spec/auth.yaml,line=13,col=11,title=lockstep dead::PASSWORD_TOO_WEAK is never used
::warning file=spec/billing.yaml,line=11,col=11,title=lockstep dead::REFUND_WINDOW_CLOSED is never used
lockstep audit: 6 files, 19 references; 6 drift, 2 deprecated, 3 dead
`);
    expect(r.code).toBe(1);
  });

  test("json: globs on the command line replace include; paths stay relative to the cwd", async () => {
    const r = await p.run("audit", "apps/web", "--format", "json", "--fail-on", "none");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { summary: unknown; findings: { kind: string; code: string; file: string; line: number; column: number }[] };
    expect(report.summary).toEqual({ files: 2, references: 7, drift: 2, deprecated: 1, dynamic: 0, dead: 10, possiblyUsed: [], failed: false });
    expect(r.out.slice(0, r.out.indexOf('    {\n      "kind": "deprecated"'))).toBe(`{
  "summary": {
    "files": 2,
    "references": 7,
    "drift": 2,
    "deprecated": 1,
    "dynamic": 0,
    "dead": 10,
    "possiblyUsed": [],
    "failed": false
  },
  "findings": [
    {
      "kind": "drift",
      "severity": "warning",
      "code": "CARD_EXPIRED",
      "file": "apps/web/src/api-client.ts",
      "line": 11,
      "column": 10,
      "message": "CARD_EXPIRED is not in the catalog (did you mean CARD_DECLINED?)",
      "replacement": null
    },
    {
      "kind": "drift",
      "severity": "warning",
      "code": "PAYMENT_REQUIRED",
      "file": "apps/web/src/components/Checkout.tsx",
      "line": 7,
      "column": 33,
      "message": "PAYMENT_REQUIRED is not in the catalog",
      "replacement": null
    },
`);
    expect(report.findings.filter((f) => f.kind === "deprecated").map((f) => `${f.file}:${f.line}:${f.column} ${f.code}`)).toEqual([
      "apps/web/src/api-client.ts:20:72 LEGACY_VOUCHER_INVALID",
    ]);
  });

  test("flags add rules; --ignore and --ignore-code narrow; a run from a subfolder shows paths from there", async () => {
    p.write("apps/api/src/extra.ts", 'import { fail } from "./errors.js";\nfail("OUT_OF_STOCK");\nreport({ reason: "ORDER_GONE" });\n');
    p.write("apps/api/src/node_modules/dep/index.ts", 'throwError("FROM_A_DEPENDENCY");\n');
    const r = await p.run("audit", "--call", "fail", "--key", "reason", "--ignore", "apps/web", "--ignore-code", "NOT_FOUND,INTERNAL", "--fail-on", "none");
    expect(r.out.split("\n").filter((l) => l.includes("drift"))).toEqual([
      "apps/api/src/extra.ts:3:18 warning drift: ORDER_GONE is not in the catalog",
      "apps/api/src/routes/orders.ts:15:44 warning drift: ORDER_TOO_LARGE is not in the catalog",
      "apps/api/src/routes/orders.ts:19:14 warning drift: ORDER_LOCKED was removed in 1.3.0; use ORDER_ALREADY_SHIPPED",
      "lockstep audit: 5 files, 12 references; 3 drift, 1 deprecated, 8 dead",
    ]);
    const nested = await runIn(`${p.root}/apps/api`, "audit", "src/routes/auth.ts", "-c", "../../lockstep.config.yaml", "--fail-on", "none");
    expect(nested.out.split("\n")[0]).toBe("src/routes/auth.ts:5:58 warning deprecated: SESSION_EXPIRED is deprecated; use TOKEN_EXPIRED");
    expect(nested.out).toContain("../../spec/auth.yaml:4:11 warning dead: TOKEN_EXPIRED is never used\n");
  });

  test("usage and settings errors exit 2", async () => {
    expect(await p.run("audit", "nothing/**/*.ts")).toEqual({
      code: 2,
      out: "",
      err: "lockstep audit: no source files match nothing/**/*.ts\nRun lockstep audit --help for usage.\n",
    });
    expect((await p.run("audit", "--enum-nmae", "X")).err).toBe(
      "lockstep audit: unknown option --enum-nmae (did you mean --enum-name?)\nRun lockstep audit --help for usage.\n",
    );
    expect((await p.run("audit", "--help")).out).toContain("Usage: lockstep audit [globs...] [options]");
    const bare = new TempProject().write("lockstep.config.yaml", "catalog:\n  name: x\n").write("spec/a.yaml", "codes:\n  - name: A\n");
    expect((await bare.run("audit")).err).toBe(
      "lockstep audit: no files to scan: pass globs (e.g. 'src/**/*.ts') or set include in lockstep.audit.yaml\nRun lockstep audit --help for usage.\n",
    );
  });
});

const RULES: ScanRules = { enums: ["ErrorCode"], calls: ["throwError"], constructors: ["ApiError"], keys: ["code"] };
const scan = (text: string, path = "/x.ts") =>
  scanSource(loadTsMorph("test", process.cwd()).ts, path, text, RULES).map(
    (u) => `${u.line}:${u.col} ${u.kind} ${u.text}${u.dynamic ? ` ${u.dynamic.reach || "*"}` : ""}`,
  );

describe("scanSource", () => {
  test.each([
    ["x = ErrorCode.A_B;", ["1:15 member A_B"]],
    ["x = errors.ErrorCode.A_B;", ["1:22 member A_B"]],
    ['x = ErrorCode["A_B"];', ["1:15 member A_B"]],
    ["let x: ErrorCode.A_B;", ["1:18 member A_B"]],
    ['import { ErrorCode as EC } from "e"; EC.A_B;', ["1:41 member A_B"]],
    ['throwError("A_B", "msg"); throwError(`A_B`); throwError(x, "A_B");', ["1:12 string A_B", "1:38 string A_B", "1:60 string A_B"]],
    ['errors.throwError("A_B"); other("A_B");', ["1:19 string A_B"]],
    ['new ApiError(409, "A_B"); new Error("A_B");', ["1:19 string A_B"]],
    ['f({ code: "A_B" }, { "code": "C_D" as const }, { other: "E_F" });', ["1:11 string A_B", "1:30 string C_D"]],
    ['if (e.code === "A_B" || "C_D" !== e["code"] || e.kind === "E_F") {}', ["1:16 string A_B", "1:25 string C_D"]],
    ['switch (err.code) { case "A_B": case "C_D": default: }', ["1:26 string A_B", "1:38 string C_D"]],
    ['switch (kind) { case "A_B": }', []],
    ["// ErrorCode.A_B in a comment\nconst s = 'ErrorCode.A_B';", []],
    // Uses the scan cannot resolve: dynamic, with what they could be.
    ["throwError(`${kind}_LIMIT`); new ApiError(400, `X_${a}_${b}`);", ["1:12 dynamic `${kind}_LIMIT` ^.+_LIMIT$", "1:48 dynamic `X_${a}_${b}` ^X_.+_.+$"]],
    ["x = ErrorCode[key]; y = ErrorCode[`A_${k}`];", ["1:5 dynamic ErrorCode[key] *", "1:25 dynamic ErrorCode[`A_${k}`] ^A_.+$"]],
    ['if (code === "A_B" || errCode !== "C_D" || mode === "E_F") {}', ["1:14 dynamic A_B ^A_B$", "1:35 dynamic C_D ^C_D$"]],
    ['switch (code) { case "A_B": }', ["1:22 dynamic A_B ^A_B$"]],
    ['class NotFound extends ApiError { constructor() { super(404, "A_B"); } }\nclass Other extends Error { constructor() { super("C_D"); } }', ["1:62 string A_B"]],
  ])("%s", (given, want) => {
    expect(scan(given)).toEqual(want);
  });

  test("TSX and JavaScript parse", () => {
    expect(scan("const v = <p>{ErrorCode.A_B}</p>;", "/x.tsx")).toEqual(["1:25 member A_B"]);
    expect(scan('module.exports = () => throwError("A_B");', "/x.cjs")).toEqual(["1:35 string A_B"]);
  });

  test("files that never name a rule as a whole word are not parsed", () => {
    const worth = worthParsing({ ...RULES, enums: ["Error$Code"] });
    expect(["statusCode = 1", "encode(x)", "x.code", "Error$Code.A", "throwErrors()"].map((t) => worth.test(t))).toEqual([false, false, true, true, false]);
  });
});

describe("defaults", () => {
  test("Node and DOM codes are not drift unless the catalog has them; ignoreDefaults: false reports them; ERR_* is the catalog's when it uses the prefix", () => {
    expect(["ENOENT", "ECONNRESET", "ENOTFOUND", "ABORT_ERR", "ERR_INVALID_ARG_TYPE"].map((c) => platformCode(c, ["CARD_DECLINED"]))).toEqual([true, true, true, true, true]);
    expect(platformCode("ERR_INVALID_ARG_TYPE", ["ERR_CARD"])).toBe(false);
    expect(platformCode("CARD_DECLINED", [])).toBe(false);
  });

  test("--enum-name adds to the generator's type name; ignoreDefaults: false reports ENOENT", async () => {
    const p = new TempProject()
      .write("lockstep.config.yaml", "catalog:\n  name: x\ngenerators:\n  ts: {}\nbuiltins: none\n")
      .write("spec/a.yaml", "codes:\n  - name: A_B\n  - name: C_D\n")
      .write("src/x.ts", 'f(ErrorCode.A_B, Codes.C_D);\nif (e.code === "ENOENT") {}\n');
    const findings = async (...argv: string[]) => (await p.run("audit", "src", "--key", "code", "--fail-on", "none", ...argv)).out;
    expect(await findings("--enum-name", "Codes")).toBe("lockstep audit: 1 file, 2 references; 0 drift, 0 deprecated, 0 dead\n");
    p.write("lockstep.audit.yaml", "ignoreDefaults: false\n");
    expect(await findings()).toBe(
      "src/x.ts:2:16 warning drift: ENOENT is not in the catalog\nspec/a.yaml:3:11 warning dead: C_D is never used\nlockstep audit: 1 file, 2 references; 1 drift, 0 deprecated, 1 dead\n",
    );
  });
});

describe("reports and settings", () => {
  test.each([
    ["50% done\r\nnext", "50%25 done%0D%0Anext", "50%25 done%0D%0Anext"],
    ["a:b,c", "a:b,c", "a%3Ab%2Cc"],
  ])("github escaping of %j", (given, data, property) => {
    expect([githubData(given), githubProperty(given)]).toEqual([data, property]);
  });

  test.each([
    ["CARD_EXPIRED", "CARD_DECLINED"],
    ["CARD_DECLIEND", "CARD_DECLINED"],
    ["TOKEN_EXPIRED", "TOKEN_EXPIRED"],
    ["SOMETHING_ELSE", undefined],
    ["A", undefined],
  ])("hintFor(%j) = %j", (given, want) => {
    expect(hintFor(given, ["CARD_DECLINED", "CARD_DISABLED", "TOKEN_EXPIRED", "TOKEN_EXPIRES"])).toBe(want);
  });

  test("settings files are checked", () => {
    expect(parseAuditConfig("a.yaml", "calls: throwError\nfailOn: [dead]\n")).toMatchObject({ calls: ["throwError"], failOn: ["dead"], enums: [] });
    expect(parseAuditConfig("a.json", '{"keys": ["code"]}')).toMatchObject({ keys: ["code"], failOn: undefined });
    expect(() => parseAuditConfig("a.yaml", "call: [x]\n")).toThrow(
      'a.yaml: unknown key "call" (did you mean "calls"?); known keys: include, exclude, enums, calls, constructors, keys, ignoreCodes, failOn',
    );
    expect(() => parseAuditConfig("a.yaml", "keys: [1]\n")).toThrow('a.yaml: "keys" must be a list of strings');
    expect(() => parseAuditConfig("a.yaml", "- x\n")).toThrow("a.yaml: expected a map of settings");
  });
});
