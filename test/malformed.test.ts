// Bad input never crashes, never goes unlocated, never touches the project. Each case
// of the corpus breaks a valid project whose out/ (and lockfile) a previous generate
// wrote; `generate` and `generate --check` must both exit 2 with a located diagnostic
// of the expected code, print no stack trace, and leave every file and folder of the
// project byte for byte as it was, down to modification times.
import { createHash } from "node:crypto";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../src/cli/main.js";
import type { DiagnosticCode } from "../src/diagnostics/diagnostics.js";
import { BASE_FILES, MALFORMED_CASES, type Content, type MalformedCase } from "./support/malformed-cases.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "malformed");

/** Cases stored as folders: every file but `case.json` is copied over the base project. */
function fixtureCases(): MalformedCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const dir = join(FIXTURES, e.name);
      const files: Record<string, Content> = {};
      for (const rel of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
        const abs = join(dir, rel);
        if (rel !== "case.json" && lstatSync(abs).isFile()) files[rel.split("\\").join("/")] = readFileSync(abs);
      }
      const { expect: want } = JSON.parse(readFileSync(join(dir, "case.json"), "utf8")) as { expect: { code: DiagnosticCode; file: string } };
      return { name: e.name, files, expect: want };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

const CASES: readonly MalformedCase[] = [...fixtureCases(), ...MALFORMED_CASES];

interface Entry {
  readonly kind: "file" | "dir" | "link";
  readonly mtimeMs: number;
  /** sha256 of a file's bytes, a link's target; empty for folders. */
  readonly content: string;
}

/** Every entry under `root` (files, folders, links), with its bytes' hash and mtime. */
function snapshot(root: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      const abs = join(root, path);
      const st = lstatSync(abs);
      if (st.isSymbolicLink()) entries.set(path, { kind: "link", mtimeMs: st.mtimeMs, content: readlinkSync(abs) });
      else if (st.isDirectory()) {
        entries.set(path, { kind: "dir", mtimeMs: st.mtimeMs, content: "" });
        walk(path);
      } else entries.set(path, { kind: "file", mtimeMs: st.mtimeMs, content: createHash("sha256").update(readFileSync(abs)).digest("hex") });
    }
  };
  walk("");
  return entries;
}

async function run(root: string, argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd: root, env: {}, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

let base: string;
const temps: string[] = [];

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "lockstep-malformed-base-"));
  temps.push(base);
  for (const [path, text] of Object.entries(BASE_FILES)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  const first = await run(base, ["generate", "--quiet"]);
  if (first.code !== 0) throw new Error(`the base project does not generate:\n${first.err}`);
  expect(existsSync(join(base, "out", ".lockstep-manifest.json"))).toBe(true);
  expect(existsSync(join(base, "spec", "lockstep.lock.json"))).toBe(true);
});

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Sets the case up on a copy of the base project; returns its root. */
function setUp(c: MalformedCase): string {
  const root = mkdtempSync(join(tmpdir(), `lockstep-malformed-${c.name.slice(0, 40)}-`));
  temps.push(root);
  cpSync(base, root, { recursive: true, preserveTimestamps: true });
  for (const path of c.remove ?? []) rmSync(join(root, path), { recursive: true, force: true });
  for (const [path, content] of Object.entries(c.files ?? {})) {
    rmSync(join(root, path), { recursive: true, force: true });
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === "function" ? content() : content);
  }
  c.setup?.(root);
  return root;
}

const LOCATED = /^(\S+):(\d+):(\d+) error (LS\d{3}): /gm;
/** What must never reach a user: a stack frame, a crash notice, a runtime's own error text. */
const INTERNAL = /^\s+at .+:\d+:\d+\)?$|internal error|Maximum call stack|RangeError|TypeError|ReferenceError|Cannot read properties|\[object Object\]/im;

/** Problems with one run's result; empty when it is as it must be. */
function problems(c: MalformedCase, label: string, r: { code: number; out: string; err: string }): string[] {
  const found: string[] = [];
  if (r.code !== 2) found.push(`${label}: exit ${r.code}, want 2`);
  if (INTERNAL.test(r.err)) found.push(`${label}: internal text in stderr: ${INTERNAL.exec(r.err)![0].trim().slice(0, 120)}`);
  if (r.out !== "") found.push(`${label}: stdout is not empty: ${r.out.slice(0, 200)}`);
  const located = [...r.err.matchAll(LOCATED)].map((m) => ({ file: m[1]!, code: m[4]! }));
  const { code, file, named } = c.expect;
  if (file === undefined) {
    if (!r.err.includes(`error ${code}:`)) found.push(`${label}: no ${code} in stderr`);
    if (!r.err.includes(named!)) found.push(`${label}: the message does not name ${named}`);
  } else {
    if (located.length === 0) found.push(`${label}: no file:line:col location in stderr`);
    if (!located.some((d) => d.code === code && d.file === file)) {
      found.push(`${label}: want ${file}:…: ${code}, got ${located.map((d) => `${d.file} ${d.code}`).join(", ") || "nothing located"}`);
    }
  }
  return found;
}

async function check(c: MalformedCase): Promise<string[]> {
  const root = setUp(c);
  const before = snapshot(root);
  const found: string[] = [];
  for (const [label, argv] of [
    ["generate", ["generate", ...(c.argv ?? [])]],
    ["generate --check", ["generate", "--check", ...(c.argv ?? [])]],
  ] as const) {
    let result: { code: number; out: string; err: string };
    try {
      result = await run(root, argv);
    } catch (e) {
      found.push(`${label}: threw ${e instanceof Error ? (e.stack ?? e.message).split("\n").slice(0, 3).join(" | ") : String(e)}`);
      continue;
    }
    found.push(...problems(c, label, result));
    if (found.length) found.push(`${label} stderr:\n${result.err.slice(0, 1500)}`);
  }
  const after = snapshot(root);
  for (const [path, entry] of after) {
    const was = before.get(path);
    if (!was) found.push(`created ${path}`);
    else if (was.kind !== entry.kind || was.content !== entry.content) found.push(`changed ${path}`);
    else if (was.mtimeMs !== entry.mtimeMs) found.push(`touched ${path} (mtime)`);
  }
  for (const path of before.keys()) if (!after.has(path)) found.push(`deleted ${path}`);
  rmSync(root, { recursive: true, force: true });
  return found;
}

describe(`malformed input: ${CASES.length} cases`, () => {
  test("case names are unique", () => {
    const names = CASES.map((c) => c.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    // The corpus only grows: a lost fixture folder or table entry fails here.
    expect(CASES.length).toBeGreaterThanOrEqual(143);
  });

  // Every case runs: there is no list of known failures to skip.
  for (const c of CASES) {
    test(`${c.name} → ${c.expect.code}`, async () => {
      expect(await check(c)).toEqual([]);
    });
  }
});
