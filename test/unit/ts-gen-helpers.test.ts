// The TypeScript generator's helpers (generators/ts.ts), called as the templates call them,
// exact: type expressions of details, union types and code unions broken the way prettier
// breaks them past 80 columns, literals, aliases, the status exports in each flavour, the
// metadata rows and the memo that renders each doc comment and details type once.
import { describe, expect, test } from "vitest";
import ts, { tsType } from "../../generators/ts.js";
import type { DetailField, DetailType } from "../../src/catalog/model.js";

type Fn = (...args: any[]) => string;
const h = (ts as unknown as { helpers: Record<string, Fn> }).helpers;

const field = (name: string, type: DetailType, required = false, description?: string): DetailField =>
  ({ name, type, required, ...(description === undefined ? {} : { description }) }) as DetailField;

describe("tsType", () => {
  test.each<[DetailType, string]>([
    [{ kind: "string" }, "string"],
    [{ kind: "number" }, "number"],
    [{ kind: "boolean" }, "boolean"],
    [{ kind: "integer" }, "number"],
    [{ kind: "enum", values: ["a", 'b"'] }, `"a" | 'b"'`],
    [{ kind: "list", of: { kind: "string" } }, "readonly string[]"],
    [{ kind: "list", of: { kind: "enum", values: ["a"] } }, 'readonly "a"[]'],
    [{ kind: "list", of: { kind: "enum", values: ["a", "b"] } }, 'readonly ("a" | "b")[]'],
    [{ kind: "list", of: { kind: "list", of: { kind: "integer" } } }, "readonly (readonly number[])[]"],
    [{ kind: "list", of: { kind: "map", of: { kind: "boolean" } } }, "readonly Readonly<Record<string, boolean>>[]"],
    [{ kind: "map", of: { kind: "enum", values: ["x", "y"] } }, 'Readonly<Record<string, "x" | "y">>'],
  ] as [DetailType, string][])("%j → %s", (type, want) => {
    expect(tsType(type, "")).toBe(want);
  });

  test("an object: a field per line at the next indent, documented, optional unless required", () => {
    const type = { kind: "object", fields: [field("a", { kind: "string" }, true, "The a."), field("b", { kind: "object", fields: [field("c", { kind: "integer" })] } as DetailType)] } as DetailType;
    expect(tsType(type, "  ")).toBe(
      "{\n" +
        "    /**\n" +
        "     * The a.\n" +
        "     */\n" +
        "    readonly a: string;\n" +
        "    readonly b?: {\n" +
        "      readonly c?: number;\n" +
        "    };\n" +
        "  }",
    );
  });
});

describe("tsDetails", () => {
  const fields = [field("id", { kind: "string" }, true), field("n", { kind: "integer" })];
  test("fields: an object type at the ErrorDetails member's indent", () => {
    expect(h.tsDetails!(fields)).toBe("{\n    readonly id: string;\n    readonly n?: number;\n  }");
  });
  test("a list of such objects only for `true`", () => {
    expect(h.tsDetails!(fields, true)).toBe("readonly {\n    readonly id: string;\n    readonly n?: number;\n  }[]");
    expect(h.tsDetails!(fields, "true")).toBe("{\n    readonly id: string;\n    readonly n?: number;\n  }");
  });
  test("no fields: NoDetails, the module's name for an empty record", () => {
    expect(h.tsDetails!([])).toBe("NoDetails");
  });
  test("remembered per fields array and list flag", () => {
    const first = h.tsDetails!(fields, true);
    expect(h.tsDetails!(fields, true)).toBe(first);
    expect(h.tsDetails!(fields, false)).toBe("{\n    readonly id: string;\n    readonly n?: number;\n  }");
    const other = [field("x", { kind: "boolean" })];
    expect(h.tsDetails!(other, true)).toBe("readonly {\n    readonly x?: boolean;\n  }[]");
  });
});

describe("jsdoc (remembered)", () => {
  test("the same blocks at two indents, twice each", () => {
    const blocks = [{ parts: ["Hello."] }, { tag: "deprecated", parts: ["Use ", { link: "E.B" }, "."] }];
    const flat = "/**\n * Hello.\n *\n * @deprecated Use {@link E.B}.\n */\n";
    const nested = "  /**\n   * Hello.\n   *\n   * @deprecated Use {@link E.B}.\n   */\n";
    expect(h.jsdoc!(blocks, "")).toBe(flat);
    expect(h.jsdoc!(blocks, "  ")).toBe(nested);
    expect(h.jsdoc!(blocks, "")).toBe(flat);
    expect(h.jsdoc!(blocks, "  ")).toBe(nested);
  });
  test("an empty comment is remembered too (an empty string is a result)", () => {
    const blocks = [{ parts: [""] }];
    expect(h.jsdoc!(blocks, "")).toBe("");
    expect(h.jsdoc!(blocks, "")).toBe("");
  });
});

describe("tsUnionType", () => {
  test("on one line up to 80 columns", () => {
    const values = ["abcdefghij", "abcdefghij", "abcdefghij", "abcdefghi"];
    const line = `export type T = "abcdefghij" | "abcdefghij" | "abcdefghij" | "abcdefghi";`;
    expect(h.tsUnionType!("T", values)).toBe(line);
    expect(h.tsUnionType!("TTTTTTTT", values)).toBe(`export type TTTTTTTT = "abcdefghij" | "abcdefghij" | "abcdefghij" | "abcdefghi";`);
    expect(`export type TTTTTTTT = "abcdefghij" | "abcdefghij" | "abcdefghij" | "abcdefghi";`.length).toBe(80);
  });
  test("past 80 columns: one member a line", () => {
    expect(h.tsUnionType!("TTTTTTTTT", ["abcdefghij", "abcdefghij", "abcdefghij", "abcdefghi"])).toBe(
      'export type TTTTTTTTT =\n  | "abcdefghij"\n  | "abcdefghij"\n  | "abcdefghij"\n  | "abcdefghi";',
    );
  });
});

describe("tsCodeUnion", () => {
  test("no planned code: never", () => {
    expect(h.tsCodeUnion!("E", [])).toBe("export type PlannedE = never;");
  });
  test("short: one line", () => {
    expect(h.tsCodeUnion!("E", ["A", "B"])).toBe('export type PlannedE = (typeof E)["A"] | (typeof E)["B"];');
  });
  test("exactly 80 columns stays on one line; 81 breaks", () => {
    const m = "M".repeat(42);
    const line = `export type PlannedE = (typeof E)["${m}"];`;
    expect(line.length).toBe(80);
    expect(h.tsCodeUnion!("E", [m])).toBe(line);
    expect(h.tsCodeUnion!("E", [`${m}N`])).toBe(`export type PlannedE =\n  (typeof E)["${m}N"];`);
  });
  test("several past 80 columns: one member a line", () => {
    expect(h.tsCodeUnion!("ErrorCode", ["FIRST_CODE_NAME", "SECOND_CODE_NAME"])).toBe(
      'export type PlannedErrorCode =\n  | (typeof ErrorCode)["FIRST_CODE_NAME"]\n  | (typeof ErrorCode)["SECOND_CODE_NAME"];',
    );
  });
});

describe("apiErrorHead and apiErrorArgsList", () => {
  test("the default type name", () => {
    expect(h.apiErrorHead!("ErrorCode")).toBe("export interface ApiError<C extends ErrorCode = ErrorCode>\n  extends ApiErrorFields {");
    expect(h.apiErrorArgsList!("ErrorCode")).toBe("export type ApiErrorArgs<C extends ErrorCode> = [init?: ApiErrorInit<C>];");
  });
  test("at 80 columns still one line, past it broken", () => {
    // "export interface ApiError<C extends X = X> extends ApiErrorFields {" is 65 + 2|X| columns: 79 with |X| = 7, 81 with 8.
    expect(h.apiErrorHead!("Abcdefg")).toBe("export interface ApiError<C extends Abcdefg = Abcdefg> extends ApiErrorFields {");
    expect(h.apiErrorHead!("Abcdefgh")).toBe("export interface ApiError<C extends Abcdefgh = Abcdefgh>\n  extends ApiErrorFields {");
    // "export type ApiErrorArgs<C extends X> = [init?: ApiErrorInit<C>];" is 80 columns with |X| = 16.
    expect(h.apiErrorArgsList!("Abcdefghijklmnop")).toBe("export type ApiErrorArgs<C extends Abcdefghijklmnop> = [init?: ApiErrorInit<C>];");
    expect(h.apiErrorArgsList!("Abcdefghijklmnopq")).toBe("export type ApiErrorArgs<C extends Abcdefghijklmnopq> = [\n  init?: ApiErrorInit<C>,\n];");
  });
});

describe("literals", () => {
  test("tsStrings: string literals for an array", () => {
    expect(h.tsStrings!(["a", 'b"', "c'"])).toBe(`"a", 'b"', "c'"`);
    expect(h.tsStrings!([])).toBe("");
  });
  test("tsJson: an envelope constant of each type", () => {
    expect([h.tsJson!("x"), h.tsJson!(1.5), h.tsJson!(-0), h.tsJson!(true), h.tsJson!(false), h.tsJson!(null)]).toEqual(['"x"', "1.5", "0", "true", "false", "null"]);
    expect(() => h.tsJson!(Number.POSITIVE_INFINITY)).toThrow("envelope constant Infinity cannot be sent as JSON");
    expect(() => h.tsJson!(Number.NaN)).toThrow("envelope constant NaN cannot be sent as JSON");
  });
  test("constName and tsComment", () => {
    expect(h.constName!("ErrorCode")).toBe("ERROR_CODE");
    expect(h.tsComment!("a\nb")).toBe("a b");
  });
});

describe("tsAliases", () => {
  test("none: nothing", () => {
    expect(h.tsAliases!("E", [], [])).toBe("");
  });
  test("value aliases, then key aliases, each with its own comment and newline", () => {
    expect(h.tsAliases!("E", ["A", "B"], ["K"])).toBe(
      "\n/** Another name for {@link E}. */\nexport type A = `${E}`;\n" +
        "\n/** Another name for {@link E}. */\nexport type B = `${E}`;\n" +
        "\n/** Another name for {@link EKey}. */\nexport type K = EKey;\n",
    );
  });
});

describe("tsStatusExports", () => {
  const HEAD = "\n// ---- the hand-written module's status exports, reproduced (statusMaps, statusFunctions) ----\n";
  const MAP_DOC = "/** HTTP status of each code, by wire value (the catalog's primary status). */\n";
  const FN_DOC = "/** HTTP status of a code (the catalog's primary status). */\n";
  const complete = { typeName: "E", maps: ["S", "T"], functions: ["statusOf"], rows: [["A", 404], ["B", 500]], complete: true };
  const partial = { ...complete, maps: ["S"], functions: ["f", "g"], rows: [["A", 404]], complete: false };

  test("none: nothing in any flavour", () => {
    expect([h.tsStatusExports!(null, "ts"), h.tsStatusExports!(null, "js"), h.tsStatusExports!(null, "d.ts")]).toEqual(["", "", ""]);
  });
  test("ts, every code with a status", () => {
    expect(h.tsStatusExports!(complete, "ts")).toBe(
      HEAD +
        "\nconst STATUS_BY_CODE: Readonly<Record<E, number>> = {\n  A: 404,\n  B: 500,\n};\n" +
        `\n${MAP_DOC}export const S: Readonly<Record<E, number>> = STATUS_BY_CODE;\n` +
        `\n${MAP_DOC}export const T: Readonly<Record<E, number>> = STATUS_BY_CODE;\n` +
        `\n${FN_DOC}export function statusOf(code: E): number {\n  return STATUS_BY_CODE[code];\n}\n`,
    );
  });
  test("js: no types", () => {
    expect(h.tsStatusExports!(partial, "js")).toBe(
      HEAD +
        "\nconst STATUS_BY_CODE = {\n  A: 404,\n};\n" +
        `\n${MAP_DOC}export const S = STATUS_BY_CODE;\n` +
        `\n${FN_DOC}export function f(code) {\n  return STATUS_BY_CODE[code];\n}\n` +
        `\n${FN_DOC}export function g(code) {\n  return STATUS_BY_CODE[code];\n}\n`,
    );
  });
  test("ts, some code without a status: Partial, and number | undefined", () => {
    expect(h.tsStatusExports!(partial, "ts")).toBe(
      HEAD +
        "\nconst STATUS_BY_CODE: Readonly<Partial<Record<E, number>>> = {\n  A: 404,\n};\n" +
        `\n${MAP_DOC}export const S: Readonly<Partial<Record<E, number>>> = STATUS_BY_CODE;\n` +
        `\n${FN_DOC}export function f(code: E): number | undefined {\n  return STATUS_BY_CODE[code];\n}\n` +
        `\n${FN_DOC}export function g(code: E): number | undefined {\n  return STATUS_BY_CODE[code];\n}\n`,
    );
  });
  test("d.ts: declarations only", () => {
    expect(h.tsStatusExports!(complete, "d.ts")).toBe(
      HEAD +
        `\n${MAP_DOC}export declare const S: Readonly<Record<E, number>>;\n` +
        `\n${MAP_DOC}export declare const T: Readonly<Record<E, number>>;\n` +
        `\n${FN_DOC}export declare function statusOf(code: E): number;\n`,
    );
    expect(h.tsStatusExports!(partial, "d.ts")).toBe(
      HEAD +
        `\n${MAP_DOC}export declare const S: Readonly<Partial<Record<E, number>>>;\n` +
        `\n${FN_DOC}export declare function f(code: E): number | undefined;\n` +
        `\n${FN_DOC}export declare function g(code: E): number | undefined;\n`,
    );
  });
});

describe("infoRow and infoRowJson", () => {
  const bare = { member: "A", domain: "d", title: "A title", statuses: [], statusVaries: false, retryable: "unknown", retryAfter: false, deprecated: false, lifecycle: "active" };
  const full = {
    member: "B",
    domain: "d",
    title: "It's `B` ${x}",
    statuses: [400, 409],
    statusVaries: true,
    retryable: "yes",
    retryAfter: true,
    deprecated: true,
    replacement: "A",
    aliasOf: "C",
    lifecycle: "planned",
    surfacesAs: "D",
    docsUrl: "https://x/y\\z",
  };
  test("a code with nothing optional: empty strings and zeros", () => {
    expect(h.infoRow!(bare)).toBe('["A", "d", "A title", [], 0, "unknown", 0, 0, "", "", "active", "", ""]');
    expect(h.infoRowJson!(bare)).toBe('["A","d","A title",[],0,"unknown",0,0,"","","active","",""]');
  });
  test("every cell set; JSON kept intact inside a template literal", () => {
    expect(h.infoRow!(full)).toBe('["B", "d", "It\'s `B` ${x}", [400, 409], 1, "yes", 1, 1, "A", "C", "planned", "D", "https://x/y\\\\z"]');
    expect(h.infoRowJson!(full)).toBe('["B","d","It\'s \\`B\\` \\${x}",[400,409],1,"yes",1,1,"A","C","planned","D","https://x/y\\\\\\\\z"]');
  });
});
