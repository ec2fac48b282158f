// TypeScript names. Enum members and object keys accept any identifier, keywords
// included, so a code keeps its name; a domain-scoped catalog prefixes the domain.
import type { NamingStyle } from "../catalog/model.js";
import { camelCase, lowerSnake, pascalCase, upperSnake } from "./words.js";

/** `["invalid", "phone"]` → `INVALID_PHONE` (or `invalid_phone` in a lower_snake catalog). */
export function tsMemberName(words: readonly string[], naming: NamingStyle): string {
  return naming === "UPPER_SNAKE" ? upperSnake(words) : lowerSnake(words);
}

/** How the `ts` generator names members: after the code (`name`), or `PascalCase` / `camelCase` of its words. */
export type TsMemberCase = "name" | "PascalCase" | "camelCase";

/** `["url", "too", "long"]` → `URL_TOO_LONG`, `UrlTooLong` or `urlTooLong`. */
export function tsMemberNameAs(words: readonly string[], naming: NamingStyle, memberCase: TsMemberCase): string {
  if (memberCase === "PascalCase") return pascalCase(words);
  if (memberCase === "camelCase") return camelCase(words);
  return tsMemberName(words, naming);
}

/** Words TypeScript will not take as an enum, const or type name. */
/** ECMAScript reserved words, strict-mode and module ones included (`await`, `yield`, `let`, `static`…). */
export const TS_KEYWORDS: ReadonlySet<string> = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    // strict mode and module code
    "implements interface let package private protected public static yield await arguments eval"
  ).split(" "),
);
// Keywords, and the predefined types a type may not be named after.
const TS_RESERVED: ReadonlySet<string> = new Set([...TS_KEYWORDS, ..."any bigint boolean never number object string symbol undefined unknown".split(" ")]);

/** `ErrorCode` → `ERROR_CODE`: the prefix of the TS module's constants (`ERROR_CODE_INFO`). */
export function tsConstName(typeName: string): string {
  return typeName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
}

/**
 * Why `name` cannot be the TS module's type name, or undefined. `moduleNames`: what
 * the module declares besides it; `globals`: the global types and values it uses
 * (a same-named declaration would shadow them).
 */
export function tsTypeNameProblem(name: string, moduleNames: ReadonlySet<string>, globals: ReadonlySet<string>): string | undefined {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) return "is not a TypeScript identifier";
  if (TS_RESERVED.has(name)) return "is a reserved word or a predefined type in TypeScript";
  if (moduleNames.has(name)) return "is declared by the generated module itself";
  if (globals.has(name)) return "would hide the global of that name, which the generated module uses";
  return undefined;
}
