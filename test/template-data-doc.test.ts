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
  for (const [type, field] of [["GoCodeConstData", "ident"], ["PythonMemberData", "member"], ["MarkdownSectionData", "heading"]]) {
    expect(fresh).toMatch(new RegExp(`## \`${type}\`[^#]*\\| \`${field}\` \\|`));
  }
}, 60_000);
