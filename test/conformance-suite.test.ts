// The cross-language conformance suite (test/support/conformance/) on the example
// project and every fixture: each artifact, read back in its own runtime, agrees
// with catalog.json. And the suite can fail: one tampered fact in one artifact is
// reported as exactly that mismatch. Both batches run each runtime once.
import { Ajv2020 } from "ajv/dist/2020.js";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { resolveEnvelope, type EnvelopeInput } from "../src/catalog/envelope.js";
import { loadProject } from "../src/io/project.js";
import type { Catalog } from "../src/catalog/model.js";
import { checkConformance, checkConformanceMany, type GeneratorOptions, type Mismatch } from "./support/conformance/index.js";
import { writeOutDir } from "./support/conformance/out-dir.js";
import { bodiesFor, decodeTs, encodeTs, runGo, runPython, upstreamPairs, type Decoded, type EnvelopeTarget } from "./support/conformance/envelope-runtime.js";
import { runPythonTasks } from "./support/conformance/python-runtime.js";
import { pythonReading, pythonTask } from "./support/conformance/python-reader.js";
import { roundTripGo, roundTripPython, roundTripTs } from "./support/conformance/round-trip.js";
import { loadTarget } from "./support/conformance/targets.js";
import { readTs } from "./support/conformance/ts-reader.js";
import { GENERATOR_FIXTURES, loadFixture } from "./support/fixture.js";

const ROOT = join(import.meta.dirname, "..");
const temp = mkdtempSync(join(tmpdir(), "lockstep-conformance-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Writes project `name`'s artifacts into a fresh folder called `as`. */
function outDirOf(name: string, as = name, options: GeneratorOptions = {}): string {
  const dir = join(temp, as);
  if (name === SOURCE_ORDER) {
    // The torture catalog in spec order, domains reversed: no artifact may rely on sorted codes (Go's table is binary-searched).
    const copy = join(temp, `${as}-spec`);
    cpSync(join(ROOT, "test", "fixtures", "torture"), copy, { recursive: true });
    const config = join(copy, "lockstep.config.yaml");
    writeFileSync(config, readFileSync(config, "utf8").replace("  envelope: error-meta\n", "  envelope: error-meta\n  order: source\n  domainOrder: [types, http, errors]\n"));
    const project = loadProject(config);
    if (!project.catalog) throw new Error("the torture catalog in source order does not compile");
    writeOutDir(project.catalog, dir, options);
  } else if (name === "example") {
    const project = loadProject(join(ROOT, "lockstep.config.yaml"));
    if (!project.catalog) throw new Error("the example project does not compile");
    writeOutDir(project.catalog, dir, options);
  } else writeOutDir(loadFixture(name), dir, options);
  return dir;
}

/** Options that change what the readers look for: export names, layout, columns (titles must not matter). */
const OPTIONS: GeneratorOptions = {
  ts: { style: "const", typeName: "Array" },
  go: { packageName: "xcodes", modulePath: "github.com/acme/x-go" },
  python: { packageName: "py_x", enumBase: "str-enum" },
  openapi: { codeEnum: "oneOf", examples: false },
  markdown: { layout: "per-domain", columns: ["fix", "code", "retryable", "status"], titles: { code: "HTTP", status: "Code" } },
  rst: { columns: ["retry", "code", "http", "description"], titles: { code: "Retryable", retry: "Code" } },
};

const SOURCE_ORDER = "torture in source order";
const PROJECTS: [string, string, GeneratorOptions][] = [
  ...(["example", ...GENERATOR_FIXTURES] as const).map((p): [string, string, GeneratorOptions] => [p, p, {}]),
  [SOURCE_ORDER, SOURCE_ORDER, {}],
  ["torture", "torture with generator options", OPTIONS],
  ["scoped", "scoped with generator options", { ...OPTIONS, openapi: { version: "3.0", examples: true } }],
];

describe("every artifact agrees with catalog.json", () => {
  let results: Mismatch[][];
  beforeAll(async () => {
    const dirs = PROJECTS.map(([name, label, generatorOptions], i) => ({ dir: outDirOf(name, `agree-${i}`, generatorOptions), generatorOptions }));
    results = await checkConformanceMany(dirs);
  });

  test.each(PROJECTS.map(([, label], i) => [label, i] as const))("%s", (_, i) => {
    expect(results[i]).toEqual([]);
  });
});

/** Replaces exactly one occurrence of `from` in `file`. */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected one ${JSON.stringify(from)}, found ${count}`);
  writeFileSync(file, text.replace(from, to));
}

/** errors.json and errors.yaml changed alike (otherwise the two documents would differ as well). */
function editOpenapi(dir: string, change: (doc: Record<string, any>) => void): void {
  const doc = JSON.parse(readFileSync(join(dir, "errors.json"), "utf8")) as Record<string, any>;
  change(doc);
  writeFileSync(join(dir, "errors.json"), JSON.stringify(doc, null, 2));
  writeFileSync(join(dir, "errors.yaml"), stringify(doc));
}

/** [artifact, what is changed, the tampering, the one mismatch expected (code, field)]. */
const TAMPERINGS: [string, string, (dir: string) => void, Pick<Mismatch, "code" | "field">][] = [
  ["go", "a status in the metadata table", (d) => edit(join(d, "go/table.go"), "statuses: []int{504}", "statuses: []int{503}"), { code: "HTTP_TIMEOUT", field: "status" }],
  ["go", "a constant renamed", (d) => edit(join(d, "go/codes.go"), "\tCodeMatch Code = ", "\tCodeMatched Code = "), { code: "*", field: "build" }],
  [
    "python",
    "a retryable in CodeInfo",
    (d) => edit(join(d, "python/src/torture_errors/_codes.py"), 'title="Default",\n        status=500,\n        statuses=(500,),\n        retryable="yes"', 'title="Default",\n        status=500,\n        statuses=(500,),\n        retryable="no"'),
    { code: "DEFAULT", field: "retryable" },
  ],
  ["markdown", "an HTTP table cell", (d) => edit(join(d, "markdown/errors.md"), "`TO_STRING` | 404 |", "`TO_STRING` | 405 |"), { code: "TO_STRING", field: "status" }],
  ["rst", "a deprecation's version", (d) => edit(join(d, "rst/errors.rst"), "instead (since 0.9.0)", "instead (since 0.9.1)"), { code: "CLASS", field: "deprecated.since" }],
  ["ts", "a lifecycle in the metadata rows", (d) => edit(join(d, "ts/index.ts"), '"planned","DEFAULT"', '"live","DEFAULT"'), { code: "CONSTRUCTOR", field: "lifecycle" }],
  ["ts-types", "a details field made optional", (d) => edit(join(d, "ts/index.ts"), "readonly type: string;", "readonly type?: string;"), { code: "TYPE", field: "details.type" }],
  ["markdown", "a removed code's replacement link", (d) => edit(join(d, "markdown/errors.md"), "Use [`DEFAULT`](#default) instead.", "Use [`DEFAULT`](#delete) instead."), { code: "PROTO", field: "tombstone.replacement.anchor" }],
  ["rst", "a removed code's deprecation version", (d) => edit(join(d, "rst/errors.rst"), "(deprecated in 0.8.0)", "(deprecated in 0.8.1)"), { code: "PROTO", field: "tombstone.deprecatedIn" }],
  ["html", "a details field made optional", (d) => edit(join(d, "html/errors.html"), '<li><code>type</code> <span class="type">string</span> <span class="req">required</span>', '<li><code>type</code> <span class="type">string</span>'), { code: "TYPE", field: "details.type" }],
  ["html", "a deprecation's version", (d) => edit(join(d, "html/errors.html"), "instead (since 0.9.0)", "instead (since 0.9.1)"), { code: "CLASS", field: "deprecated.since" }],
  ["html", "a removed code's replacement link", (d) => edit(join(d, "html/errors.html"), 'Use <a href="#default"><code>DEFAULT</code></a> instead.', 'Use <a href="#delete"><code>DEFAULT</code></a> instead.'), { code: "PROTO", field: "tombstone.replacement.anchor" }],
  ["html", "a filter attribute that disagrees with the row", (d) => edit(join(d, "html/errors.html"), '<tr id="to-string" data-domain="http" data-status="404"', '<tr id="to-string" data-domain="http" data-status="405"'), { code: "TO_STRING", field: "data-status" }],
  ["html", "an HTTP cell and its filter attribute", (d) => {
    edit(join(d, "html/errors.html"), '<tr id="to-string" data-domain="http" data-status="404"', '<tr id="to-string" data-domain="http" data-status="405"');
    const file = join(d, "html/errors.html");
    const page = readFileSync(file, "utf8");
    const row = page.indexOf('<tr id="to-string"');
    const cell = page.indexOf('data-label="HTTP">404<', row);
    writeFileSync(file, page.slice(0, cell) + 'data-label="HTTP">405<' + page.slice(cell + 'data-label="HTTP">404<'.length));
  }, { code: "TO_STRING", field: "status" }],
  [
    "openapi",
    "x-enum-deprecated",
    (d) => editOpenapi(join(d, "openapi"), (doc) => (doc.components.schemas.ErrorCodeKnown["x-enum-deprecated"] = ["IMPORT"])),
    { code: "CLASS", field: "deprecated" },
  ],
];

describe("a tampered fact is reported as exactly that mismatch", () => {
  let results: Mismatch[][];
  beforeAll(async () => {
    const pristine = outDirOf("torture", "torture-pristine");
    const dirs = TAMPERINGS.map(([artifact, , tamper], i) => {
      const dir = join(temp, `tampered-${i}-${artifact}`);
      cpSync(pristine, dir, { recursive: true });
      tamper(dir);
      return dir;
    });
    results = await checkConformanceMany(dirs);
  });

  test.each(TAMPERINGS.map(([artifact, what, , want], i) => [artifact, what, want, i] as const))("%s: %s", (artifact, _, want, i) => {
    expect(results[i]!.map(({ code, artifact, field }) => ({ code, artifact, field }))).toEqual([{ ...want, artifact }]);
  });
});

describe("domain-scoped catalogs", () => {
  test("TS values are wire names; Go and Python values are domain/name (the key)", async () => {
    const dir = outDirOf("scoped", "scoped-values");
    const target = loadTarget(dir, {}).target!;
    const [ts] = await readTs([target]);
    const [result] = await runPythonTasks([pythonTask(target)!]);
    const python = pythonReading(target, result);
    expect(ts!.codes.get("channel/quota_exceeded")!.value).toBe("quota_exceeded");
    expect(python.codes.get("channel/quota_exceeded")!.value).toBe("channel/quota_exceeded");
    expect(readFileSync(join(dir, "go/codes.go"), "utf8")).toContain('CodeChannelQuotaExceeded Code = "channel/quota_exceeded"');
  });

  test("a Go constant holding the bare wire name is a mismatch", async () => {
    const dir = outDirOf("scoped", "scoped-go");
    edit(join(dir, "go/codes.go"), 'CodeChannelType Code = "channel/type"', 'CodeChannelType Code = "type"');
    const mismatches = await checkConformance(dir, { artifacts: ["go"] });
    expect(mismatches).toContainEqual({ code: "channel/type", artifact: "go", field: "value", expected: "channel/type", actual: "type" });
  });
});

test("a missing artifact is a mismatch, not a crash", async () => {
  const dir = outDirOf("minimal", "minimal-missing");
  rmSync(join(dir, "rst"), { recursive: true });
  const mismatches = await checkConformance(dir, { artifacts: ["rst", "markdown"] });
  expect(mismatches).toEqual([{ code: "*", artifact: "rst", field: "file", expected: join(dir, "rst", "errors.rst"), actual: "missing" }]);
});

describe("error bodies decode the same in TS, Go and Python; TS-encoded bodies decode in all three", () => {
  const exampleCatalog = (): Catalog => {
    const project = loadProject(join(ROOT, "lockstep.config.yaml"));
    if (!project.catalog) throw new Error("the example project does not compile");
    return project.catalog;
  };
  /** The example catalog under another envelope: every preset and two custom shapes. */
  const withEnvelope = (input: string | EnvelopeInput): Catalog => {
    const envelope = resolveEnvelope(input).envelope;
    const catalog = exampleCatalog();
    // Details with no member to carry them are refused (LS035): drop them.
    if (envelope.detailsShape !== "inline" && !envelope.fields.details) return { ...catalog, envelope, codes: catalog.codes.map((c) => ({ ...c, details: [] })) };
    if (envelope.detailsShape !== "inline") return { ...catalog, envelope };
    // Inline details may not take an envelope member's name (LS032): drop those fields.
    const taken = new Set([...Object.values(envelope.fields).flatMap((p) => p ?? []), ...envelope.constants.flatMap((c) => c.path)]);
    return { ...catalog, envelope, codes: catalog.codes.map((c) => ({ ...c, details: c.details.filter((f) => !taken.has(f.name)) })) };
  };
  const CATALOGS: [string, () => Catalog][] = [
    ["example (error-meta)", exampleCatalog],
    ...GENERATOR_FIXTURES.map((f): [string, () => Catalog] => [f, () => loadFixture(f)]),
    ...["error-object", "success-flag", "reason-domain", "flat", "rfc9457", "aip193"].map((preset): [string, () => Catalog] => [`example as ${preset}`, () => withEnvelope(preset)]),
    ["example, custom nested shape with a constant", () => withEnvelope({ preset: "error-object", fields: { code: "error.kind", requestId: "meta.trace_id" }, constants: [{ key: "success", value: false }] })],
    ["example, custom inline details", () => withEnvelope({ fields: { code: "kind", message: "text", status: "http.status" }, detailsShape: "inline", constants: [{ key: "ok", value: false }] })],
    // Inline details beside a code inside an object (Stripe's `param`): all three read and write them in the code's object.
    ["example, custom inline details beside a nested code", () => withEnvelope({ fields: { code: "error.code", message: "error.message", requestId: "error.request_id", status: "status" }, detailsShape: "inline", constants: [{ key: "error.object", value: "error" }] })],
  ];
  interface Run {
    target: EnvelopeTarget;
    bodies: string[];
    encodedAs: string[];
    /** The TS-encoded bodies, and Python's to_body() of the same errors. */
    encodings: { ts: unknown[]; python: unknown[] };
    ts: Decoded[];
    go: Decoded[];
    python: Decoded[];
    upstream: { want: (string | null)[]; ts: (string | undefined)[]; go: (string | null)[]; python: (string | null)[] };
  }
  const runs: Run[] = [];
  beforeAll(async () => {
    const targets = CATALOGS.map(([, make], i): EnvelopeTarget => {
      const catalog = make();
      const dir = join(temp, `envelope-${i}`);
      writeOutDir(catalog, dir);
      return { catalog, dir };
    });
    const prepared = await Promise.all(
      targets.map(async (target) => {
        const encoded = await encodeTs(target);
        return {
          target,
          bodies: [...bodiesFor(target.catalog), ...encoded.map(([, body]) => body)],
          encodedAs: encoded.map(([key]) => key),
          encode: encoded.map(([, body, py]) => ({ body, py })),
          ups: upstreamPairs(target.catalog),
        };
      }),
    );
    const go = await runGo(targets, prepared.map((p) => p.bodies), prepared.map((p) => p.ups.pairs));
    for (const [i, p] of prepared.entries()) {
      const python = await runPython(p.target, p.bodies, p.ups.pairs, p.encode.map((e) => e.py));
      const ts = (await import(pathToFileURL(join(p.target.dir, "ts", "index.js")).href)) as { fromUpstream(p: string, c: string): string | undefined };
      runs.push({
        target: p.target,
        bodies: p.bodies,
        encodedAs: p.encodedAs,
        encodings: { ts: p.encode.map((e) => JSON.parse(e.body) as unknown), python: python.encoded },
        ts: await decodeTs(p.target, p.bodies),
        go: go.decoded[i]!,
        python: python.decoded,
        upstream: { want: p.ups.want, ts: p.ups.pairs.map(([provider, code]) => ts.fromUpstream(provider, code)), go: go.upstream[i]!, python: python.upstream },
      });
    }
  }, 600_000);

  test.each(CATALOGS.map(([label], i) => [label, i] as const))("%s", (_, i) => {
    const { target, bodies, encodedAs, encodings, ts, go, python, upstream } = runs[i]!;
    // TS writes the body Python writes for the same error.
    expect(encodings.ts, "TS toJSON() vs Python to_body()").toEqual(encodings.python);
    const codes = target.catalog.codes;
    // The three runtimes agree on every body...
    expect(go, "Go").toEqual(ts);
    expect(python, "Python").toEqual(ts);
    // ...and say the right thing: one body per code, an unknown code (its status a string, so none), ten non-error bodies, then the TS-encoded ones.
    expect(ts.slice(0, codes.length).map((d) => [d.fallback, d.code, d.rawCode])).toEqual(codes.map((c) => ["known", c.key, c.name]));
    expect(ts[codes.length]).toMatchObject({ fallback: "unknown", code: null, rawCode: "NO_SUCH_CODE_ANYWHERE", retryable: "unknown", status: null });
    expect(ts.slice(codes.length + 1, codes.length + 11).map((d) => d.fallback)).toEqual(Array(10).fill("not-an-error"));
    const canonical = (key: string) => codes.find((c) => c.key === key)!.aliasOf ?? key;
    const encoded = ts.slice(codes.length + 11);
    expect(encoded.map((d) => [d.fallback, d.code])).toEqual(encodedAs.map((key) => ["known", canonical(key)]));
    expect(encoded.map((d) => d.status)).toEqual(encodedAs.map((key) => (target.catalog.envelope.fields.status ? codes.find((c) => c.key === canonical(key))!.status.primary ?? null : null)));
    expect(bodies).toHaveLength(codes.length + 11 + encodedAs.length);
    // Upstream lookups: the first code in catalog order, nothing for an unmapped pair.
    expect(upstream.go).toEqual(upstream.want);
    expect(upstream.python).toEqual(upstream.want);
    const tsValue = (key: string | null) => (key === null ? undefined : codes.find((c) => c.key === key)!.name);
    expect(upstream.ts).toEqual(upstream.want.map(tsValue));
  });
});

// A fixture per envelope family real APIs send (test/fixtures/envelopes/), each with a
// body shaped as the API sends it: the body is valid against the generated OpenAPI schema,
// and decoding it then encoding it again gives the same JSON in TS, Go and Python.
describe("envelope families: the real body validates, and decode → encode gives it back in TS, Go and Python", () => {
  const FAMILIES = ["aip193", "problem", "stripe", "error-meta", "flat", "success-flag", "error-object", "list-details"] as const;
  const targets: EnvelopeTarget[] = [];
  const examples: Record<string, unknown>[] = [];
  const trips: { ts: unknown[]; go: unknown[]; python: unknown[] }[] = [];
  beforeAll(async () => {
    for (const [i, family] of FAMILIES.entries()) {
      const catalog = loadFixture(`envelopes/${family}`);
      const dir = join(temp, `family-${i}`);
      writeOutDir(catalog, dir);
      targets.push({ catalog, dir });
      examples.push(JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "envelopes", family, "example.json"), "utf8")) as Record<string, unknown>);
    }
    // AIP-193: ErrorInfo is found by its @type wherever it sits in `details`, here after a Help item.
    const bodies = FAMILIES.map((f, i) => (f === "aip193" ? [examples[i], notFirst] : [examples[i]]));
    const go = await roundTripGo(targets, bodies);
    for (const [i, target] of targets.entries()) {
      trips.push({ ts: await roundTripTs(target, bodies[i]!), go: go[i]!, python: await roundTripPython(target, bodies[i]!) });
    }
  }, 600_000);
  const notFirst = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "envelopes", "aip193", "example-not-first.json"), "utf8")) as Record<string, unknown>;

  /** ajv (draft 2020-12, as OpenAPI 3.1) on the generated `Error` schema. */
  const validator = (dir: string) => {
    const doc = JSON.parse(readFileSync(join(dir, "openapi", "errors.json"), "utf8")) as object;
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema(doc, "doc");
    return (body: unknown) => (ajv.validate({ $ref: "doc#/components/schemas/Error" }, body) ? [] : ajv.errors);
  };

  test.each(FAMILIES.map((f, i) => [f, i] as const))("%s", (_, i) => {
    const example = examples[i]!;
    const valid = validator(targets[i]!.dir);
    expect(valid(example), "the example against the OpenAPI schema").toEqual([]);
    // The schema can fail: the code as a number is refused.
    const code = targets[i]!.catalog.envelope.fields.code;
    const wrong = structuredClone(example);
    let node: Record<string, unknown> = wrong;
    for (const key of code.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[code.at(-1)!] = 42;
    expect(valid(wrong)).not.toEqual([]);
    // The AIP-193 body with ErrorInfo second decodes to the same error; it is encoded with ErrorInfo
    // as the only item (the decoders keep no list item the envelope does not describe).
    const want = FAMILIES[i] === "aip193" ? [example, example] : [example];
    if (FAMILIES[i] === "aip193") expect(valid(notFirst), "ErrorInfo after another item against the OpenAPI schema").toEqual([]);
    expect(trips[i]!.ts, "TypeScript").toEqual(want);
    expect(trips[i]!.go, "Go").toEqual(want);
    expect(trips[i]!.python, "Python").toEqual(want);
  });
});
