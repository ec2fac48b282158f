// Writes a synthetic catalog (config + domain files) of `codes` codes spread over
// `domains` domain files, using most fields of the format, deterministically.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const WORDS = ["invalid", "missing", "expired", "phone", "number", "token", "account", "quota", "channel", "media", "payload", "limit", "region", "webhook", "http", "id", "url", "sms", "voice", "billing"];

function codeName(i) {
  const a = WORDS[i % WORDS.length];
  const b = WORDS[Math.floor(i / WORDS.length) % WORDS.length];
  return `${a}_${b}_${i}`.toUpperCase();
}

/** Code i's description (the same text every peer of bench/peers.mjs receives). */
export function description(i) {
  return `The request's \`field_${i}\` is not valid — see https://docs.example.com/x/${i} (a | b) <c>.`;
}

/** Code i's HTTP status as one number, for peers that have no "varies" or status list (the first listed; 500 when it varies, 400 when unset). */
export function primaryStatus(i) {
  return [422, 413, 500, 400, 429, 404, 400][i % 7];
}

/**
 * The catalog as plain data, for the peer comparison: domain d holds codes d, d + domains, …
 * exactly as in the YAML that writeSyntheticCatalog writes.
 */
export function syntheticDomains(codes, domains) {
  const result = [];
  for (let d = 0; d < domains; d++) {
    const entries = [];
    for (let i = d; i < codes; i += domains) entries.push({ index: i, name: codeName(i), status: primaryStatus(i), description: description(i) });
    result.push({ id: `domain-${String(d).padStart(3, "0")}`, codes: entries });
  }
  return result;
}

function codeYaml(i, names) {
  const lines = [`  - name: ${names[i]}`];
  const kind = i % 7;
  if (kind === 0) lines.push("    status: 422");
  else if (kind === 1) lines.push("    status: [413, 415, 422]");
  else if (kind === 2) lines.push("    status: varies");
  else if (kind === 3) lines.push("    status: { varies: [400, 502] }");
  else if (kind === 4) lines.push("    status: 429", "    retryable: yes", "    retry:", "      strategy: Back off exponentially.", "      retryAfter: true");
  else if (kind === 5) lines.push("    status: 404", "    retryable: no");
  lines.push(`    description: ${JSON.stringify(description(i))}`);
  if (i % 3 === 0) lines.push("    cause: The client sent a value outside the allowed range.", "    fix: Send a value inside the range.");
  if (i % 5 === 0) {
    lines.push("    details:", "      field: { type: string, required: true, description: The offending field. }", "      reason: { type: enum, values: [dnc, hard_block] }", "      errors: { type: map, of: string }");
  }
  if (i % 11 === 0 && i > 0) lines.push(`    deprecated: { since: "1.2.0", replacement: ${names[i - 1]}, reason: Renamed. }`);
  if (i % 13 === 0) lines.push("    tags: [validation, synthetic]", "    since: \"1.0.0\"");
  return lines.join("\n");
}

export function writeSyntheticCatalog(dir, codes, domains) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "spec"), { recursive: true });
  writeFileSync(join(dir, "lockstep.config.yaml"), `catalog:\n  name: synthetic\n  version: "1.0.0"\n  docsUrl: "https://docs.example.com/errors#{anchor}"\n  envelope: error-meta\n`);
  const names = Array.from({ length: codes }, (_, i) => codeName(i));
  for (let d = 0; d < domains; d++) {
    const id = `domain-${String(d).padStart(3, "0")}`;
    const body = [];
    for (let i = d; i < codes; i += domains) body.push(codeYaml(i, names));
    // Replacements must stay inside the catalog; keep them in the same domain file order-independent.
    writeFileSync(join(dir, "spec", `${id}.yaml`), `title: Domain ${d}\ndescription: Synthetic domain ${d}.\nnotes: Codes of domain ${d}.\ncodes:\n${body.join("\n")}\n`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, codes, domains] = process.argv.slice(2);
  writeSyntheticCatalog(dir, Number(codes), Number(domains));
}
