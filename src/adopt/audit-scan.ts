// Finds error codes a TypeScript/JavaScript file uses, by syntax alone (no type
// checker, no module resolution): one parse per file with the compiler that
// ts-morph ships, then one walk.
//
//   ErrorCode.CARD_DECLINED          enum / object member   (rules.enums)
//   throwError("CARD_DECLINED")      first string argument   (rules.calls)
//   new ApiError(402, "CARD_DECLINED")                         (rules.constructors)
//   { code: "CARD_DECLINED" }, err.code === "CARD_DECLINED",
//   switch (err.code) { case "CARD_DECLINED": }                (rules.keys)
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
  /** `member`: an enum member name; `string`: a wire value. */
  readonly kind: "member" | "string";
  readonly text: string;
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

  const push = (kind: Usage["kind"], text: string, node: Ts.Node) => {
    const { line, character } = ts.getLineAndCharacterOfPosition(sf, node.getStart(sf));
    out.push({ kind, text, line: line + 1, col: character + 1 });
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
  const firstString = (args: Ts.NodeArray<Ts.Expression> | undefined) => {
    for (const a of args ?? []) {
      const lit = literal(a);
      if (lit) return lit;
    }
    return undefined;
  };

  const visit = (node: Ts.Node): void => {
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
        if (owner !== undefined && enums.has(owner) && arg) push("member", arg.text, arg);
        break;
      }
      case K.CallExpression:
      case K.NewExpression: {
        const n = node as Ts.CallExpression | Ts.NewExpression;
        const callee = lastName(n.expression);
        if (callee !== undefined && (node.kind === K.CallExpression ? calls : ctors).has(callee)) {
          const lit = firstString(n.arguments);
          if (lit) push("string", lit.text, lit);
        }
        break;
      }
      case K.PropertyAssignment: {
        const n = node as Ts.PropertyAssignment;
        const name = n.name.kind === K.Identifier || n.name.kind === K.StringLiteral ? n.name.text : undefined;
        const lit = name !== undefined && keys.has(name) ? literal(n.initializer) : undefined;
        if (lit) push("string", lit.text, lit);
        break;
      }
      case K.BinaryExpression: {
        const n = node as Ts.BinaryExpression;
        const op = n.operatorToken.kind;
        if (op === K.EqualsEqualsEqualsToken || op === K.EqualsEqualsToken || op === K.ExclamationEqualsEqualsToken || op === K.ExclamationEqualsToken) {
          const lit = isKeyAccess(n.left) ? literal(n.right) : isKeyAccess(n.right) ? literal(n.left) : undefined;
          if (lit) push("string", lit.text, lit);
        }
        break;
      }
      case K.SwitchStatement: {
        const n = node as Ts.SwitchStatement;
        if (isKeyAccess(n.expression)) {
          for (const clause of n.caseBlock.clauses) {
            const lit = clause.kind === K.CaseClause ? literal(clause.expression) : undefined;
            if (lit) push("string", lit.text, lit);
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
