// Compile options for a template. Every helper a template calls is declared known
// (a mustache with arguments or a block is always a helper call here), so Handlebars
// emits direct calls instead of dynamic helper lookups: rendering is markedly faster,
// and calling an unregistered helper fails at compile time. Shared by the run-time
// compiler and the build's precompiler (scripts/build.mjs).
import type Handlebars from "handlebars";

type AstNode = { type?: string; params?: unknown[]; path?: { original?: unknown }; loc?: { start?: HelperUse } } & Record<string, unknown>;

/** Where a helper is first called: 1-based line, 0-based column (as Handlebars counts). */
export interface HelperUse {
  readonly line: number;
  readonly column: number;
}

/** The helpers a template calls, each with its first use. */
export function helperNames(ast: unknown, out: Map<string, HelperUse> = new Map()): Map<string, HelperUse> {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as AstNode;
    const name = typeof n.path?.original === "string" ? n.path.original : undefined;
    const isCall = (n.type === "MustacheStatement" || n.type === "SubExpression") && n.params?.length;
    if (name && (isCall || n.type === "BlockStatement") && !out.has(name)) out.set(name, n.loc?.start ?? { line: 1, column: 0 });
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object" && "type" in value) visit(value);
    }
  };
  visit(ast);
  return out;
}

export function templateOptions(source: string, handlebars: Pick<typeof Handlebars, "parse">): CompileOptions {
  const known = Object.fromEntries([...helperNames(handlebars.parse(source)).keys()].map((n) => [n, true]));
  return { noEscape: true, strict: true, knownHelpers: known, knownHelpersOnly: true };
}
