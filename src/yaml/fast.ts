// A fast parser for the plain YAML subset spec files use: block and flow maps and
// sequences, plain, quoted and block scalars, comments. It returns undefined for
// anything outside that subset and for anything the `yaml` library would report as
// an error or warning, so that the caller falls back to the library, which reports
// problems precisely. It never guesses: when in doubt it gives up.
//
// It scans the text once with charCodeAt, line by line, without splitting it.
// Offsets and values match what the library gives for the same input.
import { Ch, DASH, KEY, LINE, OUT, type Mode } from "./fast-cursor.js";
import { FlowParser } from "./fast-flow.js";
import { blockScalarValue } from "./fast-scalars.js";
import { lineIndex, type YDocument, type YMap, type YNode, type YPair, type YScalar, type YSeq } from "./node.js";
import { MAX_NESTING } from "./prescan.js";

export function parseFast(text: string): YDocument | undefined {
  let root: YNode | null;
  try {
    root = new BlockParser(text).document();
  } catch (e) {
    if (e === OUT) return undefined;
    throw e;
  }
  let linePos: YDocument["linePos"] | undefined;
  return { root, linePos: (offset) => (linePos ??= lineIndex(text))(offset) };
}

/** Block structure: the document, block mappings and sequences, multi-line plain and block scalars. */
class BlockParser extends FlowParser {
  document(): YNode | null {
    this.checkLineBreaks();
    this.skipBlank(true);
    if (this.indent === 0 && this.markerAt(this.pos)) {
      this.pos += 3; // the `---` that may start the document
      this.finishLine();
    }
    if (this.indent < 0) return null;
    const root = this.node(this.indent, -1, LINE);
    if (this.indent !== -1) throw OUT; // a line less indented than the root node
    return root;
  }

  /**
   * The node at `pos` (column `col`), inside a block collection at column `parent`.
   * `mode` says what precedes it on its line: nothing, a `- `, or a `key: `.
   */
  private node(col: number, parent: number, mode: Mode): YNode {
    if (++this.depth > MAX_NESTING) throw OUT; // the pre-scan reports it
    const node = this.nodeAt(col, parent, mode);
    this.depth--;
    return node;
  }

  private nodeAt(col: number, parent: number, mode: Mode): YNode {
    switch (this.src.charCodeAt(this.pos)) {
      case Ch.DASH:
        if (!this.blankAt(this.pos + 1)) break;
        if (mode === KEY) throw OUT; // `key: - x`
        return this.blockSeq(col);
      case Ch.PIPE:
      case Ch.GT:
        // A header on a line of its own is outside the subset, except for the whole document.
        if (mode === LINE && (parent !== -1 || col !== 0)) throw OUT;
        return this.blockScalar(parent);
      case Ch.LBRACKET:
      case Ch.LBRACE: {
        const node = this.flow(parent + 1);
        this.finishLine(); // rejects `[a]: b` (a complex key) too
        return node;
      }
      case Ch.DQUOTE:
      case Ch.SQUOTE: {
        const line = this.lineStart;
        const scalar = this.quoted(parent + 1);
        if (this.keyFollows()) {
          if (mode === KEY || this.lineStart !== line) throw OUT; // `a: "b": c`, or a multi-line key
          return this.blockMap(col, scalar);
        }
        this.finishLine();
        return scalar;
      }
    }
    const start = this.pos;
    this.checkPlainStart(false);
    const end = this.scanPlainLine(false);
    if (this.src.charCodeAt(this.pos) === Ch.COLON) {
      if (mode === KEY) throw OUT;
      return this.blockMap(col, this.plainScalar(start, end));
    }
    return this.plainValue(start, end, parent + 1);
  }

  /** A block mapping at column `col`; `pos` is at the `:` after its first key. */
  private blockMap(col: number, first: YScalar): YMap {
    const base = this.top;
    let seen: Set<string> | undefined;
    let key = first;
    for (;;) {
      if (this.pos - key.start > 1000) throw OUT; // the library limits implicit keys to 1024 characters
      seen = this.checkKey(base, key, seen);
      this.pos++;
      this.push({ key, value: this.mapValue(col) });
      if (this.indent !== col) break;
      key = this.mapKey(col);
    }
    if (this.indent > col) throw OUT;
    return { kind: "map", items: this.itemsFrom<YPair>(base), start: first.start, end: this.lineEnd };
  }

  /** A key at the start of a line of a block mapping, leaving `pos` at its `:`. */
  private mapKey(col: number): YScalar {
    const c = this.src.charCodeAt(this.pos);
    if (c === Ch.DQUOTE || c === Ch.SQUOTE) {
      const line = this.lineStart;
      const key = this.quoted(col + 1);
      if (this.lineStart !== line || !this.keyFollows()) throw OUT;
      return key;
    }
    const start = this.pos;
    this.checkPlainStart(false);
    const end = this.scanPlainLine(false);
    if (this.src.charCodeAt(this.pos) !== Ch.COLON) throw OUT;
    return this.plainScalar(start, end);
  }

  /** The value after `key:` (`pos` just past the colon) of a mapping whose keys are at column `col`. */
  private mapValue(col: number): YNode | null {
    const afterColon = this.pos;
    const p = this.skipSpaces(afterColon);
    if (!this.atLineEnd(p)) {
      this.pos = p;
      return this.node(p - this.lineStart, col, KEY);
    }
    const comment = this.src.charCodeAt(p) === Ch.HASH;
    this.pos = p;
    this.finishLine();
    if (this.indent > col) return this.node(this.indent, col, LINE);
    if (this.indent === col && this.seqItemAt(this.pos)) return this.blockSeq(col); // `key:\n- item`
    if (!comment) this.lineEnd = p; // where the library ends an empty value
    return null;
  }

  /** A block sequence whose `-` indicators are at column `col` (`pos` is at the first). */
  private blockSeq(col: number): YSeq {
    const start = this.pos;
    const base = this.top;
    for (;;) {
      const p = this.skipSpaces(this.pos + 1);
      if (!this.atLineEnd(p)) {
        this.pos = p;
        this.push(this.node(p - this.lineStart, col, DASH));
      } else {
        const comment = this.src.charCodeAt(p) === Ch.HASH;
        this.pos = p;
        this.finishLine();
        if (this.indent > col) this.push(this.node(this.indent, col, LINE));
        else {
          this.push(null);
          if (!comment) this.lineEnd = p;
        }
      }
      if (this.indent > col) throw OUT;
      if (this.indent < col || !this.seqItemAt(this.pos)) break;
    }
    return { kind: "seq", items: this.itemsFrom<YNode | null>(base), start, end: this.lineEnd };
  }

  /** A plain scalar value whose first line is `src[start, end)`, maybe continued on more-indented lines. */
  private plainValue(start: number, end: number, minIndent: number): YScalar {
    const src = this.src;
    let multi = false;
    // `pos` is at the end of the scalar's last line so far, or at the white space before a comment.
    for (let c = src.charCodeAt(this.pos); c === Ch.LF || c === Ch.CR; c = src.charCodeAt(this.pos)) {
      let p = this.pos + (src.charCodeAt(this.pos) === Ch.CR ? 2 : 1);
      const lineStart = p;
      p = this.skipSpaces(p);
      const c = src.charCodeAt(p);
      if (c === Ch.LF || c === Ch.CR) {
        this.pos = p; // an empty line: the scalar may go on after it
        continue;
      }
      if (p >= this.len || p - lineStart < minIndent || c === Ch.HASH) break;
      if (isIndicator(c) || (p === lineStart && this.markerAt(p))) throw OUT; // ambiguous: give up
      this.pos = p;
      this.lineStart = lineStart;
      end = this.scanPlainLine(false);
      if (src.charCodeAt(this.pos) === Ch.COLON) throw OUT; // a key inside a multi-line scalar
      multi = true;
    }
    const scalar = this.plainScalar(start, end, multi);
    this.pos = end;
    this.finishLine();
    return scalar;
  }

  /**
   * A block scalar (`|`, `>`, with `-` or `+` chomping) at `pos`, in a collection at
   * column `parent`. Its extent follows the library's lexer; its value, its resolver.
   */
  private blockScalar(parent: number): YScalar {
    const src = this.src;
    const start = this.pos;
    const literal = src.charCodeAt(start) === Ch.PIPE;
    let p = start + 1;
    let chomp: "" | "-" | "+" = "";
    if (src.charCodeAt(p) === Ch.DASH) chomp = "-";
    else if (src.charCodeAt(p) === Ch.PLUS) chomp = "+";
    if (chomp) p++;
    const afterHeader = p;
    p = this.skipSpaces(p);
    let c = src.charCodeAt(p);
    if (c === Ch.HASH && p > afterHeader) {
      const nl = src.indexOf("\n", p);
      p = nl === -1 ? this.len : nl;
      c = src.charCodeAt(p);
    } else if (c === Ch.CR) c = src.charCodeAt(++p);
    if (c !== Ch.LF) throw OUT; // an indentation indicator, other characters, or no body
    const bodyStart = p + 1;
    const indent = this.blockIndent(bodyStart);
    if (indent <= parent) throw OUT; // an empty block scalar (only the document's may be unindented)
    const [clipEnd, keepEnd] = this.blockEnd(bodyStart, indent);
    const end = chomp === "+" ? keepEnd : clipEnd;
    const value = blockScalarValue(src.slice(bodyStart, end), literal, chomp, parent === -1);
    if (value === undefined) throw OUT;
    this.pos = end;
    this.lineStart = end;
    this.lineEnd = end;
    this.skipBlank();
    return { kind: "scalar", value, source: src.slice(start, end), start, end };
  }

  /** The indentation of a block scalar's first non-empty line (which must exist). */
  private blockIndent(p: number): number {
    const src = this.src;
    let maxEmpty = 0;
    for (;;) {
      const lineStart = p;
      p = this.skipSpaces(p);
      const c = src.charCodeAt(p);
      if (c === Ch.LF || c === Ch.CR) {
        maxEmpty = Math.max(maxEmpty, p - lineStart);
        p += c === Ch.CR ? 2 : 1;
        continue;
      }
      const indent = p - lineStart;
      // No content, or more-indented leading empty lines. (A tab here starts content.)
      if (p >= this.len || maxEmpty > indent) throw OUT;
      return indent;
    }
  }

  /**
   * Where a block scalar body from `p` indented `indent` ends, as the library's lexer
   * decides: [after its last line that is content or over-indented white space,
   * after its trailing empty lines too] (clip/strip and keep chomping).
   */
  private blockEnd(p: number, indent: number): [number, number] {
    const src = this.src;
    let clipEnd = p;
    for (;;) {
      const lineStart = p;
      p = this.skipSpaces(p);
      const n = p - lineStart;
      const c = src.charCodeAt(p);
      if (p >= this.len) {
        if (n > indent) clipEnd = p;
        return [clipEnd, n >= indent ? p : lineStart];
      }
      if (c === Ch.LF || c === Ch.CR) {
        p += c === Ch.CR ? 2 : 1;
        if (n > indent) clipEnd = p;
        continue;
      }
      // A less-indented line ends the scalar; so does a document marker in an unindented one.
      if (n < indent || (indent === 0 && this.markerAt(p))) {
        if (c === Ch.TAB) throw OUT;
        return [clipEnd, lineStart];
      }
      const nl = src.indexOf("\n", p);
      p = nl === -1 ? this.len : nl + 1;
      clipEnd = p;
    }
  }
}

/** Characters that make a continuation line look like the start of another node. */
function isIndicator(c: number): boolean {
  switch (c) {
    case Ch.DASH:
    case Ch.QUESTION:
    case Ch.COLON:
    case Ch.COMMA:
    case Ch.LBRACKET:
    case Ch.RBRACKET:
    case Ch.LBRACE:
    case Ch.RBRACE:
    case Ch.HASH:
    case Ch.AMP:
    case Ch.STAR:
    case Ch.BANG:
    case Ch.PIPE:
    case Ch.GT:
    case Ch.SQUOTE:
    case Ch.DQUOTE:
    case Ch.PERCENT:
    case Ch.AT:
    case Ch.BACKTICK:
    case Ch.TAB:
      return true;
    default:
      return false;
  }
}
