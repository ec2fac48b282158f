// What `lockstep list-generators` shows of the html generator (generators/html.ts): its
// folder under out/, its description and each option with its default and description.
// These strings are the generator's own metadata, which no generated file contains.
import { expect, test } from "vitest";
import { compileConfig } from "../../src/catalog/compile.js";
import { listGenerators } from "../../src/cli/info.js";

test("list-generators: docs/ folder and description, no options", async () => {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: t\n" });
  let out = "";
  const io = { cwd: "/", env: {}, out: (t: string) => (out += t), err: (t: string) => (out += t) };
  expect(await listGenerators(config!, { root: "/", config: config!, catalog: undefined, diagnostics: [], texts: new Map() } as never, io as never)).toBe(0);
  const lines = out.split("\n");
  const start = lines.findIndex((l) => l.startsWith("html  \u2192"));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("  "));
  expect(lines.slice(start, end)).toEqual([
    "html  →  out/docs/",
    "  A self-contained error-reference web page: a table per domain, an anchor per code, search and filters (inline CSS and script, strict CSP)",
  ]);
});
