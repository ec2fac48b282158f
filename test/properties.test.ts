// Property-based hardening (fast-check). Random valid catalogs — hostile text in every
// free-text field, names near every target's reserved words, many domains, every
// field combination, written in every YAML style — go through the whole product:
//
//   1. Toolchains: a fixed seed and a random one, 20 catalogs each, checked by tsc,
//      gofmt/go vet/go build, mypy --strict, the OpenAPI validator, docutils, a GFM
//      parser and the conformance comparison, each run once per batch.
//   2. In-process properties, hundreds of runs: compile → generate is deterministic,
//      output paths are safe, files are LF-only with one final newline, spec text comes
//      back exactly from the TypeScript (parsed by TypeScript), Go and Python literals,
//      and any text survives the YAML reader unchanged in any style.
//   3. Fixed bugs: the smallest catalogs of bugs these runs found pass every stage.
//
// A catalog that is rejected (a deliberate identifier clash, or a clash a generator
// refuses) tests nothing downstream, so rejections are counted, printed and bounded,
// and every property must see a floor of catalogs that went all the way through.
// Nothing is skipped or avoided: the arbitraries generate every hazard they know.
//
// The random seed is printed (and in each test name); replay it with
// LOCKSTEP_SEED=<seed> npx vitest run test/properties.test.ts
// More in-process runs: LOCKSTEP_PROPERTY_RUNS=1000. The large run (≥ 10,000 catalogs
// through every toolchain): node bench/properties.mjs.
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { compileConfig, compileSpecs } from "../src/catalog/compile.js";
import { enabledGenerators } from "../src/io/plan.js";
import type { ErrorCode } from "../src/catalog/model.js";
import { goConstName } from "../src/naming/go.js";
import { pythonMemberName } from "../src/naming/python.js";
import { tsMemberName } from "../src/naming/ts.js";
import { isSafeOutputPath } from "../src/generate/pipeline.js";
import { runCampaign, type CampaignResult } from "./support/arbitrary/campaign.js";
import { sampleArb } from "./support/arbitrary/catalog.js";
import { normaliseText } from "../src/escape/text.js";
import { goConstants, goMetadata, pyMetadata, tsCodeValues, tsMetadata, type MetaRow } from "./support/arbitrary/literals.js";
import { runSample, type Outcome, type SampleRun } from "./support/arbitrary/pipeline.js";
import { formatTexts } from "./support/arbitrary/render.js";
import { runBatch, type BatchResult } from "./support/arbitrary/run-batch.js";
import { signature } from "./support/arbitrary/shrink.js";
import { hostileText } from "./support/arbitrary/text.js";
import { YamlWriter, ymap } from "./support/arbitrary/yaml-emit.js";

const FIXED_SEED = 20_240_611;
const RANDOM_SEED = seedFromEnv(process.env.LOCKSTEP_SEED) ?? Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.LOCKSTEP_PROPERTY_RUNS ?? 200);
console.info(`properties: random seed ${RANDOM_SEED}; replay with LOCKSTEP_SEED=${RANDOM_SEED} npx vitest run test/properties.test.ts`);

function seedFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^\d+$/.test(value) || Number(value) >= 2 ** 31) throw new Error(`LOCKSTEP_SEED must be an integer from 0 to 2^31 - 1, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** How many catalogs of a property ended how. */
type Tally = Record<Exclude<Outcome, "failed">, number>;
const tallyText = (t: Tally) => `${t.ok} went through, ${t.rejected} deliberate clashes rejected (LS027), ${t["generator-rejected"]} clashes a generator refused`;

/**
 * A property run must test what it claims: every run accounted for, at most 1 in 100
 * refused by a generator (the large run saw 5 in 10,000) and at least 85 % all the way
 * through (1 in 25 samples is a deliberate clash).
 */
function expectFloor(t: Tally, runs: number): void {
  const text = tallyText(t);
  expect(t.ok + t.rejected + t["generator-rejected"], text).toBe(runs);
  expect(t["generator-rejected"], text).toBeLessThanOrEqual(Math.max(1, Math.floor(runs / 100)));
  expect(t.ok, text).toBeGreaterThanOrEqual(Math.floor(runs * 0.85));
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "lockstep-properties-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every failure with its kind, where it came from and the files that reproduce it. */
function describeFailures(result: CampaignResult): string {
  return result.failures
    .map((f) => `${signature(f.failure)} — seed ${f.seed}, sample #${f.index}${f.shrunk ? " (shrunk)" : ""}\n${f.failure.message}\n-- files:\n${f.repro}`)
    .join("\n\n");
}

describe("random catalogs pass every toolchain and the conformance comparison", () => {
  test.each([
    ["fixed", FIXED_SEED],
    ["random", RANDOM_SEED],
  ])("%s seed %i (LOCKSTEP_SEED replays the random one): 20 catalogs", async (label, seed) => {
    const result = await runCampaign({ seed, count: 20, batchSize: 20, workDir: join(work, String(seed)), shrink: { kinds: 1, ms: 30_000 } });
    const tally: Tally = { ok: result.passed, rejected: result.rejected, "generator-rejected": result.generatorRejected };
    console.info(`properties: ${label} seed ${seed}: ${tallyText(tally)}; ${result.files} files checked`);
    expect(describeFailures(result)).toBe("");
    expect(result.tried).toBe(20);
    expectFloor(tally, 20);
    // Every catalog that went through was checked file by file: at least the TS, Go and Python packages.
    expect(result.files).toBeGreaterThanOrEqual(10 * result.passed);
  });
});

/** A code's row in a metadata table, by the target's member name. */
function rowOf(rows: readonly MetaRow[], member: string, target: string): Readonly<Record<string, string>> {
  const row = rows.find((r) => r.member === member);
  if (!row) throw new Error(`${target}: no metadata row ${member}`);
  return row.fields;
}

function expectField(actual: string | undefined, expected: string | undefined, what: string): void {
  if (actual !== expected) throw new Error(`${what}: read back ${JSON.stringify(actual)}, the spec says ${JSON.stringify(expected)}`);
}

/** Spec text comes back exactly from each target's string literals. */
function checkLiterals(run: SampleRun): void {
  const file = (path: string) => run.files.find((f) => f.path === path)?.bytes.toString("utf8");
  const catalog = run.catalog!;
  const tsOptions = run.config?.generators?.find((g) => g.name === "ts")?.options;
  const typeName = (tsOptions?.typeName as string | undefined) ?? "ErrorCode";
  const tsSource = file("ts/index.ts")!;
  const tsRows = tsMetadata(tsSource);
  const tsValues = tsCodeValues(tsSource, typeName);
  const goRows = goMetadata(file("go/table.go")!);
  const goValues = goConstants(file("go/codes.go")!);
  const pyPath = run.files.find((f) => /^python\/src\/[^/]+\/_codes\.py$/.test(f.path))!.path;
  const pyRows = pyMetadata(file(pyPath)!);
  const check = (code: ErrorCode) => {
    const ts = rowOf(tsRows, tsMemberName(code.words, catalog.naming), "TypeScript");
    expectField(tsValues.get(tsMemberName(code.words, catalog.naming)), code.name, `TypeScript ${typeName} member of ${code.key}`);
    expectField(ts.title, code.title, `TypeScript title of ${code.key}`);
    expectField(ts.domain, code.domain, `TypeScript domain of ${code.key}`);
    expectField(ts.docsUrl, code.docsUrl, `TypeScript docsUrl of ${code.key}`);
    const go = rowOf(goRows, goConstName(code.words), "Go");
    expectField(goValues.get(goConstName(code.words)), code.key, `Go constant of ${code.key}`);
    expectField(go.title, code.title, `Go title of ${code.key}`);
    expectField(go.domain, code.domain, `Go domain of ${code.key}`);
    expectField(go.docsURL, code.docsUrl, `Go docsURL of ${code.key}`);
    const py = rowOf(pyRows, pythonMemberName(code.words), "Python");
    expectField(py.code, code.name, `Python code of ${code.key}`);
    expectField(py.title, code.title, `Python title of ${code.key}`);
    expectField(py.domain, code.domain, `Python domain of ${code.key}`);
    expectField(py.docs_url, code.docsUrl, `Python docs_url of ${code.key}`);
    expectField(py.deprecated_since, code.deprecated?.since, `Python deprecated_since of ${code.key}`);
  };
  for (const code of catalog.codes) check(code);
}

describe("in-process properties", () => {
  test(`compile → generate is deterministic, paths are safe, files are LF-only, spec text reads back from TS/Go/Python literals (${RUNS} catalogs, seed ${RANDOM_SEED})`, () => {
    const tally: Tally = { ok: 0, rejected: 0, "generator-rejected": 0 };
    fc.assert(
      fc.property(sampleArb, (sample) => {
        const first = runSample(sample);
        const where = () => `\n-- files:\n${formatTexts(first.texts)}`;
        if (first.outcome === "failed") throw new Error(`${first.problems}${where()}`);
        tally[first.outcome]++;
        if (first.outcome !== "ok") return;
        const second = runSample(sample);
        if (second.files.length !== first.files.length || second.files.some((f, i) => f.path !== first.files[i]!.path || !f.bytes.equals(first.files[i]!.bytes))) {
          throw new Error(`a second run generated different bytes${where()}`);
        }
        for (const f of first.files) {
          const text = f.bytes.toString("utf8");
          if (!isSafeOutputPath(f.path)) throw new Error(`unsafe output path ${f.path}${where()}`);
          if (text.includes("\r") || !text.endsWith("\n") || text.endsWith("\n\n")) throw new Error(`${f.path}: CR, or not exactly one final LF${where()}`);
          if (!Buffer.from(text, "utf8").equals(f.bytes)) throw new Error(`${f.path} is not valid UTF-8${where()}`);
        }
        try {
          checkLiterals(first);
        } catch (e) {
          throw new Error(`${(e as Error).message}${where()}`);
        }
      }),
      { seed: RANDOM_SEED, numRuns: RUNS },
    );
    console.info(`properties: in-process, seed ${RANDOM_SEED}: ${tallyText(tally)}`);
    expectFloor(tally, RUNS);
  });

  test(`any text reads back unchanged through the spec reader, in every YAML style (${RUNS * 4} texts, seed ${RANDOM_SEED})`, () => {
    let checked = 0;
    const config = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: roundtrip\n" }).config!;
    fc.assert(
      fc.property(hostileText(12), hostileText(4), fc.nat(), (text, short, style) => {
        const code = ymap([
          ["name", "X"],
          ["title", text],
          ["description", text],
          ["tags", [short, text]],
          ["upstream", ymap([["p", [short]]])],
          ["details", ymap([["f", ymap([["type", "enum"], ["values", [text]], ["description", short]])]])],
          ["related", [ymap([["code", "X"], ["note", text]])]],
        ]);
        const yaml = new YamlWriter(style).document(ymap([["notes", text], ["codes", [code]]]), undefined);
        const { catalog, diagnostics } = compileSpecs(config, [{ path: "spec/core.yaml", text: yaml }], undefined, enabledGenerators(config));
        const where = `\n-- spec/core.yaml:\n${yaml}`;
        if (!catalog) throw new Error(`${diagnostics.map((d) => d.message).join("\n")}${where}`);
        const x = catalog.codes[0]!;
        const got = [catalog.domains[0]!.notes, x.title, x.description, x.tags.includes(text) && x.tags.includes(short), x.upstream[0]!.codes[0], (x.details[0]!.type as unknown as { values: string[] }).values[0], x.details[0]!.description, x.related[0]!.note];
        // Domain notes that are blank once normalised are dropped (an empty note block is invalid RST).
        const want = [normaliseText(text).trim() === "" ? undefined : text, text, text, true, short, text, short, text];
        if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`read back ${JSON.stringify(got)}, wrote ${JSON.stringify(want)}${where}`);
        checked++;
      }),
      { seed: RANDOM_SEED, numRuns: RUNS * 4 },
    );
    expect(checked).toBe(RUNS * 4);
  });
});

/** Smallest catalogs of bugs the random runs found and that are fixed: each passes every stage. */
const FIXED_BUGS: readonly { id: string; config: string; specs: Record<string, string> }[] = [
  { id: "no codes", config: "catalog:\n  name: no-codes\n", specs: { "spec/core.yaml": "codes: []\n" } },
  { id: "no codes, domain-scoped", config: "catalog:\n  name: no-codes-scoped\n  uniqueness: domain\n", specs: { "spec/core.yaml": "codes: []\n" } },
  {
    id: "envelope members named like Object.prototype's",
    config: 'catalog:\n  name: proto-members\n  envelope:\n    preset: error-object\n    fields: { requestId: meta.toString, docsUrl: valueOf }\n    constants: { "constructor.x": 1, hasOwnProperty: true }\n',
    specs: { "spec/core.yaml": "codes:\n  - name: X\n    details:\n      constructor: string\n  - name: Y\n" },
  },
  { id: "Go details fields numbered past a taken name", config: "catalog:\n  name: go-numbering\n", specs: { "spec/core.yaml": "codes:\n  - name: X\n    details:\n      aB: string\n      a__b: string\n      a_b_2: string\n" } },
  {
    id: "NEL and trailing Unicode spaces",
    config: 'catalog:\n  name: nel\n  title: "T\\Nu\\u2003"\n',
    specs: { "spec/core.yaml": 'notes: "n\\N\\Nm"\ncodes:\n  - name: X\n    title: "t\\Nu"\n    description: "a\\N b\\u2003 "\n    cause: "x\\N y"\n    fix: "p\\u3000\\Nq"\n    details:\n      f: { type: string, description: "\\u2003 " }\n' },
  },
];

describe("bugs the random runs found stay fixed", () => {
  let result: BatchResult;
  beforeAll(async () => {
    const texts = FIXED_BUGS.map((b) => ({ config: { path: "lockstep.config.yaml", text: b.config }, specs: Object.entries(b.specs).map(([path, text]) => ({ path, text })) }));
    result = await runBatch(texts, { root: join(work, "fixed"), mypyCache: join(work, "mypy-fixed") });
  });

  test.each(FIXED_BUGS.map((bug, i) => [bug.id, i] as const))("%s", (_, i) => {
    expect(result.items[i]!.run.problems).toBe("");
    expect(result.items[i]!.run.outcome).toBe("ok");
    expect(result.failures.filter((f) => f.index === i || f.index === -1).map((f) => `${f.check}: ${f.message}`)).toEqual([]);
  });
});
