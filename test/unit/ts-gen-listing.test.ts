// What `lockstep list-generators` shows of the ts generator (generators/ts.ts): its
// folder under out/, its description and each option with its default and description.
// These strings are the generator's own metadata, which no generated file contains.
import { expect, test } from "vitest";
import { listingLines } from "./generator-support.js";

test("list-generators: ts/ folder, description and each option with its default", async () => {
  expect(await listingLines("ts")).toEqual([
    "ts  →  out/ts/",
    "  TypeScript package: an ErrorCode enum (or as-const object), metadata, isErrorCode and typed details",
    "  - style (default \"enum\"): `enum`: a TypeScript enum. `const`: an `as const` object and a union type.",
    "  - memberCase (default \"name\"): Member names: the code's name (`URL_TOO_LONG`), or `PascalCase` (`UrlTooLong`) or `camelCase` (`urlTooLong`) of its words, as a hand-written module had them.",
    "  - typeName (default \"ErrorCode\"): Name of the enum / object and type. Reserved words, predefined types and the names the module uses are rejected.",
    "  - moduleDoc (default \"\"): Doc comment of the enum / object, e.g. the one a hand-written module had. Default: `Error codes of <title>, catalog version <version>.`",
    "  - typeAliases (default []): More names for the codes' union type (`export type Name = `${ErrorCode}``), e.g. the alias a hand-written module exported, so its importers compile unchanged.",
    "  - keyTypeAliases (default []): More names for the member-name type (`export type Name = ErrorCodeKey`).",
    "  - statusMaps (default []): Names of a status map to export (`export const Name: Readonly<Record<ErrorCode, number>>`, by wire value), e.g. the one a hand-written module exported; `Partial` when a code has no single status.",
    "  - statusFunctions (default []): Names of a function to export that returns a code's HTTP status (`(code: ErrorCode) => number`), like a hand-written module's `statusOf`.",
    "  - packageName (default \"\"): npm package name. Default: `<catalog name>-errors`.",
  ]);
});
