// Python: a pip-installable, typed (PEP 561) package built with hatchling.
//
//   pyproject.toml                 name `<catalog>-errors`, version from the catalog (PEP 440)
//   src/<catalog>_errors/
//     __init__.py                  re-exports ApiError, CodeInfo, ErrorCode, …
//     _codes.py                    class ErrorCode(StrEnum): NOT_FOUND = "NOT_FOUND" + docstrings;
//                                  ErrorCode.NOT_FOUND.info → CodeInfo(status=404, …); ErrorCode.parse(x) → member | None
//     details.py                   class NotFoundDetails(TypedDict): … (functional form for keyword keys)
//     _error.py                    class ApiError(Exception): from_response(body), to_body(), details_as(code)
//     py.typed
//
// Decisions, also stated in the generated docstrings:
// - Every code is a distinct member with an explicit value (`@unique`): aliases and
//   deprecated codes keep their own wire value; `info.alias_of` names the target.
// - Domain-scoped catalogs: two domains may share a wire name, and equal Enum values
//   silently become aliases, so a member's value is its key `domain/name`; the wire
//   name is `member.info.code` and `ErrorCode.parse(code, domain)` looks one up.
// - `parse` and `ApiError.from_response` never raise: an unknown code is None
//   (`raw_code` keeps it). No UNKNOWN member, which a catalog code could collide with.
// - Deprecation: a "Deprecated: …" paragraph closing the member's docstring and
//   `info.deprecated`/`info.replacement` at run time. No `warnings` on parse: the
//   server picks the code, the client cannot act on a warning; and PEP 702
//   `@deprecated` does not apply to enum members.
// - Reserved words: members are UPPER_SNAKE, which no keyword is; detail keys that
//   are keywords or not identifiers (`class`, `None`) are kept and the TypedDict
//   switches to the functional form. Nothing is renamed.
// - The catalog version is normalised to PEP 440 (`1.0.0-rc.1` → `1.0.0rc1`); one
//   PEP 440 cannot spell (`1.0.0-x.7`) fails generation with a hint.
// Output is mypy --strict, ruff (E,F,W,I,UP,B,A,N but E501) and ruff-format clean.
import { providerNames } from "../src/catalog/provider.js";
import { usesCanonical } from "../src/catalog/canonical.js";
import { isIndexed, itemMatches, type ItemMatch } from "../src/catalog/envelope.js";
import { codeFacts, factParagraphs, factText } from "../src/catalog/code-facts.js";
import { pyComment, pyConst, pyDocstring, pyKwargs, pyLiteralType, pyNames, pyString, pyTuple, tomlString, type PyValue } from "../src/escape/python.js";
import { codeOf, type Catalog, type DetailField, type DetailType, type ErrorCode, type JsonPath } from "../src/catalog/model.js";
import {
  DISTRIBUTION_NAME,
  defaultPackageName,
  isPythonName,
  packageNameProblem,
  pep440Version,
  pythonClassName,
  pythonFieldPart,
  pythonMemberName,
} from "../src/naming/python.js";
import { opt, parseOptionsWith, type OptionSpec } from "../src/generate/options.js";
import { defineGenerator, type GeneratorNaming, type Names, type TemplateHelper } from "../src/generate/plugin.js";

const packageName: OptionSpec<string> = {
  default: "",
  doc: "Import package name. Default: `<catalog name>_errors`. A lower-case identifier, not a keyword, not a stdlib module.",
  parse(raw) {
    if (typeof raw !== "string") throw `must be a string, got ${JSON.stringify(raw) ?? typeof raw}`;
    const problem = packageNameProblem(raw);
    if (problem) throw `${problem}, got ${JSON.stringify(raw)}`;
    return raw;
  },
};

const parseOptions = parseOptionsWith({
  packageName,
  distributionName: opt.string("", "Distribution (PyPI) name. Default: `<catalog name>-errors`.", new RegExp(`^$|${DISTRIBUTION_NAME.source}`)),
  enumBase: opt.oneOf(
    ["StrEnum", "str-enum"],
    "StrEnum",
    "`StrEnum`: `class ErrorCode(StrEnum)`, Python ≥ 3.11. `str-enum`: `(str, Enum)` with `str()`/`format()` giving the value, Python ≥ 3.9.",
  ),
});

type Options = ReturnType<typeof parseOptions>;

/** A details type in Python terms: a named TypedDict, a `Literal[...]`, or a container. */
export type PyType =
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "literal"; readonly values: readonly string[] }
  | { readonly kind: "list" | "map"; readonly of: PyType };

const SCALARS: Readonly<Record<string, string>> = { string: "str", integer: "int", number: "float", boolean: "bool" };

/** `list[dict[str, int]]`, wrapped in `NotRequired[...]` for an optional key. */
export function pyType(type: PyType, required = true): string {
  const inner = (t: PyType): string => {
    switch (t.kind) {
      case "name":
        if (!isPythonName(t.name)) throw new Error(`not a Python type name: ${JSON.stringify(t.name)}`);
        return t.name;
      case "literal":
        return pyLiteralType(t.values);
      case "list":
        return `list[${inner(t.of)}]`;
      case "map":
        return `dict[str, ${inner(t.of)}]`;
    }
  };
  return required ? inner(type) : `NotRequired[${inner(type)}]`;
}

interface TypedDictView {
  readonly name: string;
  /** The functional form, for keys that cannot be class attributes (`class`, `None`). */
  readonly functional: boolean;
  readonly doc: readonly string[];
  readonly fields: readonly { key: string; type: PyType; required: boolean }[];
}

/** `["limits"]` → `Limits`, `["items", "[]"]` → `ItemsItem`, `["m", "{}"]` → `MValue`: what a nested TypedDict adds to the code's name. */
const nestedPart = (steps: readonly string[]): string => steps.map((s) => (s === "[]" ? "Item" : s === "{}" ? "Value" : pythonFieldPart(s))).join("");

/**
 * The names the package mints: enum members (UPPER_SNAKE, never a keyword) and the
 * TypedDicts of details. A nested TypedDict whose name repeats another gets the first
 * free number; one the lockfile records keeps its name.
 */
const naming: GeneratorNaming = {
  schemes: [
    { key: "python", label: "Python member", per: "code", mint: (code) => pythonMemberName(code.words) },
    { key: "pythonDetails", label: "Python class", per: "details", namespace: "details", mint: (o) => `${pythonClassName(o.code.words)}Details` },
    {
      key: "pythonNested",
      label: "Python nested class",
      per: "nested",
      namespace: "details",
      onClash: "suffix",
      mint: (o) => `${pythonClassName(o.code.words)}Details${nestedPart(o.steps)}`,
    },
  ],
};

/** Builds the TypedDicts of one code's details, nested objects first (the functional form evaluates at import), with the names the core allocated. */
class TypedDicts {
  readonly views: TypedDictView[] = [];

  constructor(private readonly names: Names) {}

  add(code: ErrorCode, steps: readonly string[], name: string, fields: readonly DetailField[], doc: readonly string[]): string {
    const typed = fields.map((f) => ({ key: f.name, type: this.type(code, [...steps, f.name], f.type), required: f.required }));
    // Key descriptions go in the docstring, not in `#` comments, where text such as
    // `ruff: noqa` or `mypy: ignore-errors` would act as a tool directive.
    const keys = fields.filter((f) => f.description !== undefined).map((f) => `- \`\`${f.name}\`\`: ${f.description}`);
    this.views.push({ name, functional: !fields.every((f) => isPythonName(f.name)), doc: keys.length ? [...doc, keys.join("\n")] : doc, fields: typed });
    return name;
  }

  private type(code: ErrorCode, steps: readonly string[], type: DetailType): PyType {
    switch (type.kind) {
      case "enum":
        return { kind: "literal", values: type.values };
      case "list":
        return { kind: "list", of: this.type(code, [...steps, "[]"], type.of) };
      case "map":
        return { kind: "map", of: this.type(code, [...steps, "{}"], type.of) };
      case "object": {
        const name = this.names.details("pythonNested", code.key, steps) ?? `${pythonClassName(code.words)}Details${nestedPart(steps)}`;
        return { kind: "name", name: this.add(code, steps, name, type.fields, [`Object in the details of ${objectPath(code, steps)}.`]) };
      }
      default:
        return { kind: "name", name: SCALARS[type.kind]! };
    }
  }
}

/** `CODE.items[]{}.x`: how the docstring of a nested TypedDict names its place (field names joined by `.`, then `[]` and `{}`). */
function objectPath(code: ErrorCode, steps: readonly string[]): string {
  let out = code.key;
  for (const s of steps) out += s === "[]" || s === "{}" ? s : `.${s}`;
  return out;
}

/** Docstring paragraphs of a member: the facts of src/catalog/code-facts.ts in their order. */
function memberDoc(catalog: Catalog, code: ErrorCode, member: (key: string) => string): string[] {
  const ref = (key: string) => `\`\`ErrorCode.${member(key)}\`\``;
  return factParagraphs(codeFacts(catalog, code)).map((para) => para.map((f) => factText(f, ref)).join(" "));
}

/** `CodeInfo(...)` keyword arguments of a code; defaults are left out. */
function infoArgs(code: ErrorCode, member: (key: string) => string, canonical: boolean): { name: string; value: PyValue }[] {
  const ref = (key: string) => ({ ref: `ErrorCode.${member(key)}` });
  const args: { name: string; value: PyValue }[] = [
    { name: "code", value: code.name },
    { name: "domain", value: code.domain },
    { name: "title", value: code.title },
  ];
  const add = (name: string, value: PyValue | undefined | false) => {
    if (value !== undefined && value !== false) args.push({ name, value });
  };
  add("status", code.status.primary);
  add("statuses", code.status.all.length > 0 && code.status.all);
  add("status_varies", code.status.kind === "varies");
  add("retryable", code.retry.retryable !== "unknown" && code.retry.retryable);
  add("retry_after", code.retry.retryAfter);
  add("deprecated", code.deprecated !== undefined);
  add("deprecated_since", code.deprecated?.since);
  add("replacement", code.deprecated?.replacement !== undefined && ref(code.deprecated.replacement));
  add("alias_of", code.aliasOf !== undefined && ref(code.aliasOf));
  add("lifecycle", code.lifecycle === "planned" && "planned");
  add("surfaces_as", code.surfacesAs !== undefined && ref(code.surfacesAs));
  add("docs_url", code.docsUrl);
  add("canonical", canonical && code.canonical.name);
  return args;
}

export function codesView(catalog: Catalog, member: (key: string) => string, scoped: boolean) {
  return catalog.codes.map((code) => ({
    member: member(code.key),
    value: scoped ? `${code.domain}/${code.name}` : code.name,
    doc: memberDoc(catalog, code, member),
    info: infoArgs(code, member, usesCanonical(catalog)),
  }));
}

const OPTIONAL_FIELDS = [
  ["title", "title", "Short title of the error."],
  ["requestId", "request_id", "Request id."],
  ["docsUrl", "docs_url", "Link to the code's documentation."],
  ["domain", "domain", "Error domain."],
  ["timestamp", "timestamp", "When the error happened, as sent."],
  ["canonical", "canonical", "Canonical status name (google.rpc.Code), e.g. ``PERMISSION_DENIED``."],
] as const;

const constName = (attr: string) => `_${attr.toUpperCase()}`;
const dotted = (path: JsonPath) => path.join(".");

/** The `_ITEM_MATCH` table (the members that identify a list item, by the list's path), as `ruff format` writes it. */
function pyItemMatch(matches: readonly ItemMatch[]): string {
  const byList = new Map<string, string[]>();
  for (const m of matches) {
    const list = m.list.join(".");
    byList.set(list, [...(byList.get(list) ?? []), `(${pyString(m.key)}, ${pyConst(m.value)})`]);
  }
  const lines = [...byList].flatMap(([list, members]) => {
    const line = `    ${pyString(list)}: (${members.join(", ")}${members.length === 1 ? "," : ""}),`;
    return line.length <= 88 ? [line] : [`    ${pyString(list)}: (`, ...members.map((m) => `        ${m},`), "    ),"];
  });
  const head = "_ITEM_MATCH: dict[str, tuple[tuple[str, object], ...]] = {";
  return lines.length ? [head, ...lines, "}"].join("\n") : `${head}}`;
}

function errorView(catalog: Catalog, details: readonly { member: string; typeName: string }[], strEnum: boolean) {
  const env = catalog.envelope;
  const f = env.fields;
  const fields = OPTIONAL_FIELDS.filter(([key]) => f[key]).map(([key, attr, doc]) => ({
    attr,
    const: constName(attr),
    doc: env.descriptions?.[key] === undefined ? [doc] : [doc, env.descriptions[key]],
    path: f[key]!,
  }));
  const paths = [
    { const: "_CODE", path: f.code },
    ...(f.message ? [{ const: "_MESSAGE", path: f.message }] : []),
    ...(f.status ? [{ const: "_STATUS", path: f.status }] : []),
    ...(f.details && env.detailsShape !== "inline" ? [{ const: "_DETAILS", path: f.details }] : []),
    ...fields,
  ];
  // Inline details are the members of the code's object that no envelope path claims.
  const holder = f.code.slice(0, -1);
  const claimed = [...paths.map((p) => p.path), ...env.constants.map((c) => c.path)]
    .filter((p) => p.length > holder.length && holder.every((seg, i) => p[i] === seg))
    .map((p) => p[holder.length]!);
  const shape = [
    ...paths.map((p) => `- ${p.const.slice(1).toLowerCase()}: \`\`${dotted(p.path)}\`\``),
    ...env.constants.map((c) => `- \`\`${dotted(c.path)}\`\` is always \`\`${JSON.stringify(c.value)}\`\``),
  ];
  const detailsText = { object: "one object", list: "a list of objects", inline: "the members next to the code" }[env.detailsShape];
  const typing = [...(strEnum ? ["TYPE_CHECKING"] : []), ...(details.length ? ["Literal"] : []), ...(strEnum ? [] : ["Self"]), "cast", ...(details.length ? ["overload"] : [])];
  return {
    classDoc: [
      `An error response of ${catalog.title}.`,
      `Envelope (${env.contentType}), by JSON path:`,
      shape.join("\n"),
      env.detailsShape === "inline" || f.details ? `Details are ${detailsText}; \`\`details_as(code)\`\` types them.` : "The envelope has no details member.",
      "``ApiError.from_response(body)`` never raises: a code this version does not\nknow gives ``code=None`` with ``raw_code`` set. ``to_body()`` writes the\nenvelope back.",
    ],
    paths,
    fields,
    messageConst: f.message ? "_MESSAGE" : undefined,
    statusConst: f.status ? "_STATUS" : undefined,
    // An envelope without a details member has no details attribute.
    hasDetails: env.detailsShape === "inline" || f.details !== undefined,
    detailsObject: env.detailsShape === "object" && f.details !== undefined,
    detailsList: env.detailsShape === "list" && f.details !== undefined,
    // Some codes' details are a list (`detailsList:`), the others' one object.
    detailsMixed: env.detailsShape === "object" && f.details !== undefined && catalog.codes.some((c) => c.detailsList),
    detailsInline: env.detailsShape === "inline",
    envelopeKeys: [...new Set(claimed)].sort(),
    indexed: isIndexed(env),
    // Only with catalog.defaults: ApiError.retryable, the policy for a code this package does not know.
    unknownRetryable: catalog.defaults?.unknownRetryable,
    itemMatches: itemMatches(env),
    // A call longer than ruff's 88 columns is written one argument a line, as `ruff format` does.
    constants: env.constants.map((c) => ({ path: c.path, value: c.value, wrap: `        _put(body, ${pyTuple(c.path)}, ${pyConst(c.value)})`.length > 88 })),
    domainField: f.domain !== undefined,
    scopedParse: f.domain !== undefined && catalog.uniqueness === "domain",
    detailsCodes: details,
    typingImports: typing,
  };
}

function detailsView(catalog: Catalog, member: (key: string) => string, names: Names) {
  const dicts = new TypedDicts(names);
  const codes: { member: string; typeName: string; list: boolean }[] = [];
  for (const code of catalog.codes) {
    if (code.details.length === 0) continue;
    const name = names.details("pythonDetails", code.key, []) ?? `${pythonClassName(code.words)}Details`;
    const of = `\`\`ErrorCode.${member(code.key)}\`\` (\`\`${code.name}\`\` in ${code.domain})`;
    const doc = [code.detailsList ? `One item of the list of details of ${of}.` : `Details of ${of}.`];
    codes.push({ member: member(code.key), typeName: dicts.add(code, [], name, code.details, doc), list: code.detailsList });
  }
  const all = dicts.views.flatMap((v) => v.fields);
  const typing = [
    ...(all.some((fl) => hasLiteral(fl.type)) ? ["Literal"] : []),
    ...(all.some((fl) => !fl.required) ? ["NotRequired"] : []),
    "TypedDict",
  ];
  return { codes, view: { typedDicts: dicts.views, typingImports: typing } };
}

const hasLiteral = (t: PyType): boolean => t.kind === "literal" || ((t.kind === "list" || t.kind === "map") && hasLiteral(t.of));

/** The data of each template (`pyproject.toml`, `init.py`, `codes.py`, `details.py`, `error.py`), and the package's source folder. */
export function views(catalog: Catalog, options: Options, notice: string, names: Names) {
  const pkg = options.packageName || defaultPackageName(catalog.name);
  const version = pep440Version(catalog.version);
  const strEnum = options.enumBase === "str-enum";
  const scoped = catalog.uniqueness === "domain";
  const members = new Map(catalog.codes.map((c) => [c.key, pythonMemberName(c.words)]));
  const member = (key: string) => members.get(key) ?? pythonMemberName(codeOf(catalog, key).words);
  const details = detailsView(catalog, member, names);
  const common = { notice, strEnum };
  const scopeDoc = scoped
    ? "Codes are unique per domain: a member's value is ``domain/name``, its wire\nname is ``member.info.code``; ``ErrorCode.parse(code, domain)`` looks one up."
    : "A member's value is its wire name; ``ErrorCode.parse(value)`` looks one up.";
  const src = `src/${pkg}`;
  return {
    src,
    pyproject: {
      ...common,
      distributionName: options.distributionName || `${catalog.name}-errors`,
      version,
      description: `Error codes of ${catalog.title}, generated from its catalog by lockstep.`,
      requiresPython: strEnum ? ">=3.9" : ">=3.11",
      packagePath: src,
      license: catalog.package?.license,
      keywords: catalog.package?.keywords ?? [],
      repository: catalog.package?.repository,
    },
    init: {
      ...common,
      version,
      doc: [
        `Error codes of ${catalog.title}, catalog version ${catalog.version}.`,
        `${scopeDoc}\nA code this version does not know parses to None, never an exception.`,
        "Metadata: ``ErrorCode.X.info``, a frozen ``CodeInfo``; a deprecated code has\n``info.deprecated`` and ``info.replacement``.",
        "Errors: ``ApiError.from_response(body)``. Typed details: the ``details``\nmodule (one TypedDict per code) and ``ApiError.details_as(code)``.",
      ],
    },
    codes: {
      ...common,
      scoped,
      domains: catalog.domains.map((d) => d.id),
      manyDomains: catalog.domains.length > 1,
      enumDoc: [`Error codes of ${catalog.title}, catalog version ${catalog.version}.`, scopeDoc],
      codes: codesView(catalog, member, scoped),
      canonical: usesCanonical(catalog),
      upstream: catalog.codes.flatMap((c) => c.upstream.flatMap((u) => providerNames(u).flatMap((provider) => u.codes.map((code) => ({ provider, code, member: member(c.key) }))))),
    },
    details: { ...common, ...details.view },
    error: { ...common, ...errorView(catalog, details.codes, strEnum) },
  };
}

export default defineGenerator({
  name: "python",
  description: "Python package (pyproject + hatchling, py.typed): ErrorCode StrEnum with metadata, ApiError and typed details",
  defaultOut: "python",
  helpers: { pyString, pyDocstring, pyComment, pyTuple, pyLiteralType, pyConst, pyNames, pyKwargs, pyType, tomlString, pyItemMatch } as unknown as Record<string, TemplateHelper>,
  parseOptions,
  naming,
  generate(catalog, ctx) {
    const v = views(catalog, ctx.options, ctx.notice, ctx.names);
    const src = v.src;
    return [
      { path: "pyproject.toml", contents: ctx.render("pyproject.toml", v.pyproject) },
      { path: `${src}/__init__.py`, contents: ctx.render("init.py", v.init) },
      { path: `${src}/_codes.py`, contents: ctx.renderBytes("codes.py", v.codes) },
      { path: `${src}/details.py`, contents: ctx.renderBytes("details.py", v.details) },
      { path: `${src}/_error.py`, contents: ctx.render("error.py", v.error) },
      { path: `${src}/py.typed`, contents: pyComment(ctx.notice, "") },
    ];
  },
});
