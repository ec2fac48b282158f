// The data the built-in templates receive, as types: what an override of a template or a
// partial may use. Derived from the generators' view builders, so they cannot drift;
// docs/template-data.md is generated from these types (`pnpm docs:template-data`) and a
// test fails when it is out of date.
// Versioned by TEMPLATE_DATA_VERSION (template-data-version.ts).
import type { changelogView } from "../../generators/changelog.js";
import type { view as goView } from "../../generators/go.js";
import type { pageView as htmlPageView } from "../../generators/html.js";
import type { Views as MarkdownViews } from "../../generators/markdown.js";
import type { codesView as pythonCodesView, views as pythonViews } from "../../generators/python.js";
import type { pageView as rstPageView } from "../../generators/rst.js";
import type { moduleView as tsModuleView } from "../../generators/ts.js";

export { TEMPLATE_DATA_VERSION } from "./template-data-version.js";

/** `ts`: every template (`index.ts`, `index.d.ts`, `index.js`). */
export type TsTemplateData = ReturnType<typeof tsModuleView>;

/** `go`: every template (`code.go`, `codes.go`, `details.go`, `envelope.go`, `error.go`, `table.go`, `doc.go`, `go.mod`). */
export type GoTemplateData = ReturnType<typeof goView>;
/** `go` partial `code-const`: one code of `codes`. */
export type GoCodeConstData = GoTemplateData["codes"][number];
/** `go` partial `details-struct`: one details type of `detailTypes`. */
export type GoDetailsStructData = GoTemplateData["detailTypes"][number];
/** `go` partial `details-field`: one field of a details type. */
export type GoDetailsFieldData = GoDetailsStructData["fields"][number];

type PythonViews = ReturnType<typeof pythonViews>;
/** `python`: `pyproject.toml`. */
export type PythonPyprojectData = PythonViews["pyproject"];
/** `python`: `init.py` (the package's `__init__.py`). */
export type PythonInitData = PythonViews["init"];
/** `python`: `codes.py` (`_codes.py`); each of `codes` is the `member` partial's data. */
export type PythonCodesData = PythonViews["codes"];
/** `python`: `details.py`. */
export type PythonDetailsData = PythonViews["details"];
/** `python`: `error.py` (`_error.py`). */
export type PythonErrorData = PythonViews["error"];
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

/** `html`: `errors.html`. `style.css` and `script.js` get no data (`{}`); their rendered text is `style` and `script` here. */
export type HtmlTemplateData = ReturnType<typeof htmlPageView>;

/** `changelog`: `CHANGELOG.md`. */
export type ChangelogTemplateData = ReturnType<typeof changelogView>;

/** Every built-in template by generator and template name (the name `templates:` overrides use): the data it receives. */
export interface TemplateData {
  ts: { "index.ts": TsTemplateData; "index.d.ts": TsTemplateData; "index.js": TsTemplateData };
  go: Record<"code.go" | "codes.go" | "details.go" | "doc.go" | "envelope.go" | "error.go" | "go.mod" | "table.go", GoTemplateData> & {
    "partials/code-const": GoCodeConstData;
    "partials/details-struct": GoDetailsStructData;
    "partials/details-field": GoDetailsFieldData;
  };
  python: {
    "pyproject.toml": PythonPyprojectData;
    "init.py": PythonInitData;
    "codes.py": PythonCodesData;
    "details.py": PythonDetailsData;
    "error.py": PythonErrorData;
    "partials/member": PythonMemberData;
  };
  markdown: { "page.md": MarkdownPageData; "partials/section": MarkdownSectionData };
  rst: { "errors.rst": RstTemplateData };
  html: { "errors.html": HtmlTemplateData; "style.css": Record<string, never>; "script.js": Record<string, never> };
  changelog: { "CHANGELOG.md": ChangelogTemplateData };
}
