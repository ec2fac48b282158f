// Path and byte hygiene of generated files, as the built-ins are held to: relative
// POSIX paths of plain segments (no `..`, no absolute path, no case-insensitive
// collision), LF line endings, no BOM, no trailing blanks, exactly one final newline,
// and no raw control, bidi or zero-width character (Trojan Source) in any file.
import type { GeneratedFiles } from "./run.js";

const SEGMENT = /^[A-Za-z0-9_@+-][A-Za-z0-9_.@+-]*$/;
/** Characters that must be escaped or shown, never written raw: C0 controls but tab and LF, DEL, C1, line separators, bidi, zero-width. */
const RAW_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `path` is not a hygienic output path, or undefined. */
export function pathProblem(path: string): string | undefined {
  if (path === "") return "is empty";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "is absolute";
  if (path.includes("\\")) return "has a backslash (paths are POSIX)";
  for (const seg of path.split("/")) {
    if (seg === "..") return "climbs out of the output folder (`..`)";
    if (seg === "" || seg === ".") return "has an empty or `.` segment";
    if (!SEGMENT.test(seg)) return `has a segment ${JSON.stringify(seg)} outside [A-Za-z0-9_.@+-] (or starting with a dot)`;
  }
  return undefined;
}

const at = (contents: string, index: number): string => {
  const line = contents.slice(0, index).split("\n").length;
  const col = index - contents.lastIndexOf("\n", index - 1);
  return `${line}:${col}`;
};

/** Why `contents` is not hygienic, or undefined. */
export function contentsProblem(contents: string): string | undefined {
  if (contents.startsWith("\uFEFF")) return "starts with a byte-order mark";
  const cr = contents.indexOf("\r");
  if (cr >= 0) return `has a carriage return at ${at(contents, cr)} (line endings are LF)`;
  if (!contents.endsWith("\n")) return "does not end in a newline";
  if (contents.endsWith("\n\n")) return "ends in more than one newline";
  // Before "\n" only: with the m flag, `$` would also match before U+2028, a JavaScript line terminator.
  const trailing = /[ \t]+(?=\n)/.exec(contents);
  if (trailing) return `has trailing blanks at ${at(contents, trailing.index)}`;
  const raw = RAW_UNSAFE.exec(contents);
  if (raw) return `holds a raw U+${raw[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} at ${at(contents, raw.index)}: escape it (or show it, as normaliseText does)`;
  const lone = LONE_SURROGATE.exec(contents);
  if (lone) return `holds a lone surrogate at ${at(contents, lone.index)}`;
  return undefined;
}

/** Throws one Error listing every unhygienic path or file of `files`. */
export function checkHygiene(files: GeneratedFiles): void {
  const problems: string[] = [];
  if (files.size === 0) problems.push("the generator produced no files");
  const lower = new Map<string, string>();
  for (const [path, contents] of files) {
    const p = pathProblem(path);
    if (p) problems.push(`${JSON.stringify(path)} ${p}`);
    const other = lower.get(path.toLowerCase());
    if (other !== undefined) problems.push(`${JSON.stringify(path)} and ${JSON.stringify(other)} differ only in case (they collide on macOS and Windows)`);
    lower.set(path.toLowerCase(), path);
    const c = contentsProblem(contents);
    if (c) problems.push(`${path} ${c}`);
  }
  if (problems.length) throw new Error(`lockstep/testing: output is not hygienic:\n  ${problems.join("\n  ")}`);
}
