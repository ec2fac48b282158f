// A small deterministic YAML emitter for JSON data (the JSON-compatible subset of
// YAML 1.2): block mappings and sequences, `{}` / `[]` for empty collections, plain
// scalars only where no YAML 1.1 or 1.2 parser could read them as anything but a
// string, JSON-style double-quoted strings otherwise, and an `InlineJson` value as its
// one-line JSON text (a flow mapping). It exists because the `yaml` package's
// `stringify` takes seconds on a 50,000-code document; this is linear.
//
//   emitYaml({ a: [1, { b: "x y" }], "c:d": true })
//   a:
//     - 1
//     - b: x y
//   "c:d": true
import { InlineJson, quoted } from "./inline-json.js";
import { TextSink } from "../generate/text-sink.js";

/** Characters a plain scalar may hold besides single spaces between words. */
const PLAIN_CHAR = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$./+()=;,!?*&%@~<>`-") PLAIN_CHAR[c.charCodeAt(0)] = 1;

/**
 * A plain scalar: starts with a letter, `_`, `$` or `/` (no indicator), then letters, digits,
 * punctuation that means nothing inside a block scalar, and single spaces between words.
 * Never `:` or `#` (`a: b`, `a #b`), quotes, backslashes, brackets, braces or `|`.
 * A linear scan: the regular expression it replaces overflowed the stack on a 12 MB text.
 */
function isPlain(value: string): boolean {
  const first = value.charCodeAt(0);
  if (!(first < 128 && PLAIN_CHAR[first] === 1 && !(first >= 48 && first <= 57) && ".+()=;,!?*&%@~<>`-".indexOf(value[0]!) < 0)) return false;
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32) {
      const next = value.charCodeAt(i + 1);
      if (next !== next || next === 32) return false; // a trailing space, or two in a row
    } else if (!(c < 128 && PLAIN_CHAR[c] === 1)) return false;
  }
  return true;
}

/** Words YAML 1.2 (core schema) or YAML 1.1 would read as a boolean or null. */
const SPECIAL = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** YAML's limit on the length of an implicit (single-line) key. */
const MAX_IMPLICIT_KEY = 1024;

export function yamlString(value: string): string {
  return isPlain(value) && !SPECIAL.test(value) ? value : quoted(value);
}

export function yamlScalar(value: unknown): string {
  switch (typeof value) {
    case "string":
      return yamlString(value);
    case "number":
      if (!Number.isFinite(value)) throw new Error(`cannot emit ${value} as JSON-compatible YAML`);
      return Object.is(value, -0) ? "0" : String(value);
    case "boolean":
      return String(value);
    default:
      if (value === null) return "null";
      throw new Error(`cannot emit a ${typeof value} as YAML`);
  }
}

/** `{}` / `[]` for an empty collection (undefined members don't count), undefined for one that needs a block. */
function emptyCollection(value: object): string | undefined {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : undefined;
  for (const key in value) if ((value as Record<string, unknown>)[key] !== undefined) return undefined;
  return "{}";
}

class Emitter {
  readonly out = new TextSink();
  private readonly indents: string[] = [""];
  /** Keys and short values repeat thousands of times (`type`, `$ref` targets): decide each once per document. */
  private readonly scalars = new Map<string, string>();

  private indent(n: number): string {
    while (this.indents.length <= n) this.indents.push(" ".repeat(this.indents.length));
    return this.indents[n]!;
  }

  private string(value: string): string {
    if (value.length > 64) return yamlString(value);
    let text = this.scalars.get(value);
    if (text === undefined) this.scalars.set(value, (text = yamlString(value)));
    return text;
  }

  /** The text of a value that fits on its line (scalar, inline JSON, empty collection), else undefined. */
  private inline(value: unknown): string | undefined {
    if (typeof value === "string") return this.string(value);
    if (typeof value !== "object" || value === null) return yamlScalar(value === undefined ? null : value);
    if (value instanceof InlineJson) return value.text;
    return emptyCollection(value);
  }

  /** `key:` (or `? key` + newline + `:` for a key too long to be implicit) after `lead`. */
  private key(lead: string, key: string, depth: number): string {
    const k = this.string(key);
    return k.length > MAX_IMPLICIT_KEY ? `${lead}? ${k}\n${this.indent(depth)}:` : `${lead}${k}:`;
  }

  /**
   * A non-empty collection as a block whose first line starts with `first` (the indentation,
   * or nothing after `- `). Flat collections (every item inline) are written as one joined
   * piece: enums, discriminator mappings and example maps hold tens of thousands of items.
   */
  block(value: object, depth: number, first: string): void {
    const ind = this.indent(depth);
    if (Array.isArray(value)) {
      const texts = this.inlineAll(value);
      if (texts) return this.out.write(`${first}- ${texts.join(`\n${ind}- `)}\n`);
      let lead = first;
      for (const item of value) {
        this.out.write(`${lead}- `);
        this.item(item, depth + 2, true);
        lead = ind;
      }
      return;
    }
    const map = value as Record<string, unknown>;
    const keys = Object.keys(map).filter((k) => map[k] !== undefined);
    const texts = this.inlineAll(keys.map((k) => map[k]));
    if (texts) return this.out.write(keys.map((k, i) => `${this.key(i ? ind : first, k, depth)} ${texts[i]}`).join("\n") + "\n");
    keys.forEach((k, i) => {
      this.out.write(this.key(i ? ind : first, k, depth));
      this.item(map[k], depth + 2, false);
    });
  }

  private inlineAll(values: readonly unknown[]): string[] | undefined {
    const texts: string[] = [];
    for (const v of values) {
      const text = this.inline(v);
      if (text === undefined) return undefined;
      texts.push(text);
    }
    return texts;
  }

  /** The rest of a line after `key:` or `- `: an inline value, or a block (after `- ` it starts on the same line). */
  private item(value: unknown, depth: number, afterDash: boolean): void {
    const text = this.inline(value);
    if (text !== undefined) return this.out.write(afterDash ? `${text}\n` : ` ${text}\n`);
    if (!afterDash) this.out.write("\n");
    this.block(value as object, depth, afterDash ? "" : this.indent(depth));
  }
}

/** `header`, then the YAML text of JSON data ending in a newline, as UTF-8 bytes (never held as one string). Object keys keep their order. */
export function emitYaml(value: unknown, header = ""): Buffer {
  const emitter = new Emitter();
  emitter.out.write(header);
  const text = value instanceof InlineJson ? value.text : typeof value === "object" && value !== null ? emptyCollection(value) : yamlScalar(value);
  if (text !== undefined) emitter.out.write(text + "\n");
  else emitter.block(value as object, 0, "");
  return emitter.out.bytes();
}
