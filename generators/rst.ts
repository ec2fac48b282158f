// reStructuredText for Sphinx (or plain docutils): `errors.rst`, one section per
// domain with a `list-table` of its codes and a label per code, whose HTML id is
// the code's anchor (so `docsUrl: …#{anchor}` resolves).
//
//   .. _domain-billing:
//
//   Billing
//   -------
//
//   .. list-table::
//      :header-rows: 1
//      :widths: 25, 10, 65
//
//      * - Code
//        - HTTP
//        - Cause → Fix
//      * - .. _card-declined:
//
//          ``CARD_DECLINED``
//        - 402
//        - The issuer declined the card → Ask for another card.
//
// Options: `columns` (which, in order; `code` is required, it holds the labels)
// and `titles` (header text per column).
import { catalogNotes } from "../src/catalog/catalog-notes.js";
import { errorBody, errorBodyRst } from "../src/docs/error-body.js";
import { plural } from "../src/catalog/code-text.js";
import { usesCanonical } from "../src/catalog/canonical.js";
import { codeFacts, factCell, type CodeFact, type CodeFactKind } from "../src/catalog/code-facts.js";
import { docutilsId, foldLine, rstBlocks, rstComment, rstInline, rstLabel, rstRow, rstText, rstTitle, type RstBlock, type RstInline } from "../src/escape/rst.js";
import { codeOf, type Catalog, type Domain, type ErrorCode } from "../src/catalog/model.js";
import { opt, parseOptionsWith, type OptionSpec } from "../src/generate/options.js";
import { defineGenerator, type GeneratorNaming, type Names, type TemplateHelper } from "../src/generate/plugin.js";

/**
 * Labels are HTML ids, compared without case: a code's label is its docs anchor (the
 * catalog's, checked by the core), a domain's is `domain-<id>`, in the same namespace. A domain label that a code's anchor takes is numbered
 * (`domain-billing-2`); a label the lockfile records keeps its name, so a new code that
 * would take a published label is a breaking change to acknowledge.
 */
const naming: GeneratorNaming = {
  schemes: [
    { key: "rstLabel", label: "RST label", per: "domain", namespace: "catalog:anchors", caseInsensitive: true, onClash: "suffix", suffix: (base, n) => `${base}-${n}`, mint: (d) => `domain-${d.id}` },
  ],
};

type Cell = readonly RstBlock[];

interface Column {
  readonly title: string;
  /** Relative width for `:widths:`. */
  readonly width: number;
  readonly cell: (code: ErrorCode, catalog: Catalog, columns: readonly string[]) => Cell;
}

/** A missing value is an empty cell. */
const text = (value: string | undefined): Cell => (value === undefined ? [] : [{ text: value }]);

/** `Cause → Fix`, either side alone, or the description when the code has neither. */
export function causeFixText(code: ErrorCode): string | undefined {
  if (code.cause !== undefined && code.fix !== undefined) return `${code.cause} → ${code.fix}`;
  if (code.cause !== undefined) return code.cause;
  if (code.fix !== undefined) return `→ ${code.fix}`;
  return code.description;
}

/** A reference to another code: its name, with its domain when it lives in another one (domain scope). */
function ref(catalog: Catalog, from: Pick<ErrorCode, "domain">, key: string): RstInline {
  const to = codeOf(catalog, key);
  const name = catalog.uniqueness === "domain" && to.domain !== from.domain ? `${to.domain}/${to.name}` : to.name;
  return { ref: name, label: to.anchor };
}

/** One fact as a paragraph: its lead in emphasis, then its words; spec prose alone keeps its paragraphs. */
function factBlock(catalog: Catalog, code: ErrorCode, fact: CodeFact): RstBlock {
  const [only] = fact.parts;
  if (!fact.lead && fact.parts.length === 1 && typeof only === "object" && "prose" in only) return { text: only.prose };
  const inline: RstInline[] = [];
  if (fact.lead) {
    const em = fact.lead.replace(/[:\s]+$/, "");
    inline.push({ em }, fact.lead.slice(em.length));
  }
  for (const p of fact.parts) inline.push(typeof p === "string" ? p : "prose" in p ? p.prose : ref(catalog, code, p.ref));
  // The first string part of an inline is trimmed, so a space after it is its own part.
  const first = inline[0];
  if (typeof first === "string" && /\S\s+$/.test(first)) inline.splice(0, 1, first.trimEnd(), " ");
  return { inline };
}

/** The facts each column shows (the Cause → Fix column shows the description when the code has neither). */
function columnFacts(column: string, code: ErrorCode): readonly CodeFactKind[] {
  if (column === "causeFix") return code.cause === undefined && code.fix === undefined ? ["description"] : ["cause", "fix"];
  const kind = ({ title: "title", http: "status", canonical: "canonical", description: "description", cause: "cause", fix: "fix", retry: "retry" } as const)[column as "title"];
  return kind ? [kind] : [];
}

/** The code cell: label, ``CODE``, then every fact of src/catalog/code-facts.ts no other column shows (the docs URL is the label itself). */
function codeCell(code: ErrorCode, catalog: Catalog, columns: readonly string[]): Cell {
  const shown = new Set(columns.flatMap((c) => columnFacts(c, code)));
  const blocks: RstBlock[] = [{ label: code.anchor }, { inline: [{ code: code.name }] }];
  for (const fact of codeFacts(catalog, code)) if (!shown.has(fact.kind) && fact.kind !== "docsUrl") blocks.push(factBlock(catalog, code, fact));
  return blocks;
}

/** A column's cell: its fact's short value, or its words. */
const factCellOf = (kind: CodeFactKind) => (code: ErrorCode, catalog: Catalog): Cell => {
  const fact = codeFacts(catalog, code).find((f) => f.kind === kind);
  return fact ? [{ inline: [factCell(fact)] }] : [{ inline: [""] }];
};

const COLUMNS: Readonly<Record<string, Column>> = {
  code: { title: "Code", width: 25, cell: (c, catalog, columns) => codeCell(c, catalog, columns) },
  title: { title: "Title", width: 20, cell: (c) => text(c.title) },
  http: { title: "HTTP", width: 10, cell: factCellOf("status") },
  canonical: { title: "Canonical", width: 18, cell: factCellOf("canonical") },
  description: { title: "Description", width: 45, cell: (c) => text(c.description) },
  cause: { title: "Cause", width: 30, cell: (c) => text(c.cause) },
  fix: { title: "Fix", width: 30, cell: (c) => text(c.fix) },
  causeFix: { title: "Cause → Fix", width: 65, cell: (c) => text(causeFixText(c)) },
  retry: { title: "Retryable", width: 12, cell: factCellOf("retry") },
};
const COLUMN_NAMES = Object.keys(COLUMNS);

const columnsOption: OptionSpec<readonly string[]> = {
  ...opt.stringList(["code", "http", "canonical", "causeFix"], `Table columns, in order, from ${COLUMN_NAMES.join(", ")}; \`code\` is required; \`canonical\` is left out when the catalog does not use canonical codes.`),
  parse(raw) {
    const list = opt.stringList([], "").parse(raw);
    const unknown = list.find((c) => !COLUMN_NAMES.includes(c));
    if (unknown !== undefined) throw `has unknown column ${JSON.stringify(unknown)}; columns are ${COLUMN_NAMES.join(", ")}`;
    if (!list.includes("code")) throw `must include "code" (it holds the per-code labels)`;
    if (new Set(list).size !== list.length) throw "lists a column twice";
    return list;
  },
};

const titlesOption: OptionSpec<Readonly<Record<string, string>>> = {
  default: {},
  doc: "Header text per column, e.g. `{ code: Reason }`.",
  parse(raw) {
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw "must be a map of column to header text";
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (!COLUMN_NAMES.includes(key)) throw `has unknown column ${JSON.stringify(key)}; columns are ${COLUMN_NAMES.join(", ")}`;
      if (typeof value !== "string" || value.trim() === "") throw `must give column ${key} a non-empty string`;
      out[key] = value;
    }
    return out;
  },
};

const parseOptions = parseOptionsWith({ columns: columnsOption, titles: titlesOption });

type Options = ReturnType<typeof parseOptions>;

/**
 * Docutils gives an HTML id to its first claimant, and section titles come before
 * the code labels they contain: every generated id (titles, domain labels) must
 * avoid the code anchors and each other, or a docs URL would land on the wrong element.
 */
function idAllocator(catalog: Catalog, labels: Iterable<string>) {
  const taken = new Set<string>();
  for (const c of catalog.codes) taken.add(c.anchor);
  for (const t of catalog.tombstones) taken.add(t.anchor);
  for (const label of labels) taken.add(label);
  return (candidates: (n: number) => string, idOf: (s: string) => string): string => {
    for (let n = 1; ; n++) {
      const candidate = candidates(n);
      const id = idOf(candidate);
      if (id !== "" && !taken.has(id)) {
        taken.add(id);
        return candidate;
      }
    }
  };
}

/** Tombstones: gone from the API, kept with a label so old links and old clients' codes still resolve. */
function removedRows(catalog: Catalog, domain: Domain): { header: Cell[]; rows: Cell[][] } {
  const header: Cell[] = [[{ inline: ["Code"] }], [{ inline: ["Removed in"] }], [{ inline: ["Instead"] }]];
  const rows = domain.tombstones.map((t): Cell[] => {
    // The first string part of an inline is trimmed, so the space after "Use" is its own part.
    const instead: RstBlock[] = t.replacement ? [{ inline: ["Use", " ", ref(catalog, t, t.replacement), " instead."] }] : [];
    if (t.reason !== undefined) instead.push({ text: t.reason });
    const when = t.deprecatedIn === undefined ? t.removedIn : `${t.removedIn} (deprecated in ${t.deprecatedIn})`;
    return [[{ label: t.anchor }, { inline: [{ code: t.name }] }], [{ inline: [when] }], instead];
  });
  return { header, rows };
}

export function pageView(catalog: Catalog, options: Options, notice: string, names: Names) {
  // Domain labels are allocated by the core (declared above); titles take what is left.
  const labels = new Map(catalog.domains.flatMap((d) => {
    const label = names.domain("rstLabel", d.id);
    return label === undefined ? [] : [[d.id, label] as const];
  }));
  const claim = idAllocator(catalog, labels.values());
  const titleId = (t: string) => docutilsId(foldLine(t));
  const shownColumns = options.columns.filter((name) => name !== "canonical" || usesCanonical(catalog));
  const columns = shownColumns.map((name) => ({ ...COLUMNS[name]!, title: options.titles[name] ?? COLUMNS[name]!.title }));
  const header: Cell[] = columns.map((c) => [{ inline: [c.title] }]);
  const title = claim((n) => `${catalog.title} error codes${n > 1 ? ` (${n})` : ""}`, titleId);
  const domainView = (domain: Domain) => ({
    label: labels.get(domain.id) ?? claim((n) => `domain-${domain.id}${n > 1 ? `-${n}` : ""}`, (s) => s),
    title: claim((n) => (n === 1 ? domain.title : `${domain.title} (${domain.id}${n > 2 ? ` ${n - 1}` : ""})`), titleId),
    description: domain.description,
    notes: domain.notes,
    hasCodes: domain.codes.length > 0,
    widths: columns.map((c) => c.width),
    header,
    rows: domain.codes.map((code) => columns.map((c) => c.cell(code, catalog, shownColumns))),
    removed: domain.tombstones.length ? removedRows(catalog, domain) : undefined,
  });
  return {
    notice,
    title,
    intro: [`${catalog.title}, version ${catalog.version}, defines ${plural(catalog.codes.length, "error code")} in ${plural(catalog.domains.length, "domain")}.`],
    domains: catalog.domains.map(domainView),
    catalogNotes: catalogNotes(catalog),
    errorBody: errorBody(catalog),
  };
}

export default defineGenerator({
  name: "rst",
  description: "reStructuredText for Sphinx: a list-table per domain with a label per code",
  defaultOut: "docs",
  helpers: { rstComment, rstLabel, rstTitle, rstText, rstInline, rstBlocks, rstRow, rstErrorBody: errorBodyRst } as unknown as Record<string, TemplateHelper>,
  parseOptions,
  naming,
  generate(catalog, ctx) {
    return [{ path: "errors.rst", contents: ctx.renderBytes("errors.rst", pageView(catalog, ctx.options, ctx.notice, ctx.names)) }];
  },
});
