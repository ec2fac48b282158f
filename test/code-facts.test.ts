// One model of what is said about a code (src/catalog/code-facts.ts), rendered by every
// target: each code target's doc comment and each docs target's row must state the same
// facts, in the model's order and words. Read back from the real generated output
// (escaping undone, markup dropped) and compared to the model's plain text.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import go from "../generators/go.js";
import html from "../generators/html.js";
import markdown from "../generators/markdown.js";
import python from "../generators/python.js";
import rst from "../generators/rst.js";
import ts from "../generators/ts.js";
import { codeFacts, factCell, factText, type CodeFact, type CodeFactKind } from "../src/catalog/code-facts.js";
import type { Catalog, ErrorCode } from "../src/catalog/model.js";
import { normaliseText } from "../src/escape/text.js";
import type { Generator } from "../src/generate/plugin.js";
import { generate, loadFixture } from "./support/fixture.js";
import { run, toolsPython, withTempDir } from "./support/toolchains.js";

/** Fixtures rich in facts: every hazard and fact kind (torture), canonical codes (aip193). */
const FIXTURES = ["torture", "envelopes/aip193", "scoped"] as const;

/**
 * What a reader sees, compared without layout: invisible characters shown, backticks
 * (code spans each target marks its own way) and whitespace (line folding, gofmt's
 * quote spacing) dropped.
 */
const norm = (text: string) => normaliseText(text).replace(/[`\s]/g, "");

/** Each fact's text must appear in `doc`, in order; returns the first one missing. */
function missing(doc: string, wanted: readonly string[]): string | undefined {
  const hay = norm(doc);
  let at = 0;
  for (const w of wanted) {
    const i = hay.indexOf(norm(w), at);
    if (i < 0) return w;
    at = i + norm(w).length;
  }
  return undefined;
}

function expectFacts(target: string, code: ErrorCode, doc: string | undefined, wanted: readonly string[]): void {
  expect(doc, `${target}: no text found for ${code.key}`).toBeDefined();
  expect(missing(doc!, wanted), `${target} ${code.key}: fact missing or out of order in\n${doc}`).toBeUndefined();
}

/** `[ident for key]` read from `list` (identifiers in catalog order). */
function identsByKey(catalog: Catalog, list: readonly string[]): Map<string, string> {
  expect(list).toHaveLength(catalog.codes.length);
  return new Map(catalog.codes.map((c, i) => [c.key, list[i]!]));
}

const words = (facts: readonly CodeFact[], ref: (key: string) => string, keep: (f: CodeFact) => boolean = () => true) =>
  facts.filter(keep).map((f) => factText(f, ref));

// ---- code targets: doc comments ----

/** Go: `// …` lines above each `\tCodeX Code = "…"` in codes.go. */
function goDocs(source: string): { ident: string; doc: string }[] {
  const out: { ident: string; doc: string }[] = [];
  let lines: string[] = [];
  for (const line of source.split("\n")) {
    const comment = /^\t\/\/ ?(.*)$/.exec(line);
    if (comment) lines.push(comment[1]!);
    else {
      const decl = /^\t(\w+) Code = /.exec(line);
      if (decl) out.push({ ident: decl[1]!, doc: lines.join("\n") });
      lines = [];
    }
  }
  return out;
}

/** TypeScript: the `/** … *\/` above each enum member of index.ts, TSDoc escapes undone. */
function tsDocs(source: string): { ident: string; doc: string }[] {
  const body = source.slice(source.indexOf("export enum "), source.indexOf("\n}\n", source.indexOf("export enum ")));
  return [...body.matchAll(/ {2}\/\*\*\n([^]*?) {3}\*\/\n {2}(\w+) = /g)].map((m) => ({
    ident: m[2]!,
    doc: m[1]!
      .split("\n")
      .map((l) => l.replace(/^ {3}\* ?/, "").replace(/^\\@/, "@"))
      .join("\n")
      .replace(/\*\\\//g, "*/")
      .replace(/\\@/g, "@")
      .replace(/^@see /gm, "See ")
      .replace(/^@deprecated /gm, "Deprecated: "),
  }));
}

/** Python: the docstring after each `    MEMBER = "…"` of class ErrorCode, string escapes undone. */
function pyDocs(source: string): { ident: string; doc: string }[] {
  const body = source.slice(source.indexOf("class ErrorCode("));
  return [...body.matchAll(/\n {4}(\w+) = "[^"\n]*"\n {4}"""([^]*?)"""/g)].map((m) => ({
    ident: m[1]!,
    doc: m[2]!.replace(/\\(["\\])/g, "$1").replace(/\\t/g, "\t"),
  }));
}

// ---- docs targets: table rows ----

/** Markdown cells of the row whose code cell holds `<a id="anchor">`, escapes and link syntax undone. */
function mdRow(page: string, anchor: string): string[] | undefined {
  const line = page.split("\n").find((l) => l.startsWith(`| <a id="${anchor}"></a>`));
  if (!line) return undefined;
  return line
    .slice(2, -2)
    .split(/ (?<!\\)\| /)
    .map((cell) =>
      cell
        .replace(/<a id="[^"]*"><\/a>/g, "")
        .replace(/<br \/>/g, " ")
        .replace(/(?<!\\)\[([^\]]*)\]\((?:#|[a-z0-9-]+\.md#)[^)]*\)/g, "$1")
        .replace(/\*\*([^*]+)\*\*/g, "$1")
        .replace(/\\(.)/g, "$1"),
    );
}

/** HTML cells of `<tr id="anchor">`: tags dropped, entities decoded. */
function htmlRow(page: string, anchor: string): Record<string, string> | undefined {
  const row = new RegExp(`<tr id="${anchor}"[^]*?</tr>`).exec(page)?.[0];
  if (!row) return undefined;
  const cells: Record<string, string> = {};
  for (const m of row.matchAll(/<td class="c-([a-z]+)"[^>]*>([^]*?)<\/td>/g)) {
    cells[m[1]!] = m[2]!
      .replace(/<\/(?:p|div|strong)>/g, " ")
      .replace(/<[^>]*>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");
  }
  return cells;
}

/** RST code rows as docutils reads them (test/rst/check_rst.py: each cell's astext()), in catalog order by domain. */
function rstRows(catalog: Catalog, source: string): Map<string, string[]> {
  return withTempDir((dir) => {
    const file = join(dir, "errors.rst");
    writeFileSync(file, source);
    const checked = JSON.parse(run(toolsPython(), [join(import.meta.dirname, "rst", "check_rst.py"), file])) as {
      sections: { tables: { body: string[][] }[] }[];
    };
    const sections = checked.sections.filter((s) => s.tables.length);
    const domains = catalog.domains.filter((d) => d.codes.length || d.tombstones.length);
    expect(sections).toHaveLength(domains.length);
    const rows = new Map<string, string[]>();
    domains.forEach((d, i) => d.codes.forEach((c, j) => rows.set(c.key, sections[i]!.tables[0]!.body[j]!)));
    return rows;
  });
}

/** The facts a docs row's text shows: all but the ones in their own column, and the docs URL (the row's own anchor). */
const prose = (inColumns: readonly CodeFactKind[]) => (f: CodeFact) => !inColumns.includes(f.kind) && f.kind !== "docsUrl";

describe.each(FIXTURES)("every target states the same facts in the same order: %s", (fixture) => {
  const catalog = loadFixture(fixture);
  const facts = new Map(catalog.codes.map((c) => [c.key, codeFacts(catalog, c)]));
  const factsOf = (c: ErrorCode) => facts.get(c.key)!;
  /** How the docs show a reference: the name, or the key when it lives in another domain of a domain-scoped catalog. */
  const docsRef = (from: ErrorCode) => (key: string) => {
    const to = catalog.codeIndex.get(key)!;
    return catalog.uniqueness === "domain" && to.domain !== from.domain ? to.key : to.name;
  };

  it("the model: title first, deprecation last, the canonical code only when the catalog uses it", () => {
    for (const code of catalog.codes) {
      const kinds = factsOf(code).map((f) => f.kind);
      expect(kinds[0]).toBe("title");
      if (code.deprecated) expect(kinds.at(-1)).toBe("deprecated");
      expect(kinds.includes("canonical")).toBe(fixture === "envelopes/aip193");
    }
  });

  it("Go doc comments", () => {
    const docs = goDocs(generate(go as Generator<unknown>, catalog).get("codes.go")!);
    const ident = identsByKey(catalog, docs.map((d) => d.ident));
    catalog.codes.forEach((code, i) => expectFacts("go", code, docs[i]!.doc, words(factsOf(code), (k) => `[${ident.get(k)}]`)));
  });

  it("TypeScript TSDoc", () => {
    const docs = tsDocs(generate(ts as Generator<unknown>, catalog).get("index.ts")!);
    const ident = identsByKey(catalog, docs.map((d) => d.ident));
    catalog.codes.forEach((code, i) => expectFacts("ts", code, docs[i]!.doc, words(factsOf(code), (k) => `{@link ErrorCode.${ident.get(k)}}`)));
  });

  it("Python docstrings", () => {
    const files = generate(python as Generator<unknown>, catalog);
    const docs = pyDocs([...files].find(([path]) => path.endsWith("/_codes.py"))![1]);
    const ident = identsByKey(catalog, docs.map((d) => d.ident));
    catalog.codes.forEach((code, i) => expectFacts("python", code, docs[i]!.doc, words(factsOf(code), (k) => `\`\`ErrorCode.${ident.get(k)}\`\``)));
  });

  it("Markdown rows", () => {
    const page = generate(markdown as Generator<unknown>, catalog).get("errors.md")!;
    const canonical = catalog.codes.some((c) => factsOf(c).some((f) => f.kind === "canonical"));
    // Default columns: Code | HTTP | (Canonical) | Description | Retryable | Cause | Fix, the last three when some code has such data.
    const header = page.split("\n").find((l) => l.startsWith("| Code |"))!.slice(2, -2).split(" | ");
    expect(header.includes("Canonical")).toBe(canonical);
    const columns: Partial<Record<string, CodeFactKind>> = { HTTP: "status", Canonical: "canonical", Retryable: "retry", Cause: "cause", Fix: "fix" };
    const inColumns = header.flatMap((h) => columns[h] ?? []);
    for (const code of catalog.codes) {
      const row = mdRow(page, code.anchor);
      expect(row, code.key).toBeDefined();
      const cell = (title: string) => row![header.indexOf(title)]!;
      expectFacts("markdown", code, cell("Description"), words(factsOf(code), docsRef(code), prose(inColumns)));
      for (const [title, kind] of Object.entries(columns)) {
        if (!header.includes(title)) continue;
        const fact = factsOf(code).find((f) => f.kind === kind);
        expect(norm(cell(title)), `${code.key} ${title}`).toBe(norm(fact ? factCell(fact) : kind === "status" || kind === "retry" ? "—" : ""));
      }
    }
  });

  it("HTML rows", () => {
    const page = generate(html as Generator<unknown>, catalog).get("errors.html")!;
    for (const code of catalog.codes) {
      const row = htmlRow(page, code.anchor)!;
      expect(row, code.key).toBeDefined();
      const cellFacts = ["status", "canonical", "retry"] as const;
      const text = words(factsOf(code), docsRef(code), prose(cellFacts)).map((w, i) => (i === 0 ? factCell(factsOf(code)[0]!) : w));
      expectFacts("html", code, row.text, text);
      const cls = { status: "http", canonical: "canonical", retry: "retry" } as const;
      for (const kind of cellFacts) {
        const fact = factsOf(code).find((f) => f.kind === kind);
        if (kind === "canonical" && !fact) expect(row.canonical).toBeUndefined();
        else expect(norm(row[cls[kind]]!), `${code.key} ${kind}`).toBe(norm(fact ? factCell(fact) : "—"));
      }
    }
  });

  it("RST rows (read back by docutils)", () => {
    const rows = rstRows(catalog, generate(rst as Generator<unknown>, catalog).get("errors.rst")!);
    const canonical = catalog.codes.some((c) => factsOf(c).some((f) => f.kind === "canonical"));
    for (const code of catalog.codes) {
      const row = rows.get(code.key);
      expect(row![0]!.trim().split("\n")[0]).toBe(code.name);
      expect(row, code.key).toBeDefined();
      // Default columns: Code | HTTP | (Canonical) | Cause → Fix (which shows the description when the code has neither).
      const causeFix: CodeFactKind[] = code.cause === undefined && code.fix === undefined ? ["description"] : ["cause", "fix"];
      const inColumns: CodeFactKind[] = ["status", ...(canonical ? ["canonical" as const] : []), ...causeFix];
      expectFacts("rst", code, row![0]!.slice(row![0]!.indexOf("\n")), words(factsOf(code), docsRef(code), prose(inColumns)));
      const status = factsOf(code).find((f) => f.kind === "status");
      expect(norm(row![1]!)).toBe(norm(status ? factCell(status) : ""));
      if (canonical) expect(row![2]).toBe(factCell(factsOf(code).find((f) => f.kind === "canonical")!));
    }
  });
});
