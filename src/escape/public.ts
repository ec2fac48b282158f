// The escapers of the public API: what the built-in targets use for string literals,
// comments and identifiers, and the builders (custom.ts) for a plugin's own target.
// Re-exported by src/index.ts; everything here is pure.
import { identifierSanitiser } from "./custom.js";
import { GO_KEYWORDS } from "../naming/go.js";
import { PYTHON_KEYWORDS } from "../naming/python.js";
import { TS_KEYWORDS } from "../naming/ts.js";

export { stringLiteralEscaper, commentEscaper, identifierSanitiser, type StringLiteralSpec, type CommentSpec, type IdentifierSpec } from "./custom.js";
export { goString, goComment, goLineComment, type GoDoc, type GoDocBlock } from "./go.js";
export { tsComment, escapeJsDocLine, type JsDocBlock, type JsDocPart } from "./ts.js";
export { pyString, pyDocstring, pyComment, tomlString } from "./python.js";
export { escapeMdText, mdLine, mdBlock, mdCell } from "./markdown.js";
export { escapeHtmlText, escapeHtmlAttr, htmlLine, htmlProse } from "./html.js";
export { rstText, rstLine, rstComment } from "./rst.js";
export { GO_KEYWORDS, PYTHON_KEYWORDS, TS_KEYWORDS };


/** A Go identifier: other characters become `_`, a keyword gets `_` appended (`type` → `type_`). */
export const goIdentifier = identifierSanitiser({ reserved: GO_KEYWORDS });

/** A TypeScript/JavaScript identifier (`$` allowed): a reserved word gets `_` appended (`class` → `class_`). */
export const tsIdentifier = identifierSanitiser({ reserved: TS_KEYWORDS, part: /[A-Za-z0-9_$]/, start: /[A-Za-z_$]/ });

/** A Python identifier: a hard keyword gets `_` appended (PEP 8: `class` → `class_`); soft keywords (`match`, `type`) stay. */
export const pyIdentifier = identifierSanitiser({ reserved: PYTHON_KEYWORDS });
