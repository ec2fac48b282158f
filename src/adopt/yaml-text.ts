// Spec files as YAML text, written by hand so the layout is stable and readable:
//
//   codes:
//     - name: CARD_DECLINED
//       status: 402
//       description: "The card was declined: see `details.decline_code`."
//
// A string is plain only when YAML 1.2 reads it back as that same string; long
// prose is folded (`>-`), multi-line text is a literal block (`|-`), anything
// else is double-quoted with escapes. Invisible and bidi characters are escaped.
import { compareStrings } from "../catalog/model.js";
import type { ImportPlan, PlannedCode, PlannedDomain } from "./plan.js";
import { unicodeEscape } from "../escape/text.js";

const WIDTH = 80;
// Characters that must not appear raw: C0/C1 controls (except tab and LF handled
// per style), DEL, line/paragraph separators, BOM, bidi and zero-width characters.
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "g");
// Starts with a letter; no flow or quote indicators; `:` only before a non-space, `#` only after one.
const PLAIN = /^[A-Za-z\u00a0-\uffff](?:[A-Za-z0-9\u00a0-\uffff ,.;()'"`/_&+=!?%$@~<>*^|[\]{}-]|:(?=[^\s])|(?<=[^\s])#)*$/;
const KEYWORDS = /^(?:y|yes|n|no|true|false|on|off|null)$/i;

/** A scalar on one line: plain when safe, else double-quoted. */
export function yamlInline(s: string): string {
  if (PLAIN.test(s) && !UNSAFE.test(s) && !KEYWORDS.test(s) && !s.endsWith(" ") && !/ {2}/.test(s)) return s;
  return doubleQuoted(s);
}

export function doubleQuoted(s: string): string {
  const escaped = s.replace(/[\\"\t\n\r]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r" })[c]!);
  return `"${escaped.replace(UNSAFE_ALL, unicodeEscape)}"`;
}

/**
 * `key: value` at `indent` (the key's column), as one or more lines without a final
 * newline. Prose longer than the width is folded; text with line breaks is a literal block.
 */
export function yamlField(indent: string, key: string, value: string): string {
  const head = `${indent}${key}:`;
  const inner = `${indent}  `;
  if (UNSAFE.test(value) || /\r/.test(value) || value !== value.trim()) return `${head} ${doubleQuoted(value)}`;
  if (value.includes("\n")) {
    const lines = value.split("\n");
    // Literal blocks keep every character but trailing spaces, tabs at a line start and leading blank lines.
    if (lines.every((l) => l === l.trimEnd() && !l.startsWith("\t")) && lines[0] !== "" && !lines[0]!.startsWith(" ")) {
      return `${head} |-\n${lines.map((l) => (l === "" ? "" : inner + l)).join("\n")}`;
    }
    return `${head} ${doubleQuoted(value)}`;
  }
  const single = `${head} ${yamlInline(value)}`;
  // Folding turns each line break into one space: safe for single-spaced text without tabs.
  if (single.length <= WIDTH || /\s{2}|\t/.test(value)) return single;
  const lines = wrap(value, WIDTH - inner.length);
  return lines.length < 2 ? single : `${head} >-\n${lines.map((l) => inner + l).join("\n")}`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

function codeLines(code: PlannedCode): string[] {
  const lines = [`  - name: ${code.name}`];
  const ind = "    ";
  if (code.title !== undefined) lines.push(yamlField(ind, "title", code.title));
  if (code.statuses.length === 1) lines.push(`${ind}status: ${code.statuses[0]}`);
  else if (code.statuses.length > 1) lines.push(`${ind}status: [${code.statuses.join(", ")}]`);
  if (code.description !== undefined) lines.push(yamlField(ind, "description", code.description));
  if (code.retryable !== undefined) lines.push(`${ind}retryable: ${code.retryable}`);
  const d = code.deprecated;
  if (d === true) lines.push(`${ind}deprecated: true`);
  else if (d) {
    lines.push(`${ind}deprecated:`);
    if (d.replacement !== undefined) lines.push(`${ind}  replacement: ${d.replacement}`);
    if (d.reason !== undefined) lines.push(yamlField(`${ind}  `, "reason", d.reason));
  }
  return lines;
}

/** One domain file. `source` names the module it came from (shown in a comment). */
export function renderDomain(domain: PlannedDomain, source: string): string {
  const out = [`# Imported from ${commentSafe(source)} by \`lockstep import ts\`.`];
  if (domain.title !== undefined) out.push(yamlField("", "title", domain.title));
  if (domain.description !== undefined) out.push(yamlField("", "description", domain.description));
  out.push("codes:");
  out.push(domain.codes.map((c) => codeLines(c).join("\n")).join("\n\n"));
  return out.join("\n") + "\n";
}

export interface ConfigInput {
  readonly catalogName: string;
  /** Spec folder relative to the config; omitted when it is the default `spec`. */
  readonly specDir: string;
  readonly source: string;
  readonly plan: ImportPlan;
}

/** A new `lockstep.config.yaml` whose `ts` generator reproduces the imported module's shape. */
export function renderConfig(input: ConfigInput): string {
  const { plan } = input;
  const lines = [`# Written by \`lockstep import ts ${commentSafe(input.source)}\`.`, "catalog:", `  name: ${input.catalogName}`, `  naming: ${plan.naming}`];
  // The module's member order, kept: artifacts list codes as the spec files do, and the
  // domains (the module's sections) in the order the module had them.
  lines.push("  order: source");
  const sorted = [...plan.domainOrder].sort(compareStrings);
  if (plan.domainOrder.some((id, i) => id !== sorted[i])) lines.push(`  domainOrder: [${plan.domainOrder.join(", ")}]`);
  if (input.specDir !== "spec") lines.push(yamlField("", "spec", input.specDir));
  lines.push(
    "# Only the listed generators run; add go, python, openapi, markdown or rst here.",
    "builtins: none",
    "generators:",
    "  ts:",
    "    options:",
    `      # ${plan.tsOptions.style === "enum" ? "An enum" : "An `as const` object and a union type"}, like the imported module.`,
    `      style: ${plan.tsOptions.style}`,
    `      typeName: ${plan.tsOptions.typeName}`,
  );
  const { typeAliases, keyTypeAliases, memberCase, moduleDoc } = plan.tsOptions;
  if (moduleDoc !== undefined) lines.push("      # The module's doc comment, kept on the generated enum / object.", yamlField("      ", "moduleDoc", moduleDoc));
  if (memberCase !== "name") lines.push(`      # Members named as the module had them (${memberCase} of the code).`, `      memberCase: ${memberCase}`);
  if (typeAliases.length || keyTypeAliases.length) lines.push("      # The module's other names for the code types, so its importers compile unchanged.");
  if (typeAliases.length) lines.push(`      typeAliases: [${typeAliases.join(", ")}]`);
  if (keyTypeAliases.length) lines.push(`      keyTypeAliases: [${keyTypeAliases.join(", ")}]`);
  const { statusMaps, statusFunctions } = plan.tsOptions;
  if (statusMaps.length || statusFunctions.length) lines.push("      # The module's status map and its accessor, reproduced from the spec's statuses.");
  if (statusMaps.length) lines.push(`      statusMaps: [${statusMaps.join(", ")}]`);
  if (statusFunctions.length) lines.push(`      statusFunctions: [${statusFunctions.join(", ")}]`);
  return lines.join("\n") + "\n";
}

/** Text for a `#` comment: one line, no invisible characters. */
function commentSafe(s: string): string {
  return s.replace(/[\r\n]+/g, " ").replace(UNSAFE_ALL, "?");
}
