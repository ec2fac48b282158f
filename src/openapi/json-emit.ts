// JSON text with two-space indentation, like `JSON.stringify(value, null, 2)`, except
// that an `InlineJson` value is written as its one-line text and every non-ASCII
// character is a `\uXXXX` escape. ASCII-only output is a one-byte string in V8: half
// the memory of a two-byte one for a 50,000-code document, and immune to encoding mix-ups.
//
//   emitJson({ a: [1], b: inlineJson({ c: "é" }) })
//   {
//     "a": [
//       1
//     ],
//     "b": {"c": "\u00e9"}
//   }
import { InlineJson } from "./inline-json.js";
import { TextSink } from "../generate/text-sink.js";
import { unicodeEscape } from "../escape/text.js";

const NON_ASCII = /[^\x00-\x7F]/;
const NON_ASCII_ALL = /[^\x00-\x7F]/g;

/** Outside string literals JSON text is ASCII, so escaping every non-ASCII character is always valid. */
export function asciiJson(text: string): string {
  return NON_ASCII.test(text) ? text.replace(NON_ASCII_ALL, unicodeEscape) : text;
}

/** The text of a value that needs no block (scalar, inline JSON, empty collection), else undefined. */
function inline(value: unknown): string | undefined {
  if (value instanceof InlineJson) return value.text;
  if (typeof value !== "object" || value === null) {
    const text = JSON.stringify(value === undefined ? null : value);
    if (text === undefined) throw new Error(`cannot write a ${typeof value} as JSON`);
    return text;
  }
  if (Array.isArray(value)) return value.length ? undefined : "[]";
  for (const key in value) if ((value as Record<string, unknown>)[key] !== undefined) return undefined;
  return "{}";
}

function inlineAll(values: readonly unknown[]): string[] | undefined {
  const texts: string[] = [];
  for (const v of values) {
    const text = inline(v);
    if (text === undefined) return undefined;
    texts.push(text);
  }
  return texts;
}

/** Escapes each piece as it is written, so no two-byte string the size of the document ever exists. */
class AsciiSink extends TextSink {
  override write(piece: string): void {
    super.write(asciiJson(piece));
  }
}

class Emitter {
  readonly out = new AsciiSink();
  private readonly newlines: string[] = ["\n"];

  constructor(private readonly plain: ReadonlySet<object>) {}

  /** A newline and `n` spaces. */
  private newline(n: number): string {
    while (this.newlines.length <= n) this.newlines.push("\n" + " ".repeat(this.newlines.length));
    return this.newlines[n]!;
  }

  /** Flat collections (every item inline) are written as one joined piece: enums and example maps are huge. */
  value(value: unknown, depth: number): void {
    const text = inline(value);
    if (text !== undefined) return this.out.write(text);
    if (this.plain.has(value as object)) return this.out.write(JSON.stringify(value, null, 2).replace(/\n/g, this.newline(depth)));
    const inner = this.newline(depth + 2);
    const close = this.newline(depth);
    if (Array.isArray(value)) {
      const texts = inlineAll(value);
      if (texts) return this.out.write(`[${inner}${texts.join(`,${inner}`)}${close}]`);
      value.forEach((item, i) => {
        this.out.write(i ? `,${inner}` : `[${inner}`);
        this.value(item, depth + 2);
      });
      return this.out.write(`${close}]`);
    }
    const map = value as Record<string, unknown>;
    const keys = Object.keys(map).filter((k) => map[k] !== undefined);
    const texts = inlineAll(keys.map((k) => map[k]));
    if (texts) return this.out.write(`{${inner}${keys.map((k, i) => `${JSON.stringify(k)}: ${texts[i]}`).join(`,${inner}`)}${close}}`);
    keys.forEach((k, i) => {
      this.out.write(`${i ? "," : "{"}${inner}${JSON.stringify(k)}: `);
      this.value(map[k], depth + 2);
    });
    this.out.write(`${close}}`);
  }
}

/**
 * The JSON text of `value`, ending in a newline, as UTF-8 bytes (never held as one string).
 * Subtrees in `plain` hold no `InlineJson` and are written by the native `JSON.stringify`
 * (several times faster), then re-indented; were one to hold an `InlineJson` after all, its
 * `toJSON` keeps the output right, only longer.
 */
export function emitJson(value: unknown, plain: ReadonlySet<object> = new Set()): Buffer {
  const emitter = new Emitter(plain);
  emitter.value(value, 0);
  emitter.out.write("\n");
  return emitter.out.bytes();
}
