// Compiles a Handlebars AST into plain JavaScript that builds the output string, for the
// subset the built-in templates use: content, `{{path}}` and helper calls (path, literal
// and sub-expression arguments), `#if`/`#unless`/`#each` with `else` and `else if`, and
// partials `{{> name}}` / `{{> name ctx}}`. The code calls the runtime in hbs-runtime.ts,
// which reproduces Handlebars' semantics under this project's options (noEscape, strict,
// known helpers only), so output bytes and error text are the same. Anything outside the
// subset is declined, and that template keeps the Handlebars path.
//
// One subtlety decides the shape of the code: Handlebars joins a block's pieces with `+`
// (`a + b + c`), so two adjacent numbers add up rather than concatenate. Each block's value
// is therefore built left to right in an accumulator of its own unless folding it into the
// enclosing one gives the same result (empty, a single piece, or a leading text piece).
import type { CompiledTemplate } from "./hbs-runtime.js";
import { helperNames } from "./template-options.js";

/** The emitted code (a `function (R) {…}` expression; see CompiledTemplate), or why not. */
export type CompileResult = { readonly code: string } | { readonly declined: string };

type Loc = { readonly start: { readonly line: number; readonly column: number } };
type Node = { readonly type: string; readonly loc?: Loc } & Record<string, any>;
/** Where an accumulator stands: nothing added yet, possibly a non-string value, or a string. */
type State = "unstarted" | "raw" | "string";

/** Helpers every Handlebars environment has; a template never calls them as plain functions here. */
const BUILTIN_HELPERS = new Set(["helperMissing", "blockHelperMissing", "each", "if", "unless", "with", "log", "lookup"]);
const BLOCKS = new Set(["if", "unless", "each"]);

class Declined extends Error {}

function decline(what: string, node?: Node): never {
  const at = node?.loc ? ` at ${node.loc.start.line}:${node.loc.start.column}` : "";
  throw new Declined(`${what}${at}`);
}

/** One generated function: its lines and a counter for its locals. */
interface Fn {
  readonly lines: string[];
  next: number;
  /** The template's main program, whose accumulator `o` is the file's text. */
  readonly top: boolean;
}

/** Where code is emitted, and the context variable there (`nonNull` once bound to `c ?? nul`). */
interface Scope {
  readonly fn: Fn;
  readonly ctx: string;
  readonly nonNull: boolean;
  /** The bound form of `ctx` once emitted (function level only: branches get bound scopes). */
  bound?: Scope;
}

/** Compiles a parsed template (`Handlebars.parse`, which already applied whitespace control). */
export function compileTemplate(ast: unknown): CompileResult {
  try {
    return { code: new Compiler(ast as Node).emit() };
  } catch (e) {
    if (e instanceof Declined) return { declined: e.message };
    throw e;
  }
}

class Compiler {
  /** Names Handlebars compiles as helper calls even without arguments (knownHelpers). */
  private readonly known: Set<string>;
  private readonly hoisted: string[] = [];

  constructor(private readonly ast: Node) {
    this.known = new Set([...BUILTIN_HELPERS, ...helperNames(ast).keys()]);
  }

  emit(): string {
    if (this.ast.type !== "Program") decline("not a template");
    const main = this.fn(this.ast, "main");
    return [
      "function (R) {",
      '"use strict";',
      "const lp = R.lp, st = R.st, lam = R.lam, truthy = R.truthy, each = R.each, eachOut = R.eachOut, nul = R.nul;",
      ...this.hoisted,
      `return ${main};`,
      "}",
    ].join("\n");
  }

  /** A program as a function `(c, d, r)` returning its value. */
  private fn(program: Node | undefined, name: string): string {
    if (program?.blockParams?.length) decline("block parameters", program);
    const fn: Fn = { lines: [], next: 1, top: name === "main" };
    const scope: Scope = { fn, ctx: "c", nonNull: false };
    const state = this.program(program, "o", "unstarted", scope);
    if (state === "unstarted") fn.lines.push('o = "";');
    return [`function ${name}(c, d, r) {`, "let o, t;", ...fn.lines, "return o;", "}"].join("\n");
  }

  /** A hoisted function for a block body run by a helper (`each`); returns its name. */
  private hoist(program: Node | undefined): string {
    const index = this.hoisted.push("") - 1; // the name is taken before nested blocks take theirs
    const name = `p${index + 1}`;
    this.hoisted[index] = this.fn(program, name);
    return name;
  }

  /** The pieces Handlebars appends: empty text and comments add nothing. */
  private parts(program: Node | undefined): Node[] {
    return ((program?.body ?? []) as Node[]).filter((n) => !(n.type === "ContentStatement" && !n.value) && n.type !== "CommentStatement");
  }

  private program(program: Node | undefined, acc: string, state: State, scope: Scope): State {
    for (const part of this.parts(program)) state = this.part(part, acc, state, scope);
    return state;
  }

  private part(node: Node, acc: string, state: State, scope: Scope): State {
    switch (node.type) {
      case "ContentStatement":
        return append(scope, acc, JSON.stringify(node.value), state, true);
      case "MustacheStatement":
        return append(scope, acc, `(t = ${this.mustache(node, scope)}) != null ? t : ""`, state, false);
      case "BlockStatement":
        return this.block(node, acc, state, scope);
      case "PartialStatement":
        return this.partial(node, acc, state, scope);
      default:
        return decline(node.type, node);
    }
  }

  /** `{{path}}` (strict, a function value is called) or `{{helper args…}}`. */
  private mustache(node: Node, scope: Scope): string {
    if (node.hash) decline("hash arguments", node);
    const path = node.path as Node;
    if (path.type !== "PathExpression") decline("a literal as a mustache", node);
    if (!node.params.length) {
      if (simpleId(path) && this.known.has(path.parts[0])) decline(`helper "${path.parts[0]}" without arguments`, node);
      return `lam(${this.path(path, scope, true)}, ${scope.ctx})`;
    }
    return this.call(node, scope);
  }

  /** A helper call: positional arguments only, through the renderer's checked helpers. */
  private call(node: Node, scope: Scope): string {
    const path = node.path as Node;
    if (node.hash) decline("hash arguments", node);
    if (path.type !== "PathExpression" || !simpleId(path) || path.data) decline("a helper that is not a plain name", node);
    const name = path.parts[0] as string;
    if (BUILTIN_HELPERS.has(name)) decline(`built-in helper "${name}"`, node);
    if (!node.params.length) decline(`helper "${name}" without arguments`, node);
    const args = (node.params as Node[]).map((p) => this.param(p, scope));
    // By arity: the renderer's one- and two-argument forms check without an arguments array.
    const table = args.length === 1 ? "h1" : args.length === 2 ? "h2" : "hn";
    return `r.${table}[${JSON.stringify(name)}](${args.join(", ")})`;
  }

  /** An argument: not strict (a missing field is undefined, and the helper check reports it). */
  private param(node: Node, scope: Scope): string {
    switch (node.type) {
      case "PathExpression":
        return this.path(node, scope, false);
      case "SubExpression":
        return this.call(node, scope);
      case "StringLiteral":
        return JSON.stringify(node.value);
      case "NumberLiteral":
      case "BooleanLiteral":
        return `(${String(node.value)})`;
      case "UndefinedLiteral":
        return "undefined";
      case "NullLiteral":
        return "null";
      default:
        return decline(node.type, node);
    }
  }

  /** A lookup chain; `strict` makes the last segment required, as in a printed path. */
  private path(path: Node, scope: Scope, strict: boolean): string {
    if (path.depth) decline("a parent path (../)", path);
    const parts = path.parts as string[];
    let expr = path.data ? "d" : scope.ctx;
    if (!parts.length) return expr;
    const last = strict ? parts.length - 1 : parts.length;
    for (let i = 0; i < last; i++) expr = `lp(${expr}, ${JSON.stringify(parts[i])})`;
    if (strict) expr = `st(${expr}, ${JSON.stringify(parts[last])}, ${path.loc?.start.line ?? 0}, ${path.loc?.start.column ?? 0})`;
    return expr;
  }

  /** The `this` a block helper sees (Handlebars' nullContext for a missing context), bound once. */
  private self(scope: Scope): Scope {
    if (scope.nonNull) return scope;
    if (scope.bound) return scope.bound;
    const name = `c${scope.fn.next++}`;
    scope.fn.lines.push(`const ${name} = ${scope.ctx} != null ? ${scope.ctx} : nul;`);
    return (scope.bound = { fn: scope.fn, ctx: name, nonNull: true });
  }

  private block(node: Node, acc: string, state: State, scope: Scope): State {
    const path = node.path as Node;
    const name = path.type === "PathExpression" && simpleId(path) && !path.data ? (path.parts[0] as string) : "";
    if (!BLOCKS.has(name)) decline(`block "${path.original ?? path.type}"`, node);
    if (node.hash) decline("hash arguments", node);
    if (node.params.length !== 1) decline(`#${name} without exactly one argument`, node);
    if (node.program?.blockParams?.length || node.inverse?.blockParams?.length) decline("block parameters", node);
    const inner = this.self(scope);
    const value = this.param(node.params[0], scope);
    if (name === "each") {
      const body = this.hoist(node.program);
      const inverse = node.inverse ? this.hoist(node.inverse) : "null";
      // Into the file's own text once it is a string: a renderer writing bytes streams the items.
      if (scope.fn.top && acc === "o" && state === "string") {
        scope.fn.lines.push(`o = eachOut(o, ${value}, ${inner.ctx}, d, ${body}, ${inverse}, r);`);
        return "string";
      }
      return append(scope, acc, `each(${value}, ${inner.ctx}, d, ${body}, ${inverse}, r)`, state, !node.inverse);
    }
    const [yes, no] = name === "if" ? [node.program, node.inverse] : [node.inverse, node.program];
    const lines = scope.fn.lines;
    lines.push(`if (truthy(${value}, ${inner.ctx})) {`);
    const a = this.branch(yes, acc, state, inner);
    const mark = lines.push("} else {");
    const b = this.branch(no, acc, state, inner);
    if (lines.length === mark) lines[mark - 1] = "}";
    else lines.push("}");
    return a === "string" && b === "string" ? "string" : "raw";
  }

  /** A block's value appended to `acc`: folded into it when that cannot change the result. */
  private branch(program: Node | undefined, acc: string, state: State, scope: Scope): State {
    const parts = this.parts(program);
    if (state === "unstarted") {
      const after = this.program(program, acc, state, scope);
      if (after === "unstarted") scope.fn.lines.push(`${acc} = "";`);
      return after === "unstarted" ? "string" : after;
    }
    if (!parts.length) {
      if (state === "raw") scope.fn.lines.push(`${acc} += "";`);
      return "string";
    }
    if (parts.length === 1 || parts[0]!.type === "ContentStatement") return this.program(program, acc, state, scope);
    const own = `o${scope.fn.next++}`;
    scope.fn.lines.push(`let ${own};`);
    const after = this.program(program, own, "unstarted", scope);
    scope.fn.lines.push(`${acc} += ${own};`);
    return state === "string" || after === "string" ? "string" : "raw";
  }

  /** `{{> name}}` / `{{> name ctx}}`, resolved by the renderer when rendered (so an override of it is used). */
  private partial(node: Node, acc: string, state: State, scope: Scope): State {
    const nameNode = node.name as Node;
    if (nameNode.type !== "PathExpression" && nameNode.type !== "StringLiteral") decline("a dynamic partial", node);
    if (node.hash) decline("partial hash arguments", node);
    if (node.params.length > 1) decline("more than one partial argument", node);
    const context = node.params.length ? this.param(node.params[0], scope) : scope.ctx;
    const name = String(nameNode.original);
    return append(scope, acc, `r.p(${JSON.stringify(name)}, ${context}, d, ${JSON.stringify(node.indent ?? "")})`, state, false);
  }
}

/** Handlebars' simpleId: one segment, not `this`/`./`, no `../`. */
function simpleId(path: Node): boolean {
  return path.parts.length === 1 && !/^\.|this\b/.test(path.original) && !path.depth;
}

function append(scope: Scope, acc: string, expr: string, state: State, isString: boolean): State {
  scope.fn.lines.push(state === "unstarted" ? `${acc} = ${expr};` : `${acc} += ${expr};`);
  return isString || state === "string" ? "string" : "raw";
}

const fromSources = new Map<string, CompiledTemplate | null>();

/**
 * Run from sources (tests; the bundle has them compiled at build time): a built-in template
 * compiled here, once per process per text, so the suites exercise the same code the bundle
 * runs. Undefined when the compiler declines it.
 */
export function compileBuiltinSource(source: string, parse: (source: string) => unknown): CompiledTemplate | undefined {
  let template = fromSources.get(source);
  if (template === undefined) {
    const result = compileTemplate(parse(source));
    template = "code" in result ? (new Function(`return ${result.code}`)() as CompiledTemplate) : null;
    fromSources.set(source, template);
  }
  return template ?? undefined;
}
