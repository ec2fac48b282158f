// The template compiler, one construct at a time, with Handlebars as the oracle: each case
// renders through createRenderer twice, once with every template compiled by
// src/generate/hbs-compile.ts and once with Handlebars compiling the same sources, and
// requires the same output (or the same error message), then checks the expected text.
import Handlebars from "handlebars";
import { describe, expect, test } from "vitest";
import { compileBuiltinSource, compileTemplate } from "../src/generate/hbs-compile.js";
import { RUNTIME, type CompiledTemplate } from "../src/generate/hbs-runtime.js";
import { FLUSH_AT } from "../src/generate/text-sink.js";
import { createRenderer, type LoadedTemplate, type TemplateLoader } from "../src/generate/templates.js";

const helpers = {
  s: ((v: unknown) => String(v)) as never,
  j: ((...v: unknown[]) => JSON.stringify(v)) as never,
  up: ((v: string) => v.toUpperCase()) as never,
};

function compiled(source: string): CompiledTemplate {
  const result = compileTemplate(Handlebars.parse(source));
  if (!("code" in result)) throw new Error(`declined: ${result.declined}`);
  return new Function(`return ${result.code}`)() as CompiledTemplate;
}

/** A loader over in-memory templates (`partials/<name>` for partials); `how` picks the path per template. */
function loader(templates: Record<string, string>, how: (name: string) => "compiled" | "source"): TemplateLoader {
  const load = (_g: string, name: string): LoadedTemplate | undefined => {
    const source = templates[name];
    if (source === undefined) return undefined;
    return how(name) === "compiled" ? { compiled: compiled(source) } : { source };
  };
  return Object.assign(load, { partials: () => Object.keys(templates).filter((k) => k.startsWith("partials/")).map((k) => k.slice(9)) });
}

/** The text rendered, or `error: …`; with `bytes`, render.bytes's output as latin1 (one character per byte). */
function outcome(templates: Record<string, string>, view: object, how: (name: string) => "compiled" | "source", bytes = false): string {
  const render = createRenderer("t", helpers, loader(templates, how), undefined);
  try {
    return bytes ? Buffer.from(render.bytes("main", view)).toString("latin1") : render("main", view);
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

/** Renders compiled and with Handlebars, as text and as bytes; all must agree, and the text is returned. */
function both(main: string, view: object, partials: Record<string, string> = {}): string {
  const templates = { main, ...Object.fromEntries(Object.entries(partials).map(([k, v]) => [`partials/${k}`, v])) };
  const handlebars = outcome(templates, view, () => "source");
  expect(outcome(templates, view, () => "compiled")).toBe(handlebars);
  // The compiled template's top-level loops stream into a sink: the same bytes as the text's.
  const bytes = handlebars.startsWith("error: ") ? handlebars : Buffer.from(handlebars, "utf8").toString("latin1");
  expect(outcome(templates, view, () => "compiled", true)).toBe(bytes);
  expect(outcome(templates, view, () => "source", true)).toBe(bytes);
  return handlebars;
}

describe("content and whitespace control", () => {
  test.each<[string, object, string]>([
    ["plain text\n", {}, "plain text\n"],
    ["a {{~s x~}}   b", { x: 1 }, "a1b"],
    ["x\n  {{#if t}}\n  in\n  {{/if}}\ny\n", { t: true }, "x\n  in\ny\n"],
    ["x\n{{#if t}}\nyes\n{{else}}\nno\n{{/if}}\n", { t: false }, "x\nno\n"],
    ["{{! a comment }}a{{!-- another }} --}}b", {}, "ab"],
    ["{{#if t~}}   \n  a  {{~/if}}", { t: 1 }, "a"],
    ['quotes " \\ ` ${x} \u2028 é', {}, 'quotes " \\ ` ${x} \u2028 é'],
  ])("%j", (source, view, want) => expect(both(source, view)).toBe(want));
});

describe("paths and helpers", () => {
  test.each<[string, object, string]>([
    ["{{x}}|{{this.x}}|{{./x}}|{{a.b.c}}", { x: "X", a: { b: { c: "C" } } }, "X|X|X|C"],
    ["{{x}}", { x: null }, ""],
    ["{{x}}", { x: [1, 2] }, "1,2"],
    ["{{x}}", { x() { return "called"; } }, "called"],
    ["{{#each xs}}{{this}}{{/each}}", { xs: ["a", 1, true] }, "a1true"],
    ["{{@root.x}}{{#each xs}}{{@root.x}}{{/each}}", { x: "r", xs: [1, 2] }, "rrr"],
    ['{{j x "lit" 2 true null}}', { x: "a" }, '["a","lit",2,true,null]'],
    ["{{j (up x) (s (up y))}}", { x: "a", y: "b" }, '["A","B"]'],
    ["{{s x.length}}", { x: "abc" }, "3"],
    // Handlebars joins a block's pieces with +: adjacent numbers add up.
    ["{{a}}{{b}}|x{{a}}{{b}}", { a: 1, b: 2 }, "3|x12"],
    ["{{#if t}}{{a}}{{b}}{{/if}}{{b}}", { t: 1, a: 1, b: 2 }, "5"],
    ["x{{#if t}}{{a}}{{b}}{{/if}}", { t: 1, a: 1, b: 2 }, "x3"],
    ["{{a}}{{#if f}}y{{/if}}{{b}}", { f: 0, a: 1, b: 2 }, "12"],
    ["{{a}}{{#each xs}}{{this}}{{/each}}{{b}}", { xs: [], a: 1, b: 2 }, "12"],
    ["{{#each xs}}{{a}}{{b}}{{/each}}", { xs: [{ a: 1, b: 2 }, { a: 3, b: 4 }] }, "37"],
    ["{{s constructor}}", {}, "error: template t/main.hbs: helper s: argument 1 is undefined (a missing field?)"],
  ])("%j", (source, view, want) => expect(both(source, view)).toBe(want));
});

describe("if, unless, else if", () => {
  const chain = "{{#if a}}A{{else if b}}B{{else unless c}}C{{else}}D{{/if}}";
  test.each<[object, string]>([
    [{ a: 1 }, "A"],
    [{ a: 0, b: "x" }, "B"],
    [{ a: [], b: "", c: 0 }, "C"],
    [{ a: null, b: [], c: {} }, "D"],
  ])(`${chain} %j`, (view, want) => expect(both(chain, view)).toBe(want));

  test.each<[unknown, string]>([
    [0, "no"],
    ["", "no"],
    [[], "no"],
    [[0], "yes"],
    [{}, "yes"],
    ["0", "yes"],
    [NaN, "no"],
    [() => [], "no"],
    [() => "x", "yes"],
  ])("truthiness of %j", (v, want) => {
    expect(both("{{#if v}}yes{{else}}no{{/if}}", { v })).toBe(want);
    expect(both("{{#unless v}}no{{else}}yes{{/unless}}", { v })).toBe(want);
  });

  test.each<[string, object, string]>([
    ["{{^if x}}not{{/if}}|{{^if y}}not{{/if}}", { x: 0, y: 1 }, "not|"],
    ["{{#if a}}A{{else each xs}}{{this}}{{else}}none{{/if}}", { a: 0, xs: [1, 2] }, "12"],
    ["{{#if a}}A{{else each xs}}{{this}}{{else}}none{{/if}}", { a: 0, xs: [] }, "none"],
    ["{{#each xs}}{{else}}{{/each}}|{{^each xs}}empty{{/each}}", { xs: [] }, "|empty"],
    ["{{{s x}}}{{&x}}", { x: "<&>" }, "<&><&>"],
    ["{{#if a}}{{#if b}}{{#unless c}}deep{{/unless}}{{/if}}{{/if}}", { a: 1, b: 1, c: 0 }, "deep"],
  ])("%j", (source, view, want) => expect(both(source, view)).toBe(want));

  test("a block over a null context sees an empty object (Handlebars' nullContext)", () => {
    expect(both("{{#each xs}}[{{#if this}}y{{else}}{{this}}{{/if}}]{{/each}}", { xs: [null, 0, "s"] })).toBe("[[object Object]][0][y]");
  });
});

describe("each", () => {
  test("nested each with @index, @first, @last, and the outer frame inside", () => {
    const source = "{{#each rows}}{{#each this}}{{@index}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}:{{this}} {{/each}}|{{/each}}";
    expect(both(source, { rows: [["a", "b", "c"], ["d"], []] })).toBe("0F:a 1:b 2L:c |0FL:d ||");
  });

  test("over an object: @key, @index, @last", () => {
    expect(both("{{#each o}}{{@key}}={{this}}@{{@index}}{{#if @last}}.{{else}},{{/if}}{{/each}}", { o: { x: 1, y: 2, z: 3 } })).toBe("x=1@0,y=2@1,z=3@2.");
  });

  test.each<[string, unknown, string]>([
    ["an empty array", [], "none"],
    ["an empty object", {}, "none"],
    ["null", null, "none"],
    ["a string", "abc", "none"],
    ["a sparse array", [, "b"], "1:b;"], // eslint-disable-line no-sparse-arrays
    ["a Set", new Set(["p", "q"]), "0:p;1:q;"],
    ["a function's result", () => ["f"], "0:f;"],
  ])("over %s, with else", (_, xs, want) => {
    expect(both("{{#each xs}}{{@index}}:{{this}};{{else}}none{{/each}}", { xs })).toBe(want);
  });

  test("@index outside each is a strict error", () => {
    expect(both("{{@index}}", {})).toBe('error: template t/main.hbs: "index" not defined in [object Object] - 1:2');
  });
});

describe("rendering to bytes: top-level each loops stream", () => {
  /** The template's main program run with a sink that records each write. */
  function writes(source: string, view: object): { writes: string[]; rest: string } {
    const list: string[] = [];
    const main = compiled(source)(RUNTIME);
    const rest = main(view, { root: view }, { h1: {}, h2: {}, hn: {}, p: () => "", sink: { write: (piece) => list.push(piece) } });
    return { writes: list, rest: "" + rest };
  }

  test("each item is written as it is rendered, after the text before the loop", () => {
    expect(writes("head\n{{#each xs}}<{{this}}>{{/each}}tail", { xs: ["a", "b"] })).toEqual({ writes: ["head\n", "<a>", "<b>"], rest: "tail" });
    expect(writes("x{{#if t}}{{#each xs}}{{this}}{{/each}}{{/if}}", { t: 1, xs: [1, 2] })).toEqual({ writes: ["x", "1", "2"], rest: "" });
    expect(writes("x{{#each xs}}{{this}}{{else}}{{n}}{{/each}}", { xs: [], n: 0 })).toEqual({ writes: ["x", "0"], rest: "" });
  });

  test("a loop before the text is a string (Handlebars would add numbers) is not streamed, nor one inside another loop's item", () => {
    expect(writes("{{#each xs}}{{this}}{{/each}}", { xs: [1, 2] })).toEqual({ writes: [], rest: "12" });
    expect(writes("{{n}}{{#each xs}}{{this}}{{/each}}", { n: 1, xs: [2] })).toEqual({ writes: [], rest: "12" });
    expect(writes("x{{#each rows}}{{#each this}}{{this}}{{/each}}{{/each}}", { rows: [[1, 2], [3]] })).toEqual({ writes: ["x", "12", "3"], rest: "" });
  });

  test.each<[string, string, object]>([
    ["numbers after text", "n{{#each xs}}{{a}}{{b}}{{/each}}", { xs: [{ a: 1, b: 2 }, { a: 3, b: 4 }] }],
    ["an item valueOf and toString disagree on", "v{{#each xs}}{{this}}{{/each}}", { xs: [{ valueOf: () => 1, toString: () => "s" }] }],
    ["object keys, iterables and the inverse", "k{{#each o}}{{@key}}{{/each}}|{{#each s}}{{this}}{{/each}}|{{#each e}}x{{else}}none{{/each}}", { o: { p: 1, q: 2 }, s: new Set(["m"]), e: [] }],
    ["a surrogate pair split between items", "e{{#each xs}}{{this}}{{/each}}", { xs: ["\ud83d", "\ude00", "\ud83d"] }],
    ["a surrogate pair split where a batch is encoded", "e{{#each xs}}{{this}}{{/each}}", { xs: ["x".repeat(FLUSH_AT - 2) + "\ud83d", "\ude00 after"] }],
    ["an item of several batches", "big{{#each xs}}{{this}}{{/each}}", { xs: ["é".repeat(FLUSH_AT * 3 + 1), "\u{1F600}".repeat(FLUSH_AT)] }],
    ["an error half-way", "h{{#each xs}}{{s this}}{{/each}}", { xs: ["a", undefined] }],
  ])("%s: the bytes of the text", (_, source, view) => {
    both(source, view);
  });
});

describe("partials", () => {
  test("a standalone partial is indented on every line of its output but after the final newline", () => {
    const out = both("list:\n  {{> item}}\n    {{> item other}}\nend\n", { x: "a", other: { x: "b" } }, { item: "one {{s x}}\n\ntwo\n" });
    expect(out).toBe("list:\n  one a\n  \n  two\n    one b\n    \n    two\nend\n");
  });

  test("inline partials, data passed through, a partial calling a partial", () => {
    const out = both("{{#each xs}}<{{> a}}>{{/each}}", { xs: ["p", "q"] }, { a: "{{@index}}{{> b}}", b: "{{this}}{{#if @last}}!{{/if}}" });
    expect(out).toBe("<0p><1q!>");
  });

  test("a missing partial", () => {
    expect(both("{{> nope}}", {})).toBe("error: template t/main.hbs: The partial nope could not be found");
  });

  test("a partial kept as Handlebars source (an override) is used by a compiled template, and the other way round", () => {
    const templates = { main: "A\n  {{> p}}\n", "partials/p": "{{s x}}\n{{> q}}", "partials/q": "q{{s x}}\n" };
    const want = "A\n  1\n  q1\n";
    for (const how of [(n: string) => (n === "partials/p" ? "source" : "compiled"), (n: string) => (n === "partials/p" ? "compiled" : "source")] as const) {
      expect(outcome(templates, { x: 1 }, how)).toBe(want);
    }
  });
});

describe("strict mode and errors", () => {
  test.each<[string, object, string]>([
    ["{{missing}}", {}, '"missing" not defined in [object Object] - 1:2'],
    ["x\n  {{a.b}}", { a: {} }, '"b" not defined in [object Object] - 2:4'],
    ["{{a.b}}", {}, '"b" not defined in undefined - 1:2'],
    ["{{#if a.b}}y{{/if}}", {}, "Cannot read properties of undefined (reading 'b')"],
    ["{{s missing}}", {}, "helper s: argument 1 is undefined (a missing field?)"],
    ["{{j x missing}}", { x: 1 }, "helper j: argument 2 is undefined (a missing field?)"],
    ["{{j (up missing)}}", {}, "helper up: argument 1 is undefined (a missing field?)"],
    ["{{s x.length}}", { x: 5 }, "helper s: argument 1 is undefined (a missing field?)"],
  ])("%j", (source, view, message) => expect(both(source, view)).toBe(`error: template t/main.hbs: ${message}`));
});

describe("declined constructs keep Handlebars", () => {
  test.each([
    "{{#with a}}{{s b}}{{/with}}",
    "{{s a key=1}}",
    "{{#each xs}}{{s ../y}}{{/each}}",
    "{{#each xs as |x|}}{{s x}}{{/each}}",
    "{{> (s name)}}",
    "{{> p key=1}}",
    "{{#> p}}fallback{{/p}}",
    "{{lookup a b}}",
    "{{#if a includeZero=true}}y{{/if}}",
    "{{#custom a}}y{{/custom}}",
    "{{s}}{{s a}}",
    '{{"literal"}}',
  ])("%s", (source) => {
    expect("declined" in compileTemplate(Handlebars.parse(source))).toBe(true);
    expect(compileBuiltinSource(source, (text) => Handlebars.parse(text))).toBeUndefined();
  });

  test("a declined built-in still renders, through Handlebars", () => {
    const source = "{{#with a}}{{s b}}{{/with}}";
    const load = () => {
      const template = compileBuiltinSource(source, (t) => Handlebars.parse(t));
      return template ? { compiled: template } : source;
    };
    const render = createRenderer("t", helpers, load, undefined);
    expect(render("main", { a: { b: "w" } })).toBe("w");
  });
});
