// Templates are logic-free and every value passes through a helper: a bare `{{field}}`
// would print spec text unescaped, so it is a bug this test catches.
import Handlebars from "handlebars";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { createRenderer, TemplateError } from "../src/generate/templates.js";

const ROOT = join(import.meta.dirname, "..", "templates");

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? templateFiles(join(dir, e.name)) : e.name.endsWith(".hbs") ? [join(dir, e.name)] : []));
}

type Node = hbs.AST.Node & { type: string };

function unescapedOutputs(node: Node, found: string[]): void {
  if (node.type === "MustacheStatement") {
    const m = node as hbs.AST.MustacheStatement;
    const path = m.path as hbs.AST.PathExpression;
    if (m.params.length === 0) found.push(`{{${path.original}}} at line ${m.loc.start.line}`);
    if (!m.escaped) found.push(`triple-stash {{{${path.original}}}} at line ${m.loc.start.line}`);
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((v) => v && typeof v === "object" && "type" in v && unescapedOutputs(v as Node, found));
    else if (value && typeof value === "object" && "type" in value) unescapedOutputs(value as Node, found);
  }
}

describe("templates", () => {
  const files = templateFiles(ROOT);
  test("there are templates", () => expect(files.length).toBeGreaterThan(0));
  test.each(files.map((f) => relative(ROOT, f)))("%s prints only through helpers", (file) => {
    const found: string[] = [];
    unescapedOutputs(Handlebars.parse(readFileSync(join(ROOT, file), "utf8")) as unknown as Node, found);
    expect(found).toEqual([]);
  });
});

describe("renderer", () => {
  const load = (sources: Record<string, string>) => (_g: string, name: string) => sources[name];

  test("strict: a missing field is an error, not an empty string", () => {
    const render = createRenderer("t", { s: ((x: string) => x) as never }, load({ a: "{{s missing}}" }), undefined);
    expect(() => render("a", {})).toThrow(/helper s: argument 1 is undefined/);
  });

  test("noEscape: helpers' output is not HTML-escaped", () => {
    const render = createRenderer("t", { s: ((x: string) => x) as never }, load({ a: "{{s v}}" }), undefined);
    expect(render("a", { v: `a=b & <c> "d" 'e' \`f\`` })).toBe(`a=b & <c> "d" 'e' \`f\``);
  });

  test("spec text is data: template syntax inside it is printed literally", () => {
    const render = createRenderer("t", { s: ((x: string) => x) as never }, load({ a: "{{s v}}" }), undefined);
    expect(render("a", { v: "{{constructor}} {{#each x}}" })).toBe("{{constructor}} {{#each x}}");
  });

  test("prototype properties stay out of reach", () => {
    const render = createRenderer("t", { s: ((x: unknown) => String(x)) as never }, load({ a: "{{s constructor}}" }), undefined);
    expect(() => render("a", {})).toThrow();
  });

  test("template names cannot climb out of the templates folder", () => {
    const render = createRenderer("t", {}, load({}), undefined);
    expect(() => render("../../etc/passwd", {})).toThrow(TemplateError);
    expect(() => render("a/b", {})).toThrow(TemplateError);
  });

  test("the id helper refuses anything but an identifier", () => {
    const render = createRenderer("t", {}, load({ a: "{{id v}}" }), undefined);
    expect(render("a", { v: "CodeX_1" })).toBe("CodeX_1");
    expect(() => render("a", { v: "x*/y" })).toThrow(/not an identifier/);
  });

  test("an unknown helper is named, with the template file and its line:col", () => {
    const render = createRenderer("t", { s: ((x: string) => x) as never }, load({ a: "x\n  {{#each v}}{{nosuchhelper this}}{{/each}}\n" }), undefined);
    let message = "";
    try {
      render("a", { v: [1] });
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      message = (e as Error).message;
    }
    expect(message).toBe('template t/a.hbs:2:14: unknown helper "nosuchhelper" (known helpers: bool, each, id, if, int, ints, lookup, s, unless, with)');
  });
});
