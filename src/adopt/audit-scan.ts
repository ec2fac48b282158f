// Finds error codes a TypeScript/JavaScript file uses, by syntax alone (no type
// checker, no module resolution): one parse per file with the compiler that
// ts-morph ships, then one walk.
//
//   ErrorCode.CARD_DECLINED          enum / object member   (rules.enums)
//   throwError("CARD_DECLINED")      first string argument   (rules.calls)
//   new ApiError(402, "CARD_DECLINED")                         (rules.constructors)
//   { code: "CARD_DECLINED" }, err.code === "CARD_DECLINED",
//   switch (err.code) { case "CARD_DECLINED": }                (rules.keys)
//   class NotFound extends ApiError { constructor() { super("NOT_FOUND") } }
//
// Uses it cannot resolve are `dynamic`, with the codes they could be as a pattern:
//   throwError(`${kind}_EXCEEDED`)      any code matching ^.+_EXCEEDED$
//   ErrorCode[key]                      any member of ErrorCode
//   if (code === "RATE_LIMITED")        a comparison on a local variable: RATE_LIMITED
import type { ts as Ts } from "ts-morph";

type TsApi = typeof Ts;

export interface ScanRules {
  /** Names of the code enum / object, e.g. `ErrorCode` (aliases from imports are followed). */
  readonly enums: readonly string[];
  /** Functions whose first string-literal argument is a code, matched by their last name (`errors.fail` → `fail`). */
  readonly calls: readonly string[];
  /** Classes whose `new` expressions take a code as their first string-literal argument. */
  readonly constructors: readonly string[];
  /** Property names that hold a code: `{ code: "X" }`, `e.code === "X"`, `switch (e.code)`. */
  readonly keys: readonly string[];
}

export interface Usage {
  /** `member`: an enum member name; `string`: a wire value; `dynamic`: an expression that computes one. */
  readonly kind: "member" | "string" | "dynamic";
  /** The name, or for `dynamic` the expression as written. */
  readonly text: string;
  /** `dynamic` only: what it is, and the names it could be (a pattern over wire values, or member names with `members`). */
  readonly dynamic?: { readonly how: string; readonly reach: string; readonly members: boolean };
  /** 1-based. */
  readonly line: number;
  readonly col: number;
}

/** Matches a file worth parsing: one that names an enum, call, class or key as a whole word. */
export function worthParsing(rules: ScanRules): RegExp {
  const words = [...new Set([...rules.enums, ...rules.calls, ...rules.constructors, ...rules.keys])].map((w) => w.replace(/[$]/g, "\\$&"));
  return new RegExp(`(?<![\\w$])(?:${words.join("|")})(?![\\w$])`);
}

export function scriptKindOf(ts: TsApi, path: string): Ts.ScriptKind {
  if (/\.tsx$/i.test(path)) return ts.ScriptKind.TSX;
  if (/\.jsx$/i.test(path)) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/i.test(path)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

export function scanSource(ts: TsApi, path: string, text: string, rules: ScanRules): Usage[] {
  // JSDoc is never looked at: skipping its parse saves a good part of the parse time.
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  const sf = ts.createSourceFile(path, text, options, false, scriptKindOf(ts, path));
  const enums = new Set(rules.enums);
  const calls = new Set(rules.calls);
  const ctors = new Set(rules.constructors);
  const keys = new Set(rules.keys);
  const K = ts.SyntaxKind;
  const out: Usage[] = [];

  // `import { ErrorCode as EC }`: EC names the enum in this file.
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st)) continue;
    const bindings = st.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const el of bindings.elements) if (el.propertyName && enums.has(el.propertyName.text)) enums.add(el.name.text);
    }
  }

  const push = (kind: Usage["kind"], text: string, node: Ts.Node, dynamic?: Usage["dynamic"]) => {
    const { line, character } = ts.getLineAndCharacterOfPosition(sf, node.getStart(sf));
    out.push({ kind, text, line: line + 1, col: character + 1, ...(dynamic ? { dynamic } : {}) });
  };
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  /** `` `${kind}_EXCEEDED` `` → `^.+_EXCEEDED$`; undefined for anything but a template with substitutions. */
  const unwrapped = (node: Ts.Node): Ts.Node => {
    let n = node;
    while (n.kind === K.AsExpression || n.kind === K.SatisfiesExpression || n.kind === K.ParenthesizedExpression) n = (n as Ts.AsExpression).expression;
    return n;
  };
  const templateReach = (node: Ts.Node | undefined): string | undefined => {
    const n = node && unwrapped(node);
    if (!n || n.kind !== K.TemplateExpression) return undefined;
    const t = n as Ts.TemplateExpression;
    return `^${escape(t.head.text)}${t.templateSpans.map((span) => `.+${escape(span.literal.text)}`).join("")}$`;
  };
  /** A literal code, or a template building one: a use either way. */
  const codeArg = (node: Ts.Node | undefined, where: string): boolean => {
    const lit = literal(node);
    if (lit) {
      push("string", lit.text, lit);
      return true;
    }
    const reach = node && templateReach(node);
    if (reach) push("dynamic", clipText(unwrapped(node).getText(sf)), node, { how: `template literal ${where}`, reach, members: false });
    return reach !== undefined;
  };
  /** `code`, `errorCode`, `err`: a local that likely holds a code. */
  const codeLike = (node: Ts.Node): string | undefined => {
    if (node.kind !== K.Identifier) return undefined;
    const name = (node as Ts.Identifier).text;
    return keys.has(name) || /code|err/i.test(name) ? name : undefined;
  };
  /** Inside a class that extends a code-taking class (`class NotFound extends ApiError`): its `super(…)` takes a code. */
  let inCodeClass = false;
  const extendsCodeClass = (node: Ts.ClassLikeDeclaration): boolean => {
    const base = node.heritageClauses?.find((h) => h.token === K.ExtendsKeyword)?.types[0]?.expression;
    const name = base && lastName(base);
    return name !== undefined && ctors.has(name);
  };
  const literal = (node: Ts.Node | undefined): Ts.StringLiteralLike | undefined => {
    let n = node;
    while (n && (n.kind === K.AsExpression || n.kind === K.SatisfiesExpression || n.kind === K.ParenthesizedExpression)) {
      n = (n as Ts.AsExpression).expression;
    }
    return n && (n.kind === K.StringLiteral || n.kind === K.NoSubstitutionTemplateLiteral) ? (n as Ts.StringLiteralLike) : undefined;
  };
  /** The last identifier of `a.b.C` / `C`. */
  const lastName = (node: Ts.Node): string | undefined => {
    if (node.kind === K.Identifier) return (node as Ts.Identifier).text;
    if (node.kind === K.PropertyAccessExpression) return (node as Ts.PropertyAccessExpression).name.text;
    return undefined;
  };
  /** `x.code` or `x["code"]` with a key name. */
  const isKeyAccess = (node: Ts.Node): boolean => {
    if (node.kind === K.PropertyAccessExpression) return keys.has((node as Ts.PropertyAccessExpression).name.text);
    if (node.kind === K.ElementAccessExpression) {
      const arg = literal((node as Ts.ElementAccessExpression).argumentExpression);
      return arg !== undefined && keys.has(arg.text);
    }
    return false;
  };
  /** The first argument that is a literal or a template: the code. */
  const firstCode = (args: Ts.NodeArray<Ts.Expression> | undefined, where: string) => {
    for (const a of args ?? []) if (codeArg(a, where)) return;
  };

  const visit = (node: Ts.Node): void => {
    if (node.kind === K.ClassDeclaration || node.kind === K.ClassExpression) {
      const outer = inCodeClass;
      inCodeClass = extendsCodeClass(node as Ts.ClassLikeDeclaration);
      ts.forEachChild(node, visit);
      inCodeClass = outer;
      return;
    }
    switch (node.kind) {
      case K.PropertyAccessExpression: {
        const n = node as Ts.PropertyAccessExpression;
        const owner = lastName(n.expression);
        if (owner !== undefined && enums.has(owner) && n.name.kind === K.Identifier) push("member", n.name.text, n.name);
        break;
      }
      case K.QualifiedName: {
        const n = node as Ts.QualifiedName;
        const owner = n.left.kind === K.Identifier ? n.left.text : n.left.right.text;
        if (enums.has(owner)) push("member", n.right.text, n.right);
        break;
      }
      case K.ElementAccessExpression: {
        const n = node as Ts.ElementAccessExpression;
        const owner = lastName(n.expression);
        const arg = literal(n.argumentExpression);
        if (owner !== undefined && enums.has(owner)) {
          if (arg) push("member", arg.text, arg);
          else {
            const reach = templateReach(n.argumentExpression);
            push("dynamic", clipText(n.getText(sf)), n, { how: "computed member", reach: reach ?? "", members: true });
          }
        }
        break;
      }
      case K.CallExpression:
      case K.NewExpression: {
        const n = node as Ts.CallExpression | Ts.NewExpression;
        if (n.expression.kind === K.SuperKeyword) {
          if (inCodeClass) firstCode(n.arguments, "passed to super(…)");
          break;
        }
        const callee = lastName(n.expression);
        if (callee !== undefined && (node.kind === K.CallExpression ? calls : ctors).has(callee)) firstCode(n.arguments, `passed to ${callee}`);
        break;
      }
      case K.PropertyAssignment: {
        const n = node as Ts.PropertyAssignment;
        const name = n.name.kind === K.Identifier || n.name.kind === K.StringLiteral ? n.name.text : undefined;
        if (name !== undefined && keys.has(name)) codeArg(n.initializer, `as ${name}`);
        break;
      }
      case K.BinaryExpression: {
        const n = node as Ts.BinaryExpression;
        const op = n.operatorToken.kind;
        if (op === K.EqualsEqualsEqualsToken || op === K.EqualsEqualsToken || op === K.ExclamationEqualsEqualsToken || op === K.ExclamationEqualsToken) {
          if (isKeyAccess(n.left)) codeArg(n.right, "compared with a code");
          else if (isKeyAccess(n.right)) codeArg(n.left, "compared with a code");
          else {
            const local = codeLike(n.left) ?? codeLike(n.right);
            const lit = codeLike(n.left) ? literal(n.right) : codeLike(n.right) ? literal(n.left) : undefined;
            if (local && lit) push("dynamic", lit.text, lit, { how: `comparison on the local ${local} with`, reach: `^${escape(lit.text)}$`, members: false });
          }
        }
        break;
      }
      case K.SwitchStatement: {
        const n = node as Ts.SwitchStatement;
        const local = codeLike(n.expression);
        if (isKeyAccess(n.expression) || local) {
          for (const clause of n.caseBlock.clauses) {
            const lit = clause.kind === K.CaseClause ? literal(clause.expression) : undefined;
            if (lit && !local) push("string", lit.text, lit);
            else if (lit) push("dynamic", lit.text, lit, { how: `switch on the local ${local}, case`, reach: `^${escape(lit.text)}$`, members: false });
          }
        }
        break;
      }
      default:
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function clipText(text: string): string {
  const one = text.replace(/\s+/g, " ");
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
