// Every documented limit, fuzzed at, just under and just over it: each input either
// works or is refused with a located diagnostic; never exit 3, a stack trace or a
// half-written out/. The inputs are generated here (up to 32 MiB), never committed.
// Limits: spec file size (MAX_SPEC_BYTES), YAML nesting (MAX_NESTING), implicit keys
// (1024 characters), code names (MAX_CODE_NAME), pattern-checked values
// (MAX_PATTERN_INPUT), diagnostics per file (MAX_PER_FILE).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { MAX_PER_FILE } from "../src/diagnostics/diagnostics.js";
import { MAX_SPEC_BYTES } from "../src/io/project.js";
import { MAX_CODE_NAME } from "../src/catalog/normalise.js";
import { MAX_PATTERN_INPUT } from "../src/shape/read.js";
import { MAX_NESTING } from "../src/yaml/prescan.js";
import { TempProject, type Result } from "./support/project.js";

const CONFIG = 'catalog:\n  name: limits\n  version: "1.0.0"\n';
const LOCATED = /^spec\/big\.yaml:\d+:\d+ error (LS\d{3}): /m;
const INTERNAL = /^\s+at .+:\d+:\d+\)?$|internal error|Maximum call stack|RangeError|TypeError/m;

/** `text` padded with a comment to exactly `bytes` bytes (ASCII). */
function sized(text: string, bytes: number): string {
  const pad = bytes - text.length - 3; // "# " + "\n"
  if (pad < 0) throw new Error("text longer than the size asked for");
  return `${text}# ${"x".repeat(pad)}\n`;
}

/** A spec file holding one code whose description is one plain line of words, `bytes` long in all. */
function plainDescription(bytes: number): string {
  const head = "codes:\n  - name: BIG\n    description: ";
  const words = "word ".repeat(Math.ceil(bytes / 5)).slice(0, bytes - head.length - 2);
  return `${head}${words.trimEnd()}${"x".repeat(bytes - head.length - 1 - words.trimEnd().length)}\n`;
}

async function run(spec: string, ...argv: string[]): Promise<{ r: Result; p: TempProject }> {
  const p = new TempProject().write("lockstep.config.yaml", CONFIG).write("spec/big.yaml", spec);
  return { r: await p.run(...argv), p };
}

/** Works (exit 0), or exit 2 with a diagnostic located in the spec file; `want` pins the code. */
function worksOrLocated(r: Result, want?: string): void {
  expect(r.err).not.toMatch(INTERNAL);
  if (want === undefined) {
    expect([0, 2]).toContain(r.code);
    if (r.code === 2) expect(r.err).toMatch(LOCATED);
  } else if (want === "ok") expect(r).toMatchObject({ code: 0 });
  else {
    expect(r.code).toBe(2);
    expect(LOCATED.exec(r.err)?.[1]).toBe(want);
  }
}

describe(`spec file size: ${MAX_SPEC_BYTES} bytes`, () => {
  test("exactly at the limit: one 32 MiB plain line (the parser's regex overflowed at 8 MB) through every generator", async () => {
    const text = plainDescription(MAX_SPEC_BYTES);
    expect(Buffer.byteLength(text)).toBe(MAX_SPEC_BYTES);
    const { r, p } = await run(text, "-q");
    worksOrLocated(r, "ok");
    // The OpenAPI emitter's plain-string regex overflowed on 12 MB; now a plain scalar of the whole text.
    expect(p.read("out/openapi/errors.yaml")).toContain(`- word word word`);
  });

  test("just under: 32 MiB - 1 of multi-line block text and quoted text, OpenAPI and TypeScript", async () => {
    const block = "codes:\n  - name: BIG\n    description: |\n" + "      line of text `x` *y*\n".repeat(600_000) + "    cause: '" + "it''s ".repeat(300_000) + "'\n";
    const { r } = await run(sized(block, MAX_SPEC_BYTES - 1), "-q", "--only", "openapi,ts");
    worksOrLocated(r, "ok");
  });

  test("just over: refused (LS044) before it is read", async () => {
    const { r, p } = await run(sized("codes: []\n", MAX_SPEC_BYTES + 1));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`spec/big.yaml:1:1 error LS044: spec/big.yaml is ${MAX_SPEC_BYTES + 1} bytes; spec files are limited to ${MAX_SPEC_BYTES}`);
    expect(existsSync(join(p.root, "out"))).toBe(false);
  });

  test.each([
    ["8 MB of spaces inside a quoted description", () => `codes:\n  - name: BIG\n    description: "a${" ".repeat(8 << 20)}b"\n`],
    ["8 MB of one word", () => `codes:\n  - name: BIG\n    title: ${"x".repeat(8 << 20)}\n`],
    ["an 8 MB markdown-ish list in fix", () => "codes:\n  - name: BIG\n    fix: |\n" + "      - item `x` [a](b) | c\n".repeat(300_000)],
  ])("%s works in every generator", async (_, make) => {
    worksOrLocated((await run(make(), "-q")).r, "ok");
  });
});

describe(`YAML nesting: ${MAX_NESTING} levels`, () => {
  /** Details types nested in flow style: each object level is two YAML levels. */
  const nestedDetails = (levels: number): string => {
    let type = "string";
    for (let i = 0; i < levels; i++) type = `{ type: object, fields: { f: ${type} } }`;
    return `codes:\n  - name: DEEP\n    details:\n      x: ${type}\n`;
  };
  /** YAML depth of nestedDetails(levels): codes, the list, the code, details, then two per level. */
  const levelsFor = (depth: number) => Math.floor((depth - 4) / 2);
  test.each([MAX_NESTING - 1, MAX_NESTING, MAX_NESTING + 1, MAX_NESTING + 2])("details nested to YAML depth ≈ %i: works or a located error", async (depth) => {
    worksOrLocated((await run(nestedDetails(levelsFor(depth)), "-q", "--only", "go,ts")).r);
  });
  test.each([MAX_NESTING - 1, MAX_NESTING, MAX_NESTING + 1])("flow sequences %i deep: a located error", async (depth) => {
    const r = (await run(`codes: ${"[".repeat(depth)}${"]".repeat(depth)}\n`)).r;
    expect(r.code).toBe(2);
    worksOrLocated(r);
  });
});

describe("implicit keys: 1024 characters", () => {
  test.each([
    [1023, "LS010"],
    [1024, undefined],
    [1025, "LS001"],
  ])("a key of %i characters", async (length, want) => {
    const { r } = await run(`codes:\n  - name: BIG\n    ${"k".repeat(length)}: 1\n`);
    expect(r.code).toBe(2);
    worksOrLocated(r, want);
  });
});

describe(`code names: ${MAX_CODE_NAME} characters`, () => {
  /** A valid UPPER_SNAKE name of `n` characters, words of one letter (what made the naming regex backtrack). */
  const named = (n: number) => `codes:\n  - name: ${"A_".repeat(Math.floor((n - 1) / 2))}${n % 2 ? "B" : "BB"}\n`;
  test.each([
    [MAX_CODE_NAME - 1, "ok"],
    [MAX_CODE_NAME, "ok"],
    [MAX_CODE_NAME + 1, "LS021"],
    [8 << 20, "LS021"], // crashed the naming regex (exit 3)
  ])("a name of %i characters", async (length, want) => {
    const { r } = await run(named(length), "-q");
    worksOrLocated(r, want);
  });
});

describe(`pattern-checked values: ${MAX_PATTERN_INPUT} characters`, () => {
  test.each([
    [MAX_PATTERN_INPUT - 1, "LS024"],
    [MAX_PATTERN_INPUT, "LS024"],
    [MAX_PATTERN_INPUT + 1, "LS013"],
    [8 << 20, "LS013"],
  ])("a reference of %i characters", async (length, want) => {
    const { r } = await run(`codes:\n  - name: BIG\n    related:\n      - code: ${"X".repeat(length)}\n`);
    worksOrLocated(r, want);
    expect(r.err.length).toBeLessThan(5000); // the message quotes the value cut short
  });
});

describe(`diagnostics: ${MAX_PER_FILE} per file, then a count`, () => {
  test.each([MAX_PER_FILE - 1, MAX_PER_FILE, MAX_PER_FILE + 1, 200_000])("%i unknown keys", async (keys) => {
    const lines = ["codes:", "  - name: BIG"];
    for (let i = 0; i < keys; i++) lines.push(`    k${i}: 1`);
    const { r } = await run(lines.join("\n") + "\n");
    worksOrLocated(r, "LS010");
    expect(r.err.match(/error LS010/g)).toHaveLength(Math.min(keys, MAX_PER_FILE));
    expect(r.err.endsWith(`\n${keys} errors\n`)).toBe(true);
    if (keys > MAX_PER_FILE) expect(r.err).toContain(`… and ${keys - MAX_PER_FILE} more problems in spec/big.yaml, not listed (only the first 100 of a file are)`);
    else expect(r.err).not.toContain("more problems");
  });
});

describe("chains and cycles of references", () => {
  test.each([
    ["aliasOf", (i: number) => `    aliasOf: C${i}\n`],
    ["replacement", (i: number) => `    deprecated: { replacement: C${i} }\n`],
    ["surfacesAs", (i: number) => `    lifecycle: planned\n    surfacesAs: C${i}\n`],
  ])("a chain of 20,000 %s references works (inheritance was recursive)", async (_, ref) => {
    const codes = Array.from({ length: 20_000 }, (_, i) => `  - name: C${i + 1}\n${ref(i)}`).join("");
    worksOrLocated((await run(`codes:\n  - name: C0\n    status: 400\n${codes}`, "-q", "--only", "ts")).r, "ok");
  });

  test("a planned code surfacing as itself, and two surfacing as each other: LS025 at surfacesAs", async () => {
    const self = (await run("codes:\n  - name: SOON\n    lifecycle: planned\n    surfacesAs: SOON\n")).r;
    expect(self.code).toBe(2);
    expect(self.err).toContain("spec/big.yaml:4:17 error LS025: surfacesAs cycle: SOON → SOON");
    const pair = (await run("codes:\n  - name: A\n    lifecycle: planned\n    surfacesAs: B\n  - name: B\n    lifecycle: planned\n    surfacesAs: A\n")).r;
    expect(pair.code).toBe(2);
    expect(pair.err).toContain("spec/big.yaml:4:17 error LS025: surfacesAs cycle: A → B → A");
    // a chain that ends at a live code is fine
    worksOrLocated((await run("codes:\n  - name: A\n    lifecycle: planned\n    surfacesAs: B\n  - name: B\n    lifecycle: planned\n    surfacesAs: C\n  - name: C\n", "-q")).r, "ok");
  });
});
