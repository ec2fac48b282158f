// A YAML writer for generated spec files. Every string is written in a style that
// reads back as exactly that string (plain, single-quoted, double-quoted with escapes,
// literal block), chosen by a seeded random source so one sample exercises both the
// fast subset reader and the `yaml` library fallback, deterministically.

/** A YAML value; maps keep their entry order (keys such as `__proto__` stay plain data). */
export type Y = string | number | boolean | null | readonly Y[] | YMap;
export interface YMap {
  readonly map: readonly (readonly [string, Y])[];
}

export const ymap = (entries: readonly (readonly [string, Y | undefined])[]): YMap => ({
  map: entries.filter((e): e is readonly [string, Y] => e[1] !== undefined),
});

const isMap = (v: Y): v is YMap => typeof v === "object" && v !== null && !Array.isArray(v);

/** Deterministic random source (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RESERVED = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** A plain scalar that YAML 1.2 (core schema) reads as this string, in block and flow context. */
export function isPlainSafe(s: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_./ -]*$/.test(s) && !s.endsWith(" ") && !RESERVED.test(s);
}

/** Characters every style but double-quoted may hold raw (printable, no line-break look-alikes). */
const RAW_OK = /^[\t\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function singleQuotedOk(s: string): boolean {
  return RAW_OK.test(s) && !s.includes("\n");
}

function literalOk(s: string): boolean {
  if (!RAW_OK.test(s.replace(/\n/g, ""))) return false;
  const lines = s.replace(/\n+$/, "").split("\n");
  // Whitespace-only lines and blank-only text are ambiguous in a block scalar.
  return lines.some((l) => l !== "") && lines.every((l) => l === "" || l.trim() !== "") && !lines.some((l) => l.startsWith("\t"));
}

const NAMED: Record<string, string> = { "\0": "\\0", "\x07": "\\a", "\b": "\\b", "\x1b": "\\e", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v", "\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P" };

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, "0");

function doubleQuoted(s: string, random: () => number, indent: string | undefined): string {
  let out = '"';
  let sinceBreak = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let piece: string;
    if (ch === "\\") piece = "\\\\";
    else if (ch === '"') piece = '\\"';
    else if (ch === "\t") piece = random() < 0.5 ? "\t" : "\\t";
    else if (NAMED[ch] !== undefined && random() < 0.6) piece = NAMED[ch]!;
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0xd800 && cp < 0xe000) || cp === 0xfeff || cp === 0xfffe || cp === 0xffff || cp === 0x2028 || cp === 0x2029) {
      piece = cp <= 0xff && random() < 0.5 ? `\\x${hex(cp, 2)}` : `\\u${hex(cp, 4)}`;
    } else if (cp > 0x7f && random() < 0.1) piece = cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`;
    else if (ch === "/" && random() < 0.2) piece = "\\/";
    else if (ch === "\xa0" && random() < 0.5) piece = "\\_";
    else piece = ch;
    // Now and then an escaped line break: it and the next line's indentation vanish.
    if (indent !== undefined && sinceBreak > 20 && ch !== " " && ch !== "\t" && random() < 0.05) {
      out += `\\\n${indent}  `;
      sinceBreak = 0;
    }
    out += piece;
    sinceBreak += piece.length;
  }
  return out + '"';
}

export class YamlWriter {
  private readonly random: () => number;
  private readonly step: number;
  private readonly indentSeqs: boolean;

  constructor(seed: number) {
    this.random = rng(seed);
    this.step = [2, 2, 3, 4][Math.floor(this.random() * 4)]!;
    this.indentSeqs = this.random() < 0.7;
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  /** A scalar: plain when safe, else quoted; `indent` allows escaped line breaks (not in keys or flow). */
  inlineScalar(value: Exclude<Y, readonly Y[] | YMap>, indent?: string): string {
    if (typeof value === "number") return Object.is(value, -0) ? "-0.0" : String(value);
    if (typeof value === "boolean") return this.chance(0.8) ? String(value) : value ? "True" : "FALSE";
    if (value === null) return this.chance(0.5) ? "null" : "~";
    if (isPlainSafe(value) && this.chance(0.7)) return value;
    if (singleQuotedOk(value) && this.chance(0.3)) return `'${value.replace(/'/g, "''")}'`;
    return doubleQuoted(value, this.random, indent);
  }

  private blockScalar(value: string, indent: string): string | undefined {
    if (!literalOk(value) || !this.chance(value.includes("\n") ? 0.6 : 0.1)) return undefined;
    const trailing = /\n*$/.exec(value)![0].length;
    const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
    const body = trailing > 1 ? value.slice(0, value.length - trailing + 1) : value;
    const firstContent = value.split("\n").find((l) => l !== "")!;
    const indicator = firstContent.startsWith(" ") || this.chance(0.1) ? String(this.step) : "";
    const lines = (trailing === 0 ? body : body.slice(0, -1)).split("\n");
    const pad = indent + " ".repeat(this.step);
    const extra = trailing > 1 ? "\n".repeat(trailing - 1) : "";
    return `|${indicator}${chomp}\n${lines.map((l) => (l === "" ? "" : pad + l)).join("\n")}\n${extra}`;
  }

  private flowOk(value: Y, depth = 0): boolean {
    if (Array.isArray(value)) return depth < 3 && value.length <= 6 && value.every((v) => this.flowOk(v, depth + 1));
    if (isMap(value)) return depth < 3 && value.map.length <= 4 && value.map.every(([, v]) => this.flowOk(v, depth + 1));
    return typeof value !== "string" || value.length < 60;
  }

  private flow(value: Y): string {
    if (Array.isArray(value)) return `[${value.map((v) => this.flow(v)).join(", ")}]`;
    if (isMap(value)) return `{ ${value.map.map(([k, v]) => `${this.inlineScalar(k)}: ${this.flow(v)}`).join(", ")} }`;
    return this.inlineScalar(value as Exclude<Y, readonly Y[] | YMap>);
  }

  /** `value` after `key:` or `- `: returns the text that follows (starting with " " or "\n"). */
  private after(value: Y, indent: string): string {
    if (Array.isArray(value) || isMap(value)) {
      const empty = Array.isArray(value) ? value.length === 0 : (value as YMap).map.length === 0;
      if (empty || (this.flowOk(value) && this.chance(0.25))) return ` ${this.flow(value)}\n`;
      const child = Array.isArray(value) && !this.indentSeqs ? indent : indent + " ".repeat(this.step);
      return `\n${this.block(value, child)}`;
    }
    if (typeof value === "string") {
      const block = this.blockScalar(value, indent);
      if (block !== undefined) return ` ${block}`;
    }
    return ` ${this.inlineScalar(value as Exclude<Y, readonly Y[] | YMap>, indent)}\n`;
  }

  /** A block collection at `indent`. */
  block(value: YMap | readonly Y[], indent: string): string {
    let out = "";
    if (Array.isArray(value)) {
      for (const item of value as readonly Y[]) {
        if (isMap(item) && item.map.length > 0) {
          // `- key: value` with the rest of the map aligned under the first key.
          const inner = indent + " ".repeat(this.step);
          const body = this.block(item, inner);
          out += `${indent}-${" ".repeat(this.step - 1)}${body.slice(inner.length)}`;
        } else out += `${indent}-${this.after(item, indent)}`;
      }
      return out;
    }
    for (const [key, v] of (value as YMap).map) {
      out += `${indent}${this.inlineScalar(key)}:${this.after(v, indent)}`;
    }
    return out;
  }

  /** A whole document: optional modeline, then the root map. */
  document(root: YMap, modeline: string | undefined): string {
    const head = modeline !== undefined && this.chance(0.5) ? `# yaml-language-server: $schema=${modeline}\n` : "";
    return head + this.block(root, "");
  }
}
