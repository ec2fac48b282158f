// The rst generator's options (generators/rst.ts): `columns` (which, in order) and `titles`
// (header text per column), each refusal with its exact message, and what a valid choice
// writes: the header row, the `:widths:` and the cells of each column.
import { expect, test } from "vitest";
import rst from "../../generators/rst.js";
import type { Generator } from "../../src/generate/plugin.js";
import { catalogOf, generateWith } from "./catalog-support.js";
import { optionRefusal } from "./generator-support.js";

const gen = rst as Generator<unknown>;
const COLUMNS = "code, title, http, canonical, description, cause, fix, causeFix, retry";

test.each([
  [{ columns: ["http"] }, 'option "columns" must include "code" (it holds the per-code labels)'],
  [{ columns: ["code", "status"] }, `option "columns" has unknown column "status"; columns are ${COLUMNS}`],
  [{ columns: ["code", "http", "http"] }, 'option "columns" lists a column twice'],
  [{ columns: "code" }, 'option "columns" must be a list of strings, got "code"'],
  [{ titles: { reason: "Reason" } }, `option "titles" has unknown column "reason"; columns are ${COLUMNS}`],
  [{ titles: { code: "" } }, 'option "titles" must give column code a non-empty string'],
  [{ titles: { code: "  " } }, 'option "titles" must give column code a non-empty string'],
  [{ titles: { code: 1 } }, 'option "titles" must give column code a non-empty string'],
  [{ titles: null }, 'option "titles" must be a map of column to header text'],
  [{ titles: "Code" }, 'option "titles" must be a map of column to header text'],
  [{ titles: ["Code"] }, 'option "titles" must be a map of column to header text'],
])("%j is refused", (options, message) => {
  expect(optionRefusal(gen, options)).toBe(message);
});

test("the defaults", () => {
  expect(gen.parseOptions({})).toEqual({ columns: ["code", "http", "canonical", "causeFix"], titles: {} });
});

const SPEC =
  "codes:\n  - name: CARD_DECLINED\n    title: Card declined\n    status: 402\n    description: The card was declined.\n    cause: The issuer said no.\n    fix: Ask for another card.\n    retryable: no\n" +
  "  - name: ONLY_FIX\n    fix: Try later.\n  - name: ONLY_CAUSE\n    cause: Too fast.\n  - name: NEITHER\n    description: Just this.\n";

/** The list-table of the only domain, from its `.. list-table::` line to the end of the page. */
function table(options: Record<string, unknown>): string {
  const text = generateWith(gen, catalogOf("", { "core.yaml": SPEC }), options).get("errors.rst")!;
  return text.slice(text.indexOf(".. list-table::"));
}

test("every column, in the order given, with titles renamed", () => {
  expect(table({ columns: ["title", "code", "description", "cause", "fix", "retry", "http", "causeFix"], titles: { code: "Reason", retry: "Retry?" } })).toBe(
    ".. list-table::\n" +
      "   :header-rows: 1\n" +
      "   :widths: 20, 25, 45, 30, 30, 12, 10, 65\n" +
      "\n" +
      "   * - Title\n" +
      "     - Reason\n" +
      "     - Description\n" +
      "     - Cause\n" +
      "     - Fix\n" +
      "     - Retry?\n" +
      "     - HTTP\n" +
      "     - Cause → Fix\n" +
      "   * - Card declined\n" +
      "     - .. _card-declined:\n" +
      "\n" +
      "       ``CARD_DECLINED``\n" +
      "     - The card was declined.\n" +
      "     - The issuer said no.\n" +
      "     - Ask for another card.\n" +
      "     - No\n" +
      "     - 402\n" +
      "     - The issuer said no. → Ask for another card.\n" +
      "   * - Neither\n" +
      "     - .. _neither:\n" +
      "\n" +
      "       ``NEITHER``\n" +
      "     - Just this.\n" +
      "     -\n" +
      "     -\n" +
      "     -\n" +
      "     -\n" +
      "     - Just this.\n" +
      "   * - Only cause\n" +
      "     - .. _only-cause:\n" +
      "\n" +
      "       ``ONLY_CAUSE``\n" +
      "     -\n" +
      "     - Too fast.\n" +
      "     -\n" +
      "     -\n" +
      "     -\n" +
      "     - Too fast.\n" +
      "   * - Only fix\n" +
      "     - .. _only-fix:\n" +
      "\n" +
      "       ``ONLY_FIX``\n" +
      "     -\n" +
      "     -\n" +
      "     - Try later.\n" +
      "     -\n" +
      "     -\n" +
      "     - \\→ Try later.\n",
  );
});
