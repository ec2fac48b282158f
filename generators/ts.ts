// TypeScript: an npm package whose `index.ts` holds the codes and their metadata.
//
//   export enum ErrorCode {
//     /** Invalid phone number. … Docs: https://docs.example.com/errors#invalid-phone-number */
//     INVALID_PHONE_NUMBER = "INVALID_PHONE_NUMBER",
//   }
//   export const ERROR_CODE_INFO: InfoTable = …; // { readonly [K in ErrorCodeKey]: ErrorCodeInfo }
//   export function isErrorCode(value: unknown): value is ErrorCode { … }
//
// `style: const` emits an `as const` object plus a same-named union type instead of
// an enum (for `erasableSyntaxOnly` and Node's type stripping).
import { providerNames } from "../src/catalog/provider.js";
import { usesCanonical } from "../src/catalog/canonical.js";
import { isIndexed, itemMatches } from "../src/catalog/envelope.js";
import { codeFacts, factParagraphs, type CodeFact } from "../src/catalog/code-facts.js";
import { jsdoc, jsonText, templateText, tsComment, tsString, type JsDocBlock, type JsDocPart } from "../src/escape/ts.js";
import { codeOf, type Catalog, type DetailField, type DetailType, type ErrorCode } from "../src/catalog/model.js";
import { tsConstName, tsMemberName, tsMemberNameAs, tsTypeNameProblem } from "../src/naming/ts.js";
import { opt, parseOptionsWith, type OptionSpec } from "../src/generate/options.js";
import { defineGenerator, type TemplateHelper } from "../src/generate/plugin.js";

/** What templates/ts/index.ts.hbs declares besides the type name, and the globals it uses. */
const MODULE_NAMES = new Set(
  (
    "ErrorDomain ErrorDetails NoDetails InfoTable VALUES BY_DOMAIN InfoRow ROWS codeOf infoOf TABLE " +
    "DetailsByCode DetailsOf AliasTargets PlannedErrorCode Canonical ApiError ApiErrorInit ApiErrorArgs ApiErrorFields UnknownCodeError " +
    "NotAnErrorResponse AnyApiError ParsedError ApiErrorConstructor PATHS CANONICAL canonicalOf DETAILS_SHAPE CONSTANTS ENVELOPE_KEYS Json isObject " +
    "hasOwn inline at put str int BY_NAME VALUE_OF codeValue lookup Parts LooseInit ApiErrorClass parseError fromResponse readResponse UPSTREAM BY_UPSTREAM fromUpstream " +
    "STATUS_BY_CODE"
  ).split(" "),
);
// Other globals (Error, Array, JSON, Promise, …) are reached through globalThis, so a type may take their names.
const MODULE_GLOBALS = new Set(["Object", "Record", "Readonly", "ReadonlyMap", "ReadonlySet", "Map", "Set", "Exclude", "globalThis"]);

/** A list of extra type names, each checked like `typeName`. */
function typeNameList(doc: string): OptionSpec<readonly string[]> {
  const list = opt.stringList([], doc);
  return {
    ...list,
    parse(raw) {
      const names = list.parse(raw);
      for (const n of names) {
        const problem = tsTypeNameProblem(n, MODULE_NAMES, MODULE_GLOBALS);
        if (problem) throw `${JSON.stringify(n)} ${problem}`;
      }
      return names;
    },
  };
}

const parseOptions = parseOptionsWith({
  style: opt.oneOf(["enum", "const"], "enum", "`enum`: a TypeScript enum. `const`: an `as const` object and a union type."),
  memberCase: opt.oneOf(
    ["name", "PascalCase", "camelCase"],
    "name",
    "Member names: the code's name (`URL_TOO_LONG`), or `PascalCase` (`UrlTooLong`) or `camelCase` (`urlTooLong`) of its words, as a hand-written module had them.",
  ),
  typeName: opt.checked("ErrorCode", "Name of the enum / object and type. Reserved words, predefined types and the names the module uses are rejected.", (name) =>
    tsTypeNameProblem(name, MODULE_NAMES, MODULE_GLOBALS),
  ),
  moduleDoc: opt.string(
    "",
    "Doc comment of the enum / object, e.g. the one a hand-written module had. Default: `Error codes of <title>, catalog version <version>.`",
  ),
  typeAliases: typeNameList(
    "More names for the codes' union type (`export type Name = `${ErrorCode}``), e.g. the alias a hand-written module exported, so its importers compile unchanged.",
  ),
  keyTypeAliases: typeNameList("More names for the member-name type (`export type Name = ErrorCodeKey`)."),
  statusMaps: typeNameList(
    "Names of a status map to export (`export const Name: Readonly<Record<ErrorCode, number>>`, by wire value), e.g. the one a hand-written module exported; `Partial` when a code has no single status.",
  ),
  statusFunctions: typeNameList("Names of a function to export that returns a code's HTTP status (`(code: ErrorCode) => number`), like a hand-written module's `statusOf`."),
  packageName: opt.string("", "npm package name. Default: `<catalog name>-errors`.", /^$|^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/),
});

type Options = ReturnType<typeof parseOptions>;

/** `"a" | "b"`, `readonly string[]`, `{ readonly x: number }` for a details type. */
export function tsType(type: DetailType, indent: string): string {
  switch (type.kind) {
    case "string":
    case "number":
    case "boolean":
      return type.kind;
    case "integer":
      return "number";
    case "enum":
      return type.values.map(tsString).join(" | ");
    case "list": {
      const inner = tsType(type.of, indent);
      // A union or another readonly array needs parentheses: `readonly (readonly string[])[]`.
      const wrap = (type.of.kind === "enum" && type.of.values.length > 1) || type.of.kind === "list";
      return wrap ? `readonly (${inner})[]` : `readonly ${inner}[]`;
    }
    case "map":
      return `Readonly<Record<string, ${tsType(type.of, indent)}>>`;
    case "object":
      return `{\n${fieldLines(type.fields, indent + "  ")}${indent}}`;
  }
}

function fieldLines(fields: readonly DetailField[], indent: string): string {
  return fields
    .map((f) => {
      const doc = jsdoc([{ parts: [f.description ?? ""] }], indent);
      return `${doc}${indent}readonly ${f.name}${f.required ? "" : "?"}: ${tsType(f.type, indent)};\n`;
    })
    .join("");
}

/**
 * A member's TSDoc: the facts of src/catalog/code-facts.ts in their order, the deprecation as
 * `@deprecated`. The docs URL is a `See …` paragraph, not `@see`: tsc parses a .ts/.d.ts doc
 * comment only when it holds `@see` or `@link`, so one `@see` per code made every consumer's
 * tsc parse n comments (issue 22).
 */
function docBlocks(catalog: Catalog, code: ErrorCode, member: (key: string) => string, typeName: string): JsDocBlock[] {
  const parts = (fact: CodeFact): JsDocPart[] => fact.parts.map((p) => (typeof p === "string" ? p : "prose" in p ? p.prose : { link: `${typeName}.${member(p.ref)}` }));
  return factParagraphs(codeFacts(catalog, code)).map((para): JsDocBlock => {
    const fact = para[0]!;
    if (fact.kind === "deprecated") return { tag: "deprecated", parts: parts(fact) };
    return { parts: para.flatMap((f, i) => [i ? " " : "", f.lead, ...parts(f)]) };
  });
}

/** Where the envelope puts each member, for the error runtime (see generators/python.ts, which it mirrors). */
function envelopeView(catalog: Catalog) {
  const env = catalog.envelope;
  const f = env.fields;
  const names = ["code", "message", "status", "details", "title", "requestId", "docsUrl", "domain", "timestamp", "canonical"] as const;
  const paths = names.flatMap((name) => {
    const path = name === "details" && env.detailsShape === "inline" ? undefined : f[name];
    return path ? [{ name, path }] : [];
  });
  // Inline details are the members of the code's object that no envelope path claims.
  const holder = f.code.slice(0, -1);
  const claimed = [...paths.map((p) => p.path), ...env.constants.map((c) => c.path)]
    .filter((p) => p.length > holder.length && holder.every((seg, i) => p[i] === seg))
    .map((p) => p[holder.length]!);
  return {
    paths,
    detailsShape: env.detailsShape,
    inline: env.detailsShape === "inline",
    indexed: isIndexed(env),
    itemMatches: itemMatches(env).map((m) => ({ list: m.list.join("."), key: m.key, value: m.value })),
    constants: env.constants.map((c) => ({ path: c.path, value: c.value })),
    envelopeKeys: [...new Set(claimed)].sort(),
    // The config's member descriptions, as JSDoc blocks on ApiErrorFields (none: no comment, as before).
    memberDocs: Object.fromEntries(
      (["title", "docsUrl", "domain", "requestId", "timestamp"] as const).map((m) => {
        const text = env.descriptions?.[m];
        return [m, text === undefined || !f[m] ? [] : [{ parts: [text] }]];
      }),
    ),
  };
}

export function moduleView(catalog: Catalog, options: Options, notice: string) {
  // With memberCase, two codes that become one member are LS027 before generate (the tsMember scheme below).
  const members = new Map<string, string>();
  const member = (key: string) => {
    let m = members.get(key);
    if (m === undefined) members.set(key, (m = tsMemberNameAs(codeOf(catalog, key).words, catalog.naming, options.memberCase)));
    return m;
  };
  const typeName = options.typeName;
  const memberOf = (key: string | undefined) => (key === undefined ? undefined : member(key));
  return {
    notice,
    typeName,
    // The retry policy an error with a code this module does not know gets (catalog.defaults).
    unknownRetryable: catalog.defaults?.unknownRetryable ?? "unknown",
    typeAliases: options.typeAliases,
    keyTypeAliases: options.keyTypeAliases,
    statusExports: statusExports(catalog, options) ?? null,
    enumStyle: options.style === "enum",
    domainScoped: catalog.uniqueness === "domain",
    catalogDoc: [{ parts: [options.moduleDoc || `Error codes of ${catalog.title}, catalog version ${catalog.version}.`] }],
    domains: catalog.domains.map((d) => d.id),
    envelope: envelopeView(catalog),
    canonical: usesCanonical(catalog),
    canonicalRows: usesCanonical(catalog) ? catalog.codes.map((c) => ({ key: `${c.domain}/${c.name}`, name: c.canonical.name })) : [],
    detailsList: catalog.envelope.detailsShape === "list",
    // Whether a code has no details (its ErrorDetails member is then `NoDetails`).
    noDetails: catalog.codes.some((c) => !c.detailsList && c.details.length === 0),
    // Wire values of the codes whose own details are a list (`detailsList:`).
    listDetails: catalog.codes.filter((c) => c.detailsList).map((c) => c.name),
    // Every member named as its wire value: ErrorDetails, keyed by member, is indexed by the
    // code itself (not with no codes: an enum without members is a numeric type).
    detailsByWire: catalog.codes.length > 0 && catalog.codes.every((c) => member(c.key) === c.name),
    planned: catalog.codes.filter((c) => c.lifecycle === "planned").map((c) => member(c.key)),
    aliases: catalog.codes.flatMap((c) => (c.aliasOf ? [{ wire: c.name, target: member(c.aliasOf) }] : [])),
    upstream: catalog.codes.flatMap((c) => c.upstream.flatMap((u) => providerNames(u).flatMap((provider) => u.codes.map((code) => [provider, code, member(c.key)])))),
    codes: catalog.codes.map((code) => ({
      member: member(code.key),
      name: code.name,
      doc: docBlocks(catalog, code, member, typeName),
      domain: code.domain,
      title: code.title,
      status: code.status.primary,
      statuses: code.status.all,
      statusVaries: code.status.kind === "varies",
      retryable: code.retry.retryable,
      retryAfter: code.retry.retryAfter,
      deprecated: code.deprecated !== undefined,
      replacement: memberOf(code.deprecated?.replacement),
      aliasOf: memberOf(code.aliasOf),
      lifecycle: code.lifecycle,
      surfacesAs: memberOf(code.surfacesAs),
      docsUrl: code.docsUrl,
      details: code.details,
      listDetails: code.detailsList,
    })),
  };
}

/** `export type X = "a" | "b";`, broken over lines the way prettier does past 80 columns. */
function tsUnionType(name: string, values: readonly string[]): string {
  const literals = values.map(tsString);
  const line = `export type ${name} = ${literals.join(" | ")};`;
  if (line.length <= 80) return line;
  return `export type ${name} =\n${literals.map((l) => `  | ${l}`).join("\n")};`;
}

/** `"a", "b"`: string literals for an array. */
function tsStrings(values: readonly string[]): string {
  return values.map(tsString).join(", ");
}

/** An envelope constant as a TS literal. */
function tsJson(value: string | number | boolean | null): string {
  if (typeof value === "string") return tsString(value);
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`envelope constant ${value} cannot be sent as JSON`);
  return String(value);
}

/** `export type Alias = `${E}`;` per alias (a line each, with its own newline), or "" for none. */
function tsAliases(typeName: string, values: readonly string[], keys: readonly string[]): string {
  const lines = [
    ...values.map((a) => `\n/** Another name for {@link ${typeName}}. */\nexport type ${a} = \`\${${typeName}}\`;\n`),
    ...keys.map((a) => `\n/** Another name for {@link ${typeName}Key}. */\nexport type ${a} = ${typeName}Key;\n`),
  ];
  return lines.join("");
}

interface StatusExports {
  readonly typeName: string;
  readonly maps: readonly string[];
  readonly functions: readonly string[];
  /** Wire value → primary status, for the codes that have one. */
  readonly rows: readonly (readonly [string, number])[];
  /** Whether every code has a primary status (else the map is `Partial`). */
  readonly complete: boolean;
}

function statusExports(catalog: Catalog, options: Options): StatusExports | undefined {
  const { statusMaps: maps, statusFunctions: functions, typeName } = options;
  if (maps.length + functions.length === 0) return undefined;
  const taken = new Set([typeName, `${typeName}Key`, `${typeName}Info`, `${tsConstName(typeName)}_INFO`, `is${typeName}`, `get${typeName}Info`, ...options.typeAliases, ...options.keyTypeAliases]);
  for (const name of [...maps, ...functions]) {
    if (taken.has(name)) throw new Error(`statusMaps/statusFunctions: ${name} is already a name of the generated module; choose another`);
    taken.add(name);
  }
  if (catalog.uniqueness === "domain") throw new Error("statusMaps/statusFunctions key statuses by wire value, which `uniqueness: domain` lets two codes share");
  const rows = catalog.codes.flatMap((c) => (c.status.primary === undefined ? [] : [[c.name, c.status.primary] as const]));
  return { typeName, maps, functions, rows, complete: rows.length === catalog.codes.length };
}

/** The status map and accessors in the flavour of one output file (`ts`, `js` or `d.ts`), or "". */
function tsStatusExports(x: StatusExports | null, flavour: "ts" | "js" | "d.ts"): string {
  if (!x) return "";
  const mapType = x.complete ? `Readonly<Record<${x.typeName}, number>>` : `Readonly<Partial<Record<${x.typeName}, number>>>`;
  const result = x.complete ? "number" : "number | undefined";
  const mapDoc = "/** HTTP status of each code, by wire value (the catalog's primary status). */\n";
  const fnDoc = "/** HTTP status of a code (the catalog's primary status). */\n";
  const out = ["\n// ---- the hand-written module's status exports, reproduced (statusMaps, statusFunctions) ----\n"];
  if (flavour === "d.ts") {
    for (const m of x.maps) out.push(`\n${mapDoc}export declare const ${m}: ${mapType};\n`);
    for (const f of x.functions) out.push(`\n${fnDoc}export declare function ${f}(code: ${x.typeName}): ${result};\n`);
    return out.join("");
  }
  // Code names are identifiers (NAME_PATTERNS), so keys go unquoted, as prettier prints them.
  const table = x.rows.map(([name, status]) => `  ${name}: ${status},\n`).join("");
  out.push(`\nconst STATUS_BY_CODE${flavour === "ts" ? `: ${mapType}` : ""} = {\n${table}};\n`);
  for (const m of x.maps) out.push(`\n${mapDoc}export const ${m}${flavour === "ts" ? `: ${mapType}` : ""} = STATUS_BY_CODE;\n`);
  for (const f of x.functions) {
    const sig = flavour === "ts" ? `(code: ${x.typeName}): ${result}` : "(code)";
    out.push(`\n${fnDoc}export function ${f}${sig} {\n  return STATUS_BY_CODE[code];\n}\n`);
  }
  return out.join("");
}

/** `export type PlannedE = (typeof E)["A"] | …;` (or `never`), broken the way prettier does. */
function tsCodeUnion(typeName: string, members: readonly string[]): string {
  const parts = members.map((m) => `(typeof ${typeName})[${tsString(m)}]`);
  const head = `export type Planned${typeName} =`;
  const line = `${head} ${parts.length ? parts.join(" | ") : "never"};`;
  if (line.length <= 80) return line;
  if (parts.length === 1) return `${head}\n  ${parts[0]};`;
  return `${head}\n${parts.map((p) => `  | ${p}`).join("\n")};`;
}

/** `line` when it fits in 80 columns, else `broken` (prettier's choice; the code type's name varies in length). */
const fit = (line: string, broken: string): string => (line.length <= 80 ? line : broken);

/** The head of `interface ApiError`, as prettier prints it for this type name. */
function apiErrorHead(typeName: string): string {
  const params = `export interface ApiError<C extends ${typeName} = ${typeName}>`;
  return fit(`${params} extends ApiErrorFields {`, `${params}\n  extends ApiErrorFields {`);
}

/** `ApiErrorArgs` of list details (`init` is always optional), as prettier prints it. */
function apiErrorArgsList(typeName: string): string {
  const head = `export type ApiErrorArgs<C extends ${typeName}> = [`;
  return fit(`${head}init?: ApiErrorInit<C>];`, `${head}\n  init?: ApiErrorInit<C>,\n];`);
}

type CodeView = ReturnType<typeof moduleView>["codes"][number];

/**
 * One code's metadata row (see `InfoRow` in the template): strings and numbers only,
 * so tsc checks it without consulting the code union. "" and 0 stand for none.
 */
function infoRow(c: CodeView): string {
  const flag = (b: boolean) => (b ? "1" : "0");
  const cells = [
    tsString(c.member),
    tsString(c.domain),
    tsString(c.title),
    `[${c.statuses.join(", ")}]`,
    flag(c.statusVaries),
    tsString(c.retryable),
    flag(c.retryAfter),
    flag(c.deprecated),
    tsString(c.replacement ?? ""),
    tsString(c.aliasOf ?? ""),
    tsString(c.lifecycle),
    tsString(c.surfacesAs ?? ""),
    tsString(c.docsUrl ?? ""),
  ];
  return `[${cells.join(", ")}]`;
}

/** The same row as JSON, inside a template literal (index.ts parses the rows with `JSON.parse`). */
function infoRowJson(c: CodeView): string {
  const row = [c.member, c.domain, c.title, c.statuses, +c.statusVaries, c.retryable, +c.retryAfter, +c.deprecated, c.replacement ?? "", c.aliasOf ?? "", c.lifecycle, c.surfacesAs ?? "", c.docsUrl ?? ""];
  return templateText(jsonText(row));
}

/** The details type of one code, as the value of an `ErrorDetails` member. */
function tsDetails(fields: readonly DetailField[], list?: unknown): string {
  if (list === true) return `readonly {\n${fieldLines(fields, "    ")}  }[]`;
  return fields.length ? `{\n${fieldLines(fields, "    ")}  }` : "NoDetails";
}

/**
 * A pure helper that remembers its answer for an argument object (a code's `doc` blocks, its
 * `details`): index.ts and index.d.ts both render every code's doc comment and details type,
 * so each is built once. Keys are weak: nothing outlives the view that holds them.
 */
function onceFor<A extends object, K, R>(fn: (arg: A, key: K) => R): (arg: A, key: K) => R {
  const memo = new WeakMap<A, Map<K, R>>();
  return (arg, key) => {
    if (typeof arg !== "object" || arg === null) return fn(arg, key);
    let byKey = memo.get(arg);
    if (!byKey) memo.set(arg, (byKey = new Map()));
    let r = byKey.get(key);
    if (r === undefined && !byKey.has(key)) byKey.set(key, (r = fn(arg, key)));
    return r as R;
  };
}

function packageJson(catalog: Catalog, options: Options): string {
  const pkg = {
    name: options.packageName || `${catalog.name}-errors`,
    version: catalog.version,
    description: `Error codes of ${catalog.title}. Generated by lockstep; do not edit.`,
    ...(catalog.package?.keywords.length ? { keywords: catalog.package.keywords } : {}),
    ...(catalog.package?.license ? { license: catalog.package.license } : {}),
    ...(catalog.package?.repository ? { repository: { type: "git", url: catalog.package.repository } } : {}),
    type: "module",
    // index.js + index.d.ts are generated beside the source: importable with no build step.
    main: "./index.js",
    types: "./index.d.ts",
    // `require` (CommonJS, e.g. TypeScript `module: node16`): index.cjs loads index.js itself
    // (Node 20.19+ / 22.12+ require() an ES module), so both conditions share one ApiError class.
    exports: { ".": { import: { types: "./index.d.ts", default: "./index.js" }, require: { types: "./index.d.cts", default: "./index.cjs" } } },
    files: ["index.cjs", "index.d.cts", "index.d.ts", "index.js", "index.ts"],
    sideEffects: false,
    scripts: { build: "tsc -p tsconfig.json", prepublishOnly: "tsc -p tsconfig.json" },
    devDependencies: { typescript: "^5.9.3" },
  };
  return JSON.stringify(pkg, null, 2) + "\n";
}

/** index.cjs: the `require` entry point, the ES module itself (no second copy, no dual-package state). */
function commonJsEntry(notice: string): string {
  return `// ${tsComment(notice)}\n// CommonJS entry point: require() of index.js, an ES module (Node 20.19+ / 22.12+).\n"use strict";\nmodule.exports = require("./index.js");\n`;
}

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    declaration: true,
    outDir: "dist",
    lib: ["ES2022"],
    types: [],
  },
  files: ["index.ts"],
};

export default defineGenerator({
  name: "ts",
  description: "TypeScript package: an ErrorCode enum (or as-const object), metadata, isErrorCode and typed details",
  helpers: { tsAliases, tsStatusExports, tsString, jsdoc: onceFor(jsdoc), tsDetails: onceFor(tsDetails), tsComment, constName: tsConstName, tsUnionType, infoRow, infoRowJson, tsStrings, tsJson, tsCodeUnion, apiErrorHead, apiErrorArgsList } as unknown as Record<string, TemplateHelper>,
  parseOptions,
  naming: (options) => ({
    schemes: [
      { key: "ts", label: "TypeScript member", per: "code", mint: (code, catalog) => tsMemberName(code.words, catalog.naming) },
      // The members memberCase really makes (`UrlTooLong`), checked and locked beside the code's own name.
      ...(options.memberCase === "name"
        ? []
        : [{ key: "tsMember", label: `TypeScript member (memberCase: ${options.memberCase})`, per: "code" as const, mint: (code: ErrorCode, catalog: Catalog) => tsMemberNameAs(code.words, catalog.naming, options.memberCase) }]),
    ],
  }),
  generate(catalog, ctx) {
    const view = moduleView(catalog, ctx.options, ctx.notice);
    // Each module as bytes (renderBytes): its text (tens of MB at 50,000 codes) is encoded
    // as its loops render, never held whole, nor all three until the generator returns.
    const declarations = ctx.renderBytes("index.d.ts", view);
    return [
      { path: "index.cjs", contents: commonJsEntry(ctx.notice) },
      // The same declarations for `require`: TypeScript reads a .d.cts as CommonJS.
      { path: "index.d.cts", contents: declarations },
      { path: "index.d.ts", contents: declarations },
      { path: "index.js", contents: ctx.renderBytes("index.js", view) },
      { path: "index.ts", contents: ctx.renderBytes("index.ts", view) },
      { path: "package.json", contents: packageJson(catalog, ctx.options) },
      { path: "tsconfig.json", contents: JSON.stringify(TSCONFIG, null, 2) + "\n" },
    ];
  },
});
