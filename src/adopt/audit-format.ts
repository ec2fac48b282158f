// `lockstep audit` reports: text for people, JSON for tools, and GitHub workflow
// commands (`::error file=…,line=…,col=…::…`) that annotate a pull request.
import type { AuditResult, Finding, FindingKind } from "./audit-match.js";

export type AuditFormat = "text" | "json" | "github";

export interface AuditSummary {
  readonly files: number;
  readonly failOn: ReadonlySet<FindingKind>;
}

const severity = (f: Finding, failOn: ReadonlySet<FindingKind>) => (failOn.has(f.kind) ? "error" : "warning");

function counts(result: AuditResult): Record<FindingKind, number> {
  const c: Record<FindingKind, number> = { drift: 0, deprecated: 0, dynamic: 0, dead: 0 };
  for (const f of result.findings) c[f.kind]++;
  return c;
}

export function failed(result: AuditResult, failOn: ReadonlySet<FindingKind>): boolean {
  return result.findings.some((f) => failOn.has(f.kind));
}

function summaryLine(result: AuditResult, s: AuditSummary): string {
  const c = counts(result);
  const files = `${s.files} file${s.files === 1 ? "" : "s"}`;
  const refs = `${result.references} reference${result.references === 1 ? "" : "s"}`;
  const dynamic = c.dynamic ? `, ${c.dynamic} dynamic (${result.possiblyUsed.length} codes possibly used)` : "";
  return `lockstep audit: ${files}, ${refs}; ${c.drift} drift, ${c.deprecated} deprecated${dynamic}, ${c.dead} dead`;
}

export function formatText(result: AuditResult, s: AuditSummary): string {
  const lines = result.findings.map((f) => `${f.file}:${f.line}:${f.col} ${severity(f, s.failOn)} ${f.kind}: ${f.message}`);
  lines.push(summaryLine(result, s));
  return lines.join("\n") + "\n";
}

export function formatJson(result: AuditResult, s: AuditSummary): string {
  const report = {
    summary: { files: s.files, references: result.references, ...counts(result), possiblyUsed: result.possiblyUsed, failed: failed(result, s.failOn) },
    findings: result.findings.map((f) => ({
      kind: f.kind,
      severity: severity(f, s.failOn),
      code: f.code,
      file: f.file,
      line: f.line,
      column: f.col,
      message: f.message,
      replacement: f.replacement ?? null,
      ...(f.reaches ? { reaches: f.reaches } : {}),
    })),
  };
  return JSON.stringify(report, null, 2) + "\n";
}

/** Workflow-command escaping: data escapes `%`, CR, LF; property values also `:` and `,`. */
export function githubData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function githubProperty(s: string): string {
  return githubData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function formatGithub(result: AuditResult, s: AuditSummary): string {
  const lines = result.findings.map(
    (f) =>
      `::${severity(f, s.failOn)} file=${githubProperty(f.file)},line=${f.line},col=${f.col},title=${githubProperty(`lockstep ${f.kind}`)}::${githubData(f.message)}`,
  );
  lines.push(summaryLine(result, s));
  return lines.join("\n") + "\n";
}

export const FORMATTERS: Readonly<Record<AuditFormat, (r: AuditResult, s: AuditSummary) => string>> = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
};
