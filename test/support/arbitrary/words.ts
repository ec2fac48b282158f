// Word pools and name arbitraries: code names, domain ids, catalog names and detail
// field names built from words every target reserves (TS/JS keywords and Object
// members, Go keywords and predeclared identifiers, Python keywords, soft keywords
// and builtins, Go initialisms), mixed with plain words, digits and look-alikes.
import fc from "fast-check";

/** JavaScript/TypeScript keywords, contextual keywords and Object.prototype members. */
export const TS_WORDS = [
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export",
  "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super",
  "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements",
  "interface", "package", "private", "protected", "public", "await", "as", "async", "from", "get", "set", "of", "satisfies",
  "declare", "keyof", "readonly", "unique", "infer", "is", "namespace", "module", "abstract", "undefined", "constructor",
  "prototype", "proto", "tostring", "valueof", "hasownproperty", "isprototypeof", "object", "symbol", "record", "readonly",
];

/** Go keywords and predeclared identifiers. */
export const GO_WORDS = [
  "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go", "goto", "if",
  "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var", "bool", "byte",
  "complex64", "complex128", "error", "float32", "float64", "int", "int8", "int64", "rune", "string", "uint", "uintptr",
  "true", "false", "iota", "nil", "append", "cap", "clear", "close", "complex", "copy", "imag", "len", "make", "max", "min",
  "new", "panic", "print", "println", "real", "recover", "any", "comparable", "code", "retry", "decode", "parse", "all",
];

/** Python keywords, soft keywords, builtins and enum/dataclass internals. */
export const PYTHON_WORDS = [
  "and", "as", "assert", "async", "await", "class", "def", "del", "elif", "except", "finally", "from", "global", "is",
  "lambda", "nonlocal", "not", "or", "pass", "raise", "with", "yield", "match", "case", "type", "none", "true", "false",
  "self", "cls", "mro", "name", "value", "values", "list", "dict", "str", "int", "float", "bytes", "object", "print",
  "id", "hash", "len", "iter", "next", "super", "property", "missing", "ignore", "generate", "members", "info",
];

/** Go initialisms (upper-cased whole in Go names) and digit-led words. */
export const INITIALISM_WORDS = ["http", "https", "id", "url", "api", "json", "sms", "otp", "ip", "uuid", "2fa", "a2a", "e2e", "jwt", "utf8", "tls"];

const PLAIN_WORDS = ["invalid", "phone", "number", "not", "found", "quota", "exceeded", "rate", "limit", "user", "token", "expired", "a", "b", "x", "v2", "1", "42"];

export const ALL_WORDS = [...new Set([...TS_WORDS, ...GO_WORDS, ...PYTHON_WORDS, ...INITIALISM_WORDS, ...PLAIN_WORDS])];

/** A lower-case word `[a-z0-9]+`: a reserved one, or random letters and digits. */
export const wordArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ALL_WORDS) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9][a-z0-9]{0,3}$/) },
);

/** A code name in the catalog's style: words joined by `_`, the first starting with a letter. */
export function codeNameArb(naming: "UPPER_SNAKE" | "lower_snake"): fc.Arbitrary<string> {
  const first = wordArb.filter((w) => /^[a-z]/.test(w));
  return fc
    .tuple(first, fc.array(wordArb, { maxLength: 4 }))
    .map(([w, rest]) => [w, ...rest].join("_"))
    .map((name) => (naming === "UPPER_SNAKE" ? name.toUpperCase() : name));
}

/** A domain id `^[a-z][a-z0-9]*(-[a-z0-9]+)*$`, often a module or package name of some target. */
export const domainIdArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom("http", "types", "errors", "json", "os", "io", "go", "python", "typing", "enum", "auth", "core", "billing", "string", "default", "class", "a") },
      { weight: 2, arbitrary: wordArb.filter((w) => /^[a-z]/.test(w)) },
    ),
    fc.array(wordArb, { maxLength: 2 }),
  )
  .map(([w, rest]) => [w, ...rest].join("-"));

/** A catalog slug; the batch makes it unique (package names and module paths derive from it). */
export const catalogNameArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("acme", "go", "python", "ts", "errors", "http", "json", "type", "class", "a", "x1", "api", "relay", "none", "main"), fc.array(wordArb, { maxLength: 2 }))
  .map(([w, rest]) => [w, ...rest].join("-"));

/** Details member names `^[A-Za-z][A-Za-z0-9_]*$`: keywords, case and underscore look-alikes, initialisms. */
export const detailNameArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "class", "None", "True", "from", "type", "range", "func", "match", "self", "constructor", "toString", "prototype",
      "hasOwnProperty", "default", "import", "null", "undefined", "async", "await", "lambda", "yield", "id", "ID", "Id",
      "url", "httpURL", "user_id", "userId", "UserID", "a_b", "aB", "a__b", "x_", "X", "ab2", "aB2", "a_b_2", "map",
      "interface", "string", "error", "Error", "json", "omitempty", "items", "keys", "get", "value", "mro", "dict",
    ),
  },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,7}(?:_[a-z0-9]{1,5}){0,2}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,5}(?:[A-Z][a-z0-9]{0,4}){1,2}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][A-Za-z0-9_]{0,8}$/) },
);

/** Upstream provider names `^[A-Za-z0-9][A-Za-z0-9_.-]*$` (some look like numbers or YAML words). */
export const providerArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("whatsapp", "provider.v2", "1.5", "007", "true", "null", "no", "stripe", "E-1", "x_y", "Twilio"),
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,10}$/),
);

/** One dotted JSON path segment for envelope members; includes Object.prototype members unless `exclude`d. */
export function jsonSegmentArb(): fc.Arbitrary<string> {
  return fc
    .oneof(
      // Members every JavaScript object inherits (`__proto__` itself is refused, LS013).
      fc.constantFrom("error", "code", "message", "meta", "details", "request_id", "type", "class", "default", "None", "func", "self", "constructor", "toString", "hasOwnProperty", "valueOf", "x-trace", "_links", "data", "status"),
      fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/),
    )
    .filter((s) => s !== "__proto__");
}
