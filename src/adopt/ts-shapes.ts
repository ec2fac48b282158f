// The shapes a hand-written catalog takes in a TypeScript module, found by syntax
// and judged by content, and the choice of the one to import:
//
//   export enum ErrorCode { A = "A" }                       enum
//   export const ERROR_CODES = { A: "A" } as const          strings
//   export const ERRORS = { A: { status: 400 } }            meta
//   export type ErrorCode = "a" | "b"                       union
//   const STATUS: Record<ErrorCode, number> = { A: 400 }    numbers (a status map)
//   const NAMES = { [-32700]: "PARSE_ERROR" }               inverse (numbers → names)
//
// Choosing by content: an export whose keys look like codes wins over one whose keys
// are numbers, and a catalog of numbers is refused with what to do instead.
import type { Node as TsNode, ObjectLiteralExpression, SourceFile } from "ts-morph";
import type { TsMorph } from "./ts-morph.js";

export type ShapeKind = "enum" | "strings" | "meta" | "union" | "numbers" | "inverse";

export interface Candidate {
  readonly name: string;
  readonly exported: boolean;
  readonly node: TsNode;
  readonly kind: ShapeKind;
  /** For an object: how many properties it has; for a union: how many literals. */
  readonly size: number;
  /** One property as written, to show in a message. */
  readonly sample: string;
}

export class ImportError extends Error {}

export function findCandidates(tsm: TsMorph, sf: SourceFile): Candidate[] {
  const out: Candidate[] = [];
  for (const e of sf.getEnums()) {
    const numeric = e.getMembers().every((m) => !m.getInitializer() || tsm.Node.isNumericLiteral(unwrap(tsm, m.getInitializer()!)) || tsm.Node.isPrefixUnaryExpression(m.getInitializer()!));
    out.push({
      name: e.getName(),
      exported: e.isExported(),
      node: e,
      kind: numeric && e.getMembers().length > 0 ? "numbers" : "enum",
      size: e.getMembers().length,
      sample: clip(e.getMembers()[0]?.getText() ?? ""),
    });
  }
  for (const v of sf.getVariableDeclarations()) {
    const obj = objectOf(tsm, v);
    if (!obj) continue;
    let strings = 0;
    let objects = 0;
    let numbers = 0;
    let numericKeys = 0;
    const props = obj.getProperties();
    for (const p of props) {
      if (!tsm.Node.isPropertyAssignment(p)) continue;
      const init = unwrap(tsm, p.getInitializerOrThrow());
      if (tsm.Node.isStringLiteral(init) || tsm.Node.isNoSubstitutionTemplateLiteral(init)) strings++;
      else if (tsm.Node.isObjectLiteralExpression(init)) objects++;
      else if (numberOf(tsm, init) !== undefined) numbers++;
      if (numericKey(tsm, p.getNameNode()) !== undefined) numericKeys++;
    }
    const best = Math.max(strings, objects, numbers);
    if (best === 0) continue;
    let kind: ShapeKind = best === strings ? "strings" : best === objects ? "meta" : "numbers";
    if (kind === "strings" && numericKeys * 2 > strings) kind = "inverse";
    const sample = props.find((p) => tsm.Node.isPropertyAssignment(p));
    out.push({ name: v.getName(), exported: v.isExported(), node: v, kind, size: props.length, sample: clip(sample?.getText() ?? "") });
  }
  for (const t of sf.getTypeAliases()) {
    const literals = unionLiterals(tsm, t.getTypeNodeOrThrow());
    if (literals && literals.length > 0) {
      out.push({ name: t.getName(), exported: t.isExported(), node: t, kind: "union", size: literals.length, sample: clip(literals[0]!.getText()) });
    }
  }
  return out;
}

const DESCRIBE: Readonly<Record<ShapeKind, string>> = {
  enum: "a string enum",
  strings: "an object of strings",
  meta: "an object of metadata objects",
  union: "a union of string literals",
  numbers: "an object or enum of numbers",
  inverse: "an object keyed by numbers (an inverse map)",
};

export function describeShape(c: Candidate): string {
  return `${c.name}, ${DESCRIBE[c.kind]} (${c.sample}${c.size > 1 ? ", …" : ""})`;
}

/**
 * `exportName` picks any candidate. Otherwise the exported catalog-shaped one: string
 * enums and objects of strings first, then unions, then objects of metadata; a name
 * mentioning "code" and more entries break ties. Numbers and inverse maps are never
 * picked on their own: the refusal names them and the flag that picks one.
 */
export function pick(candidates: readonly Candidate[], exportName: string | undefined): Candidate {
  if (exportName !== undefined) {
    const named = candidates.find((c) => c.name === exportName);
    if (!named) throw new ImportError(`no enum, object literal or union type named ${exportName} (found: ${candidates.map((c) => c.name).join(", ") || "none"})`);
    if (named.kind === "numbers") throw numbersRefusal(candidates, named);
    return named;
  }
  const order: Readonly<Record<ShapeKind, number>> = { enum: 0, strings: 0, union: 1, meta: 2, numbers: 9, inverse: 9 };
  const rank = (c: Candidate) => order[c.kind] * 2 + (/code|error/i.test(c.name) ? 0 : 1);
  const usable = candidates.filter((c) => c.exported && order[c.kind] < 9);
  const best = [...usable].sort((a, b) => rank(a) - rank(b) || b.size - a.size)[0];
  if (best) return best;
  const numeric = candidates.find((c) => c.kind === "numbers" && c.exported) ?? candidates.find((c) => c.kind === "numbers");
  if (numeric) throw numbersRefusal(candidates, numeric);
  const inverse = candidates.find((c) => c.kind === "inverse");
  if (inverse) {
    throw new ImportError(
      `the only catalog-like object is ${describeShape(inverse)}; its values are the code names: pass --export ${inverse.name} to import them as codes`,
    );
  }
  const unexported = candidates.find((c) => order[c.kind] < 9);
  if (unexported) throw new ImportError(`${describeShape(unexported)} is not exported; export it, or pass --export ${unexported.name}`);
  throw new ImportError(
    "no enum, object literal or union type of codes: import reads `enum E { A = \"A\" }`, `const E = { A: \"A\" } as const`, `const E = { A: { status: 400 } }` or `type E = \"A\" | \"B\"`; rewrite the catalog in one of these shapes",
  );
}

function numbersRefusal(candidates: readonly Candidate[], numeric: Candidate): ImportError {
  const inverse = candidates.find((c) => c.kind === "inverse");
  const names = inverse
    ? `pass --export ${inverse.name} to import the names its values hold as string codes`
    : `rewrite it as strings (${numeric.sample.split(/[:=]/)[0]!.trim()}: "${numeric.sample.split(/[:=]/)[0]!.trim()}") with the numbers in a { status } object, then import it`;
  return new ImportError(`${describeShape(numeric)} holds numeric codes, and Lockstep codes are strings on the wire: ${names}`);
}

/** The string literals of `"a" | "b"` (in parentheses or not); undefined for any other type. */
export function unionLiterals(tsm: TsMorph, type: TsNode): TsNode[] | undefined {
  let t = type;
  while (tsm.Node.isParenthesizedTypeNode(t)) t = t.getTypeNode();
  const parts = tsm.Node.isUnionTypeNode(t) ? t.getTypeNodes() : [t];
  const literals = parts.map((p) => (tsm.Node.isLiteralTypeNode(p) && tsm.Node.isStringLiteral(p.getLiteral()) ? p : undefined));
  return literals.every((l) => l !== undefined) ? (literals as TsNode[]) : undefined;
}

/** `{…}`, `{…} as const`, `{…} satisfies T`, `Object.freeze({…})`, in parentheses or not. */
export function objectOf(tsm: TsMorph, node: TsNode): ObjectLiteralExpression | undefined {
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

/** `401`, `-32700`: the number; undefined for anything else. */
export function numberOf(tsm: TsMorph, node: TsNode): number | undefined {
  const n = unwrap(tsm, node);
  if (tsm.Node.isNumericLiteral(n)) return n.getLiteralValue();
  if (tsm.Node.isPrefixUnaryExpression(n) && n.getOperatorToken() === tsm.SyntaxKind.MinusToken && tsm.Node.isNumericLiteral(n.getOperand()))
    return -n.getOperand().asKindOrThrow(tsm.SyntaxKind.NumericLiteral).getLiteralValue();
  return undefined;
}

/** `404:`, `"404":`, `[-32700]:`: the number a key spells; undefined otherwise. */
export function numericKey(tsm: TsMorph, name: TsNode): number | undefined {
  if (tsm.Node.isNumericLiteral(name)) return name.getLiteralValue();
  if (tsm.Node.isStringLiteral(name) && /^-?\d+$/.test(name.getLiteralText())) return Number(name.getLiteralText());
  if (tsm.Node.isComputedPropertyName(name)) return numberOf(tsm, name.getExpression());
  return undefined;
}

/** The text of an identifier, string or number key; undefined for a computed one. */
export function literalKey(tsm: TsMorph, name: TsNode): string | undefined {
  if (tsm.Node.isIdentifier(name) || tsm.Node.isPrivateIdentifier(name)) return name.getText();
  if (tsm.Node.isStringLiteral(name) || tsm.Node.isNumericLiteral(name) || tsm.Node.isNoSubstitutionTemplateLiteral(name)) return name.getLiteralText();
  return undefined;
}

export function clip(text: string): string {
  const one = text.replace(/\s+/g, " ");
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
