// The pipeline's own guarantees about what a generator returns, with in-memory plugin
// generators (built-ins already end in a newline and never clash, so they cannot show
// these): one final LF added when missing, CR/CRLF folded to LF, and LS052 for two
// paths that differ only in case, whichever of them comes first.
import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../src/diagnostics/diagnostics.js";
import type { Catalog } from "../src/catalog/model.js";
import { runGenerators, type PlannedGenerator } from "../src/generate/pipeline.js";
import { defineGenerator, type OutputFile } from "../src/generate/plugin.js";
import { loadFixture } from "./support/fixture.js";

const catalog: Catalog = loadFixture("minimal");

/** A plugin generator that returns `files` as they are, planned at config line `line`. */
function plugin(name: string, files: readonly OutputFile[], line: number, outDir = "x"): PlannedGenerator {
  const loc = { file: "lockstep.config.yaml", line, col: 3 };
  const generator = defineGenerator({ name, description: "", parseOptions: () => ({}), generate: () => [...files] });
  return { generator, outDir, rawOptions: {}, loc, optionLoc: () => loc };
}

function run(...plan: PlannedGenerator[]): { files: [string, string][]; diagnostics: string[] } {
  const { files, diagnostics } = runGenerators(catalog, plan, () => undefined);
  return { files: files.map((f) => [f.path, f.bytes.toString("utf8")]), diagnostics: diagnostics.map(formatDiagnostic) };
}

describe("the bytes of a plugin's output", () => {
  test.each([
    ["no final newline", "x", "x\n"],
    ["empty", "", "\n"],
    ["one final newline", "x\n", "x\n"],
    ["CRLF without a final newline", "a\r\nb", "a\nb\n"],
    ["CRLF and a lone CR", "a\r\nb\rc\r\n", "a\nb\nc\n"],
    ["two final newlines are kept", "x\n\n", "x\n\n"],
  ])("%s", (_, contents, want) => {
    expect(run(plugin("p", [{ path: "out.txt", contents }], 4))).toEqual({ files: [["x/out.txt", want]], diagnostics: [] });
  });
});

describe("LS052: paths that differ only in case", () => {
  const message = (line: number, path: string, gen: string, other: string, otherGen: string) =>
    `lockstep.config.yaml:${line}:3 error LS052: output ${path} (generator "${gen}") collides with ${other} (generator "${otherGen}")`;

  test.each([
    ["the upper-case path second", "errors.txt", "Errors.txt"],
    ["the upper-case path first", "Errors.txt", "errors.txt"],
    ["mixed case both times", "ERRORS.txt", "Errors.TXT"],
  ])("within one generator, %s", (_, first, second) => {
    expect(run(plugin("p", [{ path: first, contents: "1\n" }, { path: second, contents: "2\n" }], 4))).toEqual({
      files: [],
      diagnostics: [message(4, `x/${second}`, "p", `x/${first}`, "p")],
    });
  });

  test.each([
    ["the upper-case path second", "errors.txt", "Errors.txt"],
    ["the upper-case path first", "Errors.txt", "errors.txt"],
  ])("across two generators, %s", (_, first, second) => {
    expect(run(plugin("a", [{ path: first, contents: "1\n" }], 4), plugin("b", [{ path: second, contents: "2\n" }], 5))).toEqual({
      files: [],
      diagnostics: [message(5, `x/${second}`, "b", `x/${first}`, "a")],
    });
  });

  test("the output folder counts too: a/x.txt and A/x.txt collide", () => {
    expect(run(plugin("a", [{ path: "x.txt", contents: "1\n" }], 4, "a"), plugin("b", [{ path: "x.txt", contents: "2\n" }], 5, "A")).diagnostics).toEqual([
      message(5, "A/x.txt", "b", "a/x.txt", "a"),
    ]);
  });

  test("paths that differ in more than case do not collide", () => {
    expect(run(plugin("p", [{ path: "errors.txt", contents: "1\n" }, { path: "Errors2.txt", contents: "2\n" }], 4))).toEqual({
      files: [
        ["x/Errors2.txt", "2\n"],
        ["x/errors.txt", "1\n"],
      ],
      diagnostics: [],
    });
  });
});
