// A linear pre-scan of text the `yaml` library is about to parse. The library
// descends recursively, so deep nesting overflows the stack (and 100,000 `[`
// exhaust memory); it also honours `%YAML 1.1`, which would switch to 1.1 scalars
// (yes/no booleans, octals). Both are refused here, located, before it runs.
//
// Depth = open block collections (by indentation and `- ` prefixes) + open flow
// collections, the measure the fast parser uses. It skips quoted scalars, comments
// and block-scalar bodies; elsewhere it errs towards counting less, never more, so
// no valid file is refused that the library could parse.

/** Deepest nesting accepted (block + flow levels); the library overflows near 800. */
export const MAX_NESTING = 640;

export interface PrescanProblem {
  readonly code: "LS001" | "LS004";
  readonly message: string;
  readonly offset: number;
}

const SPACE = 32;
const LF = 10;
const CR = 13;
const TAB = 9;

const blank = (c: number): boolean => c === SPACE || c === LF || c === CR || c === TAB || Number.isNaN(c);

export function prescan(text: string): PrescanProblem | undefined {
  const n = text.length;
  const stack: number[] = []; // columns of the open block nodes
  let flow = 0; // open flow collections
  let quote = 0; // the open quote character, 0 outside quoted scalars
  // Lines more indented than this belong to a block scalar: -1 for one at the root (its body
  // may start at column 0), Infinity when none is open.
  let scalarBody = Infinity;
  const tooDeep = (offset: number): PrescanProblem => ({
    code: "LS001",
    message: `nesting deeper than ${MAX_NESTING} levels`,
    offset,
  });
  let nodeStart = true; // a node may start here, so a quote or a bracket opens one
  let i = 0;
  while (i < n) {
    let col = 0;
    while (text.charCodeAt(i) === SPACE) (i++, col++);
    let c = text.charCodeAt(i);
    let lineKey = false;
    if (quote === 0 && flow === 0) {
      const empty = c === LF || c === CR || c === 0x23 /* # */ || Number.isNaN(c);
      if (empty || col > scalarBody) {
        i = skipLine(text, i);
        continue;
      }
      scalarBody = Infinity;
      nodeStart = true;
      if (c === 0x25 /* % */ && col === 0) {
        return { code: "LS004", offset: i, message: "YAML directives are not supported: spec files are YAML 1.2" };
      }
      while (stack.length > 0 && stack[stack.length - 1]! > col) stack.pop();
      if (stack.length === 0 || stack[stack.length - 1]! < col) stack.push(col);
      // `- `, `? ` and `: ` prefixes each open one more level on the same line.
      while ((c === 0x2d || c === 0x3f || c === 0x3a) && blank(text.charCodeAt(i + 1))) {
        i++;
        col++;
        while (text.charCodeAt(i) === SPACE) (i++, col++);
        c = text.charCodeAt(i);
        if (c === LF || c === CR || Number.isNaN(c)) break;
        stack.push(col);
      }
      if (stack.length > MAX_NESTING) return tooDeep(i);
    }
    scan: for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (c === LF) break;
      if (quote !== 0) {
        if (c === quote) {
          if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27) i++; // '' inside '…'
          else quote = 0;
        } else if (c === 0x5c /* \ */ && quote === 0x22) i++;
        continue;
      }
      switch (c) {
        case SPACE:
        case TAB:
        case CR:
          continue;
        case 0x23: // # starts a comment after white space
          if (i === 0 || blank(text.charCodeAt(i - 1))) {
            i = skipLine(text, i) - 1;
            break scan;
          }
          nodeStart = false;
          continue;
        case 0x22:
        case 0x27:
          if (nodeStart) quote = c;
          nodeStart = false;
          continue;
        case 0x5b: // [
        case 0x7b: // {
          if (nodeStart || flow > 0) {
            if (stack.length + ++flow > MAX_NESTING) return tooDeep(i);
            nodeStart = true;
          } else nodeStart = false;
          continue;
        case 0x5d: // ]
        case 0x7d: // }
          if (flow > 0) flow--;
          nodeStart = false;
          continue;
        case 0x2c: // ,
          nodeStart = flow > 0;
          continue;
        case 0x3a: // :
          if (flow > 0 || blank(text.charCodeAt(i + 1))) {
            nodeStart = true;
            if (flow === 0) lineKey = true;
          } else nodeStart = false;
          continue;
        case 0x7c: // |
        case 0x3e: // >
          if (nodeStart && flow === 0) {
            // The body is indented past the key on this line, or past the parent of a `- |` entry.
            scalarBody = lineKey ? stack[stack.length - 1]! : (stack[stack.length - 2] ?? -1);
            i = skipLine(text, i) - 1;
            break scan;
          }
          nodeStart = false;
          continue;
        case 0x26: // & anchor, ! tag: a node may still follow
        case 0x21:
          if (nodeStart) while (i + 1 < n && !blank(text.charCodeAt(i + 1))) i++;
          else nodeStart = false;
          continue;
        default:
          nodeStart = false;
      }
    }
    i++;
  }
  return undefined;
}

/** The offset of the line break ending the line at `i` (or the text's end) plus one. */
function skipLine(text: string, i: number): number {
  const nl = text.indexOf("\n", i);
  return nl === -1 ? text.length : nl + 1;
}
