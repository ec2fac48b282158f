// asciiJson (src/openapi/json-emit.ts) on a text with no ASCII character at all: its
// guard must look for non-ASCII characters, not for ASCII ones.
import { expect, test } from "vitest";
import { asciiJson } from "../../src/openapi/json-emit.js";

test("a text of only non-ASCII characters is escaped whole", () => {
  expect(asciiJson("é")).toBe("\\u00e9");
  expect(asciiJson("日本")).toBe("\\u65e5\\u672c");
});
