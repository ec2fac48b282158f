// What `lockstep list-generators` shows of the markdown generator (generators/markdown.ts): its
// folder under out/, its description and each option with its default and description.
// These strings are the generator's own metadata, which no generated file contains.
import { expect, test } from "vitest";
import { compileConfig } from "../../src/catalog/compile.js";
import { listGenerators } from "../../src/cli/info.js";

test("list-generators: docs/ folder, description and the layout, columns, titles and mdx options", async () => {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: t\n" });
  let out = "";
  const io = { cwd: "/", env: {}, out: (t: string) => (out += t), err: (t: string) => (out += t) };
  expect(await listGenerators(config!, { root: "/", config: config!, catalog: undefined, diagnostics: [], texts: new Map() } as never, io as never)).toBe(0);
  const lines = out.split("\n");
  const start = lines.findIndex((l) => l.startsWith("markdown  \u2192"));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("  "));
  expect(lines.slice(start, end)).toEqual([
    "markdown  →  out/docs/",
    "  Markdown error reference (GFM, MDX-safe): one table per domain with per-code anchors, TOC, notes and retry strategies",
    "  - layout (default \"single\"): `single`: one `errors.md`. `per-domain`: `errors.md` as an index plus `errors/<domain>.md` per domain.",
    "  - columns (default [\"code\",\"status\",\"canonical\",\"description\",\"retryable\",\"cause\",\"fix\"]): Table columns in order, from \"code\", \"title\", \"status\", \"canonical\", \"description\", \"retryable\", \"cause\", \"fix\"; must include \"code\" (it carries the anchors). Retryable, cause and fix are left out when no code has such data, canonical when the catalog does not use canonical codes.",
    "  - titles (default {}): Column header overrides, e.g. {status: \"HTTP Status\", cause: \"Common Cause\"}; keys \"code\", \"title\", \"status\", \"canonical\", \"description\", \"retryable\", \"cause\", \"fix\", \"strategy\".",
    "  - mdx (default false): Write the generated-file notice as an MDX comment `{/* … */}` instead of `<!-- … -->` (MDX rejects HTML comments); the rest of the page is MDX-safe either way.",
  ]);
});
