// What the python generator says about its options (the docs `lockstep generators` lists).
import { expect, test } from "vitest";
import python from "../../generators/python.js";

type Specs = Record<string, { doc: string; default: unknown }>;

test("each option's doc and default", () => {
  const specs = (python.parseOptions as unknown as { specs: Specs }).specs;
  expect(Object.entries(specs).map(([key, s]) => [key, s.doc, s.default])).toEqual([
    ["packageName", "Import package name. Default: `<catalog name>_errors`. A lower-case identifier, not a keyword, not a stdlib module.", ""],
    ["distributionName", "Distribution (PyPI) name. Default: `<catalog name>-errors`.", ""],
    ["enumBase", "`StrEnum`: `class ErrorCode(StrEnum)`, Python ≥ 3.11. `str-enum`: `(str, Enum)` with `str()`/`format()` giving the value, Python ≥ 3.9.", "StrEnum"],
  ]);
});
