// Reads a hand-written error catalog out of a TypeScript module with ts-morph
// (syntax only, no type checker): a string enum, an object of strings, or an object
// of metadata objects; plus, for an enum or string object, a companion object keyed
// by its members (`[ErrorCode.X]: { status, message }`). Anything it cannot read
// literally becomes a warning with its position, never a silent drop.
//
//   export enum ErrorCode {
//     // --- Billing ---
//     /** The card was declined. @deprecated Use PAYMENT_FAILED instead. */
//     CARD_DECLINED = "CARD_DECLINED",
//   }
import type { Node as TsNode, SourceFile } from "ts-morph";
import { parseDoc, readLeading, sectionOf, type Doc, type RawComment, type Section } from "./comments.js";
import { findCompanion, findStatusMap, mergeCompanion, mergeStatusMap, type Merged } from "./ts-companions.js";
import { readMeta, type EntryMeta, type MetaContext } from "./ts-meta.js";
import type { TsMorph } from "./ts-morph.js";
import { roleOf, type ExportRole } from "./ts-reproduce.js";
import { clip, findCandidates, ImportError, literalKey, numericKey, objectOf, pick, unionLiterals, unwrap, type Candidate } from "./ts-shapes.js";

export type { TsMorph, Merged };
export { ImportError };

export interface Pos {
  readonly line: number;
  readonly col: number;
}

export interface Warning {
  readonly pos: Pos;
  readonly message: string;
}

export interface Entry {
  /** Member or property name as written. */
  readonly key: string;
  /** The wire value. */
  readonly value: string;
  readonly pos: Pos;
  readonly section: Section | undefined;
  doc: Doc;
  meta: EntryMeta;
}

export type SourceKind = "enum" | "strings" | "meta" | "union";

export interface ReadResult {
  readonly kind: SourceKind;
  readonly exportName: string;
  /** Where the export is declared. */
  readonly exportPos: Pos;
  /** Exported type aliases over the export's values (`(typeof X)[keyof typeof X]`, `` `${E}` ``). */
  readonly valueAliases: readonly string[];
  /** Exported type aliases over its keys (`keyof typeof X`). */
  readonly keyAliases: readonly string[];
  /** Name of the companion metadata object, if one was merged. */
  readonly metaName: string | undefined;
  /** What was merged from companions and status maps. */
  readonly merged: readonly Merged[];
  readonly entries: readonly Entry[];
  /** Notes written under a section header, by section title. */
  readonly sectionNotes: ReadonlyMap<string, string>;
  /** Other exports of the module, for the drop-in check. */
  readonly otherExports: readonly { readonly name: string; readonly pos: Pos; readonly role: ExportRole | undefined }[];
  readonly warnings: readonly Warning[];
  /** The module's doc comment: JSDoc on the catalog, else a comment opening the file. */
  readonly moduleDoc: string | undefined;
  /** The parsed module, for what else it declares (see audit-seed). */
  readonly sourceFile: SourceFile;
}

export interface ReadOptions {
  /** --export: the catalog to read. */
  readonly exportName?: string | undefined;
  /** --meta: the companion of metadata objects. */
  readonly metaName?: string | undefined;
  /** --status-map: the object of statuses. */
  readonly statusName?: string | undefined;
}

/** Reads `text` (the module at `path`). */
export function readTsCatalog(tsm: TsMorph, path: string, text: string, options: ReadOptions = {}): ReadResult {
  const project = new tsm.Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true, skipLoadingLibFiles: true });
  const sf = project.createSourceFile(
    path
      .replace(/^[A-Za-z]:/, "")
      .replace(/\\/g, "/")
      .replace(/^(?!\/)/, "/"),
    text,
  );
  const warnings: Warning[] = [];
  const posAt = (offset: number): Pos => {
    const { line, column } = sf.getLineAndColumnAtPos(offset);
    return { line, col: column };
  };
  const posOf = (node: TsNode): Pos => posAt(node.getStart());
  const warn = (node: TsNode, message: string) => warnings.push({ pos: posOf(node), message });
  const ctx: MetaContext = { tsm, warn };

  const candidates = findCandidates(tsm, sf);
  const primary = pick(candidates, options.exportName);
  const entries: Entry[] = [];
  const sectionNotes = new Map<string, string>();
  /** Members read but not imported (computed values): their metadata is reported, not merged. */
  const skipped = new Set<string>();
  const layout: MemberLayout[] = [];
  const trailing: { pos: Pos; text: string; used: boolean }[] = [];
  let section: Section | undefined;
  const add = (node: TsNode, key: string, value: string | undefined, meta: EntryMeta, comments = commentsBefore(sf, node), blank = blankBefore(sf, node)) => {
    const leading = readLeading(comments);
    for (const c of leading.ignored) warnings.push({ pos: posAt(c.pos), message: `commented-out ${clip(c.text)} is not imported (nor made a description)` });
    if (leading.ended) section = undefined;
    if (leading.section) section = leading.section;
    if (leading.section && leading.sectionNotes && !sectionNotes.has(leading.section.title)) sectionNotes.set(leading.section.title, leading.sectionNotes);
    let doc = leading.doc;
    const tail = trailingComment(sf, node);
    if (tail) {
      const prose = /[A-Za-z]{2,}\s+[A-Za-z]/.test(tail) && !/^[A-Z0-9_]+\b/.test(tail);
      if (!doc.text && prose) doc = { ...doc, text: tail };
      trailing.push({ pos: posOf(node), text: tail, used: doc.text === tail && prose });
    }
    if (value !== undefined) {
      const entry: Entry = { key, value, pos: posOf(node), section, doc, meta };
      entries.push(entry);
      layout.push({ entry, plainDoc: leading.plainDoc && doc.text !== "" && doc.text !== tail, commented: comments.length > 0, blankBefore: blank });
    } else skipped.add(key);
  };

  if (primary.kind === "enum") {
    for (const member of primary.node.asKindOrThrow(tsm.SyntaxKind.EnumDeclaration).getMembers()) {
      const nameNode = member.getNameNode();
      const key = tsm.Node.isStringLiteral(nameNode) ? nameNode.getLiteralText() : nameNode.getText();
      const init = member.getInitializer();
      let value: string | undefined;
      if (init && (tsm.Node.isStringLiteral(init) || tsm.Node.isNoSubstitutionTemplateLiteral(init))) value = init.getLiteralText();
      else if (!init || tsm.Node.isNumericLiteral(init)) warn(member, `${key} has a numeric value; codes are strings on the wire, so it is not imported`);
      else warn(init, `${key} has a computed value (${clip(init.getText())}); add it to the spec by hand`);
      add(member, key, value, {});
    }
  } else if (primary.kind === "union") {
    const alias = primary.node.asKindOrThrow(tsm.SyntaxKind.TypeAliasDeclaration);
    let from = alias.getTypeNodeOrThrow().getPos();
    for (const lit of unionLiterals(tsm, alias.getTypeNodeOrThrow())!) {
      const value = lit.asKindOrThrow(tsm.SyntaxKind.LiteralType).getLiteral().asKindOrThrow(tsm.SyntaxKind.StringLiteral).getLiteralText();
      const gap = sf.getFullText().slice(from, lit.getStart()).replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "").replace(/\|/g, "");
      add(lit, value, value, {}, commentsBetween(tsm, sf, from, lit.getStart()), /\n[ \t]*\r?\n/.test(gap));
      from = lit.getEnd();
    }
  } else {
    const obj = objectOf(tsm, primary.node)!;
    for (const prop of obj.getProperties()) {
      if (tsm.Node.isSpreadAssignment(prop)) {
        warn(prop, `spread ${clip(prop.getText())} is not imported; add its codes to the spec by hand`);
        continue;
      }
      if (!tsm.Node.isPropertyAssignment(prop)) {
        warn(prop, `${clip(prop.getText())} is not a literal; add it to the spec by hand`);
        continue;
      }
      const init = unwrap(tsm, prop.getInitializerOrThrow());
      const str = tsm.Node.isStringLiteral(init) || tsm.Node.isNoSubstitutionTemplateLiteral(init) ? init.getLiteralText() : undefined;
      // An inverse map (`[-32700]: "PARSE_ERROR"`): the values are the codes.
      const key = primary.kind === "inverse" && numericKey(tsm, prop.getNameNode()) !== undefined ? str : literalKey(tsm, prop.getNameNode());
      if (key === undefined) {
        warn(prop, `computed key ${clip(prop.getNameNode().getText())} is not imported; add it to the spec by hand`);
        continue;
      }
      if (primary.kind === "meta") {
        if (!tsm.Node.isObjectLiteralExpression(init)) {
          warn(init, `${key} is not an object literal (${clip(init.getText())}); add it to the spec by hand`);
          continue;
        }
        const meta = readMeta(ctx, init, true);
        add(prop, key, meta.code ?? key, meta);
      } else {
        if (str === undefined) warn(init, `${key} has a computed value (${clip(init.getText())}); add it to the spec by hand`);
        add(prop, key, str, {});
      }
    }
  }
  groupComments(layout, warnings);
  const prose = trailing.filter((t) => t.used);
  if (prose.length) warnings.push({ pos: prose[0]!.pos, message: `a trailing comment became the description${prose.length > 1 ? ` (${prose.length} codes)` : ""}; check it describes the code` });
  for (const t of trailing.filter((t) => !t.used)) warnings.push({ pos: t.pos, message: `trailing comment "${clip(t.text)}" is not a description; not imported` });

  const merged: Merged[] = [];
  const companion = primary.kind === "meta" ? undefined : findCompanion(tsm, candidates, primary, entries, options.metaName);
  if (companion) merged.push(mergeCompanion(ctx, companion, primary.name, entries, skipped));
  const statusMap = findStatusMap(tsm, candidates, primary, entries, options.statusName);
  if (statusMap) merged.push(mergeStatusMap(ctx, statusMap, primary.name, entries, skipped));

  const { values, keys } = aliasesOf(sf, primary);
  const otherExports = [...sf.getExportedDeclarations()]
    .filter(([name]) => name !== primary.name)
    .map(([name, decls]) => ({ name, pos: posOf(decls[0]!), role: roleOf(tsm, name, decls[0]!, statusMap?.name) }));
  warnings.sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
  return {
    kind: primary.kind === "inverse" ? "strings" : (primary.kind as SourceKind),
    exportName: primary.name,
    exportPos: posOf(primary.node),
    valueAliases: values,
    keyAliases: keys,
    metaName: companion?.name,
    merged,
    entries,
    sectionNotes,
    otherExports,
    warnings,
    sourceFile: sf,
    moduleDoc: moduleDocOf(sf, primary.node),
  };
}

/** JSDoc right above the catalog's statement, else the comment the file opens with (followed by a blank line). */
function moduleDocOf(sf: SourceFile, node: TsNode): string | undefined {
  const statement = node.getParentWhile((p) => p !== sf) ?? node;
  const own = statement.getLeadingCommentRanges().filter((r) => r.getText().startsWith("/**"));
  const text = sf.getFullText();
  const last = own[own.length - 1];
  if (last && !/\n[ \t]*\r?\n/.test(text.slice(last.getEnd(), statement.getStart()))) {
    const doc = parseDoc([last.getText()]);
    return doc.text || undefined;
  }
  const first = sf.getStatements()[0]?.getLeadingCommentRanges() ?? [];
  if (first.length === 0 || first[0]!.getPos() !== 0 || sectionOf(first[0]!.getText())) return undefined;
  // A run of `//` lines is one comment.
  const run = [first[0]!];
  for (const r of first.slice(1)) {
    if (!r.getText().startsWith("//") || /\n[ \t]*\r?\n/.test(text.slice(run[run.length - 1]!.getEnd(), r.getPos()))) break;
    run.push(r);
  }
  const end = run[run.length - 1]!.getEnd();
  if (!/^[ \t]*\r?\n[ \t]*\r?\n/.test(text.slice(end))) return undefined;
  return parseDoc(run.map((r) => r.getText())).text || undefined;
}

interface MemberLayout {
  readonly entry: Entry;
  /** Its description came from a plain `//` comment right above it. */
  readonly plainDoc: boolean;
  /** It has comments of its own above it. */
  readonly commented: boolean;
  /** A blank line separates it from the member before. */
  readonly blankBefore: boolean;
}

/**
 * A short plain comment (not a sentence) above a member that the next members share
 * (no comment of their own, no blank line between) heads a group: it describes none
 * of them alone.
 */
function groupComments(layout: readonly MemberLayout[], warnings: Warning[]): void {
  for (let i = 0; i < layout.length; i++) {
    const head = layout[i]!;
    if (!head.plainDoc) continue;
    let j = i + 1;
    while (j < layout.length && !layout[j]!.commented && !layout[j]!.blankBefore) j++;
    const text = head.entry.doc.text;
    // A heading is short and no sentence ("Carrier rejections"); a sentence describes the member under it.
    if (j - i < 2 || /[.!?:]$/.test(text) || text.split(/\s+/).length > 6) continue;
    head.entry.doc = { ...head.entry.doc, text: "" };
    warnings.push({
      pos: head.entry.pos,
      message: `comment "${clip(text)}" heads ${head.entry.key} to ${layout[j - 1]!.entry.key} (${j - i} members), so it describes none of them; not imported (make it a section, // --- ${clip(text)} ---, to use it as a domain)`,
    });
  }
}

/** Exported aliases over the export: `(typeof X)[keyof typeof X]` and `` `${X}` `` (values), `keyof typeof X` (keys). */
function aliasesOf(sf: SourceFile, primary: Candidate): { values: string[]; keys: string[] } {
  const values: string[] = [];
  const keys: string[] = [];
  if (primary.kind === "union") return { values, keys };
  const n = primary.name.replace(/\$/g, "\\$");
  const mention = new RegExp(`\\btypeof\\s+${n}\\b|\\$\\{\\s*${n}\\s*\\}`);
  const keyOnly = new RegExp(`^keyof\\s+typeof\\s+${n}$`);
  for (const t of sf.getTypeAliases()) {
    if (!t.isExported() || t.getName() === primary.name) continue;
    const type = t.getTypeNodeOrThrow().getText().replace(/\s+/g, " ").trim();
    if (keyOnly.test(type)) keys.push(t.getName());
    else if (mention.test(type)) values.push(t.getName());
  }
  return { values, keys };
}

function commentsBefore(sf: SourceFile, node: TsNode): RawComment[] {
  const text = sf.getFullText();
  const ranges = node.getLeadingCommentRanges();
  return ranges.map((r, i) => {
    const next = i + 1 < ranges.length ? ranges[i + 1]!.getPos() : node.getStart();
    return { text: r.getText(), pos: r.getPos(), blankAfter: /\n[ \t]*\r?\n/.test(text.slice(r.getEnd(), next)) };
  });
}

/** Comments between `from` and `to`, across `|` tokens (the members of a union type). */
function commentsBetween(tsm: TsMorph, sf: SourceFile, from: number, to: number): RawComment[] {
  const text = sf.getFullText();
  const ranges: { pos: number; end: number }[] = [];
  let at = from;
  while (at < to) {
    const found = tsm.ts.getLeadingCommentRanges(text, at) ?? [];
    ranges.push(...found.filter((r) => r.end <= to));
    const after = found.length ? found[found.length - 1]!.end : at;
    const bar = text.indexOf("|", after);
    if (bar < 0 || bar >= to) break;
    at = bar + 1;
  }
  return ranges.map((r, i) => {
    const next = i + 1 < ranges.length ? ranges[i + 1]!.pos : to;
    return { text: text.slice(r.pos, r.end), pos: r.pos, blankAfter: /\n[ \t]*\r?\n/.test(text.slice(r.end, next).replace(/\|/g, "")) };
  });
}

/** A blank line between the node (its comments included) and what comes before it. */
function blankBefore(sf: SourceFile, node: TsNode): boolean {
  const first = node.getLeadingCommentRanges()[0]?.getPos() ?? node.getStart();
  return /\n[ \t]*\r?\n/.test(sf.getFullText().slice(node.getPos(), first));
}

/** `X = "X", // the text` → `the text` (a same-line comment after the member and its comma). */
function trailingComment(sf: SourceFile, node: TsNode): string {
  const m = /^[ \t]*,?[ \t]*\/\/[ \t]*([^\n]*)/.exec(sf.getFullText().slice(node.getEnd(), node.getEnd() + 500));
  return m ? m[1]!.trim() : "";
}
