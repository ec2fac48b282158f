// TypeScript details types, read by the TypeScript checker: one program over the
// index.ts of every out dir, then the `ErrorDetails` interface member by member.
//
// Checks per code: details (field names, required vs optional, types). TS has one
// number type, so `integer` shows as `number`; enum values are compared as a set
// (the checker may order a union's literals its own way). Members catalog.json
// lacks are reported as extra.
import { existsSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import type { DetailsProfile } from "./compare.js";
import { missingFile, unreadable } from "./targets.js";
import type { Facts, JsonDetailField, JsonDetailType, Mismatch, Reading, Target } from "./types.js";

const PROFILE: DetailsProfile = { integer: false, enumValues: true, enumOrder: false };

class Unsupported extends Error {}

function withoutUndefined(type: ts.Type): ts.Type[] {
  return type.isUnion() ? type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined)) : [type];
}

function typeOf(checker: ts.TypeChecker, type: ts.Type): JsonDetailType {
  const parts = withoutUndefined(type);
  if (parts.length > 1) {
    if (parts.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return { kind: "boolean" };
    if (parts.every((t) => t.isStringLiteral())) return { kind: "enum", values: parts.map((t) => (t as ts.StringLiteralType).value) };
    throw new Unsupported(checker.typeToString(type));
  }
  const t = parts[0]!;
  if (t.flags & ts.TypeFlags.String) return { kind: "string" };
  if (t.flags & ts.TypeFlags.Number) return { kind: "number" };
  if (t.flags & ts.TypeFlags.Boolean) return { kind: "boolean" };
  if (t.isStringLiteral()) return { kind: "enum", values: [t.value] };
  if (checker.isArrayType(t)) return { kind: "list", of: typeOf(checker, checker.getTypeArguments(t as ts.TypeReference)[0]!) };
  if (t.flags & ts.TypeFlags.Object) {
    const props = checker.getPropertiesOfType(t);
    const index = checker.getIndexInfoOfType(t, ts.IndexKind.String);
    if (props.length === 0 && index) return { kind: "map", of: typeOf(checker, index.type) };
    return { kind: "object", fields: fieldsOf(checker, t) };
  }
  throw new Unsupported(checker.typeToString(t));
}

function fieldsOf(checker: ts.TypeChecker, type: ts.Type): JsonDetailField[] {
  return checker.getPropertiesOfType(type).map((p) => ({
    name: p.name,
    required: !(p.flags & ts.SymbolFlags.Optional),
    type: typeOf(checker, checker.getTypeOfSymbol(p)),
  }));
}

/** A code's `ErrorDetails` member: `{ … }`, or `NoDetails` (`Readonly<Record<string, never>>`) for none. */
function detailsOf(checker: ts.TypeChecker, type: ts.Type): JsonDetailField[] {
  const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
  if (checker.getPropertiesOfType(type).length === 0 && index && index.type.flags & ts.TypeFlags.Never) return [];
  return fieldsOf(checker, type);
}

function readOne(program: ts.Program, checker: ts.TypeChecker, target: Target, file: string): Reading {
  const base = { artifact: "ts-types" as const, complete: true };
  const source = program.getSourceFile(file);
  const decl = source?.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === "ErrorDetails");
  if (!decl) return unreadable("ts-types", { code: "*", artifact: "ts-types", field: "ErrorDetails", expected: "an interface", actual: "missing" });
  const keyOf = new Map(target.catalog.codes.map((c) => [c.identifiers.ts, c.key]));
  const codes = new Map<string, Facts>();
  const extra: string[] = [];
  const problems: Mismatch[] = [];
  for (const prop of checker.getPropertiesOfType(checker.getTypeAtLocation(decl))) {
    const key = keyOf.get(prop.name);
    if (key === undefined) {
      extra.push(prop.name);
      continue;
    }
    try {
      codes.set(key, { details: { fields: detailsOf(checker, checker.getTypeOfSymbol(prop)), profile: PROFILE } });
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      problems.push({ code: key, artifact: "ts-types", field: "details", expected: "a details type", actual: e.message });
    }
  }
  return { ...base, codes, extra, problems };
}

export function readTsTypes(targets: readonly Target[]): Reading[] {
  const files = targets.map((t) => join(t.dirs.ts, "index.ts"));
  const present = files.filter((f) => existsSync(f));
  const program = ts.createProgram(present, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    types: [],
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  return targets.map((target, i) =>
    existsSync(files[i]!)
      ? readOne(program, checker, target, files[i]!)
      : unreadable("ts-types", missingFile("ts-types", files[i]!)),
  );
}
