// Reads generated code back in process: the metadata table of each target, with its
// string literals decoded (TypeScript through the compiler's own parser; Go and Python
// literals by their language's escape rules), so a test can require that spec text
// comes back exactly as written.
import ts from "typescript";

export interface MetaRow {
  readonly member: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** `ERROR_CODE_INFO` (or the `typeName` variant): member → string-valued fields, parsed by TypeScript. */
export function tsMetadata(source: string): MetaRow[] {
  const file = ts.createSourceFile("index.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const rows: MetaRow[] = [];
  // `const ROWS: readonly InfoRow[] = JSON.parse(`[[member, domain, title, …], …]`)`: the
  // template literal's value (as TypeScript decodes it) is JSON; the string columns ("" docsUrl: none).
  const COLUMNS: Readonly<Record<number, string>> = { 1: "domain", 2: "title", 5: "retryable", 10: "lifecycle", 12: "docsUrl" };
  const visit = (node: ts.Node): void => {
    const init = ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === "ROWS" ? node.initializer : undefined;
    const json = init && ts.isCallExpression(init) ? init.arguments[0] : undefined;
    if (json && ts.isNoSubstitutionTemplateLiteral(json)) {
      for (const row of JSON.parse(json.text) as unknown[][]) {
        if (typeof row[0] !== "string") continue;
        const fields: Record<string, string> = {};
        row.forEach((cell, i) => {
          const name = COLUMNS[i];
          if (name && typeof cell === "string" && !(name === "docsUrl" && cell === "")) fields[name] = cell;
        });
        rows.push({ member: row[0], fields });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return rows;
}

/** The wire value of each member of the `typeName` enum or `as const` object. */
export function tsCodeValues(source: string, typeName: string): Map<string, string> {
  const file = ts.createSourceFile("index.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const values = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isEnumDeclaration(node) && node.name.text === typeName) {
      for (const m of node.members) if (m.initializer && ts.isStringLiteral(m.initializer)) values.set(m.name.getText(file), m.initializer.text);
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === typeName && node.initializer) {
      let init: ts.Expression = node.initializer;
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init)) {
        for (const p of init.properties) if (ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer)) values.set(p.name.getText(file), p.initializer.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return values;
}

/** Go's `CodeX Code = "…"` constants: name → decoded value. */
export function goConstants(codesGo: string): Map<string, string> {
  return new Map([...codesGo.matchAll(new RegExp(`^\\t(Code\\w+) +Code = (${GO_STRING})$`, "gm"))].map(([, name, lit]) => [name!, goStringValue(lit!)]));
}

/** Syntax errors TypeScript reports while parsing (no type checking). */
export function tsSyntaxErrors(source: string): string[] {
  const file = ts.createSourceFile("index.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS) as ts.SourceFile & { parseDiagnostics?: ts.Diagnostic[] };
  return (file.parseDiagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

const SIMPLE: Readonly<Record<string, string>> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", "'": "'", '"': '"' };

/** The value of a Go interpreted string literal (`\x` and octal escapes are bytes). */
export function goStringValue(literal: string): string {
  if (!/^"(?:[^"\\\n]|\\.)*"$/su.test(literal)) throw new Error(`not a Go string literal: ${literal}`);
  const bytes: number[] = [];
  const body = literal.slice(1, -1);
  for (let i = 0; i < body.length; ) {
    const cp = body.codePointAt(i)!;
    if (body[i] !== "\\") {
      bytes.push(...Buffer.from(String.fromCodePoint(cp), "utf8"));
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1]!;
    if (SIMPLE[e] !== undefined && e !== "'") {
      bytes.push(SIMPLE[e]!.charCodeAt(0));
      i += 2;
    } else if (e === "x") {
      bytes.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (/[0-7]/.test(e)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 4;
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      bytes.push(...Buffer.from(String.fromCodePoint(parseInt(body.slice(i + 2, i + 2 + n), 16)), "utf8"));
      i += 2 + n;
    } else throw new Error(`bad Go escape \\${e} in ${literal}`);
  }
  return Buffer.from(bytes).toString("utf8");
}

/** The value of a Python str literal, `"…"` or `'…'` (no prefixes, no `\N{…}`). */
export function pyStringValue(literal: string): string {
  const q = literal[0];
  if ((q !== '"' && q !== "'") || literal[literal.length - 1] !== q) throw new Error(`not a Python string literal: ${literal}`);
  const body = literal.slice(1, -1);
  let out = "";
  for (let i = 0; i < body.length; ) {
    if (body[i] !== "\\") {
      if (body[i] === q) throw new Error(`unescaped quote in ${literal}`);
      out += body[i++];
      continue;
    }
    const e = body[i + 1]!;
    if (SIMPLE[e] !== undefined) {
      out += SIMPLE[e];
      i += 2;
    } else if (e === "x" || e === "u" || e === "U") {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 2 + n), 16));
      i += 2 + n;
    } else if (/[0-7]/.test(e)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCodePoint(parseInt(digits, 8));
      i += 1 + digits.length;
    } else throw new Error(`bad Python escape \\${e} in ${literal}`);
  }
  return out;
}

const GO_STRING = String.raw`"(?:[^"\\\n]|\\.)*"`;
const PY_STRING = String.raw`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'`;

/** Rows of Go's `table` (`{code: CodeX, domain: "…", title: "…", …}`): constant → decoded string fields. */
export function goMetadata(tableGo: string): MetaRow[] {
  return [...tableGo.matchAll(/^\t\{code: (Code\w+), (.*)\},$/gm)].map(([, member, rest]) => {
    const fields: Record<string, string> = {};
    for (const [, key, lit] of rest!.matchAll(new RegExp(`(\\w+): (${GO_STRING})`, "g"))) fields[key!] = goStringValue(lit!);
    return { member: member!, fields };
  });
}

/** Entries of Python's `_INFO` (`ErrorCode.X: CodeInfo(` then `key=value,` lines): member → decoded string fields. */
export function pyMetadata(codesPy: string): MetaRow[] {
  const rows: MetaRow[] = [];
  let current: { member: string; fields: Record<string, string> } | undefined;
  for (const line of codesPy.split("\n")) {
    const head = /^ {4}\w+\.(\w+): CodeInfo\($/.exec(line);
    if (head) rows.push((current = { member: head[1]!, fields: {} }));
    else if (line === "    ),") current = undefined;
    else if (current) {
      const m = new RegExp(`^ {8}(\\w+)=(${PY_STRING}),$`).exec(line);
      if (m) current.fields[m[1]!] = pyStringValue(m[2]!);
    }
  }
  return rows;
}
