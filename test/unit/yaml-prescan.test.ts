// The pre-scan's depth count (src/yaml/prescan.ts), construct by construct: brackets it
// must not count (quoted, comment, plain and block-scalar text) and openers it must
// (after `- `, `? `, `: `, a comma or colon in flow, an anchor or tag), each at the exact
// offset where the count passes MAX_NESTING.
import { describe, expect, test } from "vitest";
import { MAX_NESTING, prescan } from "../../src/yaml/prescan.js";

const MANY = "[".repeat(MAX_NESTING + 50);
const N = MAX_NESTING;

describe("prescan: brackets that open nothing are not counted", () => {
  const cases: [string, string][] = [
    ["double-quoted, after an escaped quote", `a: "x\\": ${MANY}"\n`],
    ["double-quoted, after an escaped backslash", `a: "x\\\\ ${MANY}"\n`],
    ["single-quoted, after a doubled quote", `a: 'it'': ${MANY}'\n`],
    ["quoted, a key and brackets inside", `a: "x: ${MANY}"\nb: 'y: ${MANY}'\n`],
    ["quoted right after [", `a: ["x: ${MANY}"]\n`],
    ["quoted after a comma in flow", `a: [x, "y: ${MANY}"]\n`],
    ["quoted after a colon in flow", `a: {k:"x: ${MANY}"}\n`],
    ["a comment inside flow after a line break", `a: [\n#x: ${MANY}\n]\n`],
    ["a comment inside flow after a lone CR", `a: [x\r#${MANY}\n]\n`],
    ["a comment line at column 0 inside a block scalar", `a: |\n  x\n# c\n  ${MANY}\n`],
    ["a block scalar with CRLF and blank lines", `a: |\r\n  x\r\n\r\n  ${MANY}\r\n`],
    ["single-quoted, a backslash is plain text", `a: 'x\\' \nb: '${MANY}'\n`],
    ["quoted over several lines", `a: "x\n  ${MANY}\n  y"\n`],
    ["quoted key", `"${MANY}": 1\n`],
    ["comment on its own line", `# ${MANY}\na: 1\n`],
    ["indented comment line", `a:\n  # ${MANY}\n  b: 1\n`],
    ["comment after a value", `a: 1 # x: ${MANY}\n`],
    ["comment right after a space, text right after the #", `a: 1 #x: ${MANY}\n`],
    ["comment at the end without a line break", `a: 1 # x`],
    ["comment after a tab", `a: 1\t# ${MANY}\n`],
    ["comment at the very start", `#${MANY}\n`],
    ["plain text with brackets", `a: x${MANY}\n`],
    ["plain text with a # inside", `a: x#${MANY}\n`],
    ["plain text with a quote inside", `a: x"${MANY}\n`],
    ["plain text with a comma", `a: x, ${MANY}\n`],
    ["plain text with a colon", `a: x:${MANY}\n`],
    ["plain text with | and >", `a: x |${MANY}\nb: y >${MANY}\n`],
    ["plain text with & and !", `a: x &${MANY}\nb: x !${MANY}\n`],
    ["literal block", `a: |\n  ${MANY}\nb: 1\n`],
    ["folded block with blank and comment-like lines", `a: >-\n  x\n\n  # ${MANY}\n\n  ${MANY}\nb: 1\n`],
    ["block scalar in a sequence", `- |\n  ${MANY}\n- x\n`],
    ["block scalar under a key in a sequence item", `- a: |\n    ${MANY}\n  b: 1\n`],
    ["block scalar at the end without a line break", `a: |\n  ${MANY}`],
    ["closed flow collections", `a: [${"[]".repeat(N + 50)}]\nb: {${"{}".repeat(N + 50)}}\n`],
    ["a directive character not at the line start", `  %YAML 1.1\na: 1 %x\n`],
    ["a directive character inside flow", `a: [\n%x]\n`],
    ["many keys at one column", "k: 1\n".repeat(N + 50)],
    ["deep block, then back out, then deep again", deepBlock(N) + deepBlock(N)],
    ["deep sequences back to back", `${"- ".repeat(N - 1)}x\n${"- ".repeat(N - 1)}y\n`],
    ["an empty document", ""],
  ];
  test.each(cases)("%s", (_name, text) => expect(prescan(text)).toBeUndefined());
});

function deepBlock(d: number): string {
  return Array.from({ length: d }, (_, i) => `${" ".repeat(i)}k${i}:`).join("\n") + " 1\n";
}

describe("prescan: openers that count, refused where the count passes the limit", () => {
  const at = (text: string, offset: number) => [text, { code: "LS001", offset, message: `nesting deeper than ${N} levels` }] as const;
  const cases: [string, string, ReturnType<typeof prescan>][] = [
    // One block level (the key's line) plus the brackets: refused at the N-th bracket.
    ["after a key", ...at(`a: ${MANY}\n`, 3 + N - 1)],
    ["after a key and a tab", ...at(`a:\t${MANY}\n`, 3 + N - 1)],
    ["at the root", ...at(MANY, N - 1)],
    ["after CRLF lines", ...at(`a: 1\r\nb: ${MANY}\r\n`, 9 + N - 1)],
    ["after an anchor", ...at(`a: &x ${MANY}\n`, 6 + N - 1)],
    ["after a tag", ...at(`a: !t ${MANY}\n`, 6 + N - 1)],
    ["after a comma in flow", ...at(`a: [x, ${MANY}\n`, 7 + N - 2)],
    ["after a colon in flow", ...at(`a: {k:${MANY}\n`, 6 + N - 2)],
    ["after a quoted scalar in flow", ...at(`a: ["x", ${MANY}\n`, 9 + N - 2)],
    ["in flow over lines", ...at(`a: [\n${MANY}\n`, 5 + N - 2)],
    ["after closed brackets", ...at(`a: [[], ${MANY}\n`, 8 + N - 2)],
    ["after a comment line inside flow", ...at(`a: [ # c\n ${MANY}\n`, 10 + N - 2)],
    ["after `- `", ...at(`- ${MANY}\n`, 2 + N - 2)],
    ["after `? `", ...at(`? ${MANY}\n`, 2 + N - 2)],
    ["after `- - `", ...at(`- - ${MANY}\n`, 4 + N - 3)],
    ["after `- ` and a key", ...at(`- a: ${MANY}\n`, 5 + N - 2)],
    ["after `: ` at the line start", ...at(`? a\n: ${MANY}\n`, 6 + N - 2)],
    ["after a block scalar ends", ...at(`a: |\n  x\n${MANY}\n`, 9 + N - 1)],
    ["after a block scalar in a sequence ends", ...at(`- |\n  x\nb: ${MANY}\n`, 11 + N - 1)],
    ["after a block scalar that ends at a less-indented key", ...at(`a:\n  b: |\n    x\n  c: ${MANY}\n`, 21 + N - 2)],
    ["block levels and flow levels add up", ...at(`a:\n b: ${MANY}\n`, 7 + N - 2)],
    ["a block one level too deep", ...at(deepBlock(N + 1), deepBlock(N + 1).lastIndexOf("k"))],
    ["compact sequences one level too deep", ...at(`${"- ".repeat(N)}x\n`, 2 * N)],
    ["directive at the start", `%YAML 1.2\n---\n`, { code: "LS004", offset: 0, message: "YAML directives are not supported: spec files are YAML 1.2" }],
    ["directive after a block scalar", `a: |\n  x\n%TAG\n`, { code: "LS004", offset: 9, message: "YAML directives are not supported: spec files are YAML 1.2" }],
    ["directive after a comment", `# c\n%TAG\n`, { code: "LS004", offset: 4, message: "YAML directives are not supported: spec files are YAML 1.2" }],
  ];
  test.each(cases)("%s", (_name, text, want) => expect(prescan(text)).toEqual(want));

  test("just under the limit is accepted for each", () => {
    expect(prescan(`a: ${"[".repeat(N - 1)}\n`)).toBeUndefined();
    expect(prescan(`- - ${"[".repeat(N - 3)}\n`)).toBeUndefined();
    expect(prescan(`a: [x, ${"[".repeat(N - 2)}\n`)).toBeUndefined();
    expect(prescan(`${"- ".repeat(N - 1)}x\n`)).toBeUndefined();
    expect(prescan(deepBlock(N))).toBeUndefined();
  });
});

describe("prescan: state that a wrong step would lose, refused inside the brackets", () => {
  // Each text nests past the limit only if the pre-scan tracks quotes, comments and node
  // starts exactly; the refusal lands on one of the brackets.
  const cases: [string, string][] = [
    ["an indented root", `  a: ${MANY}\n`],
    ["a line after a plain value", `a: x\n${MANY}\n`],
    ["a doubled double quote closes and reopens nothing", `a: ["x"", ${MANY}\n`],
    ["a closed single quote before a comma", `a: ['x', ${MANY}\n`],
    ["an empty single-quoted scalar", `a: ['', ${MANY}\n`],
    ["a one-character double-quoted scalar", `a: ["a", ${MANY}\n`],
    ["a backslash in single quotes escapes nothing", `a: ['x\\', ${MANY}\n`],
    ["a # inside plain text, then a key", `a: x#: ${MANY}\n`],
    ["a # before a space inside plain text", `a: x# : ${MANY}\n`],
    ["a quote inside plain text in flow", `a: [x", ${MANY}\n`],
    ["brackets after plain text in flow", `a: [x${MANY}\n`],
    ["a quote after a closing bracket", `a: [[]"x: ${MANY}\n`],
    ["a quote after a comma outside flow", `a: x, "q: ${MANY}\n`],
    ["a quote after a colon inside plain text", `a: x:"q: ${MANY}\n`],
    ["a | inside plain text", `a: x |\n  ${MANY}\n`],
    ["a | inside flow", `a: [|, ${MANY}\n`],
    ["a quote after a | inside plain text", `a: x |"q: ${MANY}\n`],
    ["a block scalar in a sequence ends at the next item", `- |\n  x\n- ${MANY}\n`],
    ["an & inside plain text, then a key", `a: x&: ${MANY}\n`],
    ["an anchor name with a quote in it", `a: &x"y ${MANY}\n`],
    ["a quote after a lone &", `a: x& "q: ${MANY}\n`],
    ["a stray closing bracket outside flow", `a: x]\nb: ${MANY}\n`],
    ["a comment line at the start", `#\n${MANY}\n`],
    ["a single quote right after a closed double-quoted scalar", `a: ["x"', ${MANY}\n`],
  ];
  test.each(cases)("%s", (_name, text) => {
    const got = prescan(text);
    expect(got?.code).toBe("LS001");
    expect(got!.offset).toBeGreaterThanOrEqual(text.indexOf(MANY));
    expect(got!.offset).toBeLessThan(text.indexOf(MANY) + MANY.length);
  });

  const exact: [string, string, number][] = [
    // [text, depth of block levels before the brackets]
    ["a blank line keeps the open levels", `a:\n b:\n\n  c: ${MANY}\n`, 3],
    ["levels after `- - ` on the line before", `- - a\n  - ${MANY}\n`, 3],
    ["an item whose node is on the next line", `- \n    ${MANY}\n`, 2],
    ["the same with CRLF", `- \r\n    ${MANY}\r\n`, 2],
    ["a comment line inside flow, brackets at column 0", `a: [ # c\n${MANY}\n`, 2],
    ["a stray closing bracket does not close a level", `a: x]\nb: ${MANY}\n`, 1],
    ["a dash without a space after it is text, not an item", `-x: ${MANY}\n`, 1],
  ];
  test.each(exact)("%s", (_name, text, depth) => {
    expect(prescan(text)).toEqual({ code: "LS001", offset: text.indexOf(MANY) + N - depth, message: `nesting deeper than ${N} levels` });
  });
});
