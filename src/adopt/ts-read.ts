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
import type { Node as TsNode, ObjectLiteralExpression, SourceFile } from "ts-morph";
import { readLeading, type Doc, type RawComment, type Section } from "./comments.js";
import { readMeta, type EntryMeta, type MetaContext } from "./ts-meta.js";
import type { TsMorph } from "./ts-morph.js";

export type { TsMorph };

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
  readonly doc: Doc;
  meta: EntryMeta;
}

export type SourceKind = "enum" | "strings" | "meta";

export interface ReadResult {
  readonly kind: SourceKind;
  readonly exportName: string;
  /** Where the export is declared. */
  readonly exportPos: Pos;
  /** A type alias over the export (`keyof typeof X`, `(typeof X)[keyof typeof X]`). */
  readonly unionName: string | undefined;
  /** Name of the companion metadata object, if one was merged. */
  readonly metaName: string | undefined;
  readonly entries: readonly Entry[];
  /** Notes written under a section header, by section title. */
  readonly sectionNotes: ReadonlyMap<string, string>;
  /** Other exports of the module, for the drop-in check. */
  readonly otherExports: readonly { readonly name: string; readonly pos: Pos }[];
  readonly warnings: readonly Warning[];
}

export class ImportError extends Error {}

interface Candidate {
  readonly name: string;
  readonly exported: boolean;
  readonly node: TsNode;
  readonly kind: SourceKind;
}

/** Reads `text` (the module at `path`); `exportName` picks the export, `metaName` the companion. */
export function readTsCatalog(tsm: TsMorph, path: string, text: string, exportName?: string, metaName?: string): ReadResult {
  const project = new tsm.Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true, skipLoadingLibFiles: true });
  const sf = project.createSourceFile(
    path
      .replace(/^[A-Za-z]:/, "")
      .replace(/\\/g, "/")
      .replace(/^(?!\/)/, "/"),
    text,
  );
  const warnings: Warning[] = [];
  const posOf = (node: TsNode): Pos => {
    const { line, column } = sf.getLineAndColumnAtPos(node.getStart());
    return { line, col: column };
  };
  const warn = (node: TsNode, message: string) => warnings.push({ pos: posOf(node), message });
  const ctx: MetaContext = { tsm, warn };

  const candidates = findCandidates(tsm, sf);
  const primary = pick(candidates, exportName);
  const entries: Entry[] = [];
  const sectionNotes = new Map<string, string>();
  /** Members read but not imported (computed values): their metadata is reported, not merged. */
  const skipped = new Set<string>();
  let section: Section | undefined;
  const add = (node: TsNode, key: string, value: string | undefined, meta: EntryMeta) => {
    const leading = readLeading(commentsBefore(sf, node));
    if (leading.section) section = leading.section;
    if (leading.section && leading.sectionNotes && !sectionNotes.has(leading.section.title)) sectionNotes.set(leading.section.title, leading.sectionNotes);
    const doc = leading.doc.text ? leading.doc : { ...leading.doc, text: trailingComment(sf, node) };
    if (value !== undefined) entries.push({ key, value, pos: posOf(node), section, doc, meta });
    else skipped.add(key);
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
      const key = literalKey(tsm, prop.getNameNode());
      const init = unwrap(tsm, prop.getInitializerOrThrow());
      if (key === undefined) {
        warn(prop, `computed key ${clip(prop.getNameNode().getText())} is not imported; add it to the spec by hand`);
        continue;
      }
      if (primary.kind === "strings") {
        const value = tsm.Node.isStringLiteral(init) || tsm.Node.isNoSubstitutionTemplateLiteral(init) ? init.getLiteralText() : undefined;
        if (value === undefined) warn(init, `${key} has a computed value (${clip(init.getText())}); add it to the spec by hand`);
        add(prop, key, value, {});
      } else {
        if (!tsm.Node.isObjectLiteralExpression(init)) {
          warn(init, `${key} is not an object literal (${clip(init.getText())}); add it to the spec by hand`);
          continue;
        }
        const meta = readMeta(ctx, init, true);
        add(prop, key, meta.code ?? key, meta);
      }
    }
  }

  const companion = primary.kind === "meta" ? undefined : findCompanion(tsm, candidates, primary, metaName);
  if (companion) mergeCompanion(ctx, companion, primary.name, entries, skipped);

  const unionName = unionAliasOf(sf, primary.name);
  const otherExports = [...sf.getExportedDeclarations()].filter(([name]) => name !== primary.name).map(([name, decls]) => ({ name, pos: posOf(decls[0]!) }));
  warnings.sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
  return {
    kind: primary.kind,
    exportName: primary.name,
    exportPos: posOf(primary.node),
    unionName,
    metaName: companion?.name,
    entries,
    sectionNotes,
    otherExports,
    warnings,
  };
}

function findCandidates(tsm: TsMorph, sf: SourceFile): Candidate[] {
  const out: Candidate[] = [];
  for (const e of sf.getEnums()) out.push({ name: e.getName(), exported: e.isExported(), node: e, kind: "enum" });
  for (const v of sf.getVariableDeclarations()) {
    const obj = objectOf(tsm, v);
    if (!obj) continue;
    let strings = 0;
    let objects = 0;
    for (const p of obj.getProperties()) {
      if (!tsm.Node.isPropertyAssignment(p)) continue;
      const init = unwrap(tsm, p.getInitializerOrThrow());
      if (tsm.Node.isStringLiteral(init) || tsm.Node.isNoSubstitutionTemplateLiteral(init)) strings++;
      else if (tsm.Node.isObjectLiteralExpression(init)) objects++;
    }
    if (strings + objects > 0) out.push({ name: v.getName(), exported: v.isExported(), node: v, kind: strings >= objects ? "strings" : "meta" });
  }
  return out;
}

function pick(candidates: readonly Candidate[], exportName: string | undefined): Candidate {
  if (exportName !== undefined) {
    const named = candidates.find((c) => c.name === exportName);
    if (!named) throw new ImportError(`no enum or object literal named ${exportName} (found: ${candidates.map((c) => c.name).join(", ") || "none"})`);
    return named;
  }
  const exported = candidates.filter((c) => c.exported);
  const rank = (c: Candidate) => (c.kind === "meta" ? 2 : 0) + (/code/i.test(c.name) ? 0 : 1);
  const best = [...exported].sort((a, b) => rank(a) - rank(b))[0];
  if (!best) throw new ImportError("no exported enum or object literal of codes; pass --export NAME");
  return best;
}

/** An exported (or named) object of objects whose keys name members of the primary. */
function findCompanion(tsm: TsMorph, candidates: readonly Candidate[], primary: Candidate, metaName: string | undefined): Candidate | undefined {
  if (metaName !== undefined) {
    const named = candidates.find((c) => c.name === metaName && c.kind === "meta");
    if (!named) throw new ImportError(`no object of metadata objects named ${metaName}`);
    return named;
  }
  return candidates.find(
    (c) =>
      c !== primary &&
      c.exported &&
      c.kind === "meta" &&
      objectOf(tsm, c.node)!
        .getProperties()
        .some((p) => tsm.Node.isPropertyAssignment(p) && /^\[\s*([A-Za-z_$][\w$]*)\s*\./.exec(p.getNameNode().getText())?.[1] === primary.name),
  );
}

function mergeCompanion(ctx: MetaContext, companion: Candidate, primaryName: string, entries: Entry[], skipped: ReadonlySet<string>): void {
  const { tsm, warn } = ctx;
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const byValue = new Map(entries.map((e) => [e.value, e]));
  const seen = new Set<Entry>();
  for (const prop of objectOf(tsm, companion.node)!.getProperties()) {
    if (tsm.Node.isSpreadAssignment(prop)) {
      warn(prop, `spread ${clip(prop.getText())} in ${companion.name} is not imported; add its metadata to the spec by hand`);
      continue;
    }
    if (!tsm.Node.isPropertyAssignment(prop)) {
      warn(prop, `${clip(prop.getText())} in ${companion.name} is not a literal; not imported`);
      continue;
    }
    const nameNode = prop.getNameNode();
    const member = tsm.Node.isComputedPropertyName(nameNode)
      ? new RegExp(`^\\[\\s*${primaryName.replace(/\$/g, "\\$")}\\s*\\.\\s*([\\w$]+)\\s*\\]$`).exec(nameNode.getText())?.[1]
      : literalKey(tsm, nameNode);
    const entry = member === undefined ? undefined : (byKey.get(member) ?? byValue.get(member));
    const init = unwrap(tsm, prop.getInitializerOrThrow());
    if (!entry && member !== undefined && skipped.has(member)) {
      warn(prop, `${companion.name}.${member} belongs to a member that was not imported; add its metadata to the spec by hand`);
      continue;
    }
    if (!entry) {
      const what = member === undefined ? clip(nameNode.getText()) : member;
      warn(prop, `${companion.name} key ${what} is not a member of ${primaryName}; not imported`);
      continue;
    }
    if (seen.has(entry)) {
      warn(prop, `${companion.name} lists ${entry.key} twice; the later entry is ignored`);
      continue;
    }
    seen.add(entry);
    if (!tsm.Node.isObjectLiteralExpression(init)) {
      warn(init, `${companion.name}.${entry.key} is not an object literal; not imported`);
      continue;
    }
    entry.meta = readMeta(ctx, init, false);
  }
}

/** `{…}`, `{…} as const`, `{…} satisfies T`, `Object.freeze({…})`, in parentheses or not. */
function objectOf(tsm: TsMorph, node: TsNode): ObjectLiteralExpression | undefined {
  const init = tsm.Node.isVariableDeclaration(node) ? node.getInitializer() : undefined;
  if (!init) return undefined;
  let inner = unwrap(tsm, init);
  if (tsm.Node.isCallExpression(inner) && inner.getExpression().getText() === "Object.freeze" && inner.getArguments()[0])
    inner = unwrap(tsm, inner.getArguments()[0]!);
  return tsm.Node.isObjectLiteralExpression(inner) ? inner : undefined;
}

export function unwrap(tsm: TsMorph, node: TsNode): TsNode {
  let n = node;
  while (tsm.Node.isAsExpression(n) || tsm.Node.isSatisfiesExpression(n) || tsm.Node.isParenthesizedExpression(n) || tsm.Node.isTypeAssertion(n))
    n = n.getExpression();
  return n;
}

/** The text of an identifier, string or number key; undefined for a computed one. */
function literalKey(tsm: TsMorph, name: TsNode): string | undefined {
  if (tsm.Node.isIdentifier(name) || tsm.Node.isPrivateIdentifier(name)) return name.getText();
  if (tsm.Node.isStringLiteral(name) || tsm.Node.isNumericLiteral(name) || tsm.Node.isNoSubstitutionTemplateLiteral(name)) return name.getLiteralText();
  return undefined;
}

/** `type X = keyof typeof E`, `(typeof E)[keyof typeof E]`, `` `${E}` `` (and similar): the alias's name. */
function unionAliasOf(sf: SourceFile, name: string): string | undefined {
  const n = name.replace(/\$/g, "\\$");
  const mention = new RegExp(`\\btypeof\\s+${n}\\b|\\$\\{\\s*${n}\\s*\\}`);
  return sf
    .getTypeAliases()
    .find((t) => t.isExported() && mention.test(t.getTypeNodeOrThrow().getText()))
    ?.getName();
}

function commentsBefore(sf: SourceFile, node: TsNode): RawComment[] {
  const text = sf.getFullText();
  const ranges = node.getLeadingCommentRanges();
  return ranges.map((r, i) => {
    const next = i + 1 < ranges.length ? ranges[i + 1]!.getPos() : node.getStart();
    return { text: r.getText(), pos: r.getPos(), blankAfter: /\n[ \t]*\r?\n/.test(text.slice(r.getEnd(), next)) };
  });
}

/** `X = "X", // the text` → `the text` (a same-line comment after the member and its comma). */
function trailingComment(sf: SourceFile, node: TsNode): string {
  const m = /^[ \t]*,?[ \t]*\/\/[ \t]*([^\n]*)/.exec(sf.getFullText().slice(node.getEnd(), node.getEnd() + 500));
  return m ? m[1]!.trim() : "";
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, " ");
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
