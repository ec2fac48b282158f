// The Markdown generator's options (generators/markdown.ts): each refusal with its exact
// message, the defaults, and valid choices read back as given.
import { expect, test } from "vitest";
import { optionRefusal } from "./generator-support.js";
import markdown from "../../generators/markdown.js";
import type { Generator } from "../../src/generate/plugin.js";

const gen = markdown as Generator<unknown>;

const refusal = (options: unknown): string | undefined => optionRefusal(gen, options);

test.each<[unknown, string]>([
  [{"columns": "code"}, "option \"columns\" must be a non-empty list of column names"],
  [{"columns": []}, "option \"columns\" must be a non-empty list of column names"],
  [{"columns": ["code", 3]}, "option \"columns\" has unknown column 3 (columns: \"code\", \"title\", \"status\", \"canonical\", \"description\", \"retryable\", \"cause\", \"fix\")"],
  [{"columns": ["code", "http"]}, "option \"columns\" has unknown column \"http\" (columns: \"code\", \"title\", \"status\", \"canonical\", \"description\", \"retryable\", \"cause\", \"fix\")"],
  [{"columns": ["code", "code"]}, "option \"columns\" lists column \"code\" twice"],
  [{"columns": ["status"]}, "option \"columns\" must include \"code\" (the code cells carry the anchors)"],
  [{"titles": null}, "option \"titles\" must be a map of column name to title"],
  [{"titles": "x"}, "option \"titles\" must be a map of column name to title"],
  [{"titles": ["x"]}, "option \"titles\" must be a map of column name to title"],
  [{"titles": {"http": "H"}}, "option \"titles\" has unknown column \"http\" (columns: \"code\", \"title\", \"status\", \"canonical\", \"description\", \"retryable\", \"cause\", \"fix\", \"strategy\")"],
  [{"titles": {"code": ""}}, "option \"titles\" must map \"code\" to a non-empty string"],
  [{"titles": {"code": "  "}}, "option \"titles\" must map \"code\" to a non-empty string"],
  [{"titles": {"code": 5}}, "option \"titles\" must map \"code\" to a non-empty string"],
  [{"layout": "x"}, "option \"layout\" must be one of \"single\", \"per-domain\", got \"x\""],
  [{"mdx": "yes"}, "option \"mdx\" must be true or false, got \"yes\""],
])("%j is refused", (options, message) => {
  expect(refusal(options)).toBe(message);
});

test.each<[Record<string, unknown>, unknown]>([
  [{}, {"layout": "single", "columns": ["code", "status", "canonical", "description", "retryable", "cause", "fix"], "titles": {}, "mdx": false}],
  [{"columns": ["title", "code"]}, {"layout": "single", "columns": ["title", "code"], "titles": {}, "mdx": false}],
  [{"titles": {"strategy": "S", "code": "C"}}, {"layout": "single", "columns": ["code", "status", "canonical", "description", "retryable", "cause", "fix"], "titles": {"strategy": "S", "code": "C"}, "mdx": false}],
])("%j is read as %j", (options, parsed) => {
  expect(gen.parseOptions(options)).toEqual(parsed);
});
