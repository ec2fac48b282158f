// docs/template-data.md is generated from the template-data types; it must match them.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
// @ts-expect-error: a plain .mjs script without declarations
import { DOC, renderTemplateDataDoc } from "../scripts/template-data-doc.mjs";

test("docs/template-data.md is up to date with src/generate/template-data.ts (regenerate: pnpm docs:template-data)", () => {
  const committed = readFileSync(DOC as string, "utf8");
  const fresh = (renderTemplateDataDoc as () => string)();
  expect(committed, "docs/template-data.md is stale: run `pnpm docs:template-data` and commit it").toBe(fresh);
  // The partials' own entries are there, each with the fields their built-in partial prints.
  // Every generator with templates has its entry (ts, python's other files, html and changelog included).
  const entries = [
    ["GoCodeConstData", "ident"],
    ["PythonMemberData", "member"],
    ["MarkdownSectionData", "heading"],
    ["TsTemplateData", "codes\\[\\]\\.member"],
    ["PythonPyprojectData", "distributionName"],
    ["PythonInitData", "doc"],
    ["PythonCodesData", "enumDoc"],
    ["PythonDetailsData", "typedDicts"],
    ["PythonErrorData", "detailsCodes"],
    ["HtmlTemplateData", "sections"],
    ["ChangelogTemplateData", "releases"],
    ["RstTemplateData", "notice"],
  ];
  for (const [type, field] of entries) {
    expect(fresh).toMatch(new RegExp(`## \`${type}\`[^#]*\\| \`${field}\` \\|`));
  }
}, 60_000);
