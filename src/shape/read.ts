// Reads a parsed YAML node tree against a Shape: returns plain values, records where
// each value was written, and reports every mismatch (it never stops at the first).
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { quoteValue, type DiagnosticBag, type Span } from "../diagnostics/diagnostics.js";

/** Longest string a pattern is tried on (names, paths, slugs). */
export const MAX_PATTERN_INPUT = 1000;
import type { SourceLoc } from "../catalog/model.js";
import type { YDocument, YNode, YPair } from "../yaml/node.js";
import { describeShape, type Definitions, type Shape } from "./shape.js";

/** Marks a value that failed to read (already reported). */
export const INVALID: unique symbol = Symbol("invalid");

/** A map entry with user-chosen key, kept as data (never as an object key). */
export interface Entry {
  readonly key: string;
  readonly value: unknown;
  readonly keySpan: Span;
}

interface Where {
  self: Span;
  fields: Map<string, Span>;
  items: Span[];
}

type AnyNode = YNode | null | undefined;

const isMap = (n: AnyNode): n is Extract<YNode, { kind: "map" }> => n?.kind === "map";
const isSeq = (n: AnyNode): n is Extract<YNode, { kind: "seq" }> => n?.kind === "seq";
const isScalar = (n: AnyNode): n is Extract<YNode, { kind: "scalar" }> => n?.kind === "scalar";

export class ShapeReader {
  private readonly where = new WeakMap<object, Where>();

  constructor(
    readonly file: string,
    private readonly lines: YDocument["linePos"],
    private readonly defs: Definitions,
    private readonly bag: DiagnosticBag,
  ) {}

  loc(span: Span): SourceLoc {
    const { line, col } = this.lines(span.start);
    return { file: this.file, line, col };
  }

  /** Span of an object/array, or of one of its fields / items. */
  spanOf(value: object, field?: string | number): Span | undefined {
    const w = this.where.get(value);
    if (!w) return undefined;
    if (field === undefined) return w.self;
    return typeof field === "number" ? w.items[field] : w.fields.get(field);
  }

  /** Location of a field when known, else of the object itself. */
  locOf(value: object, field?: string | number): SourceLoc {
    const span = (field !== undefined ? this.spanOf(value, field) : undefined) ?? this.spanOf(value) ?? { start: 0, end: 0 };
    return this.loc(span);
  }

  error(code: Parameters<DiagnosticBag["error"]>[0], message: string, span: Span): void {
    this.bag.error(code, message, this.loc(span), span);
  }

  read(node: AnyNode, shape: Shape, fallback: Span): unknown {
    const span = spanOfNode(node) ?? fallback;
    switch (shape.t) {
      case "ref":
        return this.read(node, this.defs[shape.name]!, fallback);
      case "union":
        return this.readUnion(node, shape.of, shape, span, fallback);
      case "object":
        return isMap(node) ? this.readObject(node.items, shape, span) : this.mismatch(node, shape, span);
      case "map":
        return isMap(node) ? this.readMap(node.items, shape, span) : this.mismatch(node, shape, span);
      case "list":
        return isSeq(node) ? this.readList(node.items, shape, span) : this.mismatch(node, shape, span);
      case "any":
        return this.readAny(node, span);
      default:
        return this.readScalar(node, shape, span);
    }
  }

  private readUnion(node: AnyNode, options: readonly Shape[], whole: Shape, span: Span, fallback: Span): unknown {
    const fits = options.filter((o) => fitsKind(node, o, this.defs));
    if (fits.length === 0) return this.mismatch(node, whole, span);
    return this.read(node, fits[0]!, fallback);
  }

  private readObject(pairs: readonly YPair[], shape: Extract<Shape, { t: "object" }>, span: Span): unknown {
    const out: Record<string, unknown> = {};
    const where: Where = { self: span, fields: new Map(), items: [] };
    let ok = true;
    for (const pair of pairs) {
      const key = this.keyOf(pair, span);
      if (key === undefined) {
        ok = false;
        continue;
      }
      const keySpan = spanOfNode(pair.key) ?? span;
      if (!Object.hasOwn(shape.fields, key.text)) {
        ok = false;
        if (this.bag.isFull(this.file)) {
          this.bag.countOmitted(this.file); // a hopeless file: count, without hints or locations
          continue;
        }
        const hint = didYouMean(key.text, Object.keys(shape.fields));
        this.error("LS010", `unknown key "${key.text}"${hint ? ` (did you mean "${hint}"?)` : ""}`, keySpan);
        continue;
      }
      const valueSpan = spanOfNode(pair.value) ?? keySpan;
      where.fields.set(key.text, valueSpan);
      const value = this.read(pair.value, shape.fields[key.text]!, keySpan);
      if (value === INVALID) ok = false;
      else out[key.text] = value;
    }
    for (const req of shape.required ?? []) {
      if (!where.fields.has(req)) {
        this.error("LS012", `missing required key "${req}"`, span);
        ok = false;
      }
    }
    this.where.set(out, where);
    return ok ? out : Object.keys(out).length > 0 ? out : INVALID;
  }

  private readMap(pairs: readonly YPair[], shape: Extract<Shape, { t: "map" }>, span: Span): unknown {
    const out: Entry[] = [];
    const where: Where = { self: span, fields: new Map(), items: [] };
    for (const pair of pairs) {
      const key = this.keyOf(pair, span);
      if (key === undefined) continue;
      const keySpan = spanOfNode(pair.key) ?? span;
      if (!shape.keys.test(key.text)) {
        this.error("LS013", `invalid key ${JSON.stringify(key.text)}: must match ${shape.keys.source}`, keySpan);
        continue;
      }
      const value = this.read(pair.value, shape.values, keySpan);
      if (value === INVALID) continue;
      where.items.push(spanOfNode(pair.value) ?? keySpan);
      out.push({ key: key.text, value, keySpan });
    }
    this.where.set(out, where);
    return out;
  }

  private readList(items: readonly AnyNode[], shape: Extract<Shape, { t: "list" }>, span: Span): unknown {
    const out: unknown[] = [];
    const where: Where = { self: span, fields: new Map(), items: [] };
    items.forEach((item) => {
      const itemSpan = spanOfNode(item) ?? span;
      const value = this.read(item, shape.of, itemSpan);
      if (value === INVALID) return;
      where.items.push(itemSpan);
      out.push(value);
    });
    if (shape.minItems && items.length < shape.minItems) {
      this.error("LS013", `expected at least ${shape.minItems} item${shape.minItems === 1 ? "" : "s"}`, span);
    }
    this.where.set(out, where);
    return out;
  }

  private readAny(node: AnyNode, span: Span): unknown {
    if (node == null) return null;
    if (isScalar(node)) return node.value;
    if (isSeq(node)) {
      const out = node.items.map((item) => this.readAny(item, spanOfNode(item) ?? span));
      return out.includes(INVALID) ? INVALID : out;
    }
    const out: Record<string, unknown> = Object.create(null);
    const where: Where = { self: span, fields: new Map(), items: [] };
    for (const pair of node.items) {
      const key = this.keyOf(pair, span);
      if (key === undefined) return INVALID;
      const value = this.readAny(pair.value, spanOfNode(pair.value) ?? span);
      if (value === INVALID) return INVALID;
      where.fields.set(key.text, spanOfNode(pair.key) ?? span);
      out[key.text] = value;
    }
    this.where.set(out, where);
    return out;
  }

  private keyOf(pair: YPair, parent: Span): { text: string } | undefined {
    const key = pair.key;
    if (typeof key.value !== "string" && typeof key.value !== "number") {
      this.error("LS011", "keys must be plain strings", spanOfNode(key) ?? parent);
      return undefined;
    }
    return { text: String(key.value) };
  }

  private readScalar(node: AnyNode, shape: Shape, span: Span): unknown {
    const value = node === null || node === undefined ? null : isScalar(node) ? node.value : undefined;
    if (node && !isScalar(node)) return this.mismatch(node, shape, span);
    switch (shape.t) {
      case "string":
        if (typeof value !== "string") return this.mismatch(node, shape, span);
        if (shape.values && !shape.values.includes(value)) {
          const hint = didYouMean(value, shape.values);
          this.error("LS013", `invalid value ${quoteValue(value)}: expected ${describeShape(shape, this.defs)}${hint ? ` (did you mean "${hint}"?)` : ""}`, span);
          return INVALID;
        }
        // Patterns check names, paths and slugs: a longer value is wrong anyway, and a long one
        // could overflow the regular expression's backtracking stack.
        if (shape.pattern && (value.length > MAX_PATTERN_INPUT || !shape.pattern.test(value))) {
          this.error("LS013", `invalid value ${quoteValue(value)}: must match ${shape.pattern.source}${value.length > MAX_PATTERN_INPUT ? ` and be at most ${MAX_PATTERN_INPUT} characters` : ""}`, span);
          return INVALID;
        }
        return value;
      case "integer":
        if (typeof value !== "number" || !Number.isInteger(value)) return this.mismatch(node, shape, span);
        if ((shape.min !== undefined && value < shape.min) || (shape.max !== undefined && value > shape.max)) {
          this.error("LS013", `invalid value ${value}: must be between ${shape.min} and ${shape.max}`, span);
          return INVALID;
        }
        return value;
      case "boolean":
        return typeof value === "boolean" ? value : this.mismatch(node, shape, span);
      case "text":
        return typeof value === "string" || typeof value === "number" ? String(value) : this.mismatch(node, shape, span);
      case "scalar":
        return typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null
          ? value
          : this.mismatch(node, shape, span);
      default:
        return this.mismatch(node, shape, span);
    }
  }

  private mismatch(node: AnyNode, shape: Shape, span: Span): typeof INVALID {
    const found = describeNode(node);
    const quoteHint =
      isScalar(node) && typeof node.value !== "string" && node.source !== "" && expectsString(shape, this.defs)
        ? ` (quote it: "${node.source}")`
        : "";
    this.error("LS011", `expected ${describeShape(shape, this.defs)}, found ${found}${quoteHint}`, span);
    return INVALID;
  }
}

function expectsString(shape: Shape, defs: Definitions): boolean {
  if (shape.t === "ref") return expectsString(defs[shape.name]!, defs);
  if (shape.t === "union") return shape.of.some((o) => expectsString(o, defs));
  return shape.t === "string";
}

function fitsKind(node: AnyNode, shape: Shape, defs: Definitions): boolean {
  if (shape.t === "ref") return fitsKind(node, defs[shape.name]!, defs);
  if (shape.t === "union") return shape.of.some((o) => fitsKind(node, o, defs));
  if (shape.t === "object" || shape.t === "map") return isMap(node);
  if (shape.t === "list") return isSeq(node);
  const v = node == null ? null : isScalar(node) ? node.value : undefined;
  switch (shape.t) {
    case "string":
      return typeof v === "string";
    case "integer":
      return typeof v === "number";
    case "boolean":
      return typeof v === "boolean";
    case "text":
      return typeof v === "string" || typeof v === "number";
    case "scalar":
      return v !== undefined;
    case "any":
      return true;
  }
}

function describeNode(node: AnyNode): string {
  if (node == null) return "nothing";
  if (isMap(node)) return "a map";
  if (isSeq(node)) return "a list";
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return "null";
    if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`;
    if (typeof v === "number") return `the number ${String(node.source ?? v)}`;
    if (typeof v === "boolean") return `the boolean ${String(v)}`;
  }
  return "an unsupported value";
}

export function spanOfNode(node: AnyNode): Span | undefined {
  return node ? { start: node.start, end: node.end } : undefined;
}
