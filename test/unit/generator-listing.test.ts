// What `lockstep list-generators` shows for a built-in generator (src/cli/info.ts): its
// folder under out/ (the generator's defaultOut), its one-line description and each
// option with its default and description. These strings are the generator's own
// metadata, which no generated file contains; the listing is computed in-process.
import { expect, test } from "vitest";
import { compileConfig } from "../../src/catalog/compile.js";
import { listGenerators } from "../../src/cli/info.js";

/** The lines `list-generators` prints for one built-in generator (its name line and the indented lines after it). */
async function listing(name: string): Promise<string> {
  const { config, diagnostics } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: t\n" });
  if (!config) throw new Error(JSON.stringify(diagnostics));
  let out = "";
  let err = "";
  const io = { cwd: "/", env: {}, out: (t: string) => (out += t), err: (t: string) => (err += t) };
  const code = await listGenerators(config, { root: "/", config, catalog: undefined, diagnostics: [], texts: new Map() }, io);
  expect({ code, err }).toEqual({ code: 0, err: "" });
  const lines = out.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${name}  →`));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("  "));
  return lines.slice(start, end).join("\n") + "\n";
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
