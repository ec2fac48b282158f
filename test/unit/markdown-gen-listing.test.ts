// What `lockstep list-generators` shows of the markdown generator (generators/markdown.ts): its
// folder under out/, its description and each option with its default and description.
// These strings are the generator's own metadata, which no generated file contains.
import { expect, test } from "vitest";
import { listingLines } from "./generator-support.js";

test("list-generators: docs/ folder, description and the layout, columns, titles and mdx options", async () => {
  expect(await listingLines("markdown")).toEqual([
    "markdown  →  out/docs/",
    "  Markdown error reference (GFM, MDX-safe): one table per domain with per-code anchors, TOC, notes and retry strategies",
    "  - layout (default \"single\"): `single`: one `errors.md`. `per-domain`: `errors.md` as an index plus `errors/<domain>.md` per domain.",
    "  - columns (default [\"code\",\"status\",\"canonical\",\"description\",\"retryable\",\"cause\",\"fix\"]): Table columns in order, from \"code\", \"title\", \"status\", \"canonical\", \"description\", \"retryable\", \"cause\", \"fix\"; must include \"code\" (it carries the anchors). Retryable, cause and fix are left out when no code has such data, canonical when the catalog does not use canonical codes.",
    "  - titles (default {}): Column header overrides, e.g. {status: \"HTTP Status\", cause: \"Common Cause\"}; keys \"code\", \"title\", \"status\", \"canonical\", \"description\", \"retryable\", \"cause\", \"fix\", \"strategy\".",
    "  - mdx (default false): Write the generated-file notice as an MDX comment `{/* … */}` instead of `<!-- … -->` (MDX rejects HTML comments); the rest of the page is MDX-safe either way.",
  ]);
});
