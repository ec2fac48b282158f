// Every identifier scheme a target derives from a code. The compiler checks each
// for collisions before any generator runs: two codes that would become one
// identifier are an error naming both, never a silent rename (identifiers are API).
import type { NamingStyle } from "../model.js";
import { goConstName } from "./go.js";
import { pythonClassName, pythonMemberName } from "./python.js";
import { tsMemberName } from "./ts.js";

export interface NamedCode {
  readonly name: string;
  readonly words: readonly string[];
  readonly anchor: string;
}

export interface IdentifierScheme {
  /** Shown in the collision message: `both become Go identifier CodeFoo`. */
  readonly label: string;
  /** Case-insensitive schemes (RST labels, file systems) compare lower-cased. */
  readonly caseInsensitive: boolean;
  ident(code: NamedCode, naming: NamingStyle): string;
}

export const IDENTIFIER_SCHEMES: readonly IdentifierScheme[] = [
  { label: "TypeScript member", caseInsensitive: false, ident: (c, naming) => tsMemberName(c.words, naming) },
  { label: "Go identifier", caseInsensitive: false, ident: (c) => goConstName(c.words) },
  { label: "Python member", caseInsensitive: false, ident: (c) => pythonMemberName(c.words) },
  { label: "Python class", caseInsensitive: false, ident: (c) => `${pythonClassName(c.words)}Details` },
  { label: "docs anchor", caseInsensitive: true, ident: (c) => c.anchor },
];
