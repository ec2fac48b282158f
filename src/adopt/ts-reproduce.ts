// Exports of a hand-written module that the generated one can reproduce by name, so
// its importers compile unchanged: the status map the import merged, and accessors
// over it (`function statusOf(code: ErrorCode): number { return HTTP_STATUS[code]; }`).
import type { Node as TsNode } from "ts-morph";
import type { TsMorph } from "./ts-morph.js";

/** How the generated module reproduces an export; undefined when it cannot. */
export type ExportRole = "statusMap" | "statusFunction";

export function roleOf(tsm: TsMorph, name: string, decl: TsNode, statusMapName: string | undefined): ExportRole | undefined {
  if (statusMapName === undefined) return undefined;
  if (name === statusMapName) return "statusMap";
  return isStatusAccessor(tsm, decl, statusMapName) ? "statusFunction" : undefined;
}

/** `function f(code) { return MAP[code]; }` or `const f = (code) => MAP[code]`, with `!` or `as number` allowed. */
function isStatusAccessor(tsm: TsMorph, decl: TsNode, map: string): boolean {
  const { Node } = tsm;
  let fn: TsNode | undefined = decl;
  if (Node.isVariableDeclaration(decl)) fn = decl.getInitializer();
  if (!fn || !(Node.isFunctionDeclaration(fn) || Node.isArrowFunction(fn) || Node.isFunctionExpression(fn))) return false;
  const params = fn.getParameters();
  if (params.length !== 1) return false;
  const param = params[0]!.getName();
  const body = fn.getBody();
  let result: TsNode | undefined;
  if (body && Node.isBlock(body)) {
    const statements = body.getStatements();
    const only = statements.length === 1 ? statements[0] : undefined;
    result = only && Node.isReturnStatement(only) ? only.getExpression() : undefined;
  } else result = body;
  while (result && (Node.isNonNullExpression(result) || Node.isAsExpression(result) || Node.isParenthesizedExpression(result))) result = result.getExpression();
  if (!result || !Node.isElementAccessExpression(result)) return false;
  const target = result.getExpression();
  const index = result.getArgumentExpression();
  return Node.isIdentifier(target) && target.getText() === map && !!index && Node.isIdentifier(index) && index.getText() === param;
}
