// Comments above a code in a hand-written TypeScript catalog: which are section
// headers (`// --- Billing ---`, `// #region Billing`, `/** @domain billing */`),
// which are the code's documentation, and what their JSDoc tags say.

/** One comment as written, with where it starts. */
export interface RawComment {
  readonly text: string;
  /** 0-based offset in the file. */
  readonly pos: number;
  /** Whether a blank line separates it from what follows (the next comment or the code). */
  readonly blankAfter: boolean;
}

export interface Section {
  /** As written (`Tracking & webhooks`), or the id from `@domain`. */
  readonly title: string;
  /** Set by `@domain id`. */
  readonly id: string | undefined;
}

export interface Doc {
  /** Markdown text (paragraphs separated by a blank line), or "" when none. */
  readonly text: string;
  /** Text of the `@deprecated` tag; "" when the tag has no text; undefined without the tag. */
  readonly deprecated: string | undefined;
  /** Id from a `@domain id` tag. */
  readonly domain: string | undefined;
  /** Tags the importer has no place for, e.g. `example`. */
  readonly otherTags: readonly string[];
}

export interface LeadingComments {
  /** Commented-out code (`// OLD_CODE: "OLD_CODE",`): never a description. */
  readonly ignored: readonly RawComment[];
  /** An `#endregion` closed the section before the code. */
  readonly ended: boolean;
  /** The documentation came from plain `//` or `/* *\/` comments, not JSDoc. */
  readonly plainDoc: boolean;
  /** The last section header among the comments, if any. */
  readonly section: Section | undefined;
  /** Non-header comments between that header and the code, separated from it by a blank line. */
  readonly sectionNotes: string;
  readonly doc: Doc;
}

const DECORATION = "[-=*#~_/+\u2013\u2014\u2500-\u257f\u2022\u00b7]";
const DECORATED = new RegExp(`^${DECORATION}{2,}\\s*(.*?)\\s*${DECORATION}*$|^(.*?)\\s*${DECORATION}{3,}$`);
const REGION = /^#region\b\s*(.*)$/;
const DOMAIN_TAG = /^@domain\s+(\S+)\s*$/;

/** The body of a comment: `//`, `/* *\/` and `/** *\/` markers and leading `*` removed; lines kept. */
export function commentBody(text: string): string[] {
  if (text.startsWith("//")) return text.split("\n").map((line) => line.replace(/^\s*\/\/+/, "").trim());
  const inner = text.replace(/^\/\*\*?/, "").replace(/\*\/$/, "");
  // After a leading `*` (and one space) the rest is content, indentation included; without one, it is all indentation.
  return inner.split(/\r?\n/).map((line) => (/^\s*\*(?!\/)/.test(line) ? line.replace(/^\s*\*\s?/, "") : line.trimStart()).trimEnd());
}

/** A section header's title, or undefined for an ordinary comment. */
export function sectionOf(text: string): Section | undefined {
  const lines = commentBody(text).filter((l) => l !== "");
  if (lines.length !== 1) return undefined;
  const line = lines[0]!;
  const tag = DOMAIN_TAG.exec(line);
  if (tag) return { title: tag[1]!, id: tag[1]! };
  if (/^#endregion\b/.test(line)) return undefined;
  const region = REGION.exec(line);
  if (region) return region[1] ? { title: region[1], id: undefined } : undefined;
  const decorated = DECORATED.exec(line);
  const title = decorated ? (decorated[1] ?? decorated[2] ?? "") : "";
  return title !== "" && /[A-Za-z]/.test(title) ? { title, id: undefined } : undefined;
}

/** Splits leading comments into the section they open and the code's own documentation. */
/** `OLD_CODE: "OLD_CODE",`, `FOO = "FOO",`, `| "foo"`, `"foo",`: a line of code, not prose. */
const CODE_LINE =
  /^(?:[A-Za-z_$][\w$]*|["'][^"']*["']|\[[^\]]+\])\s*[:=]\s*(?:["'`][^"'`]*["'`]|-?\d+|[\w$.]+|\{.*\}?)\s*,?\s*(?:\/\/.*)?$|^\|?\s*["'][^"']*["']\s*[,|]?$/;

export function isCommentedOutCode(text: string): boolean {
  const lines = commentBody(text).filter((l) => l !== "");
  return lines.length > 0 && lines.every((l) => CODE_LINE.test(l));
}

export function readLeading(all: readonly RawComment[]): LeadingComments {
  let section: Section | undefined;
  let start = 0;
  let ended = false;
  const ignored = all.filter((c) => isCommentedOutCode(c.text));
  const comments = all.filter((c) => !ignored.includes(c));
  comments.forEach((c, i) => {
    if (commentBody(c.text).some((l) => /^#endregion\b/.test(l))) {
      section = undefined;
      ended = true;
      start = i + 1;
    }
    const s = sectionOf(c.text);
    if (s) {
      section = s;
      start = i + 1;
    }
  });
  const rest = comments.slice(start);
  // The documentation is the run of comments that touches the code (no blank line in between).
  let attached = rest.length;
  while (attached > 0 && !rest[attached - 1]!.blankAfter) attached--;
  const notes = section ? rest.slice(0, attached).map((c) => reflow(commentBody(c.text))) : [];
  const own = rest.slice(attached);
  const doc = parseDoc(own.map((c) => c.text));
  if (doc.domain) section = { title: doc.domain, id: doc.domain };
  const plainDoc = own.length > 0 && own.every((c) => !c.text.startsWith("/**"));
  return { section, sectionNotes: notes.filter(Boolean).join("\n\n"), doc, ignored, ended: ended && !section, plainDoc };
}

/** JSDoc or plain comments → text plus tags. Plain comments carry no tags. */
export function parseDoc(texts: readonly string[]): Doc {
  const paragraphs: string[] = [];
  let deprecated: string | undefined;
  let domain: string | undefined;
  const otherTags: string[] = [];
  // A run of `//` lines is one comment.
  const blocks: string[] = [];
  texts.forEach((text, i) => {
    if (i > 0 && text.startsWith("//") && texts[i - 1]!.startsWith("//")) blocks[blocks.length - 1] += `\n${text}`;
    else blocks.push(text);
  });
  for (const text of blocks) {
    const isJsDoc = text.startsWith("/**");
    const body: string[] = [];
    const tagParagraphs: string[] = [];
    let tag: { name: string; lines: string[] } | undefined;
    const flushTag = () => {
      if (!tag) return;
      const value = reflow(tag.lines);
      if (tag.name === "deprecated") deprecated = value;
      else if (tag.name === "remarks") tagParagraphs.push(value);
      else if (tag.name === "see" && value) tagParagraphs.push(`See ${value}.`);
      else if (tag.name === "domain") domain = value || undefined;
      else otherTags.push(tag.name);
      tag = undefined;
    };
    for (const line of commentBody(text)) {
      const m = isJsDoc ? /^@([A-Za-z]+)\b\s*(.*)$/.exec(line) : null;
      if (m) {
        flushTag();
        tag = { name: m[1]!, lines: [m[2]!] };
      } else if (tag) tag.lines.push(line);
      else body.push(line);
    }
    flushTag();
    paragraphs.push(reflow(body), ...tagParagraphs);
  }
  return { text: paragraphs.filter(Boolean).join("\n\n"), deprecated, domain, otherTags };
}

/**
 * Lines of a comment → Markdown: lines of one paragraph joined with a space, blank
 * lines kept as paragraph breaks, list items and fenced code kept on their own lines,
 * `{@link X.Y}` → `` `Y` ``.
 */
export function reflow(lines: readonly string[]): string {
  const out: string[] = [];
  let fenced = false;
  for (const raw of lines) {
    const line = fenced ? raw : raw.trim();
    if (/^```/.test(line.trim())) {
      fenced = !fenced;
      out.push(line.trim());
      continue;
    }
    const prev = out.length ? out[out.length - 1]! : "";
    if (fenced || line === "" || prev === "" || /^(?:[-*+]|\d+[.)])\s/.test(line) || /^```/.test(prev)) out.push(line);
    else out[out.length - 1] = `${prev} ${line}`;
  }
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .replace(/\{@link(?:code|plain)?\s+([^}\s|]+)(?:[\s|]+([^}]*))?\}/g, (_, target: string, label?: string) =>
      label?.trim() ? label.trim() : `\`${target.replace(/^.*[.#]/, "")}\``,
    );
}
