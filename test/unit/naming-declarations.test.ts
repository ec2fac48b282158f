// A third-party generator's `naming` declaration as a plugin author writes it, fed to the
// compiler in process: whatever is malformed (not an object, schemes not a list, a scheme
// without per or mint, a bad or repeated key, a declaration or mint that throws or returns
// a non-name) is one exact LS027 at the config, never a crash; reserved words keep only
// strings and are refused in the namespace they are declared for.
import { describe, expect, it } from "vitest";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { DiagnosticBag, formatDiagnostic } from "../../src/diagnostics/diagnostics.js";
import { allocateNames, type Identifiers, type NamingGenerator } from "../../src/naming/allocate.js";

const ONE_CODE = { "a.yaml": "codes:\n  - name: A_B\n" };

/** Compiles `specs` (path under spec/ → text) with the generators' declarations: diagnostics, and the names when it compiles. */
function compile(generators: readonly NamingGenerator[], specs: Readonly<Record<string, string>> = ONE_CODE) {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: t\n" });
  const result = compileSpecs(config!, Object.entries(specs).map(([path, text]) => ({ path: `spec/${path}`, text })), undefined, generators);
  return { errors: result.diagnostics.map(formatDiagnostic), names: result.catalog?.identifiers as Identifiers | undefined };
}

/** The allocator alone over the catalog of `specs` (compiled without generators): its diagnostics and names, even when there are errors. */
function allocate(generators: readonly NamingGenerator[], specs: Readonly<Record<string, string>> = ONE_CODE) {
  const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: t\n" });
  const catalog = compileSpecs(config!, Object.entries(specs).map(([path, text]) => ({ path: `spec/${path}`, text }))).catalog!;
  const bag = new DiagnosticBag();
  const names = allocateNames(catalog, catalog.codes.map((code) => ({ code, removed: false, detailsLoc: code.loc })), generators, bag, undefined, { file: "lockstep.config.yaml", line: 1, col: 1 });
  return { errors: bag.sorted().map(formatDiagnostic), names };
}

/** The diagnostics of one generator `kt` declaring `naming` (typed loosely: a plugin may hand over anything). */
const errorsOf = (naming: unknown, specs?: Readonly<Record<string, string>>) => compile([{ name: "kt", naming: naming as NamingGenerator["naming"] }], specs).errors;

const AT = "lockstep.config.yaml:1:1 error LS027: ";
const UNREADABLE = `${AT}generator "kt": its naming declaration cannot be read: `;
const BAD_SCHEME = `${AT}generator "kt": a name scheme needs a key, a label, per: code | details | nested | field | domain, and a mint function`;
const mintAB = () => "AB";

describe("a declaration that is not { schemes: [...] }", () => {
  it.each([
    ["null", null],
    ["a number", 42],
    ["a string", "schemes"],
    ["an object without schemes", {}],
    ["schemes that are not a list", { schemes: "kt" }],
    ["schemes that are an object", { schemes: { 0: { key: "kt" } } }],
    ["a function returning null", () => null],
    ["a function returning a function with schemes", () => Object.assign(() => undefined, { schemes: [] })],
  ])("%s", (_, naming) => {
    expect(errorsOf(naming)).toEqual([`${UNREADABLE}naming must be { schemes: [...] }`]);
  });

  it("a declaration that throws (a getter, a function) is reported with what it threw", () => {
    const getter = {
      name: "kt",
      get naming(): never {
        throw new Error("no naming here");
      },
    };
    expect(compile([getter]).errors).toEqual([`${UNREADABLE}no naming here`]);
    expect(
      errorsOf(() => {
        throw "a bare string";
      }),
    ).toEqual([`${UNREADABLE}a bare string`]);
    expect(
      errorsOf(() => {
        throw new RangeError("out of range");
      }),
    ).toEqual([`${UNREADABLE}out of range`]);
  });

  it("no declaration, or a function returning none, declares no names", () => {
    const none = compile([{ name: "kt" }, { name: "kx", naming: () => undefined as never }]);
    expect(none.errors).toEqual([]);
    expect(none.names!.schemes).toEqual([]);
  });

  it("one unreadable declaration does not stop another generator's names", () => {
    const { errors, names } = allocate([
      { name: "kt", naming: 7 as never },
      { name: "kx", naming: { schemes: [{ key: "kx", label: "X constant", per: "code", mint: (c) => `X_${c.key}` }] } },
    ]);
    expect(errors).toEqual([`${UNREADABLE}naming must be { schemes: [...] }`]);
    expect(names.code("kx", "A_B")).toBe("X_A_B");
  });

  it("a declaration read from the parsed options; options the parser refuses fall back to its defaults", () => {
    const naming = (o: { prefix: string }) => ({ schemes: [{ key: "kt", label: "K", per: "code" as const, mint: (c: { key: string }) => `${o.prefix}${c.key}` }] });
    const parseOptions = (raw: Readonly<Record<string, unknown>>) => {
      if (raw.prefix !== undefined && typeof raw.prefix !== "string") throw new Error("prefix must be a string");
      return { prefix: (raw.prefix as string | undefined) ?? "K_" };
    };
    const given = compile([{ name: "kt", naming: naming as never, parseOptions, rawOptions: { prefix: "Z_" } }]);
    expect(given.names!.code("kt", "A_B")).toBe("Z_A_B");
    const refused = compile([{ name: "kt", naming: naming as never, parseOptions, rawOptions: { prefix: 3 } }]);
    expect(refused.errors).toEqual([]);
    expect(refused.names!.code("kt", "A_B")).toBe("K_A_B");
  });
});

describe("a scheme without a key, a label, per or mint", () => {
  it.each([
    ["null", null],
    ["a string", "kt"],
    ["no mint", { key: "kt", label: "K", per: "code" }],
    ["a mint that is not a function", { key: "kt", label: "K", per: "code", mint: "AB" }],
    ["no per", { key: "kt", label: "K", mint: mintAB }],
    ["an unknown per", { key: "kt", label: "K", per: "codes", mint: mintAB }],
    ["a function with scheme properties", Object.assign(() => "AB", { key: "kt", label: "K", per: "code", mint: mintAB })],
  ])("%s", (_, scheme) => {
    expect(errorsOf({ schemes: [scheme] })).toEqual([BAD_SCHEME]);
  });

  it("each broken scheme is reported; the good ones beside them still mint", () => {
    const { errors, names } = allocate([{ name: "kt", naming: { schemes: [null, { key: "kt", label: "K", per: "code", mint: mintAB }, { key: "ktX" }] as never } }]);
    expect(errors).toEqual([BAD_SCHEME, BAD_SCHEME]);
    expect(names.code("kt", "A_B")).toBe("AB");
  });
});

describe("scheme keys", () => {
  it("a key that is not the generator's name (+ a capitalised word)", () => {
    expect(errorsOf({ schemes: [{ key: "kotlin", label: "K", per: "code", mint: mintAB }] })).toEqual([
      `${AT}generator "kt": name scheme key "kotlin" must be "kt" or "kt" followed by a capitalised word (e.g. "ktDetails")`,
    ]);
    expect(errorsOf({ schemes: [{ key: 3, label: "K", per: "code", mint: mintAB }] })).toEqual([
      `${AT}generator "kt": name scheme key 3 must be "kt" or "kt" followed by a capitalised word (e.g. "ktDetails")`,
    ]);
  });

  it("a key declared twice, in one generator or across two; the first one mints", () => {
    const twice = allocate([
      {
        name: "kt",
        naming: {
          schemes: [
            { key: "kt", label: "K", per: "code", mint: () => "first" },
            { key: "kt", label: "K", per: "code", mint: () => "second" },
          ],
        },
      },
    ]);
    expect(twice.errors).toEqual([`${AT}generator "kt": name scheme key "kt" is declared twice`]);
    expect(twice.names.code("kt", "A_B")).toBe("first");
    const across = allocate([
      { name: "k", naming: { schemes: [{ key: "kT", label: "K", per: "code", mint: () => "first" }] } },
      { name: "kT", naming: { schemes: [{ key: "kT", label: "K", per: "code", mint: () => "second" }] } },
    ]);
    expect(across.errors).toEqual([`${AT}generator "kT": name scheme key "kT" is declared twice`]);
    expect(across.names.code("kT", "A_B")).toBe("first");
  });
});

describe("declarations under one name", () => {
  it("reserved words of two declarations of one generator name add up", () => {
    const { errors } = allocate([
      { name: "kt", naming: { schemes: [{ key: "kt", label: "K", per: "code", mint: () => "First" }], reserved: { kt: ["First"] } } },
      { name: "kt", naming: { schemes: [{ key: "ktOther", label: "K", per: "code", namespace: "kt", mint: () => "Second" }], reserved: { kt: ["Second"] } } },
    ]);
    expect(errors).toEqual([
      "spec/a.yaml:2:11 error LS027: A_B becomes K First, K Second, which the kt generator declares itself; rename it",
    ]);
  });

  it("the catalog's own docs anchors are checked like a plugin's names (a catalog built by hand)", () => {
    const { config } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: t\n" });
    const catalog = compileSpecs(config!, [{ path: "spec/a.yaml", text: "codes:\n  - name: A\n  - name: B\n" }]).catalog;
    const [a, b] = catalog!.codes;
    const bag = new DiagnosticBag();
    const codes = [{ ...a!, anchor: "" }, b!].map((code) => ({ code, removed: false, detailsLoc: code.loc }));
    const names = allocateNames({ ...catalog!, codes: codes.map((c) => c.code) }, codes, [], bag, undefined, { file: "lockstep.config.yaml", line: 1, col: 1 });
    expect(bag.items.map(formatDiagnostic)).toEqual([`${AT}generator "catalog": name scheme anchor failed: it returned "", not a non-empty string`]);
    expect([names.code("anchor", "A"), names.code("anchor", "B")]).toEqual([undefined, "b"]);
  });
});

describe("a mint that fails", () => {
  const failing = (mint: () => unknown) => errorsOf({ schemes: [{ key: "kt", label: "K", per: "code", mint }] });
  it.each([
    ["an empty string", () => "", 'it returned "", not a non-empty string'],
    ["a number", () => 42, "it returned 42, not a non-empty string"],
    ["null", () => null, "it returned null, not a non-empty string"],
    ["a function", () => mintAB, "it returned function, not a non-empty string"],
    [
      "a throw",
      () => {
        throw new Error("no words");
      },
      "no words",
    ],
    [
      "a thrown string",
      () => {
        throw "plain";
      },
      "plain",
    ],
  ] as [string, () => unknown, string][])("%s", (_, mint, why) => {
    expect(failing(mint)).toEqual([`${AT}generator "kt": name scheme kt failed: ${why}`]);
  });

  it("undefined is no name for that subject, not a failure", () => {
    const { errors, names } = compile([{ name: "kt", naming: { schemes: [{ key: "kt", label: "K", per: "code", mint: (c) => (c.key === "B" ? "BEE" : undefined) }] } }], {
      "a.yaml": "codes:\n  - name: A_B\n  - name: B\n",
    });
    expect(errors).toEqual([]);
    expect([names!.code("kt", "A_B"), names!.code("kt", "B")]).toEqual([undefined, "BEE"]);
  });
});

describe("reserved words", () => {
  it("only strings are kept; a namespace whose words are not a list reserves none", () => {
    const { errors, names } = compile([
      { name: "kt", naming: { schemes: [{ key: "kt", label: "K", per: "code", mint: mintAB }], reserved: { kt: ["Companion", 42, null, "Object"], other: "Companion", none: {} } as never } },
    ]);
    expect(errors).toEqual([]);
    expect(names!.reserved.get("kt")).toEqual({ kt: ["Companion", "Object"], other: [], none: [] });
    expect(names!.generators()).toEqual([{ name: "kt", naming: { schemes: names!.schemes.map((s) => s.scheme), reserved: { kt: ["Companion", "Object"], other: [], none: [] } } }]);
  });

  it("a generator without reserved words has none recorded", () => {
    const { names } = compile([{ name: "kt", naming: { schemes: [{ key: "kt", label: "K", per: "code", mint: mintAB }] } }]);
    expect(names!.reserved.get("kt")).toBe(undefined);
    expect([...names!.reserved.keys()]).toEqual([]);
  });

  it("a minted name a generator reserves is LS027 at the code", () => {
    const errors = errorsOf(
      { schemes: [{ key: "kt", label: "Kotlin constant", per: "code", mint: (c: { key: string }) => (c.key === "B" ? "Companion" : c.key) }], reserved: { kt: ["Companion"] } },
      { "a.yaml": "codes:\n  - name: A\n  - name: B\n" },
    );
    expect(errors).toEqual(["spec/a.yaml:3:11 error LS027: B becomes Kotlin constant Companion, which the kt generator declares itself; rename it"]);
  });

  it("words are reserved in the namespace they are declared for: the scheme's namespace, else its key", () => {
    const naming = (namespace: string | undefined, reserved: string) => ({
      schemes: [{ key: "ktType", label: "Kotlin type", per: "code", ...(namespace !== undefined && { namespace }), mint: () => "Any" }],
      reserved: { [reserved]: ["Any"] },
    });
    const refused = "spec/a.yaml:2:11 error LS027: A_B becomes Kotlin type Any, which the kt generator declares itself; rename it";
    expect(errorsOf(naming("types", "types"))).toEqual([refused]);
    expect(errorsOf(naming(undefined, "ktType"))).toEqual([refused]);
    expect(errorsOf(naming("types", "ktType"))).toEqual([]);
    expect(errorsOf(naming(undefined, "types"))).toEqual([]);
  });

  it("one name minted by two schemes of two labels for one code: both in one message", () => {
    const errors = errorsOf({
      schemes: [
        { key: "kt", label: "Kotlin constant", per: "code", namespace: "top", mint: () => "Any" },
        { key: "ktType", label: "Kotlin type", per: "code", namespace: "top", mint: () => "Any" },
        { key: "ktAlias", label: "Kotlin type", per: "code", namespace: "top", mint: () => "Any" },
      ],
      reserved: { top: ["Any"] },
    });
    expect(errors).toEqual(["spec/a.yaml:2:11 error LS027: A_B becomes Kotlin constant Any, Kotlin type Any, which the kt generator declares itself; rename it"]);
  });
});
