// Differential test of the template compiler (src/generate/hbs-compile.ts): every built-in
// generator runs on the shared fixtures (and the repository's own spec/), with some option
// variants, through a renderer that renders each template twice, compiled and with
// Handlebars itself (compiled at run time from the same source, with templateOptions),
// and requires the same bytes, or the same error, from both.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, test, vi } from "vitest";
import { BUILTIN_GENERATORS } from "../generators/index.js";
import type { Generator } from "../src/generate/plugin.js";
import type { TemplateLoader } from "../src/generate/templates.js";
import { FIXTURES, generate, loadFixture } from "./support/fixture.js";

const TEMPLATES = join(import.meta.dirname, "..", "templates");

/** Templates rendered by both paths (partials are rendered inside their callers, by both as well). */
const rendered = new Set<string>();
/** Templates rendered to bytes (renderBytes), whose top-level loops stream. */
const streamed = new Set<string>();
let compiledLoads = 0;
/** Renders whose two outcomes differ (kept here: the pipeline turns a throw in a generator into a diagnostic). */
const mismatches: string[] = [];

vi.mock("../src/generate/templates.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/generate/templates.js")>();
  const { createRenderer } = original;
  return {
    ...original,
    createRenderer(generator: string, helpers: Parameters<typeof createRenderer>[1], load: TemplateLoader, ownDir: string | undefined) {
      // The same loader, except that a compiled built-in is handed over as its source text.
      const asSource = Object.assign(
        (g: string, name: string, dir: string | undefined) => {
          const found = load(g, name, dir);
          if (typeof found !== "object" || !("compiled" in found)) return found;
          compiledLoads++;
          return readFileSync(join(TEMPLATES, g, `${name}.hbs`), "utf8");
        },
        load.partials ? { partials: load.partials } : {},
      ) as TemplateLoader;
      const compiled = createRenderer(generator, helpers, load, ownDir);
      const handlebars = createRenderer(generator, helpers, asSource, ownDir);
      const outcome = (render: (name: string, view: object) => string, name: string, view: object) => {
        try {
          return { text: render(name, view) };
        } catch (e) {
          return { error: (e as Error).message };
        }
      };
      const compare = (name: string, a: { text: string } | { error: string }, b: { text: string } | { error: string }): void => {
        if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(`${generator}/${name}.hbs:\n${JSON.stringify(a).slice(0, 2000)}\n${JSON.stringify(b).slice(0, 2000)}`);
        rendered.add(`${generator}/${name}`);
        if ("error" in a) throw new Error(a.error);
      };
      return Object.assign(
        (name: string, view: object) => {
          const a = outcome(compiled, name, view);
          compare(name, a, outcome(handlebars, name, view));
          return (a as { text: string }).text;
        },
        {
          // Streamed (the compiled template's top-level loops into a sink) against Handlebars' text.
          bytes: (name: string, view: object) => {
            const a = outcome((n, v) => Buffer.from(compiled.bytes(n, v)).toString("utf8"), name, view);
            compare(name, a, outcome(handlebars, name, view));
            streamed.add(`${generator}/${name}`);
            return Buffer.from((a as { text: string }).text, "utf8");
          },
        },
      );
    },
  };
});

/** Every project folder under test/fixtures (a lockstep.config.yaml), and spec/ at the root. */
function projects(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => e.name === "lockstep.config.yaml")) return [dir];
  return entries.filter((e) => e.isDirectory()).flatMap((e) => projects(join(dir, e.name)));
}
const FIXTURE_NAMES = projects(FIXTURES).map((d) => relative(FIXTURES, d)).filter((name) => {
  try {
    loadFixture(name);
    return true;
  } catch {
    return false; // fixtures of invalid input
  }
});
const ROOT_SPEC = relative(FIXTURES, join(import.meta.dirname, ".."));

/** Options that select other template branches. */
const VARIANTS: Record<string, Record<string, unknown>[]> = {
  ts: [{ style: "const", memberCase: "camelCase" }, { memberCase: "PascalCase", typeAliases: ["AnyCode"], statusMaps: ["STATUS_OF"] }],
  python: [{ enumBase: "str-enum" }],
  markdown: [{ layout: "per-domain", mdx: true }],
  changelog: [{ mdx: true }],
};

describe("compiled templates render what Handlebars renders", () => {
  test.each([["spec/ (the repository's catalog)", ROOT_SPEC], ...FIXTURE_NAMES.map((f) => [f, f])])("%s", (_, fixture) => {
    const catalog = loadFixture(fixture);
    for (const g of BUILTIN_GENERATORS as readonly Generator<unknown>[]) {
      for (const options of [{}, ...(VARIANTS[g.name] ?? [])]) {
        try {
          generate(g, catalog, options);
        } catch (e) {
          // A variant a fixture does not allow (e.g. status maps where two codes share a status).
          if (Object.keys(options).length === 0 || !/LS050/.test(String(e))) throw e;
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  afterAll(() => {
    // Every built-in main template went through both paths, and the compiled path was really taken.
    const mains = readdirSync(TEMPLATES, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".hbs") && !f.includes("partials"))
      .map((f) => f.replace(/\\/g, "/").replace(/\.hbs$/, ""));
    expect(mains.filter((t) => !rendered.has(t))).toEqual([]);
    expect(compiledLoads).toBeGreaterThan(mains.length);
    // The large files go through renderBytes, whose streamed loops were compared above.
    expect([...streamed].sort()).toEqual(["go/codes.go", "go/details.go", "go/table.go", "html/errors.html", "markdown/page.md", "python/codes.py", "python/details.py", "rst/errors.rst", "ts/index.d.ts", "ts/index.js", "ts/index.ts"]);
  });
});
