// One code's metadata object in a hand-written catalog:
// `{ status: 402, message: "The card was declined.", retryable: false }`.
// Literal values only; anything else is a warning at its position.
import type { Node as TsNode, ObjectLiteralExpression } from "ts-morph";
import type { TsMorph } from "./ts-morph.js";

export interface EntryMeta {
  /** HTTP statuses, primary first. */
  readonly statuses?: readonly number[];
  readonly title?: string;
  readonly description?: string;
  readonly message?: string;
  readonly retryable?: "yes" | "no" | "auto";
  /** `true`, or the text of a `deprecated: "…"` property. */
  readonly deprecated?: true | string;
  /** The wire value from a `code` property (object-of-metadata catalogs). */
  readonly code?: string;
  /** Properties with no place in the spec, with where they are. */
  readonly unmapped?: readonly { readonly name: string; readonly node: TsNode }[];
}

export interface MetaContext {
  readonly tsm: TsMorph;
  warn(node: TsNode, message: string): void;
}

const STATUS_KEYS = new Set(["status", "httpStatus", "http", "statusCode", "httpStatusCode"]);
const TEXT_KEYS = ["description", "message"] as const;

/** `withCode`: the object is a catalog entry whose `code` property gives the wire value. */
export function readMeta(ctx: MetaContext, obj: ObjectLiteralExpression, withCode: boolean): EntryMeta {
  const { tsm, warn } = ctx;
  const meta: {
    statuses?: number[];
    title?: string;
    texts: Partial<Record<(typeof TEXT_KEYS)[number], string>>;
    retryable?: "yes" | "no" | "auto";
    deprecated?: true | string;
    code?: string;
    unmapped: { name: string; node: TsNode }[];
  } = { texts: {}, unmapped: [] };
  const str = (node: TsNode): string | undefined =>
    tsm.Node.isStringLiteral(node) || tsm.Node.isNoSubstitutionTemplateLiteral(node) ? node.getLiteralText() : undefined;

  for (const prop of obj.getProperties()) {
    if (tsm.Node.isSpreadAssignment(prop)) {
      warn(prop, `spread ${prop.getText()} is not imported`);
      continue;
    }
    if (!tsm.Node.isPropertyAssignment(prop)) {
      warn(prop, `${prop.getText()} is not a literal property; not imported`);
      continue;
    }
    const nameNode = prop.getNameNode();
    const name = tsm.Node.isIdentifier(nameNode) ? nameNode.getText() : tsm.Node.isStringLiteral(nameNode) ? nameNode.getLiteralText() : nameNode.getText();
    const value = prop.getInitializerOrThrow();
    if (STATUS_KEYS.has(name)) {
      const items = tsm.Node.isArrayLiteralExpression(value) ? value.getElements() : [value];
      const statuses = items.map((n) => (tsm.Node.isNumericLiteral(n) && Number.isInteger(n.getLiteralValue()) ? n.getLiteralValue() : undefined));
      if (items.length === 0 || statuses.some((s) => s === undefined || s > 999))
        warn(value, `${name} ${value.getText()} is not a literal HTTP status; not imported`);
      else meta.statuses = [...new Set(statuses as number[])];
    } else if (name === "description" || name === "message") {
      const text = str(value);
      if (text === undefined) warn(value, `${name} is not a literal string; not imported`);
      else meta.texts[name] = text;
    } else if (name === "title") {
      const text = str(value);
      if (text === undefined) warn(value, `title is not a literal string; not imported`);
      else meta.title = text;
    } else if (name === "retryable") {
      const text = str(value);
      if (tsm.Node.isTrueLiteral(value)) meta.retryable = "yes";
      else if (tsm.Node.isFalseLiteral(value)) meta.retryable = "no";
      else if (text === "yes" || text === "no" || text === "auto") meta.retryable = text;
      else warn(value, `${name} ${value.getText()} is not true, false, "yes", "no" or "auto"; not imported`);
    } else if (name === "deprecated") {
      const text = str(value);
      if (tsm.Node.isTrueLiteral(value)) meta.deprecated = true;
      else if (text !== undefined) meta.deprecated = text;
      else if (!tsm.Node.isFalseLiteral(value)) warn(value, `deprecated ${value.getText()} is not a literal; not imported`);
    } else if (name === "code" && withCode) {
      const text = str(value);
      if (text === undefined) warn(value, `code ${value.getText()} is not a literal string; the key is used instead`);
      else meta.code = text;
    } else meta.unmapped.push({ name, node: prop });
  }
  return {
    ...(meta.statuses ? { statuses: meta.statuses } : {}),
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.texts.description ? { description: meta.texts.description } : {}),
    ...(meta.texts.message ? { message: meta.texts.message } : {}),
    ...(meta.retryable ? { retryable: meta.retryable } : {}),
    ...(meta.deprecated !== undefined ? { deprecated: meta.deprecated } : {}),
    ...(meta.code !== undefined ? { code: meta.code } : {}),
    ...(meta.unmapped.length ? { unmapped: meta.unmapped } : {}),
  };
}
