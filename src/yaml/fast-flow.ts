// Flow collections for the fast parser (fast.ts): `[a, b]` and `{ k: v }`, nested
// and spanning lines. Pairs inside sequences (`[a: b]`), complex keys, empty entries
// and multi-line plain scalars are outside the subset.
import { Ch, Cursor, OUT } from "./fast-cursor.js";
import type { YMap, YNode, YPair, YScalar, YSeq } from "./node.js";
import { MAX_NESTING } from "./prescan.js";

export class FlowParser extends Cursor {
  /** The flow collection at `pos`; its continuation lines must be indented at least `minIndent`. */
  protected flow(minIndent: number): YMap | YSeq {
    if (++this.depth > MAX_NESTING) throw OUT; // the pre-scan reports it
    const start = this.pos;
    const isMap = this.src.charCodeAt(start) === Ch.LBRACE;
    const close = isMap ? Ch.RBRACE : Ch.RBRACKET;
    const base = this.top;
    let seen: Set<string> | undefined;
    this.pos++;
    this.flowSpace(minIndent);
    while (this.src.charCodeAt(this.pos) !== close) {
      if (isMap) seen = this.flowPair(base, minIndent, seen);
      else this.push(this.flowNode(minIndent));
      this.flowSpace(minIndent);
      const c = this.src.charCodeAt(this.pos);
      if (c === Ch.COMMA) {
        this.pos++;
        this.flowSpace(minIndent);
      } else if (c !== close) throw OUT; // a missing comma, a pair in a sequence, the end of the text
    }
    this.pos++;
    this.depth--;
    const end = this.pos;
    return isMap
      ? { kind: "map", items: this.itemsFrom<YPair>(base), start, end }
      : { kind: "seq", items: this.itemsFrom<YNode>(base), start, end };
  }

  /** An entry of a flow sequence, or a value in a flow mapping. */
  private flowNode(minIndent: number): YNode {
    const c = this.src.charCodeAt(this.pos);
    if (c === Ch.LBRACKET || c === Ch.LBRACE) return this.flow(minIndent);
    if (c === Ch.DQUOTE || c === Ch.SQUOTE) return this.quoted(minIndent);
    return this.flowPlain();
  }

  private flowPlain(): YScalar {
    const start = this.pos;
    this.checkPlainStart(true);
    const end = this.scanPlainLine(true);
    if (end === start) throw OUT; // an empty entry (`[a,,b]`), or the end of the text
    return this.plainScalar(start, end);
  }

  /** `key`, `key:` or `key: value` in a flow mapping. */
  private flowPair(base: number, minIndent: number, seen: Set<string> | undefined): Set<string> | undefined {
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    if (c === Ch.LBRACKET || c === Ch.LBRACE) throw OUT; // a complex key
    const line = this.lineStart;
    const key = c === Ch.DQUOTE || c === Ch.SQUOTE ? this.quoted(minIndent) : this.flowPlain();
    if (this.lineStart !== line || key.end - key.start > 1000) throw OUT; // keys are short and single-line
    const p = this.skipSpaces(this.pos);
    const d = src.charCodeAt(p);
    let value: YNode | null = null;
    if (d === Ch.COLON) {
      // After a plain key the colon is followed by white space or an indicator (or
      // the scan would have taken it); after a quoted key it may touch the value.
      this.pos = p + 1;
      this.flowSpace(minIndent);
      const e = src.charCodeAt(this.pos);
      if (e !== Ch.COMMA && e !== Ch.RBRACE) value = this.flowNode(minIndent);
    } else if (d !== Ch.COMMA && d !== Ch.RBRACE) throw OUT;
    seen = this.checkKey(base, key, seen);
    this.push({ key, value });
    return seen;
  }

  /** Skips spaces, line breaks and comments between flow tokens. */
  private flowSpace(minIndent: number): void {
    const src = this.src;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (c === Ch.SPACE) this.pos++;
      else if (c === Ch.LF || c === Ch.CR) {
        const lineStart = this.pos + (c === Ch.CR ? 2 : 1);
        this.continuationLine(lineStart, minIndent);
        this.pos = this.skipSpaces(lineStart);
      } else if (c === Ch.HASH) {
        const before = src.charCodeAt(this.pos - 1);
        if (before !== Ch.SPACE && before !== Ch.LF) throw OUT; // a comment needs white space before it
        const nl = src.indexOf("\n", this.pos);
        this.pos = nl === -1 ? this.len : nl;
      } else if (c === Ch.TAB) throw OUT;
      else return;
    }
  }
}
