// The TypeScript generator's options (generators/ts.ts): each refusal with its exact message
// (type names the module declares or whose globals it uses, reserved words, package names),
// the defaults, and valid choices read back as given.
import { expect, test } from "vitest";
import { optionRefusal } from "./generator-support.js";
import ts from "../../generators/ts.js";
import type { Generator } from "../../src/generate/plugin.js";

const gen = ts as Generator<unknown>;

const refusal = (options: unknown): string | undefined => optionRefusal(gen, options);

test.each<[unknown, string]>([
  [{"style": "x"}, "option \"style\" must be one of \"enum\", \"const\", got \"x\""],
  [{"memberCase": "snake"}, "option \"memberCase\" must be one of \"name\", \"PascalCase\", \"camelCase\", got \"snake\""],
  [{"typeName": "string"}, "option \"typeName\" \"string\" is a reserved word or a predefined type in TypeScript"],
  [{"typeName": "ROWS"}, "option \"typeName\" \"ROWS\" is declared by the generated module itself"],
  [{"typeName": "Object"}, "option \"typeName\" \"Object\" would hide the global of that name, which the generated module uses"],
  [{"typeName": "class"}, "option \"typeName\" \"class\" is a reserved word or a predefined type in TypeScript"],
  [{"typeName": "1x"}, "option \"typeName\" \"1x\" is not a TypeScript identifier"],
  [{"typeName": ""}, "option \"typeName\" \"\" is not a TypeScript identifier"],
  [{"typeAliases": "A"}, "option \"typeAliases\" must be a list of strings, got \"A\""],
  [{"typeAliases": ["ROWS"]}, "option \"typeAliases\" \"ROWS\" is declared by the generated module itself"],
  [{"typeAliases": ["Ok", "Record"]}, "option \"typeAliases\" \"Record\" would hide the global of that name, which the generated module uses"],
  [{"keyTypeAliases": ["number"]}, "option \"keyTypeAliases\" \"number\" is a reserved word or a predefined type in TypeScript"],
  [{"statusMaps": ["infoOf"]}, "option \"statusMaps\" \"infoOf\" is declared by the generated module itself"],
  [{"statusFunctions": ["a b"]}, "option \"statusFunctions\" \"a b\" is not a TypeScript identifier"],
  [{"packageName": "Bad Name"}, "option \"packageName\" must match /^$|^(@[a-z0-9-~][a-z0-9-._~]*\\/)?[a-z0-9-~][a-z0-9-._~]*$/, got \"Bad Name\""],
  [{"packageName": "@scope/"}, "option \"packageName\" must match /^$|^(@[a-z0-9-~][a-z0-9-._~]*\\/)?[a-z0-9-~][a-z0-9-._~]*$/, got \"@scope/\""],
  [{"moduleDoc": 3}, "option \"moduleDoc\" must be a string, got 3"],
  [{"typeName": "globalThis"}, "option \"typeName\" \"globalThis\" would hide the global of that name, which the generated module uses"],
  [{"typeName": "Record"}, "option \"typeName\" \"Record\" would hide the global of that name, which the generated module uses"],
  [{"typeName": "Readonly"}, "option \"typeName\" \"Readonly\" would hide the global of that name, which the generated module uses"],
  [{"typeName": "ReadonlyMap"}, "option \"typeName\" \"ReadonlyMap\" would hide the global of that name, which the generated module uses"],
  [{"typeName": "ReadonlySet"}, "option \"typeName\" \"ReadonlySet\" would hide the global of that name, which the generated module uses"],
  [{"typeName": "Map"}, "option \"typeName\" \"Map\" would hide the global of that name, which the generated module uses"],
  [{"typeName": "Set"}, "option \"typeName\" \"Set\" would hide the global of that name, which the generated module uses"],
  [{"typeName": "Exclude"}, "option \"typeName\" \"Exclude\" would hide the global of that name, which the generated module uses"],
  [{"typeName": "STATUS_BY_CODE"}, "option \"typeName\" \"STATUS_BY_CODE\" is declared by the generated module itself"],
  [{"typeName": "ErrorDomain"}, "option \"typeName\" \"ErrorDomain\" is declared by the generated module itself"],
  [{"typeName": "ApiError"}, "option \"typeName\" \"ApiError\" is declared by the generated module itself"],
  [{"typeName": "Json"}, "option \"typeName\" \"Json\" is declared by the generated module itself"],
  [{"typeName": "lookup"}, "option \"typeName\" \"lookup\" is declared by the generated module itself"],
])("%j is refused", (options, message) => {
  expect(refusal(options)).toBe(message);
});

test.each<[Record<string, unknown>, unknown]>([
  [{}, {"style": "enum", "memberCase": "name", "typeName": "ErrorCode", "moduleDoc": "", "typeAliases": [], "keyTypeAliases": [], "statusMaps": [], "statusFunctions": [], "packageName": ""}],
  [{"style": "const", "memberCase": "PascalCase", "typeName": "Code", "moduleDoc": "Codes.", "typeAliases": ["A1", "A2"], "keyTypeAliases": ["K1"], "statusMaps": ["STATUS"], "statusFunctions": ["statusOf"], "packageName": "@acme/errs"}, {"style": "const", "memberCase": "PascalCase", "typeName": "Code", "moduleDoc": "Codes.", "typeAliases": ["A1", "A2"], "keyTypeAliases": ["K1"], "statusMaps": ["STATUS"], "statusFunctions": ["statusOf"], "packageName": "@acme/errs"}],
  [{"memberCase": "camelCase"}, {"style": "enum", "memberCase": "camelCase", "typeName": "ErrorCode", "moduleDoc": "", "typeAliases": [], "keyTypeAliases": [], "statusMaps": [], "statusFunctions": [], "packageName": ""}],
  [{"packageName": "ok-name"}, {"style": "enum", "memberCase": "name", "typeName": "ErrorCode", "moduleDoc": "", "typeAliases": [], "keyTypeAliases": [], "statusMaps": [], "statusFunctions": [], "packageName": "ok-name"}],
  [{"typeName": "Error"}, {"style": "enum", "memberCase": "name", "typeName": "Error", "moduleDoc": "", "typeAliases": [], "keyTypeAliases": [], "statusMaps": [], "statusFunctions": [], "packageName": ""}],
])("%j is read as %j", (options, parsed) => {
  expect(gen.parseOptions(options)).toEqual(parsed);
});
