// The line and scalar layer of the fast parser (fast.ts): a position in the text,
// how lines end and start, plain and quoted scalars. Every check that
// fails throws OUT, which parseFast turns into "not in the subset".
import { doubleQuotedValue, resolvePlain, unfoldLines } from "./fast-scalars.js";
import type { YNode, YPair, YScalar } from "./node.js";

/** Thrown when the input leaves the subset; caught by parseFast only. */
export const OUT: unique symbol = Symbol("outside the fast YAML subset");

/** What precedes a block node on its line: nothing, a `- ` indicator, or a `key: `. */
export type Mode = 0 | 1 | 2;
export const LINE = 0;
export const DASH = 1;
export const KEY = 2;

/** Character codes (a const enum: the bundler inlines them as literals). */
export const enum Ch {
  TAB = 9,
  LF = 10,
  CR = 13,
  SPACE = 32,
  BANG = 33,
  DQUOTE = 34,
  HASH = 35,
  PERCENT = 37,
  AMP = 38,
  SQUOTE = 39,
  STAR = 42,
  PLUS = 43,
  COMMA = 44,
  DASH = 45,
  DOT = 46,
  COLON = 58,
  GT = 62,
  QUESTION = 63,
  AT = 64,
  LBRACKET = 91,
  BACKSLASH = 92,
  RBRACKET = 93,
  BACKTICK = 96,
  LBRACE = 123,
  PIPE = 124,
  RBRACE = 125,
}

/** A key as the key of a JS object (how duplicates are judged). */
export function keyText(key: YScalar): string {
  return typeof key.value === "string" ? key.value : key.value === null ? "" : String(key.value);
}

export function isFlowIndicator(c: number): boolean {
  return c === Ch.COMMA || c === Ch.LBRACKET || c === Ch.RBRACKET || c === Ch.LBRACE || c === Ch.RBRACE;
}

/** Can `c` (followed by `next`) be part of a plain scalar's word? A colon only when no white space (in flow context, no flow indicator) follows it. */
function isPlainChar(c: number, next: number, inFlow: boolean): boolean {
  if (c === Ch.SPACE || c === Ch.TAB || c === Ch.LF || c === Ch.CR || c !== c) return false; // c !== c: past the end (NaN)
  if (inFlow && isFlowIndicator(c)) return false;
  if (c !== Ch.COLON) return true;
  return !(next !== next || next === Ch.SPACE || next === Ch.TAB || next === Ch.LF || next === Ch.CR || (inFlow && isFlowIndicator(next)));
}

/**
 * The end of one line of a plain scalar starting at `pos` (`pos` itself when none starts
 * there): words separated by spaces or tabs, where a word after white space does not
 * start with `#` (that starts a comment). A linear scan: a regular expression with
 * nested repetition overflowed the stack on a multi-megabyte line.
 */
function plainLineEnd(src: string, pos: number, inFlow: boolean): number {
  let p = pos;
  while (isPlainChar(src.charCodeAt(p), src.charCodeAt(p + 1), inFlow)) p++;
  let end = p;
  while (end > pos) {
    let q = end;
    let c = src.charCodeAt(q);
    while (c === Ch.SPACE || c === Ch.TAB) c = src.charCodeAt(++q);
    if (q === end || c === Ch.HASH || !isPlainChar(c, src.charCodeAt(q + 1), inFlow)) break;
    p = q;
    while (isPlainChar(src.charCodeAt(p), src.charCodeAt(p + 1), inFlow)) p++;
    end = p;
  }
  return end;
}

/** The inside of a quoted scalar up to its end, an escape or a line break. */
const DQ_SIMPLE = /[^"\\\n]*/y;
const SQ_SIMPLE = /[^'\n]*/y;

export class Cursor {
  protected pos = 0;
  /** Offset of the first character of the current line. */
  protected lineStart = 0;
  /** Column of the current content line's first character; -1 at the end of the text. */
  protected indent = -1;
  /** Where the library ends the last node finished: past its line's comment and line break. */
  protected lineEnd = 0;
  protected depth = 0;
  protected readonly len: number;
  /**
   * Items of the collections being parsed, innermost last, copied out exactly sized
   * when a collection ends: growing each collection's own array would reserve 17
   * slots for every small one, and the garbage collector would copy them all.
   */
  private readonly stack: (YPair | YNode | null)[] = [];
  protected top = 0;

  constructor(protected readonly src: string) {
    this.len = src.length;
  }

  protected push(item: YPair | YNode | null): void {
    this.stack[this.top++] = item;
  }

  /** The items pushed since `base`, which are removed. */
  protected itemsFrom<T extends YPair | YNode | null>(base: number): T[] {
    const items = this.stack.slice(base, this.top) as T[];
    this.top = base;
    return items;
  }

  /**
   * Gives up on a key already among the pairs pushed since `base` (compared as JS
   * object keys, stricter than the library); `seen` indexes large mappings.
   */
  protected checkKey(base: number, key: YScalar, seen: Set<string> | undefined): Set<string> | undefined {
    const text = keyText(key);
    if (seen) {
      if (seen.has(text)) throw OUT;
      return seen.add(text);
    }
    for (let i = base; i < this.top; i++) if (keyText((this.stack[i] as YPair).key) === text) throw OUT;
    if (this.top - base < 16) return undefined; // a linear scan is cheaper for small mappings
    seen = new Set([text]);
    for (let i = base; i < this.top; i++) seen.add(keyText((this.stack[i] as YPair).key));
    return seen;
  }

  /** A CR is only accepted as part of CRLF, which keeps every other check simple. */
  protected checkLineBreaks(): void {
    const src = this.src;
    for (let i = src.indexOf("\r"); i !== -1; i = src.indexOf("\r", i + 1)) if (src.charCodeAt(i + 1) !== Ch.LF) throw OUT;
    if (src.charCodeAt(0) === 0xfeff) throw OUT;
  }

  protected skipSpaces(p: number): number {
    while (this.src.charCodeAt(p) === Ch.SPACE) p++;
    return p;
  }

  /** Is `p` followed by white space or the end (after an indicator)? Tabs are outside the subset. */
  protected blankAt(p: number): boolean {
    const c = this.src.charCodeAt(p);
    if (c === Ch.TAB) throw OUT;
    return c === Ch.SPACE || c === Ch.LF || c === Ch.CR || p >= this.len;
  }

  /** Is `p` (after white space) at a comment, a line break or the end? */
  protected atLineEnd(p: number): boolean {
    const c = this.src.charCodeAt(p);
    if (c === Ch.TAB) throw OUT;
    return c === Ch.HASH || c === Ch.LF || c === Ch.CR || p >= this.len;
  }

  /** A `---` or `...` document marker at `p`. */
  protected markerAt(p: number): boolean {
    const src = this.src;
    const c = src.charCodeAt(p);
    return (c === Ch.DASH || c === Ch.DOT) && src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === c && this.blankAt(p + 3);
  }

  protected seqItemAt(p: number): boolean {
    return this.src.charCodeAt(p) === Ch.DASH && this.blankAt(p + 1);
  }

  /** After a scalar: does `: ` follow (making it a key)? If so, leaves `pos` at the colon. */
  protected keyFollows(): boolean {
    const p = this.skipSpaces(this.pos);
    if (this.src.charCodeAt(p) !== Ch.COLON || !this.blankAt(p + 1)) return false;
    this.pos = p;
    return true;
  }

  /** `pos` is past a node: allow spaces and a comment, take the line break, then skipBlank. */
  protected finishLine(): void {
    const src = this.src;
    let p = this.pos;
    let c = src.charCodeAt(p);
    while (c === Ch.SPACE || c === Ch.TAB) c = src.charCodeAt(++p); // tabs are fine where they are not indentation
    if (c === Ch.HASH) {
      const before = src.charCodeAt(p - 1);
      if (before !== Ch.SPACE && before !== Ch.TAB) throw OUT; // `"a"#b`: a comment needs white space before it
      const nl = src.indexOf("\n", p);
      p = nl === -1 ? this.len : nl;
      c = src.charCodeAt(p);
    } else if (c === Ch.CR) c = src.charCodeAt(++p);
    if (c === Ch.LF) p++;
    else if (p < this.len) throw OUT; // more on the line after the node
    this.lineEnd = p;
    this.pos = p;
    this.skipBlank();
  }

  /**
   * From the start of a line, skips empty and comment lines, leaving `pos` at the
   * first character of the next content line and `indent` at its column.
   */
  protected skipBlank(docStart = false): void {
    const src = this.src;
    for (;;) {
      const lineStart = this.pos;
      const p = this.skipSpaces(lineStart);
      const c = src.charCodeAt(p);
      if (c === Ch.LF || c === Ch.CR) {
        this.pos = p + (c === Ch.CR ? 2 : 1);
        continue;
      }
      if (c === Ch.HASH) {
        const nl = src.indexOf("\n", p);
        this.pos = nl === -1 ? this.len : nl + 1;
        continue;
      }
      this.pos = p;
      this.lineStart = lineStart;
      if (p >= this.len) {
        this.indent = -1;
        return;
      }
      if (c === Ch.TAB) throw OUT; // tabs as indentation
      // Another document, or the end of this one (`...`): outside the subset.
      if (p === lineStart && this.markerAt(p) && !(docStart && c === Ch.DASH)) throw OUT;
      this.indent = p - lineStart;
      return;
    }
  }

  /** Rejects what cannot start a plain scalar (or starts something outside the subset). */
  protected checkPlainStart(inFlow: boolean): void {
    const c = this.src.charCodeAt(this.pos);
    switch (c) {
      case Ch.DASH:
        if (this.blankAt(this.pos + 1) || (inFlow && isFlowIndicator(this.src.charCodeAt(this.pos + 1)))) throw OUT;
        return;
      case Ch.QUESTION:
      case Ch.COLON:
        // `? ` and `: ` are explicit key and value indicators; in flow context the
        // library's rules for `?x` and `:x` depend on the previous token.
        if (inFlow || this.blankAt(this.pos + 1)) throw OUT;
        return;
      case Ch.COMMA:
      case Ch.LBRACKET:
      case Ch.RBRACKET:
      case Ch.LBRACE:
      case Ch.RBRACE:
      case Ch.HASH:
      case Ch.AMP: // anchors, aliases, tags
      case Ch.STAR:
      case Ch.BANG:
      case Ch.PIPE:
      case Ch.GT:
      case Ch.SQUOTE:
      case Ch.DQUOTE:
      case Ch.PERCENT: // directives and reserved characters
      case Ch.AT:
      case Ch.BACKTICK:
      case Ch.TAB:
        throw OUT;
    }
  }

  /**
   * Scans one line of a plain scalar from `pos`; returns the end of its text and
   * leaves `pos` where it stopped: at a `: ` (a key follows), at the white space
   * before a ` #` comment, at a flow indicator (in flow context) or at the line's end.
   */
  protected scanPlainLine(inFlow: boolean): number {
    const src = this.src;
    const end = plainLineEnd(src, this.pos, inFlow);
    let p = end;
    let c = src.charCodeAt(p);
    while (c === Ch.SPACE || c === Ch.TAB) c = src.charCodeAt(++p);
    this.pos = c === Ch.HASH ? p - 1 : p;
    return end;
  }

  protected plainScalar(start: number, end: number, multiLine = false): YScalar {
    const source = this.src.slice(start, end);
    return { kind: "scalar", value: resolvePlain(multiLine ? unfoldLines(source) : source), source, start, end };
  }

  /**
   * A single- or double-quoted scalar at `pos`. Its continuation lines must be
   * indented at least `minIndent` (the library's rule), unless empty.
   */
  protected quoted(minIndent: number): YScalar {
    const src = this.src;
    const start = this.pos;
    const double = src.charCodeAt(start) === Ch.DQUOTE;
    // The common case, found by a native scan: no escapes or line breaks before the closing quote.
    const simple = double ? DQ_SIMPLE : SQ_SIMPLE;
    simple.lastIndex = start + 1;
    simple.test(src);
    const close = simple.lastIndex;
    if (src.charCodeAt(close) === (double ? Ch.DQUOTE : Ch.SQUOTE) && (double || src.charCodeAt(close + 1) !== Ch.SQUOTE)) {
      this.pos = close + 1;
      return { kind: "scalar", value: src.slice(start + 1, close), source: src.slice(start, close + 1), start, end: close + 1 };
    }
    return this.quotedSlow(start, double, minIndent);
  }

  private quotedSlow(start: number, double: boolean, minIndent: number): YScalar {
    const src = this.src;
    let q: number;
    if (double) {
      q = src.indexOf('"', start + 1);
      while (q !== -1 && this.escaped(q)) q = src.indexOf('"', q + 1);
    } else {
      q = src.indexOf("'", start + 1);
      while (q !== -1 && src.charCodeAt(q + 1) === Ch.SQUOTE) q = src.indexOf("'", q + 2);
    }
    if (q === -1) throw OUT;
    const end = q + 1;
    let multiLine = false;
    let special = false; // a backslash or a doubled single quote
    for (let p = start + 1; p < q; p++) {
      const c = src.charCodeAt(p);
      if (c === Ch.LF) {
        multiLine = true;
        this.continuationLine(p + 1, minIndent);
      } else if (c === (double ? Ch.BACKSLASH : Ch.SQUOTE)) special = true;
    }
    let value: string | undefined = src.slice(start + 1, q);
    if (double) {
      if (multiLine || special) value = doubleQuotedValue(src, start, end);
      if (value === undefined) throw OUT;
    } else if (multiLine) value = unfoldLines(value).replace(/''/g, "'");
    else if (special) value = value.replace(/''/g, "'");
    this.pos = end;
    return { kind: "scalar", value, source: src.slice(start, end), start, end };
  }

  /** Is the `"` at `q` escaped by an odd number of backslashes? */
  private escaped(q: number): boolean {
    let n = 0;
    while (this.src.charCodeAt(q - 1 - n) === Ch.BACKSLASH) n++;
    return n % 2 === 1;
  }

  /** Checks a line starting at `lineStart` inside a quoted scalar or flow collection. */
  protected continuationLine(lineStart: number, minIndent: number): void {
    const p = this.skipSpaces(lineStart);
    const c = this.src.charCodeAt(p);
    this.lineStart = lineStart;
    if (c === Ch.LF || c === Ch.CR) return; // empty lines may be indented any amount
    if (p - lineStart < minIndent || (p === lineStart && this.markerAt(p))) throw OUT;
  }
}
