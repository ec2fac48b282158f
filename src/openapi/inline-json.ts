// A value written on one line as JSON, in both errors.json and errors.yaml (a JSON
// object is a YAML 1.2 flow mapping). Example objects use it: a 50,000-code catalog has
// ~80,000 of them, and one line each (instead of ~10 indented ones) keeps both files
// smaller and each example readable as the body it is. Serialised once, shared by both emitters.
//
//   inlineJson({ error: { code: "NOT_FOUND" }, ok: false }).text
//   → {"error": {"code": "NOT_FOUND"}, "ok": false}
//
// `": "` and `", "` separators (not JSON.stringify's bare `:`) keep YAML 1.1 parsers such
// as PyYAML happy, and characters YAML must not see raw are escaped (valid JSON too).
import { unicodeEscape } from "../escape/text.js";

/** Characters JSON leaves raw that YAML must not see raw: DEL and C1 controls, line and paragraph separators, BOM, non-characters. */
const YAML_UNSAFE = /[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
const YAML_UNSAFE_ALL = new RegExp(YAML_UNSAFE.source, "g");

/** Printable ASCII without `"` and `\\`: quoted as is. */
const SIMPLE = /^[\x20\x21\x23-\x5B\x5D-\x7E]*$/;

/** A JSON string literal that is also a valid YAML double-quoted scalar. */
export function quoted(value: string): string {
  if (SIMPLE.test(value)) return `"${value}"`;
  const json = JSON.stringify(value);
  return YAML_UNSAFE.test(json) ? json.replace(YAML_UNSAFE_ALL, unicodeEscape) : json;
}

export class InlineJson {
  constructor(readonly text: string) {}
  /** `JSON.stringify(document)` sees the plain value (tools and tests that skip the emitters). */
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** One-line JSON text of `value` (`": "` and `", "` separators). */
export function jsonText(value: unknown): string {
  if (typeof value === "string") return quoted(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as JSON`);
    return Object.is(value, -0) ? "0" : String(value);
  }
  if (typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => jsonText(v === undefined ? null : v)).join(", ")}]`;
  if (typeof value === "object") {
    let out = "";
    for (const key in value) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out += `${out ? ", " : ""}${quoted(key)}: ${jsonText(v)}`;
    }
    return `{${out}}`;
  }
  throw new Error(`cannot write a ${typeof value} as JSON`);
}

export function inlineJson(value: unknown): InlineJson {
  return new InlineJson(jsonText(value));
}
