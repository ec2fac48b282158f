// The template helpers of the python generator (generators/python.ts), as its templates
// see them.
import { expect, test } from "vitest";
import python from "../../generators/python.js";

test("the helpers the templates may call", () => {
  expect(Object.keys(python.helpers!)).toEqual(["pyString", "pyDocstring", "pyComment", "pyTuple", "pyLiteralType", "pyConst", "pyNames", "pyKwargs", "pyType", "tomlString", "pyItemMatch"]);
});

test("the generator's name, description and output folder", () => {
  expect([python.name, python.description, python.defaultOut]).toEqual([
    "python",
    "Python package (pyproject + hatchling, py.typed): ErrorCode StrEnum with metadata, ApiError and typed details",
    "python",
  ]);
});
