// Doc-comment text is escaped part by part (spec text, generated links); two parts that
// are each safe must stay safe once joined.
import { expect, test } from "vitest";
import { jsdoc } from "../../src/escape/ts.js";

test("jsdoc: a `*` ending one part and a `/` starting the next never close the comment", () => {
  expect(jsdoc([{ parts: ["a*", "/b"] }], "")).toBe("/**\n * a*\\/b\n */\n");
  expect(jsdoc([{ tag: "deprecated", parts: ["Use *", { link: "E.X" }, "*", "/ now"] }], "")).toBe("/**\n * @deprecated Use *{@link E.X}*\\/ now\n */\n");
  // Already escaped inside one part: not escaped twice.
  expect(jsdoc([{ parts: ["x */ y"] }], "")).toBe("/**\n * x *\\/ y\n */\n");
});
