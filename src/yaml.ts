// YAML 1.2 parsing with positions. Duplicate keys are errors; aliases are never
// expanded (the shape reader rejects them), so alias bombs cannot blow up.
import { LineCounter, parseDocument, type Node } from "yaml";
import type { DiagnosticBag, DiagnosticCode } from "./diagnostics.js";

export interface ParsedYaml {
  readonly root: Node | null;
  readonly lines: LineCounter;
}

const CODES: Record<string, DiagnosticCode> = {
  DUPLICATE_KEY: "LS002",
  MULTIPLE_DOCS: "LS004",
  TAG_RESOLVE_FAILED: "LS003",
  BAD_ALIAS: "LS003",
};

export function parseYaml(file: string, text: string, bag: DiagnosticBag): ParsedYaml | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    version: "1.2",
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    keepSourceTokens: false,
  });
  const problems = [...doc.errors, ...doc.warnings];
  for (const e of problems) {
    const { line, col } = lines.linePos(e.pos[0]);
    const message = e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    bag.error(CODES[e.code] ?? "LS001", message, { file, line, col }, { start: e.pos[0], end: e.pos[1] });
  }
  if (problems.length > 0) return undefined;
  return { root: (doc.contents as Node | null) ?? null, lines };
}
