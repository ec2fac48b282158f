// What `lockstep import ts` writes: the entries read from TypeScript, grouped into
// domains and mapped onto the spec format (names, statuses, descriptions,
// deprecations), plus the `ts` generator options that reproduce the module's shape.
// Every entry it cannot map is a warning with its position.
import { compareStrings, type NamingStyle } from "../catalog/model.js";
import { tsConstName, tsMemberNameAs, type TsMemberCase } from "../naming/ts.js";
import { capitalize, DOMAIN_ID_PATTERN, NAME_PATTERNS, sentenceCase, splitWords } from "../naming/words.js";
import type { Entry, Pos, ReadResult, Warning } from "./ts-read.js";

export type DomainFrom = "auto" | "sections" | "prefix" | "single";

export interface PlanOptions {
  /** Forced naming style; inferred from the values when undefined. */
  readonly naming: NamingStyle | undefined;
  readonly domainFrom: DomainFrom;
  /** Domain of codes outside any section, and the only domain with `single`. */
  readonly fallbackDomain: string;
  /** `BILLING_*=billing` rules, tried in order before `domainFrom`. */
  readonly rules: readonly DomainRule[];
}

export interface DomainRule {
  readonly glob: string;
  readonly domain: string;
}

export interface PlannedCode {
  readonly name: string;
  readonly title: string | undefined;
  readonly statuses: readonly number[];
  readonly description: string | undefined;
  readonly retryable: "yes" | "no" | "auto" | undefined;
  /** `true`: deprecated without detail. */
  readonly deprecated: true | { readonly replacement: string | undefined; readonly reason: string | undefined } | undefined;
}

export interface PlannedDomain {
  readonly id: string;
  /** Set when it differs from the id in title case. */
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly codes: readonly PlannedCode[];
}

export interface ImportPlan {
  readonly naming: NamingStyle;
  /** Sorted by id; codes in source order. */
  readonly domains: readonly PlannedDomain[];
  /** Domain ids in the order the module first uses them (for `order: source`). */
  readonly domainOrder: readonly string[];
  readonly tsOptions: {
    readonly style: "enum" | "const";
    readonly typeName: string;
    /** The module's doc comment, kept on the generated enum / object. */
    readonly moduleDoc: string | undefined;
    /** How the module named its members, when not after the codes. */
    readonly memberCase: TsMemberCase;
    /** Type aliases the module exported over the codes' values and keys, reproduced by name. */
    readonly typeAliases: readonly string[];
    readonly keyTypeAliases: readonly string[];
    /** The module's exported status map and accessors over it, reproduced by name. */
    readonly statusMaps: readonly string[];
    readonly statusFunctions: readonly string[];
  };
  readonly warnings: readonly Warning[];
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function planImport(read: ReadResult, options: PlanOptions): ImportPlan {
  const warnings: Warning[] = [...read.warnings];
  const warn = (pos: Pos, message: string) => warnings.push({ pos, message });
  const naming = options.naming ?? inferNaming(read.entries.map((e) => e.value));

  // Members named PascalCase or camelCase of their values throughout keep their names.
  const valid = read.entries.filter((e) => NAME_PATTERNS[naming].test(e.value));
  const memberCase =
    read.kind === "union" || valid.length === 0
      ? "name"
      : ((["name", "PascalCase", "camelCase"] as const).find((c) => valid.every((e) => e.key === tsMemberNameAs(splitWords(e.value), naming, c))) ?? "name");
  // Names first: replacements may point at any imported code.
  const kept: Entry[] = [];
  const byValue = new Map<string, Entry>();
  for (const e of read.entries) {
    const first = byValue.get(e.value);
    if (first) warn(e.pos, `${e.key} repeats the value "${e.value}" of ${first.key} (line ${first.pos.line}); not imported`);
    else if (!NAME_PATTERNS[naming].test(e.value)) warn(e.pos, `"${e.value}" is not a valid ${naming} code name; not imported`);
    else {
      byValue.set(e.value, e);
      kept.push(e);
      if (e.key !== tsMemberNameAs(splitWords(e.value), naming, memberCase)) {
        warn(
          e.pos,
          `${e.key} has the value "${e.value}": generated members are named after their values, so ${read.exportName}.${e.key} becomes ${read.exportName}.${e.value}`,
        );
      }
    }
  }
  const nameOf = new Map<string, string>();
  for (const e of kept) nameOf.set(e.key, e.value).set(e.value, e.value);

  const useSections = options.domainFrom === "sections" || (options.domainFrom === "auto" && kept.some((e) => e.section));
  const domains = new Map<string, { title: string | undefined; description: string | undefined; codes: PlannedCode[] }>();
  const grouped = new Map<string, { pos: Pos; count: number; what: string }>();
  const group = (key: string, pos: Pos, what: string) => {
    const g = grouped.get(key);
    if (g) g.count++;
    else grouped.set(key, { pos, count: 1, what });
  };

  for (const e of kept) {
    let id = options.rules.find((r) => globMatch(r.glob, e.value))?.domain;
    let title: string | undefined;
    if (id === undefined && options.domainFrom === "prefix") id = splitWords(e.value)[0];
    if (id === undefined && useSections && e.section) {
      id = e.section.id ?? slug(e.section.title);
      title = e.section.id ? undefined : e.section.title;
      if (!DOMAIN_ID_PATTERN.test(id)) {
        warn(e.pos, `section "${e.section.title}" does not make a domain id; ${e.value} goes to ${options.fallbackDomain}`);
        id = undefined;
      }
    }
    id ??= options.fallbackDomain;
    let domain = domains.get(id);
    if (!domain) {
      const notes = e.section && title !== undefined ? read.sectionNotes.get(e.section.title) : undefined;
      domain = { title: title !== undefined && title !== defaultTitle(id) ? title : undefined, description: notes || undefined, codes: [] };
      domains.set(id, domain);
    }
    for (const tag of e.doc.otherTags) group(`tag ${tag}`, e.pos, `JSDoc tag @${tag}`);
    for (const u of e.meta.unmapped ?? []) group(`property ${u.name}`, e.pos, `property "${u.name}"`);
    const { title: codeTitle, description } = texts(e);
    domain.codes.push({
      name: e.value,
      title: codeTitle ?? acronymTitle(e.value),
      statuses: e.meta.statuses ?? [],
      description,
      retryable: e.meta.retryable,
      deprecated: deprecation(e, nameOf, read.exportName, warn),
    });
  }
  for (const g of grouped.values()) {
    warn(g.pos, `${g.what} has no place in the spec; not imported${g.count > 1 ? ` (${g.count} codes)` : ""}`);
  }

  // An object of metadata objects is keyed by its codes: an alias of its keys names the codes.
  const meta = read.kind === "meta";
  const codeAliases = meta ? [...read.valueAliases, ...read.keyAliases] : read.valueAliases;
  const typeName = meta ? (codeAliases[0] ?? "ErrorCode") : read.exportName;
  const typeAliases = codeAliases.filter((a) => a !== typeName && IDENT.test(a));
  const keyTypeAliases = meta ? [] : read.keyAliases.filter((a) => a !== `${typeName}Key` && IDENT.test(a));
  const reproduced = (role: string) => read.otherExports.filter((x) => x.role === role && IDENT.test(x.name)).map((x) => x.name);
  const statusMaps = reproduced("statusMap");
  const statusFunctions = reproduced("statusFunction");
  exportWarnings(read, typeName, new Set([...typeAliases, ...keyTypeAliases, ...statusMaps, ...statusFunctions]), warn);
  warnings.sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
  return {
    naming,
    domains: [...domains].sort(([a], [b]) => compareStrings(a, b)).map(([id, d]) => ({ id, ...d })),
    domainOrder: [...domains.keys()],
    tsOptions: { style: read.kind === "enum" ? "enum" : "const", typeName: IDENT.test(typeName) ? typeName : "ErrorCode", moduleDoc: read.moduleDoc, memberCase, typeAliases, keyTypeAliases, statusMaps, statusFunctions },
    warnings,
  };
}

/**
 * Title and description from the comment and the `title`, `description` and
 * `message` properties. The first text present is the description; a message left
 * over becomes the title when it is one short sentence ("The card was declined.");
 * any other leftover text is kept as a further paragraph.
 */
export function texts(e: Entry): { title: string | undefined; description: string | undefined } {
  const candidates = [e.doc.text, e.meta.description, e.meta.message].filter((t): t is string => !!t);
  const [first, ...rest] = [...new Set(candidates)];
  let title = e.meta.title;
  const message = e.meta.message;
  if (title === undefined && message !== undefined && rest.includes(message) && message.length <= 60 && !/[.!?:;]\s|\n/.test(message)) {
    title = message.replace(/\.$/, "");
    rest.splice(rest.indexOf(message), 1);
  }
  return { title, description: [first, ...rest].filter(Boolean).join("\n\n") || undefined };
}

/** Words written upper-case in a title: `IP_NOT_ALLOWED` → "IP not allowed", not "Ip not allowed". */
const ACRONYMS = new Set(
  "API URL URI IP DNC MMS SMS TCPA HTTP HTTPS JSON XML CSV PDF ID OTP PIN MFA SSO JWT DNS TLS SSL CORS UUID SKU VAT IBAN CVC CVV IMEI SIM OS UI CPU GPU DB SQL SDK KYC AML GDPR PII ACH SEPA EU UK".split(" "),
);

/** A title when the default one (sentence case of the name) would lower-case an acronym. */
export function acronymTitle(name: string): string | undefined {
  const words = splitWords(name);
  if (!words.some((w) => ACRONYMS.has(w.toUpperCase()))) return undefined;
  const title = words.map((w, i) => (ACRONYMS.has(w.toUpperCase()) ? w.toUpperCase() : i === 0 ? capitalize(w.toLowerCase()) : w.toLowerCase())).join(" ");
  return title === sentenceCase(words) ? undefined : title;
}

/** The style most values follow (UPPER_SNAKE on a tie). */
export function inferNaming(values: readonly string[]): NamingStyle {
  let upper = 0;
  let lower = 0;
  for (const v of values) {
    if (NAME_PATTERNS.UPPER_SNAKE.test(v)) upper++;
    else if (NAME_PATTERNS.lower_snake.test(v)) lower++;
  }
  return lower > upper ? "lower_snake" : "UPPER_SNAKE";
}

/** `Tracking & webhooks` → `tracking-webhooks`. */
export function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function defaultTitle(id: string): string {
  return splitWords(id).map(capitalize).join(" ");
}

/** `*` matches any run of characters; everything else is literal. */
export function globMatch(glob: string, value: string): boolean {
  const source = glob
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`).test(value);
}

// "Use X instead", "Replaced by `X`", "use ErrorCode.X": the named code, when it was imported.
const REPLACEMENT = /\b(?:use|replaced by|superseded by|prefer|migrate to)\s+(?:the\s+)?(`?)(?:[A-Za-z_$][\w$]*\.)?([A-Za-z_$][\w$]*)\1/i;

function deprecation(e: Entry, nameOf: ReadonlyMap<string, string>, exportName: string, warn: (pos: Pos, message: string) => void): PlannedCode["deprecated"] {
  const text = e.doc.deprecated ?? (e.meta.deprecated === true ? "" : e.meta.deprecated);
  if (text === undefined) return undefined;
  const m = REPLACEMENT.exec(text);
  const target = m ? nameOf.get(m[2]!) : undefined;
  if (m && target === undefined && (m[1] === "`" || /^[A-Z][A-Z0-9]*_[A-Z0-9_]+$/.test(m[2]!))) {
    warn(e.pos, `deprecated ${e.key} names ${m[2]} as its replacement, which is not an imported member of ${exportName}; kept in the reason`);
  }
  if (target === undefined || target === e.value) return text ? { replacement: undefined, reason: text } : true;
  const sentences = text.split(/(?<=[.!?])\s+/);
  const reason = sentences
    .filter((s) => !REPLACEMENT.test(s))
    .join(" ")
    .trim();
  return { replacement: target, reason: reason || undefined };
}

/** Exports of the old module that the generated one does not have, as warnings. */
function exportWarnings(read: ReadResult, typeName: string, aliases: ReadonlySet<string>, warn: (pos: Pos, message: string) => void): void {
  // The names `generators/ts.ts` emits for a given typeName.
  const constName = tsConstName(typeName);
  const generated = new Set([
    typeName,
    `${typeName}Key`,
    `${typeName}Info`,
    `${constName}_INFO`,
    "ErrorDomain",
    "ErrorDetails",
    `is${typeName}`,
    `get${typeName}Info`,
  ]);
  if (read.kind === "meta") {
    warn(
      read.exportPos,
      `${read.exportName} (an object of metadata objects) is not reproduced: the generated module exports ${typeName} (the codes) and ${constName}_INFO (their status, retryable, deprecation)`,
    );
  }
  for (const x of read.otherExports) {
    if (generated.has(x.name) || aliases.has(x.name)) continue;
    let message = `export ${x.name} is not reproduced by the generated module`;
    if (x.name === read.metaName) {
      message = `export ${x.name} is not reproduced: its data is in the spec now, and the generated module has it as ${constName}_INFO (status, retryable, title)`;
    } else if (read.merged.some((m) => m.name === x.name)) {
      message = `export ${x.name} is not reproduced: its ${read.merged.find((m) => m.name === x.name)!.what} are in the spec now, and in ${constName}_INFO`;
    }
    warn(x.pos, message);
  }
}
