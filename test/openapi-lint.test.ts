// Redocly CLI (recommended ruleset) and Spectral (spectral:oas) report nothing on
// `errors.yaml` when run as the generated `redocly.yaml` / `spectral.yaml` say: the project's
// own catalog (3.1, defaults) and the torture fixture (3.0, union: true, codes: closed). Without
// those files the same tools do complain (servers, unused components), which is what they switch off.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import openapi from "../generators/openapi.js";
import type { Catalog } from "../src/catalog/model.js";
import type { Generator } from "../src/generate/plugin.js";
import { loadProject } from "../src/io/project.js";
import { generate, loadFixture } from "./support/fixture.js";
import { withTempDir } from "./support/toolchains.js";
import { execFileSync } from "node:child_process";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "node_modules", ".bin");
// No telemetry or update check from Redocly; the registry is never asked.
const ENV = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };

/** Runs a linter; returns its stdout and exit status (a non-zero status is a finding, not a crash). */
function lint(command: string, args: readonly string[], cwd: string): { stdout: string; stderr: string; status: number } {
  try {
    return { stdout: execFileSync(join(BIN, command), args, { cwd, env: ENV, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }), stderr: "", status: 0 };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; status?: number; code?: string };
    if (err.code === "ENOENT" || err.status === undefined || err.status === null) throw new Error(`${command} did not run (pnpm install installs it): ${String(e)}`);
    return { stdout: err.stdout ?? "", stderr: err.stderr ?? "", status: err.status };
  }
}

/** Redocly's findings as `rule` strings (its JSON report). */
function redocly(dir: string, args: readonly string[]): string[] {
  const { stdout, stderr } = lint("redocly", ["lint", ...args, "--format=json", "errors.yaml"], dir);
  if (!stdout.includes("{")) throw new Error(`redocly printed no report:\n${stderr}`);
  const report = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { problems: { ruleId: string; message: string }[] };
  return report.problems.map((p) => `${p.ruleId}: ${p.message}`);
}

/** Spectral's findings as `code` strings (its JSON report; `[]` when clean). */
function spectral(dir: string, ruleset: string): string[] {
  const report = join(dir, "spectral-report.json");
  rmSync(report, { force: true });
  const { stderr } = lint("spectral", ["lint", "--ruleset", ruleset, "--format", "json", "--output", report, "--fail-severity", "hint", "errors.yaml"], dir);
  if (!existsSync(report)) throw new Error(`spectral wrote no report:\n${stderr}`);
  return (JSON.parse(readFileSync(report, "utf8")) as { code: string; message: string }[]).map((r) => `${r.code}: ${r.message}`);
}

const unique = (findings: string[]) => [...new Set(findings.map((f) => f.split(":")[0]))].sort();

const project = (): Catalog => {
  const p = loadProject(join(ROOT, "lockstep.config.yaml"));
  if (!p.catalog) throw new Error("the project's catalog does not compile");
  return p.catalog;
};

const CASES: [string, () => Catalog, Record<string, unknown>, boolean][] = [
  ["the project's catalog, 3.1, default options", project, {}, true],
  ["the torture fixture, 3.0, union: true, codes: closed", () => loadFixture("torture"), { version: "3.0", union: true, codes: "closed" }, false],
];

test.each(CASES)("%s: Redocly recommended and spectral:oas report nothing with the generated configs", (_, catalog, options, defaults) => {
  const files = generate(openapi as Generator<unknown>, catalog(), options);
  expect([...files.keys()].sort()).toEqual(["errors.json", "errors.yaml", "redocly.yaml", "spectral.yaml"]);
  withTempDir((dir) => {
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
    expect(redocly(dir, ["--config", "redocly.yaml"])).toEqual([]);
    expect(spectral(dir, "spectral.yaml")).toEqual([]);
    // The default rulesets: only what the configs switch off (once: each linter run costs seconds).
    if (!defaults) return;
    writeFileSync(join(dir, "default.spectral.yaml"), 'extends: ["spectral:oas"]\n');
    writeFileSync(join(dir, "default.redocly.yaml"), "extends: [recommended]\n");
    expect(unique(redocly(dir, ["--config", "default.redocly.yaml"]))).toEqual(["no-empty-servers", "no-unused-components"]);
    expect(unique(spectral(dir, "default.spectral.yaml"))).toEqual(["oas3-api-servers", "oas3-unused-component"]);
  });
}, 120_000);
