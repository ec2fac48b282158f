// The registry of built-in generators (generators/index.ts): every target once, in the
// order they run and are listed, each under the name of its file.
import { expect, test } from "vitest";
import { BUILTIN_GENERATORS } from "../../generators/index.js";

test("the built-in generators, in order", () => {
  expect(BUILTIN_GENERATORS.map((g) => g.name)).toEqual(["ts", "go", "python", "openapi", "markdown", "rst", "html", "json", "changelog"]);
});
