// Deterministic bytes whatever order the file system lists the spec files in, and
// whatever order codes are written in within a file; a second generate rewrites
// nothing. (Time zone, locale, CRLF input and the project's folder: cli.test.ts.)
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMap, isSeq, parseDocument } from "yaml";
import { describe, expect, test } from "vitest";
import { BUILTIN_GENERATORS } from "../generators/index.js";
import { main } from "../src/cli/main.js";
import { compileConfig, compileSpecs, type SourceText } from "../src/catalog/compile.js";
import { enabledGenerators } from "../src/io/plan.js";
import { formatDiagnostic } from "../src/diagnostics/diagnostics.js";
import { fsTemplateLoader } from "../src/io/fs-templates.js";
import { runGenerators } from "../src/generate/pipeline.js";
import { FIXTURES } from "./support/fixture.js";

const ROOT = join(import.meta.dirname, "..");

// The orders are seeded: the base seed is printed, and LOCKSTEP_SEED=<seed> replays a run
// (or tries new orders); each test adds its own offset to it.
const BASE_SEED = Number(process.env.LOCKSTEP_SEED ?? 0);
if (!Number.isSafeInteger(BASE_SEED)) throw new Error(`LOCKSTEP_SEED must be an integer, got ${JSON.stringify(process.env.LOCKSTEP_SEED)}`);
console.info(`determinism: base seed ${BASE_SEED}; replay with LOCKSTEP_SEED=${BASE_SEED} npx vitest run test/determinism.test.ts`);

/** mulberry32 from BASE_SEED + offset: seeded, so a failing order reproduces. */
function rng(offset: number): () => number {
  let seed = BASE_SEED + offset;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Project {
  readonly configText: string;
  readonly specs: readonly SourceText[];
}

function readFixture(dir: string): Project {
  const specs = readdirSync(join(dir, "spec"))
    .filter((n) => n.endsWith(".yaml"))
    .map((n) => ({ path: `spec/${n}`, text: readFileSync(join(dir, "spec", n), "utf8") }));
  return { configText: readFileSync(join(dir, "lockstep.config.yaml"), "utf8"), specs };
}

/** Every built-in generator's files (path → text), the next lockfile and the diagnostics, for specs in the given order. */
function compileAll(
  project: Project,
  specs: readonly SourceText[],
): { files: Map<string, string>; generators: Set<string>; lockfile: string | undefined; diagnostics: string[] } {
  const { config, diagnostics } = compileConfig({ path: "lockstep.config.yaml", text: project.configText });
  if (!config) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  const result = compileSpecs(config, specs, undefined, enabledGenerators(config));
  if (!result.catalog) return { files: new Map(), generators: new Set(), lockfile: undefined, diagnostics: result.diagnostics.map(formatDiagnostic) };
  const loc = { file: config.file, line: 1, col: 1 };
  const plan = BUILTIN_GENERATORS.map((generator) => ({ generator, outDir: generator.defaultOut ?? generator.name, rawOptions: {}, loc, optionLoc: () => loc }));
  const run = runGenerators(result.catalog, plan, fsTemplateLoader(undefined));
  expect(run.diagnostics.map(formatDiagnostic)).toEqual([]);
  return {
    files: new Map(run.files.map((f) => [f.path, f.bytes.toString("utf8")])),
    generators: new Set(run.files.map((f) => f.generator)),
    lockfile: result.lockfile,
    diagnostics: [],
  };
}

/** Reorders the items of each file's `codes:` list (text round-trips through the yaml library). */
function shuffleCodes(spec: SourceText, random: () => number): SourceText {
  const doc = parseDocument(spec.text);
  const codes = isMap(doc.contents) ? doc.contents.get("codes", true) : undefined;
  if (!isSeq(codes)) return spec;
  codes.items = shuffle(codes.items, random);
  return { path: spec.path, text: doc.toString({ lineWidth: 0 }) };
}

const PROJECTS: Record<string, Project> = {
  relay: readFixture(ROOT),
  torture: readFixture(join(FIXTURES, "torture")),
  scoped: readFixture(join(FIXTURES, "scoped")),
};

describe("the compiler does not depend on file discovery order", () => {
  test.each(Object.keys(PROJECTS))("%s: spec files in 4 orders (reversed, 3 random) give identical bytes from every generator", (name) => {
    const project = PROJECTS[name]!;
    const want = compileAll(project, project.specs);
    expect([...want.generators].sort()).toEqual(BUILTIN_GENERATORS.map((g) => g.name).sort());
    const random = rng(name.length * 7919);
    for (let i = 0; i < 4; i++) {
      const order = i === 0 ? [...project.specs].reverse() : shuffle(project.specs, random);
      const got = compileAll(project, order);
      expect([...got.files.keys()]).toEqual([...want.files.keys()]);
      for (const [path, text] of want.files) expect(got.files.get(path), `${path} with files in order ${order.map((s) => s.path).join(", ")}`).toBe(text);
      expect(got.lockfile).toBe(want.lockfile);
    }
  });

  test.each(Object.keys(PROJECTS))("%s: codes listed in another order within their files give identical bytes", (name) => {
    const project = PROJECTS[name]!;
    const random = rng(4242);
    // The baseline round-trips through the same serialiser, so only the order differs.
    const base = project.specs.map((s) => shuffleCodes(s, () => 0.999999));
    const want = compileAll(project, base);
    for (let i = 0; i < 2; i++) {
      const got = compileAll(project, shuffle(project.specs.map((s) => shuffleCodes(s, random)), random));
      for (const [path, text] of want.files) expect(got.files.get(path), path).toBe(text);
      expect(got.lockfile).toBe(want.lockfile);
    }
  });

  test("diagnostics across files come out the same in any order", () => {
    const project: Project = {
      configText: "catalog:\n  name: t\n",
      specs: [
        { path: "spec/a.yaml", text: "codes:\n  - name: SAME\n  - name: B\n    aliasOf: NOPE\n" },
        { path: "spec/b.yaml", text: "codes:\n  - name: SAME\n  - name: bad\n" },
        { path: "spec/c.yaml", text: "codes:\n  - name: SAME\n    status: 99\n" },
        { path: "spec/d.yaml", text: "domain: e\ncodes: []\n" },
      ],
    };
    const want = compileAll(project, project.specs).diagnostics;
    expect(want.length).toBeGreaterThanOrEqual(5);
    const random = rng(99);
    for (let i = 0; i < 6; i++) expect(compileAll(project, shuffle(project.specs, random)).diagnostics).toEqual(want);
  });
});

describe("a second generate", () => {
  test("writes nothing: identical bytes, untouched files, `0 written`", async () => {
    const root = mkdtempSync(join(tmpdir(), "lockstep-determinism-"));
    try {
      cpSync(join(FIXTURES, "torture"), root, { recursive: true });
      const run = async (...argv: string[]) => {
        let out = "";
        let err = "";
        const code = await main(argv, { cwd: root, env: {}, out: (t) => (out += t), err: (t) => (err += t) });
        return { code, out, err };
      };
      const first = await run("generate");
      expect(first.err).toBe("");
      expect(first.code).toBe(0);
      const written = Number(/(\d+) written/.exec(first.out)![1]);
      expect(written).toBeGreaterThan(BUILTIN_GENERATORS.length);
      const before = snapshot(root);
      const second = await run("generate");
      expect(second).toEqual({ code: 0, out: expect.stringContaining(`(0 written, ${written} unchanged)`), err: "" });
      expect(second.out).not.toContain("updated");
      expect(snapshot(root)).toEqual(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/** Every file and folder under `root` with its bytes and mtime: a rewrite with equal bytes still shows. */
function snapshot(root: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      const st = lstatSync(join(root, path));
      if (st.isDirectory()) {
        entries.set(path, `dir ${st.mtimeMs}`);
        walk(path);
      } else entries.set(path, `${st.mtimeMs} ${readFileSync(join(root, path)).toString("base64")}`);
    }
  };
  walk("");
  return entries;
}
