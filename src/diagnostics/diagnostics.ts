// Diagnostics a person can act on: `spec/billing.yaml:12:5 error LS020: …` plus a
// short code frame. Every stage collects all problems before anything is written.
import type { SourceLoc } from "../catalog/model.js";

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Stable ids. Never renumber: users grep for them and CI annotations link them. */
export const DIAGNOSTIC_CODES = {
  LS001: "YAML syntax error",
  LS002: "duplicate key",
  LS003: "YAML anchors, aliases and tags are not allowed",
  LS004: "unsupported YAML document",
  LS010: "unknown key",
  LS011: "wrong type",
  LS012: "missing required key",
  LS013: "invalid value",
  LS020: "duplicate code",
  LS021: "name breaks the naming style",
  LS022: "HTTP status out of range",
  LS023: "duplicate HTTP status",
  LS024: "reference to an unknown code",
  LS025: "reference cycle",
  LS026: "bad details type",
  LS027: "identifier collision",
  LS028: "domain id does not match its file",
  LS029: "duplicate domain",
  LS030: "inconsistent lifecycle",
  LS031: "bad docs URL template",
  LS032: "details field clashes with an envelope member",
  LS033: "reference to a removed code",
  LS034: "removed code without a replacement or reason",
  LS035: "details the envelope has no member for",
  LS040: "unknown generator",
  LS041: "bad generator option",
  LS042: "generator could not be loaded",
  LS043: "no spec files",
  LS044: "file could not be read",
  LS050: "generator failed",
  LS051: "bad output path",
  LS052: "output path collision",
  LS053: "template error",
  LS060: "output write refused",
  LS061: "file not written by lockstep at a generated path",
  LS070: "published code removed",
  LS071: "removed name reused",
  LS072: "removed before deprecated",
  LS073: "unacknowledged breaking change",
  LS074: "bad acknowledgement",
  LS075: "bad lockfile",
} as const;

export interface Span {
  /** Offsets into the file's text; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: "error" | "warning";
  readonly message: string;
  /** Where the problem is; absent for problems without a place (e.g. an empty spec folder). */
  readonly loc?: SourceLoc;
  readonly span?: Span;
  /** Problems in the same file after this one that were counted but not kept (see MAX_PER_FILE). */
  readonly more?: number;
}

/**
 * Problems kept per file. A hopeless file (a million unknown keys) would otherwise cost
 * seconds and gigabytes to report; past this, problems are only counted.
 */
export const MAX_PER_FILE = 100;
/** Diagnostics a report prints; the rest are counted in one line. */
export const MAX_SHOWN = 100;

/** Collects diagnostics; stages keep going after an error so all problems are reported at once. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  private readonly perFile = new Map<string, number>();
  private omitted = 0;
  error(code: DiagnosticCode, message: string, loc?: SourceLoc, span?: Span): void {
    const file = loc?.file ?? "";
    const n = (this.perFile.get(file) ?? 0) + 1;
    this.perFile.set(file, n);
    if (n > MAX_PER_FILE) this.omitted++;
    else this.items.push({ code, severity: "error", message, ...(loc && { loc }), ...(span && { span }) });
  }
  /** True once `file` has as many problems as are kept: callers may skip the work of describing more. */
  isFull(file: string): boolean {
    return (this.perFile.get(file) ?? 0) >= MAX_PER_FILE;
  }
  /** Counts a problem in a full file without describing it. */
  countOmitted(file: string): void {
    this.perFile.set(file, (this.perFile.get(file) ?? 0) + 1);
    this.omitted++;
  }
  /** Every problem reported, kept or only counted. */
  get count(): number {
    return this.items.length + this.omitted;
  }
  get hasErrors(): boolean {
    return this.omitted > 0 || this.items.some((d) => d.severity === "error");
  }
  /** Sorted by file, line, column, code: stable output whatever order checks ran in. */
  sorted(): Diagnostic[] {
    const sorted = this.sortedItems();
    if (this.omitted === 0) return sorted;
    // The last kept problem of each full file carries the count of the ones after it.
    for (const [file, n] of this.perFile) {
      if (n <= MAX_PER_FILE) continue;
      let last = -1;
      sorted.forEach((d, i) => {
        if ((d.loc?.file ?? "") === file) last = i;
      });
      if (last >= 0) sorted[last] = { ...sorted[last]!, more: n - MAX_PER_FILE };
    }
    return sorted;
  }
  private sortedItems(): Diagnostic[] {
    const key = (d: Diagnostic): [string, number, number, string] => [d.loc?.file ?? "", d.loc?.line ?? 0, d.loc?.col ?? 0, d.code];
    return [...this.items].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) {
        if (ka[i]! < kb[i]!) return -1;
        if (ka[i]! > kb[i]!) return 1;
      }
      return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
    });
  }
}

/** A value quoted for a message, cut short: a diagnostic never repeats megabytes of input. */
export function quoteValue(value: string, max = 80): string {
  return value.length <= max ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, max))}… (${value.length} characters)`;
}

export function formatLoc(loc: SourceLoc): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

/** One line: `spec/billing.yaml:12:5 error LS020: duplicate code X (first defined at …)`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.loc ? `${formatLoc(d.loc)} ` : ""}${d.severity} ${d.code}: ${d.message}`;
}

/** A two-line-context code frame with a caret under the span; tabs and long lines kept as they are. */
export function codeFrame(text: string, d: Diagnostic): string {
  return d.loc ? frame(text.split(/\r?\n/), d) : "";
}

/** The code frame from the file's lines, split once per report (not once per diagnostic). */
function frame(lines: readonly string[], d: Diagnostic): string {
  if (!d.loc) return "";
  const target = d.loc.line;
  const first = Math.max(1, target - 1);
  const last = Math.min(lines.length, target + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const line = (lines[n - 1] ?? "").slice(0, 200);
    out.push(`${n === target ? ">" : " "} ${String(n).padStart(width)} | ${line}`);
    if (n === target) {
      const spanLen = d.span ? Math.max(1, Math.min(d.span.end - d.span.start, line.length - d.loc.col + 1)) : 1;
      out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, d.loc.col - 1))}${"^".repeat(Math.max(1, spanLen))}`);
    }
  }
  return out.join("\n");
}

/** Text report: each diagnostic with its frame, then a count. `texts` maps a file to its source. */
export function formatReport(all: readonly Diagnostic[], texts: ReadonlyMap<string, string>): string {
  const split = new Map<string, readonly string[]>();
  const diags = all.slice(0, MAX_SHOWN);
  const parts = diags.map((d) => {
    const text = d.loc ? texts.get(d.loc.file) : undefined;
    let lines: readonly string[] | undefined;
    if (text !== undefined) {
      lines = split.get(d.loc!.file);
      if (!lines) split.set(d.loc!.file, (lines = text.split(/\r?\n/)));
    }
    const shown = lines ? frame(lines, d) : "";
    const more = d.more ? `\n… and ${d.more} more problems in ${d.loc?.file ?? "this file"}, not listed (only the first ${MAX_PER_FILE} of a file are)` : "";
    return (shown ? `${formatDiagnostic(d)}\n${shown}` : formatDiagnostic(d)) + more;
  });
  const weight = (d: Diagnostic): number => 1 + (d.more ?? 0);
  const hidden = all.slice(MAX_SHOWN).reduce((n, d) => n + weight(d), 0);
  if (hidden) parts.push(`… and ${hidden} more problems, not listed (only the first ${MAX_SHOWN} are)`);
  const errors = all.filter((d) => d.severity === "error").reduce((n, d) => n + weight(d), 0);
  const warnings = all.filter((d) => d.severity !== "error").reduce((n, d) => n + weight(d), 0);
  parts.push(`${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}`);
  return parts.join("\n\n") + "\n";
}

/** Machine-readable report for `--format json`. */
export function formatJson(diags: readonly Diagnostic[]): string {
  return (
    JSON.stringify(
      diags.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        file: d.loc?.file ?? null,
        line: d.loc?.line ?? null,
        column: d.loc?.col ?? null,
        ...(d.more && { more: d.more }),
      })),
      null,
      2,
    ) + "\n"
  );
}
