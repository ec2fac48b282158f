// What `lockstep list-generators` shows for a built-in generator (src/cli/info.ts): its
// folder under out/ (the generator's defaultOut), its one-line description and each
// option with its default and description. These strings are the generator's own
// metadata, which no generated file contains; the listing is computed in-process.
import { expect, test } from "vitest";
import { listingLines } from "./generator-support.js";

/** The lines `list-generators` prints for one built-in generator, as one text. */
async function listing(name: string): Promise<string> {
  return (await listingLines(name)).join("\n") + "\n";
}

test("changelog: docs/ folder, description and the mdx option", async () => {
  expect(await listing("changelog")).toBe(
    "changelog  →  out/docs/\n" +
      "  CHANGELOG.md per catalog version from the lockfile history: breaking changes, added, deprecated and removed codes\n" +
      "  - mdx (default false): Write the generated-file notice as an MDX comment `{/* … */}` instead of `<!-- … -->`.\n",
  );
});

test("json: written at the output root, no options", async () => {
  expect(await listing("json")).toBe("json  →  out/\n  catalog.json: the normalised catalog as versioned JSON (format lockstep-catalog/1), with each code's identifiers per target\n");
});

test("rst: docs/ folder, description, and the columns and titles options", async () => {
  expect(await listing("rst")).toBe(
    "rst  →  out/docs/\n" +
      "  reStructuredText for Sphinx: a list-table per domain with a label per code\n" +
      '  - columns (default ["code","http","canonical","causeFix"]): Table columns, in order, from code, title, http, canonical, description, cause, fix, causeFix, retry; `code` is required; `canonical` is left out when the catalog does not use canonical codes.\n' +
      "  - titles (default {}): Header text per column, e.g. `{ code: Reason }`.\n",
  );
});
