// The data the built-in templates receive, as types: what an override of a template or a
// partial may use. Derived from the generators' view builders, so they cannot drift;
// docs/template-data.md is generated from these types (`pnpm docs:template-data`) and a
// test fails when it is out of date.
// Versioned by TEMPLATE_DATA_VERSION (template-data-version.ts).
import type { view as goView } from "../../generators/go.js";
import type { Views as MarkdownViews } from "../../generators/markdown.js";
import type { codesView as pythonCodesView } from "../../generators/python.js";
import type { pageView as rstPageView } from "../../generators/rst.js";

export { TEMPLATE_DATA_VERSION } from "./template-data-version.js";

/** `go`: every template (`code.go`, `codes.go`, `details.go`, `envelope.go`, `error.go`, `table.go`, `doc.go`, `go.mod`). */
export type GoTemplateData = ReturnType<typeof goView>;
/** `go` partial `code-const`: one code of `codes`. */
export type GoCodeConstData = GoTemplateData["codes"][number];
/** `go` partial `details-struct`: one details type of `detailTypes`. */
export type GoDetailsStructData = GoTemplateData["detailTypes"][number];
/** `go` partial `details-field`: one field of a details type. */
export type GoDetailsFieldData = GoDetailsStructData["fields"][number];

/** `python` partial `member`: one code of `codes` in `codes.py`. */
export type PythonMemberData = ReturnType<typeof pythonCodesView>[number];

/** `markdown`: `page.md` (the single page, the index and each domain page); `sections` and `retry` below. */
export type MarkdownPageData = ReturnType<MarkdownViews["single"]>;
/** `markdown` partial `section`: one domain of `sections` in `page.md`. */
export type MarkdownSectionData = ReturnType<MarkdownViews["section"]>;
/** `markdown`: `retry` in `page.md`, the retry strategy table (absent when no code has a strategy). */
export type MarkdownRetryData = NonNullable<ReturnType<MarkdownViews["retry"]>>;

/** `rst`: `errors.rst`. */
export type RstTemplateData = ReturnType<typeof rstPageView>;
