// A Java package of the catalog's error codes: one enum with the wire value, title,
// description, HTTP statuses, retry metadata, `fromWire` and Javadoc. A third-party
// generator written only against Lockstep's public API (`lockstep`).
//
//   generators:
//     java:
//       from: ./examples/java/generator.mjs
//       options: { packageName: com.acme.errors }
import { fileURLToPath } from "node:url";
import { commentEscaper, defineGenerator, identifierSanitiser, opt, OptionError, parseOptionsWith, stringLiteralEscaper, upperSnake } from "lockstep";

/**
 * A Java string literal. Java turns `\uXXXX` into its character before it reads the
 * source, so `\u000a` would end the literal: ASCII controls are octal escapes, other
 * characters that must not appear raw are `\uXXXX` (UTF-16 units; a lone surrogate,
 * which a Java string can hold, is kept exactly).
 */
export const javaString = stringLiteralEscaper({
  quote: '"',
  escapes: { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" },
  unicode: (cp) =>
    cp < 0x80
      ? `\\${cp.toString(8).padStart(3, "0")}`
      : String.fromCodePoint(cp)
          .split("")
          .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`)
          .join(""),
  loneSurrogate: "escape",
});

/**
 * Javadoc lines (` * ` at an indent). Javadoc is HTML: `<`, `>`, `&` are entities; `@`
 * is `&#64;` so no text starts a block or inline tag; `*\/` cannot close the comment; and
 * `\` is `&#92;`, so no `\u002a\u002f` in the text becomes a comment closer when
 * javac decodes Unicode escapes.
 */
const JAVADOC = { replace: { "*/": "*&#47;", "\\": "&#92;", "&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "&#64;" }, forbid: ["*/", "\\u"] };
export const javadoc = commentEscaper({ prefix: " * ", ...JAVADOC });

/** The same escaping, folded to one line (after a block tag such as `@deprecated`). */
const javadocLine = commentEscaper({ prefix: "", ...JAVADOC });
const javadocInline = (text) => javadocLine(text).split("\n").filter(Boolean).join(" ");

/** `new int[] { 413, 415 }`, or `new int[0]`. */
const intArray = (values) => {
  if (!values.every((n) => Number.isSafeInteger(n))) throw new Error(`not integers: ${JSON.stringify(values)}`);
  return values.length ? `new int[] { ${values.join(", ")} }` : "new int[0]";
};

const JAVA_KEYWORDS = ("abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float " +
  "for goto if implements import instanceof int interface long native new package private protected public return short static strictfp super " +
  "switch synchronized this throw throws transient try void volatile while true false null _ var yield record sealed permits").split(" ");

/** A Java identifier: a keyword gets `_` appended. */
export const javaIdent = identifierSanitiser({ reserved: JAVA_KEYWORDS });

const PACKAGE = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/;

export default defineGenerator({
  name: "java",
  description: "Java package: an enum of error codes with wire values, statuses, retry metadata and Javadoc",
  templatesDir: fileURLToPath(new URL("./templates", import.meta.url)),
  helpers: { javaString, javadoc: (text, indent) => javadoc(text, indent), javadocInline, intArray },
  parseOptions: (raw) => {
    const options = parseOptionsWith({ packageName: opt.string("errors", "Java package of the generated enum") })(raw);
    const bad = options.packageName.split(".").find((part) => JAVA_KEYWORDS.includes(part));
    if (!PACKAGE.test(options.packageName) || bad) throw new OptionError("packageName", `${JSON.stringify(options.packageName)} is not a Java package name${bad ? ` (${bad} is a keyword)` : ""}`);
    return options;
  },
  naming: {
    schemes: [{ key: "java", label: "Java enum constant", per: "code", mint: (code) => javaIdent(upperSnake(code.words)) }],
  },
  generate(catalog, ctx) {
    const codes = catalog.codes.map((code) => ({
      constant: ctx.names.code("java", code.key),
      wire: code.name,
      title: code.title,
      hasDescription: code.description !== undefined,
      description: code.description ?? "",
      statuses: code.status.all,
      retryable: code.retry.retryable.toUpperCase(),
      deprecated: code.deprecated !== undefined,
      deprecation: code.deprecated ? [code.deprecated.since && `Since ${code.deprecated.since}.`, code.deprecated.replacement && `Use ${code.deprecated.replacement}.`, code.deprecated.reason].filter(Boolean).join(" ") || "Deprecated." : "",
      doc: [code.title, code.description, code.cause && `Cause: ${code.cause}`, code.fix && `Fix: ${code.fix}`].filter(Boolean).join("\n\n"),
    }));
    const view = { notice: ctx.notice, packageName: ctx.options.packageName, title: catalog.title, codes };
    return [{ path: `${ctx.options.packageName.replace(/\./g, "/")}/ErrorCode.java`, contents: ctx.render("ErrorCode.java", view) }];
  },
});
