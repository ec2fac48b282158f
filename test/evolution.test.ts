// Walks a realistic catalog evolution through generate, check and diff: a first
// release, additions with a deprecation and an alias, a removal plus an acknowledged
// status change, then an unacknowledged change that must fail without writing.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./support/fixture.js";
import { TempProject } from "./support/project.js";

const fixture = (name: string) => readFileSync(join(FIXTURES, "evolution", name), "utf8");
const config = (version: string) => fixture("config.yaml").replace('"1.0.0"', `"${version}"`);
const LOCK = "spec/lockstep.lock.json";

function release(p: TempProject, version: string, spec: string): TempProject {
  return p.write("lockstep.config.yaml", config(version)).write("spec/payments.yaml", fixture(spec));
}

describe("a catalog's evolution", () => {
  const p = release(new TempProject(), "1.0.0", "v1.yaml");

  it("1.0.0: the first generate writes the lockfile, and check then passes", async () => {
    const first = await p.run("generate");
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toContain("spec/lockstep.lock.json updated");
    const lock = JSON.parse(p.read(LOCK));
    expect(lock.version).toBe("1.0.0");
    expect(lock.codes.INVALID_AMOUNT).toEqual({
      domain: "payments",
      lifecycle: "live",
      status: 422,
      retryable: "no",
      details: { amount: "integer", currency: "string?" },
      // Only the enabled targets' names (ts here) and the catalog's docs anchor.
      identifiers: { anchor: "invalid-amount", ts: "INVALID_AMOUNT" },
      added: "1.0.0",
    });
    expect((await p.run("check")).code).toBe(0);
  });

  it("1.1.0: additions, a deprecation and an alias are safe; diff lists them before generate", async () => {
    release(p, "1.1.0", "v2.yaml");
    const stale = await p.run("check");
    expect(stale.code).toBe(1);
    expect(stale.err).toContain("spec/lockstep.lock.json: stale");
    const diff = await p.run("diff");
    expect(diff.code).toBe(0);
    expect(diff.out).toBe(
      [
        "lockstep diff: spec/lockstep.lock.json (1.0.0) → spec (1.1.0): 3 added, 1 deprecated, nothing breaking",
        "  added       AMOUNT_OUT_OF_RANGE",
        "  added       CARD_REFUSED",
        "  deprecated  INVALID_AMOUNT",
        "  added       REFUND_FAILED",
        "",
      ].join("\n"),
    );
    expect((await p.run("generate")).code).toBe(0);
    const lock = JSON.parse(p.read(LOCK));
    expect(lock.codes.INVALID_AMOUNT.deprecated).toBe("1.1.0");
    expect(lock.codes.INVALID_AMOUNT.replacement).toBe("AMOUNT_OUT_OF_RANGE");
    expect(lock.codes.REFUND_FAILED.added).toBe("1.1.0");
    // a widened enum is not a retype
    expect(lock.codes.CARD_DECLINED.details.reason).toBe("enum(insufficient_funds|stolen_card|expired_card)");
    expect(p.read("out/ts/index.ts")).toMatch(/@deprecated use \{@link ErrorCode\.AMOUNT_OUT_OF_RANGE\} instead(?: \(since [^)]*\))?\. Split into range and format errors\./);
  });

  it("2.0.0: a removal after a deprecation and an acknowledged status change pass, and land in the lockfile and changelog", async () => {
    release(p, "2.0.0", "v3.yaml");
    const diff = await p.run("diff", "--format", "json");
    expect(diff.code).toBe(1);
    const report = JSON.parse(diff.out);
    expect(report.changes).toEqual([
      { kind: "removed", code: "INVALID_AMOUNT", rule: null, change: "INVALID_AMOUNT removed in 2.0.0", acknowledged: null, file: "spec/payments.yaml", line: 23, column: 14 },
      {
        kind: "breaking",
        code: "PAYMENT_TIMEOUT",
        rule: "status-changed",
        change: "the primary status of PAYMENT_TIMEOUT changed from 504 to 503",
        acknowledged: true,
        file: "spec/payments.yaml",
        line: 25,
        column: 13,
      },
    ]);
    const gen = await p.run("generate");
    expect(gen.err).toBe("");
    expect(gen.code).toBe(0);
    const lock = JSON.parse(p.read(LOCK));
    expect(lock.codes.INVALID_AMOUNT).toMatchObject({ added: "1.0.0", deprecated: "1.1.0", removed: "2.0.0", replacement: "AMOUNT_OUT_OF_RANGE", status: 422 });
    expect(lock.acknowledged).toEqual([
      {
        version: "2.0.0",
        rule: "status-changed",
        code: "PAYMENT_TIMEOUT",
        change: "the primary status of PAYMENT_TIMEOUT changed from 504 to 503",
        reason: "504 was wrong; gateways cache it. Clients retry both the same way.",
      },
    ]);
    // gone from code artifacts, kept in the docs with its replacement
    expect(p.read("out/ts/index.ts")).not.toContain("INVALID_AMOUNT");
    const docs = p.read("out/docs/errors.md");
    expect(docs).toContain('| <a id="invalid-amount"></a>`INVALID_AMOUNT` | 2\\.0.0 (deprecated in 1.1.0) | Use [`AMOUNT_OUT_OF_RANGE`](#amount-out-of-range) instead. Split into range and format errors. |');
    const changelog = p.read("out/docs/CHANGELOG.md");
    expect(changelog.slice(changelog.indexOf("## Version 2.0.0"))).toBe(
      [
        "## Version 2.0.0",
        "",
        "### Breaking changes",
        "",
        "- `PAYMENT_TIMEOUT`: the primary status of PAYMENT\\_TIMEOUT changed from 504 to 503. 504 was wrong; gateways cache it. Clients retry both the same way. (`status-changed`)",
        "",
        "### Removed",
        "",
        "- `INVALID_AMOUNT` (Invalid amount): use `AMOUNT_OUT_OF_RANGE` instead. Split into range and format errors.",
        "",
        "## Version 1.1.0",
        "",
        "### Added",
        "",
        "- `AMOUNT_OUT_OF_RANGE` (Amount out of range)",
        "- `CARD_REFUSED` (Card refused)",
        "- `REFUND_FAILED` (Refund failed)",
        "",
        "### Deprecated",
        "",
        "- `INVALID_AMOUNT` (Invalid amount): use `AMOUNT_OUT_OF_RANGE` instead.",
        "",
        "## Version 1.0.0",
        "",
        "### Added",
        "",
        "- `CARD_DECLINED` (Card declined)",
        "- `INVALID_AMOUNT` (Invalid amount)",
        "- `PAYMENT_TIMEOUT` (Payment timeout)",
        "",
      ].join("\n"),
    );
    expect((await p.run("check")).code).toBe(0);
    expect((await p.run("diff")).out).toBe("lockstep diff: spec/lockstep.lock.json (2.0.0) → spec (2.0.0): no changes\n");
  });

  it("2.1.0: an unacknowledged status change fails generate and check, and writes nothing", async () => {
    p.write("lockstep.config.yaml", config("2.1.0"));
    p.write("spec/payments.yaml", p.read("spec/payments.yaml").replace("status: 409", "status: 422"));
    const before = p.snapshot();
    const lockBefore = p.read(LOCK);
    const gen = await p.run("generate");
    expect(gen.code).toBe(2);
    expect(gen.err.split("\n")[0]).toBe(
      "spec/payments.yaml:33:13 error LS073: [status-changed] breaking change: the primary status of REFUND_FAILED changed from 409 to 422; clients may depend on the old value. Revert it, or to accept it, add to REFUND_FAILED: acknowledge: [{rule: status-changed, version: \"2.1.0\", reason: \"…\"}] (2.1.0 is catalog.version in lockstep.config.yaml; bump it first if this break needs a new major version)",
    );
    expect(p.snapshot()).toEqual(before);
    expect(p.read(LOCK)).toBe(lockBefore);
    expect((await p.run("check")).code).toBe(2);
    const diff = await p.run("diff", "--format", "github");
    expect(diff.code).toBe(1);
    expect(diff.out).toBe(
      "::error file=spec/payments.yaml,line=33,col=13,title=lockstep status-changed::breaking change: the primary status of REFUND_FAILED changed from 409 to 422 (not acknowledged)\n",
    );
  });
});

describe("lockstep diff --against", () => {
  const git = (p: TempProject, ...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: p.root, encoding: "utf8" });

  it("a git ref: the lockfile committed there is the base, even after generate moved the local one on", async () => {
    const p = release(new TempProject(), "1.0.0", "v1.yaml");
    expect((await p.run("generate")).code).toBe(0);
    git(p, "init", "-q");
    git(p, "add", "-A");
    git(p, "commit", "-qm", "v1");
    release(p, "1.1.0", "v2.yaml");
    expect((await p.run("generate")).code).toBe(0);
    expect((await p.run("diff")).out).toBe("lockstep diff: spec/lockstep.lock.json (1.1.0) → spec (1.1.0): no changes\n");
    const diff = await p.run("diff", "--against", "HEAD");
    expect(diff.code).toBe(0);
    expect(diff.out.split("\n")[0]).toBe("lockstep diff: HEAD:spec/lockstep.lock.json (1.0.0) → spec (1.1.0): 3 added, 1 deprecated, nothing breaking");
    const missing = await p.run("diff", "--against", "no-such-ref");
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^lockstep diff: --against no-such-ref: no such lockfile, and git cannot read spec\/lockstep\.lock\.json at that ref \(fatal: /);
  });

  it("a lockfile path; forbidden changes exit 1 with their rule; bad input exits 2", async () => {
    const p = release(new TempProject(), "1.0.0", "v1.yaml");
    expect((await p.run("generate")).code).toBe(0);
    p.write("old.lock.json", p.read(LOCK));
    // 1.0.0 is out: removing one of its codes in 1.0.1 is forbidden (in 1.0.0 itself it was a draft)
    p.write("lockstep.config.yaml", config("1.0.1"));
    p.write("spec/payments.yaml", fixture("v1.yaml").replace(/ {2}- name: PAYMENT_TIMEOUT[^]*$/, ""));
    const diff = await p.run("diff", "--against", "old.lock.json");
    expect(diff.code).toBe(1);
    expect(diff.out).toBe(
      [
        "lockstep diff: old.lock.json (1.0.0) → spec (1.0.1): 1 forbidden",
        "  forbidden   PAYMENT_TIMEOUT: [code-removed] PAYMENT_TIMEOUT was published in 1.0.0 and is gone from the spec; published codes never disappear: put it back and deprecate it (deprecated: {replacement: …}), remove it in a later version with removed: {…}, and if it was renamed, keep PAYMENT_TIMEOUT as an aliasOf the new name (cannot be acknowledged) at old.lock.json:8:5",
        "",
      ].join("\n"),
    );
    p.write("spec/payments.yaml", "codes: [");
    expect((await p.run("diff")).code).toBe(2);
    expect(await p.run("diff", "--fromat", "json")).toEqual({ code: 2, out: "", err: "lockstep diff: unknown option --fromat (did you mean --format?)\nRun lockstep diff --help for usage.\n" });
  });
});
