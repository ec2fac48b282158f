// Go: a module (`go.mod`) holding one package of typed codes, their metadata and an
// `*Error` shaped like the catalog's envelope, with a decoder for response bodies.
//
//   // CodeInvalidPhoneNumber is INVALID_PHONE_NUMBER: Invalid phone number.
//   CodeInvalidPhoneNumber Code = "INVALID_PHONE_NUMBER"
//
//   apiErr, err := acmeerr.DecodeResponse(resp)
//   if errors.Is(apiErr, acmeerr.CodeInvalidPhoneNumber) { … }
//
// Output is gofmt-clean as emitted: every declaration in a block is followed by a
// blank line (so gofmt has nothing to align) and doc comments are in gofmt's form.
// Metadata is one sorted table searched by binary search: no map to build at init.
import { providerNames } from "../src/catalog/provider.js";
import { usesCanonical } from "../src/catalog/canonical.js";
import { isIndexed, itemMatches } from "../src/catalog/envelope.js";
import { plural } from "../src/catalog/code-text.js";
import { codeFacts, factParagraphs, factText, type CodeFact } from "../src/catalog/code-facts.js";
import { goComment, goLineComment, goString, type GoDoc, type GoDocBlock } from "../src/escape/go.js";
import { codeOf, compareStrings, type Catalog, type DetailField, type DetailType, type ErrorCode, type JsonPath } from "../src/catalog/model.js";
import { goConstName, goDefaultPackageName, goFieldName, goPackageNameProblem, goTypeName } from "../src/naming/go.js";
import { opt, parseOptionsWith } from "../src/generate/options.js";
import { defineGenerator, type GeneratorNaming, type Names, type TemplateHelper } from "../src/generate/plugin.js";

/** A module path `go mod` accepts for publishing: a dotted host, then path elements. */
const MODULE_PATH = /^$|^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?:\/[A-Za-z0-9_~-](?:[A-Za-z0-9._~-]*[A-Za-z0-9_~-])?)*$/;

const parseOptions = parseOptionsWith({
  modulePath: opt.string("", "Module path in go.mod. Default: `example.com/<catalog name>/<package>`, plus `/vN` when the catalog version is N ≥ 2.", MODULE_PATH),
  goVersion: opt.string("1.21", "The `go` directive of go.mod (the package needs Go 1.18 or later).", /^1\.(?:1[89]|[2-9]\d)(?:\.\d+)?$/),
  packageName: opt.checked("", "Go package name. Default: `<catalog name>err`. Go keywords and standard-library package names are rejected.", goPackageNameProblem),
});

type Options = ReturnType<typeof parseOptions>;

function moduleNames(catalog: Catalog, options: Options): { packageName: string; modulePath: string } {
  const packageName = options.packageName || goDefaultPackageName(catalog.name);
  if (options.modulePath) return { packageName, modulePath: options.modulePath };
  const major = Number(/^v?(\d+)\./.exec(catalog.version)?.[1] ?? 0);
  return { packageName, modulePath: `example.com/${catalog.name}/${packageName}${major >= 2 ? `/v${major}` : ""}` };
}

/**
 * A code's doc comment: the facts of src/catalog/code-facts.ts in their order, the title
 * in the summary after the identifier (Go's convention), the deprecation last as the
 * `Deprecated:` paragraph that gopls, pkgsite and staticcheck recognise.
 */
function codeDoc(catalog: Catalog, code: ErrorCode, ident: (key: string) => string): GoDoc {
  const where = catalog.uniqueness === "domain" ? ` in domain ${code.domain}` : "";
  const words = (fact: CodeFact) => factText(fact, (key) => `[${ident(key)}]`, false);
  let summary = "";
  const body: GoDocBlock[] = [];
  let deprecated: string | undefined;
  for (const para of factParagraphs(codeFacts(catalog, code))) {
    const fact = para[0]!;
    if (fact.kind === "title") summary = `${ident(code.key)} is ${code.name}${where}: ${words(fact)}`;
    else if (fact.kind === "deprecated") deprecated = words(fact);
    else body.push(para.map((f) => f.lead + words(f)).join(" "));
  }
  return { summary, body, ...(deprecated ? { deprecated } : {}) };
}

/** One row of the metadata table; zero values are left out of the literal. */
interface InfoRow {
  readonly code: string;
  readonly fields: readonly (readonly [string, string])[];
}

function infoRow(code: ErrorCode, ident: (key: string) => string, canonical: boolean): InfoRow {
  const f: [string, string][] = [["domain", goString(code.domain)], ["title", goString(code.title)]];
  if (code.status.all.length) f.push(["statuses", `[]int{${code.status.all.join(", ")}}`]);
  if (code.status.kind === "varies") f.push(["varies", "true"]);
  const retry = { yes: "RetryYes", no: "RetryNo", auto: "RetryAuto", unknown: undefined }[code.retry.retryable];
  if (retry) f.push(["retry", retry]);
  if (code.retry.retryAfter) f.push(["retryAfter", "true"]);
  if (code.docsUrl) f.push(["docsURL", goString(code.docsUrl)]);
  if (code.deprecated) f.push(["deprecated", "true"]);
  if (code.deprecated?.replacement) f.push(["replacement", ident(code.deprecated.replacement)]);
  if (code.aliasOf) f.push(["aliasOf", ident(code.aliasOf)]);
  if (code.lifecycle === "planned") f.push(["planned", "true"]);
  if (code.surfacesAs) f.push(["surfacesAs", ident(code.surfacesAs)]);
  if (canonical) f.push(["canonical", goString(code.canonical.name)]);
  return { code: ident(code.key), fields: f };
}

/** `{code: CodeX, domain: "core", …}`: values are already Go literals or identifiers. */
function goInfo(row: InfoRow): string {
  return `{code: ${row.code}, ${row.fields.map(([k, v]) => `${k}: ${v}`).join(", ")}}`;
}

// ---- typed details ----

interface StructField {
  readonly name: string;
  readonly type: string;
  readonly wire: string;
  readonly required: boolean;
  readonly doc: GoDoc;
}
interface StructType {
  readonly name: string;
  readonly doc: GoDoc;
  readonly fields: readonly StructField[];
}

/** Exported names of the package besides the code constants and details types. */
const FIXED_NAMES = ["Code", "RetryPolicy", "RetryUnknown", "RetryNo", "RetryYes", "RetryAuto", "Error", "New", "Decode", "DecodeResponse", "Parse", "All", "FromUpstream"];

/** `["limits"]` → `Limits`, `["items", "[]"]` → `ItemsItem`: the part a nested details struct adds to its parent's name. */
const nestedPart = (steps: readonly string[]): string => steps.map((s) => (s === "[]" || s === "{}" ? "Item" : goFieldName(s))).join("");

/**
 * Every exported name the package mints. Constants and details types share the package
 * namespace with FIXED_NAMES; a field is named within its struct. Fields and nested
 * structs whose names repeat get the first free number (`aB`, `a__b`, `a_b_2` → AB, AB2,
 * AB22), and a name the lockfile records is kept, so only a new field is ever numbered.
 */
const naming: GeneratorNaming = {
  schemes: [
    { key: "go", label: "Go identifier", per: "code", namespace: "package", mint: (code) => goConstName(code.words) },
    { key: "goDetails", label: "Go details type", per: "details", namespace: "package", mint: (o) => `${goTypeName(o.code.words)}Details` },
    {
      key: "goNested",
      label: "Go nested details type",
      per: "nested",
      namespace: "package",
      onClash: "suffix",
      mint: (o) => `${goTypeName(o.code.words)}Details${nestedPart(o.steps)}`,
    },
    { key: "goField", label: "Go details field", per: "field", onClash: "suffix", mint: (f) => goFieldName(f.field.name) },
  ],
  reserved: { package: FIXED_NAMES },
};

/** Builds the details struct of a code and the named structs nested in it, with the names the core allocated. */
class DetailTypes {
  readonly types: StructType[] = [];

  constructor(private readonly names: Names) {}

  add(code: ErrorCode, steps: readonly string[], name: string, doc: GoDoc, fields: readonly DetailField[]): void {
    const slot: StructType = { name, doc, fields: [] };
    this.types.push(slot);
    const built = fields.map((f) => {
      const field = this.names.field("goField", code.key, steps, f.name) ?? goFieldName(f.name);
      const enumValues = f.type.kind === "enum" ? [`One of ${f.type.values.map(goString).join(", ")}.`] : [];
      return {
        name: field,
        // An optional object is a pointer, so that omitempty leaves it out.
        type: (f.type.kind === "object" && !f.required ? "*" : "") + this.goType(code, [...steps, f.name], f.type),
        wire: f.name,
        required: f.required,
        doc: { summary: `${field} is "${f.name}"${f.required ? "" : " (optional)"}.`, body: [...(f.description ? [f.description] : []), ...enumValues] },
      };
    });
    (slot.fields as StructField[]).push(...built);
  }

  private goType(code: ErrorCode, steps: readonly string[], type: DetailType): string {
    switch (type.kind) {
      case "string":
      case "enum":
        return "string";
      case "integer":
        return "int";
      case "number":
        return "float64";
      case "boolean":
        return "bool";
      case "list":
        return `[]${this.goType(code, [...steps, "[]"], type.of)}`;
      case "map":
        return `map[string]${this.goType(code, [...steps, "{}"], type.of)}`;
      case "object": {
        const name = this.names.details("goNested", code.key, steps) ?? `${goTypeName(code.words)}Details${nestedPart(steps)}`;
        this.add(code, steps, name, { summary: `${name} is a part of a details object.`, body: [] }, type.fields);
        return name;
      }
    }
  }
}

function detailTypes(catalog: Catalog, listShape: boolean, names: Names): StructType[] {
  const types = new DetailTypes(names);
  for (const code of catalog.codes) {
    if (!code.details.length) continue;
    const name = names.details("goDetails", code.key, []) ?? `${goTypeName(code.words)}Details`;
    const how = listShape || code.detailsList ? `decode them with [Error.DecodeDetails] into a *[]${name}` : `decode them with [Error.DecodeDetails] into a *${name}`;
    const what = code.detailsList ? `is one item of the list of details of` : `are the details of`;
    types.add(code, [], name, { summary: `${name} ${what} [${goConstName(code.words)}]; ${how}.`, body: [] }, code.details);
  }
  return types.types;
}

// ---- envelope ----

const goPath = (path: JsonPath): string => path.map(goString).join(", ");

/** A details field's Go type, as built by DetailTypes. */
function goType(type: string): string {
  if (!/^(?:\*|\[\]|map\[string\])*[A-Za-z][A-Za-z0-9]*$/.test(type)) throw new Error(`not a Go type: ${JSON.stringify(type)}`);
  return type;
}

/** `` `json:"name,omitempty"` ``; wire names are validated as `^[A-Za-z][A-Za-z0-9_]*$`. */
function goTag(wire: string, required: boolean): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(wire)) throw new Error(`not a JSON member name: ${JSON.stringify(wire)}`);
  return `\`json:"${wire}${required ? "" : ",omitempty"}"\``;
}

/** A module path or Go version for go.mod, validated by the options (or built from the catalog slug). */
function goModText(value: string): string {
  if (!/^[A-Za-z0-9._~\/-]+$/.test(value)) throw new Error(`not a go.mod token: ${JSON.stringify(value)}`);
  return value;
}

function goLiteral(value: string | number | boolean | null): string {
  if (value === null) return "nil";
  if (typeof value === "string") return goString(value);
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`envelope constant ${value} cannot be sent as JSON`);
  return String(value);
}

/** The members that identify a list item, by the list's dotted path; values as JSON text. */
function groupItemMatches(env: Catalog["envelope"]) {
  const byList = new Map<string, { key: string; json: string }[]>();
  for (const m of itemMatches(env)) {
    const list = m.list.join(".");
    byList.set(list, [...(byList.get(list) ?? []), { key: m.key, json: JSON.stringify(m.value) }]);
  }
  return [...byList].map(([list, members]) => ({ list, members }));
}

function envelopeView(catalog: Catalog) {
  const env = catalog.envelope;
  const f = env.fields;
  const scoped = catalog.uniqueness === "domain";
  const sample: Record<string, unknown> = {};
  const put = (path: JsonPath | undefined, value: unknown) => {
    if (!path) return;
    let node = sample;
    // Own members only: a member named `toString` must not find Object.prototype's. A `0`
    // step is the first item of a list (a member name never is `0`), so it sits in an array.
    path.slice(0, -1).forEach((key, i) => {
      node = (Object.hasOwn(node, key) ? node[key] : (node[key] = path[i + 1] === "0" ? [] : {})) as Record<string, unknown>;
    });
    node[path[path.length - 1]!] = value;
  };
  const codeSample = catalog.codes[0]?.name ?? "CODE";
  for (const c of env.constants) put(c.path, c.value);
  put(f.code, codeSample);
  put(f.domain, catalog.codes[0]?.domain ?? "domain");
  put(f.message, "…");
  put(f.title, "…");
  put(f.status, 400);
  put(f.details, env.detailsShape === "list" ? [{}] : {});
  put(f.requestId, "…");
  put(f.docsUrl, "…");
  put(f.timestamp, "…");
  put(f.canonical, "INVALID_ARGUMENT");
  // Inline details are the members of the code's object that no envelope path claims (as in Python and TS).
  const holder = f.code.slice(0, -1);
  const claimed = [...Object.values(f).flatMap((p) => (p ? [p] : [])), ...env.constants.map((c) => c.path)]
    .filter((p) => p.length > holder.length && holder.every((seg, i) => p[i] === seg))
    .map((p) => p[holder.length]!);
  const described = (name: keyof typeof f) => env.descriptions?.[name];
  const opt = (p: JsonPath | undefined, name?: keyof typeof f) => (p ? { path: p, label: p.join("."), description: name && described(name) } : undefined);
  return {
    doc: {
      summary: "Error is an error response of this API, as its envelope carries it:",
      body: [
        { code: [JSON.stringify(sample) + (env.detailsShape === "inline" ? " + details members" : "")] },
        "It implements error: errors.Is(err, CodeX) reports whether err is an\n*Error with code CodeX (or another name of the same error), and\nerrors.As(err, &apiErr) extracts it.",
      ],
    },
    code: opt(f.code)!,
    domain: scoped ? undefined : opt(f.domain, "domain"),
    domainPath: scoped ? opt(f.domain) : undefined,
    message: opt(f.message, "message"),
    title: opt(f.title, "title"),
    status: opt(f.status, "status"),
    details: opt(f.details, "details"),
    inline: env.detailsShape === "inline",
    hasDetails: env.detailsShape === "inline" || f.details !== undefined,
    listDetails: env.detailsShape === "list",
    requestId: opt(f.requestId, "requestId"),
    docsUrl: opt(f.docsUrl, "docsUrl"),
    timestamp: opt(f.timestamp, "timestamp"),
    canonical: opt(f.canonical, "canonical"),
    // The raw JSON value: the template's goLiteral helper turns it into Go once.
    constants: env.constants.map((c) => ({ path: c.path, value: c.value })),
    holder,
    indexed: isIndexed(env),
    itemMatches: groupItemMatches(env),
    envelopeKeys: [...new Set(claimed)].sort(compareStrings),
  };
}

// ---- package ----

export function view(catalog: Catalog, options: Options, notice: string, allocated: Names) {
  const names = moduleNames(catalog, options);
  const scoped = catalog.uniqueness === "domain";
  const idents = new Map(catalog.codes.map((c) => [c.key, goConstName(c.words)]));
  const ident = (key: string) => idents.get(key) ?? goConstName(codeOf(catalog, key).words);
  const first = catalog.codes[0];
  const usage = first
    ? [
        `apiErr, err := ${names.packageName}.DecodeResponse(resp)`,
        "if err != nil {",
        "\treturn err // not an error response of this API",
        "}",
        `if errors.Is(apiErr, ${names.packageName}.${ident(first.key)}) {`,
        "\t// handle it",
        "}",
      ]
    : [];
  const count = catalog.codes.length;
  const codes = catalog.codes.map((c) => ({ ident: ident(c.key), value: c.key, doc: codeDoc(catalog, c, ident), row: infoRow(c, ident, usesCanonical(catalog)) }));
  return {
    notice,
    ...names,
    goVersion: options.goVersion,
    scoped,
    packageDoc: {
      summary: `Package ${names.packageName} holds the ${plural(count, "error code")} of ${catalog.title} (catalog version ${catalog.version})\nwith their metadata, and decodes the API's error responses.`,
      body: [
        ...(usage.length ? ["Decode a response and check its code:", { code: usage }] : []),
        "A code this package does not know (a newer server may send one) still\ndecodes: [Code.Known] reports false and the metadata methods return zero\nvalues.",
        ...(scoped
          ? ["Names are unique only within a domain, so a [Code]'s value is\n<domain>/<name>: [Code.Name] is the name sent on the wire, and [Parse]\ntakes the domain and the name."]
          : []),
      ],
    },
    codes,
    // Code.info binary-searches the table, so it is sorted by value whatever order the catalog lists codes in.
    table: catalog.order === "source" ? [...codes].sort((a, b) => compareStrings(a.value, b.value)) : codes,
    sourceOrder: catalog.order === "source",
    upstream: catalog.codes.flatMap((c) => c.upstream.flatMap((u) => providerNames(u).flatMap((provider) => u.codes.map((code) => ({ provider, code, to: ident(c.key) }))))),
    canonical: usesCanonical(catalog),
    // The policy Code.Retryable gives a code this package does not know (catalog.defaults).
    unknownRetry: { yes: "RetryYes", no: "RetryNo", auto: "RetryAuto", unknown: "RetryUnknown" }[catalog.defaults?.unknownRetryable ?? "unknown"],
    envelope: envelopeView(catalog),
    detailTypes: detailTypes(catalog, catalog.envelope.detailsShape === "list", allocated),
  };
}

export default defineGenerator({
  name: "go",
  description: "Go module: typed Code constants with metadata, an *Error shaped like the envelope, Decode for responses",
  defaultOut: "go",
  helpers: {
    goString,
    /** `{{goComment doc depth}}`: a doc comment indented by `depth` tabs. */
    goComment: (doc: GoDoc, depth: number) => goComment(doc, "\t".repeat(depth)),
    goLineComment,
    goInfo,
    goPath,
    goLiteral,
    goType,
    goTag,
    goModText,
  } as unknown as Record<string, TemplateHelper>,
  parseOptions,
  naming,
  generate(catalog, ctx) {
    const v = view(catalog, ctx.options, ctx.notice, ctx.names);
    // The per-code files as bytes: their loops are encoded as they render (renderBytes).
    const files = [
      { path: "go.mod", contents: ctx.render("go.mod", v) },
      { path: "doc.go", contents: ctx.render("doc.go", v) },
      { path: "code.go", contents: ctx.render("code.go", v) },
      { path: "codes.go", contents: ctx.renderBytes("codes.go", v) },
      { path: "table.go", contents: ctx.renderBytes("table.go", v) },
      { path: "error.go", contents: ctx.render("error.go", v) },
      { path: "envelope.go", contents: ctx.render("envelope.go", v) },
    ];
    if (v.detailTypes.length) files.push({ path: "details.go", contents: ctx.renderBytes("details.go", v) });
    return files;
  },
});
