// The "Error body" section of the Markdown, RST and HTML docs: each envelope member
// with its JSON path and description, and an example body. Shown when the config
// describes the envelope's members (`envelope.descriptions`), so docs of catalogs
// that do not keep their bytes.
import { ENVELOPE_FIELDS, type EnvelopeField } from "../catalog/envelope.js";
import type { Catalog } from "../catalog/model.js";
import { escapeHtmlText, htmlLine } from "../escape/html.js";
import { mdCell } from "../escape/markdown.js";
import { rstInlineLine } from "../escape/rst.js";
import { normaliseText } from "../escape/text.js";
import { envelopeComponents } from "../openapi/envelope-schema.js";

export interface ErrorBodyMember {
  /** `requestId`. */
  readonly member: EnvelopeField;
  /** Dotted JSON path, `meta.request_id`. */
  readonly path: string;
  /** One line. */
  readonly description: string;
}

export interface ErrorBody {
  readonly contentType: string;
  readonly members: readonly ErrorBodyMember[];
  /** Constants, as `path = JSON value`. */
  readonly constants: readonly { readonly path: string; readonly json: string }[];
  /** An example body (pretty JSON) for the first code, or undefined in an empty catalog. */
  readonly example: string | undefined;
}

/** What each member means in a body, unless the config says (the OpenAPI schema's wording). */
const BODY_TEXT: Record<EnvelopeField, string> = {
  code: "The error code: match on it.",
  message: "Human-readable message; match on the code, not on this text.",
  title: "Short summary of the error code.",
  status: "The HTTP status code of the response.",
  details: "Details; their shape depends on the code.",
  requestId: "Id of the request; quote it when contacting support.",
  docsUrl: "Documentation of the error code.",
  domain: "Error domain.",
  timestamp: "When the error occurred.",
  canonical: "Canonical status name (google.rpc.Code).",
};

const oneLine = (text: string) => normaliseText(text).replace(/\s+/g, " ").trim();

export function errorBody(catalog: Catalog): ErrorBody | undefined {
  const env = catalog.envelope;
  if (!env.descriptions) return undefined;
  const members = (Object.keys(ENVELOPE_FIELDS) as EnvelopeField[]).flatMap((member) => {
    const path = env.fields[member];
    return path ? [{ member, path: path.join("."), description: oneLine(env.descriptions?.[member] ?? BODY_TEXT[member]) }] : [];
  });
  const first = catalog.codes[0];
  const example = first && JSON.stringify(JSON.parse(envelopeComponents(catalog, "3.1", { union: false, openCodes: true }).example(first, first.status.primary ?? 500)), null, 2);
  return { contentType: env.contentType, members, constants: env.constants.map((c) => ({ path: c.path.join("."), json: JSON.stringify(c.value) })), example };
}

/** A Markdown code span that holds any text: a backtick run longer than any inside, padded when needed. */
function mdCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text.replace(/\|/g, "\\|")}${pad}${fence}`;
}

export function errorBodyMarkdown(body: ErrorBody): string {
  const rows = body.members.map((m) => `| ${mdCode(m.path)} | ${mdCode(m.member)} | ${mdCell(m.description)} |`);
  const constants = body.constants.map((c) => `| ${mdCode(c.path)} | constant | always ${mdCode(c.json)} |`);
  const out = [`Content type ${mdCode(body.contentType)}.`, "", "| JSON path | member | description |", "| --- | --- | --- |", ...rows, ...constants];
  if (body.example) {
    const longest = Math.max(2, ...[...body.example.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
    out.push("", "Example:", "", `${fence}json`, body.example, fence);
  }
  return out.join("\n");
}

/** An RST inline literal when docutils reads one back unchanged, else the text escaped. */
function rstLiteral(text: string): string {
  return /^[^\s`\\](?:[^`\\]*[^\s`\\])?$/.test(text) ? `\`\`${text}\`\`` : rstInlineLine(text);
}

export function errorBodyRst(body: ErrorBody): string {
  const items = [
    ...body.members.map((m) => `- ${rstLiteral(m.path)} (${m.member}): ${rstInlineLine(m.description)}`),
    ...body.constants.map((c) => `- ${rstLiteral(c.path)}: always ${rstLiteral(c.json)}`),
  ];
  const out = [`Content type ${rstLiteral(body.contentType)}.`, "", ...items];
  if (body.example) out.push("", "Example:", "", ".. code-block:: json", "", ...body.example.split("\n").map((l) => (l ? `   ${l}` : "")));
  return out.join("\n");
}

export function errorBodyHtml(body: ErrorBody): string {
  const rows = [
    ...body.members.map((m) => `<tr><td><code>${escapeHtmlText(m.path)}</code></td><td>${escapeHtmlText(m.member)}</td><td>${htmlLine(m.description)}</td></tr>`),
    ...body.constants.map((c) => `<tr><td><code>${escapeHtmlText(c.path)}</code></td><td>constant</td><td>always <code>${escapeHtmlText(c.json)}</code></td></tr>`),
  ];
  const out = [
    `<p>Content type <code>${escapeHtmlText(body.contentType)}</code>.</p>`,
    '<div class="table-wrap">',
    '<table class="envelope">',
    '<thead><tr><th scope="col">JSON path</th><th scope="col">Member</th><th scope="col">Description</th></tr></thead>',
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    "</table>",
    "</div>",
  ];
  if (body.example) out.push(`<pre><code>${escapeHtmlText(body.example)}</code></pre>`);
  return out.join("\n");
}
