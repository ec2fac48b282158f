// A Rust crate of the catalog's error codes: one enum with `as_str`, `FromStr`,
// `Display`, HTTP statuses, retry metadata and doc comments. A third-party generator
// written only against Lockstep's public API (`lockstep`), as a user would write it.
//
//   generators:
//     rust:
//       from: ./examples/rust/generator.mjs
//       options: { crateName: acme-errors }
import { fileURLToPath } from "node:url";
import { commentEscaper, defineGenerator, identifierSanitiser, mdBlock, opt, parseOptionsWith, pascalCase, stringLiteralEscaper, tomlString } from "lockstep";

/** A Rust string literal: named escapes, `\u{…}` for controls, bidi and zero-width characters (rustc rejects those raw). */
export const rustString = stringLiteralEscaper({
  quote: '"',
  escapes: { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0" },
  unicode: (cp) => `\\u{${cp.toString(16)}}`,
});

/** Strict and reserved keywords (2021 edition); `self`, `Self`, `super`, `crate` cannot be raw identifiers. */
const RUST_KEYWORDS = ("as async await break const continue crate dyn else enum extern false fn for if impl in let loop match mod move mut pub ref return " +
  "self Self static struct super trait true type unsafe use where while abstract become box do final macro override priv try typeof unsized virtual yield").split(" ");
const NOT_RAW = new Set(["self", "Self", "super", "crate"]);

/** A Rust identifier: keywords as raw identifiers (`r#type`), those that cannot be raw suffixed (`Self_`). */
export const rustIdent = identifierSanitiser({ reserved: RUST_KEYWORDS, onReserved: (w) => (NOT_RAW.has(w) ? `${w}_` : `r#${w}`) });

/** Doc-comment lines (`/// `, `//! `) of Markdown-escaped text: nothing can open a code block (a doctest) or raw HTML. */
const rustDoc = (text, prefix) => (text === undefined || text.trim() === "" ? "" : `${mdBlock(text, prefix)}\n`);

/** A TOML `#` comment: one line per line of text, controls and invisible characters shown. */
const tomlComment = commentEscaper({ prefix: "# " });

const RETRYABLE = { yes: "Yes", no: "No", auto: "Auto", unknown: "Unknown" };

export default defineGenerator({
  name: "rust",
  description: "Rust crate: an enum of error codes with as_str, FromStr, Display, statuses and retry metadata",
  templatesDir: fileURLToPath(new URL("./templates", import.meta.url)),
  helpers: { rustString, rustDoc, tomlString, tomlComment },
  parseOptions: parseOptionsWith({
    crateName: opt.string("", "Cargo package name (default: <catalog name>-errors)"),
  }),
  naming: {
    // Declared, so the compiler reports two codes that become one variant (LS027) and the lockfile guards the names.
    schemes: [{ key: "rust", label: "Rust enum variant", per: "code", mint: (code) => rustIdent(pascalCase(code.words)) }],
  },
  generate(catalog, ctx) {
    const crateName = ctx.options.crateName || `${catalog.name}-errors`;
    if (!/^[a-z][a-z0-9_-]*$/.test(crateName)) throw new Error(`crateName ${JSON.stringify(crateName)} is not a Cargo package name`);
    const codes = catalog.codes.map((code) => ({
      variant: ctx.names.code("rust", code.key),
      wire: code.name,
      domain: code.domain,
      title: code.title,
      description: code.description,
      statuses: code.status.all,
      primary: code.status.primary,
      retryable: RETRYABLE[code.retry.retryable],
      deprecated: code.deprecated
        ? [code.deprecated.since && `since ${code.deprecated.since}`, code.deprecated.replacement && `use ${code.deprecated.replacement}`, code.deprecated.reason].filter(Boolean).join("; ") || "deprecated"
        : undefined,
      doc: [code.title, code.description, code.cause && `Cause: ${code.cause}`, code.fix && `Fix: ${code.fix}`].filter(Boolean).join("\n\n"),
    }));
    const crateDoc = [catalog.title, ...catalog.domains.flatMap((d) => [d.title, d.description, d.notes])].filter(Boolean).join("\n\n");
    const view = { notice: ctx.notice, crateName, version: catalog.version, description: catalog.title, crateDoc, codes };
    return [
      { path: "Cargo.toml", contents: ctx.render("Cargo.toml", view) },
      { path: "src/lib.rs", contents: ctx.render("lib.rs", view) },
    ];
  },
});
