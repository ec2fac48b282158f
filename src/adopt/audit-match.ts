// Compares the codes a code base uses with the catalog:
//   drift       used, but not in the catalog (or removed from it)
//   deprecated  used, and deprecated (with the replacement to use)
//   dynamic     an expression that computes a code (a template, ErrorCode[key], a
//               comparison on a local): the codes it could be are "possibly used"
//   dead        in the catalog, used nowhere, reachable by no dynamic use (planned codes excepted)
import { codeOf, compareStrings, type Catalog, type ErrorCode, type SourceLoc } from "../catalog/model.js";
import { NAME_PATTERNS } from "../naming/words.js";
import { tsMemberNameAs, type TsMemberCase } from "../naming/ts.js";
import { platformCode } from "./audit-ignore.js";
import type { Usage } from "./audit-scan.js";

export const FINDING_KINDS = ["drift", "deprecated", "dynamic", "dead"] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  readonly kind: FindingKind;
  /** The code as written (drift) or its catalog name. */
  readonly code: string;
  /** POSIX path as shown to the user. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
  /** Name of the code to use instead (deprecated, removed). */
  readonly replacement: string | undefined;
  /** dynamic: the catalog codes it could be. */
  readonly reaches?: readonly string[];
}

export interface FileUsages {
  /** POSIX path as shown to the user. */
  readonly file: string;
  readonly usages: readonly Usage[];
}

export interface AuditResult {
  /** Sorted: drift, deprecated, dead; then by file, line, column, code. */
  readonly findings: readonly Finding[];
  /** Code references that matched the catalog's naming style. */
  readonly references: number;
  /** Catalog codes only dynamic uses could reach (never reported dead). */
  readonly possiblyUsed: readonly string[];
}

export interface AuditOptions {
  /** Strings that look like codes but are not (ENOENT). */
  readonly ignoreCodes: ReadonlySet<string>;
  /** Also ignore Node's and the DOM's own codes (see audit-ignore.ts) unless the catalog has them. */
  readonly ignoreDefaults: boolean;
  /** The `ts` generator's member naming, so `ErrorCode.UrlTooLong` is found. */
  readonly memberCase?: TsMemberCase;
}

/**
 * The catalog name closest to a drifted one (at most len/3 edits, as `didYouMean`
 * allows), or undefined. A banded edit distance that gives up past the budget keeps
 * this cheap when many names drift in a large catalog.
 */
export function hintFor(text: string, names: readonly string[]): string | undefined {
  let budget = Math.max(1, Math.floor(text.length / 3));
  let best: string | undefined;
  for (const name of names) {
    if (Math.abs(name.length - text.length) > budget) continue;
    const d = boundedDistance(text, name, budget);
    // Closer wins; among equals, the first in code-unit order.
    if (d < budget || (d === budget && (best === undefined || compareStrings(name, best) < 0))) {
      best = name;
      budget = d;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent swaps counting one edit; `max + 1` once it exceeds `max`. */
function boundedDistance(a: string, b: string, max: number): number {
  // Three reused rows (two back for swaps): this runs names × drifts times, so no allocation per row.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
  let prev2 = 0;
  let prev = width;
  let row = 2 * width;
  for (let j = 0; j < width; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[row] = i;
    let low = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(rows[prev + j]! + 1, rows[row + j - 1]! + 1, rows[prev + j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, rows[prev2 + j - 2]! + 1);
      rows[row + j] = v;
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = row;
    row = t;
  }
  return Math.min(rows[prev + b.length]!, max + 1);
}
let rows = new Int32Array(0);

/** `specPath` turns a spec location (relative to the config) into a path as shown. */
export function audit(catalog: Catalog, files: readonly FileUsages[], options: AuditOptions, specPath: (loc: SourceLoc) => string): AuditResult {
  const { ignoreCodes } = options;
  const byName = new Map<string, ErrorCode[]>();
  const byMember = new Map<string, ErrorCode>();
  for (const code of catalog.codes) {
    byName.set(code.name, [...(byName.get(code.name) ?? []), code]);
    byMember.set(tsMemberNameAs(code.words, catalog.naming, options.memberCase ?? "name"), code);
  }
  const removed = new Map(catalog.tombstones.map((t) => [t.name, t]));
  const pattern = NAME_PATTERNS[catalog.naming];
  const names = [...byName.keys()];
  const hints = new Map<string, string | undefined>();
  const used = new Set<ErrorCode>();
  const possible = new Set<ErrorCode>();
  const findings: Finding[] = [];
  let references = 0;
  const members = [...byMember];

  for (const { file, usages } of files) {
    for (const u of usages) {
      if (u.dynamic) {
        const d = u.dynamic;
        const re = d.reach ? new RegExp(d.reach) : undefined;
        const reached = d.members
          ? members.filter(([m]) => !re || re.test(m)).map(([, c]) => c)
          : catalog.codes.filter((c) => !re || re.test(c.name));
        if (reached.length === 0 && (ignoreCodes.has(u.text) || (options.ignoreDefaults && platformCode(u.text, names)))) continue;
        for (const c of reached) possible.add(c);
        const names3 = reached.map((c) => c.name);
        const shown = names3.length > 5 ? `${names3.slice(0, 5).join(", ")} and ${names3.length - 5} more` : names3.join(", ");
        findings.push({
          kind: "dynamic",
          code: u.text,
          file,
          line: u.line,
          col: u.col,
          replacement: undefined,
          reaches: names3,
          message: d.reach === `^${u.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`
            ? `${d.how} ${u.text} ${reached.length ? "is counted as possibly used" : "is not in the catalog"}`
            : `${d.how} ${u.text} ${reached.length ? `could be ${shown}: counted as possibly used` : "matches no catalog code"}`,
        });
        continue;
      }
      const member = u.kind === "member" && byMember.has(u.text);
      if ((!member && !pattern.test(u.text)) || ignoreCodes.has(u.text)) continue;
      if (options.ignoreDefaults && !byName.has(u.text) && !byMember.has(u.text) && platformCode(u.text, names)) continue;
      references++;
      const matches = u.kind === "member" ? [byMember.get(u.text) ?? byName.get(u.text)?.[0]].filter((c): c is ErrorCode => !!c) : (byName.get(u.text) ?? []);
      const at = { file, line: u.line, col: u.col };
      if (matches.length === 0) {
        const gone = removed.get(u.text);
        if (gone) {
          const replacement = gone.replacement === undefined ? undefined : codeOf(catalog, gone.replacement).name;
          findings.push({
            kind: "drift",
            code: u.text,
            ...at,
            replacement,
            message: `${u.text} was removed in ${gone.removedIn}${replacement ? `; use ${replacement}` : ""}`,
          });
          continue;
        }
        if (!hints.has(u.text)) hints.set(u.text, hintFor(u.text, names));
        const hint = hints.get(u.text);
        findings.push({
          kind: "drift",
          code: u.text,
          ...at,
          replacement: undefined,
          message: `${u.text} is not in the catalog${hint ? ` (did you mean ${hint}?)` : ""}`,
        });
        continue;
      }
      for (const code of matches) used.add(code);
      const deprecated = matches.find((c) => c.deprecated);
      if (deprecated) {
        const key = deprecated.deprecated!.replacement;
        const replacement = key === undefined ? undefined : codeOf(catalog, key).name;
        findings.push({
          kind: "deprecated",
          code: deprecated.name,
          ...at,
          replacement,
          message: `${deprecated.name} is deprecated${replacement ? `; use ${replacement}` : ""}`,
        });
      }
    }
  }
  for (const code of catalog.codes) {
    if (used.has(code) || possible.has(code) || code.lifecycle === "planned" || ignoreCodes.has(code.name)) continue;
    findings.push({
      kind: "dead",
      code: code.name,
      file: specPath(code.loc),
      line: code.loc.line,
      col: code.loc.col,
      replacement: undefined,
      message: `${code.name} is never used`,
    });
  }
  const order = (k: FindingKind) => FINDING_KINDS.indexOf(k);
  findings.sort(
    (a, b) => order(a.kind) - order(b.kind) || compareStrings(a.file, b.file) || a.line - b.line || a.col - b.col || compareStrings(a.code, b.code),
  );
  const possiblyUsed = catalog.codes.filter((c) => possible.has(c) && !used.has(c)).map((c) => c.name);
  return { findings, references, possiblyUsed };
}
