// How the allocator settles names, scheme by scheme and subject by subject: each kind of
// clash named exactly (nested objects, fields, domains, two labels in one namespace),
// case-insensitive namespaces, names the lockfile records (kept first; a suffixed form kept
// while it is still within reach), removed codes, file order on one line, and `namesFor`
// reusing the compiled names only for the catalog and schemes they were made for.
import { describe, expect, it } from "vitest";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { DiagnosticBag, formatDiagnostic } from "../../src/diagnostics/diagnostics.js";
import type { Catalog, ErrorCode } from "../../src/catalog/model.js";
import type { NameScheme } from "../../src/generate/plugin.js";
import { allocateNames, namesFor, type Identifiers, type LockedNames, type NamingCode, type NamingGenerator } from "../../src/naming/allocate.js";

const CONFIG = "lockstep.config.yaml";

/** Compiles `specs` (path under spec/ → text) with `generators`: the diagnostics, and the catalog when it compiles. */
function compile(specs: Readonly<Record<string, string>>, generators: readonly NamingGenerator[] = []) {
  const { config } = compileConfig({ path: CONFIG, text: "catalog:\n  name: t\n" });
  const result = compileSpecs(config!, Object.entries(specs).map(([path, text]) => ({ path: `spec/${path}`, text })), undefined, generators);
  return { errors: result.diagnostics.map(formatDiagnostic), catalog: result.catalog };
}

/** One generator `kt` with these schemes (and reserved words). */
const kt = (schemes: readonly Partial<NameScheme>[], reserved?: Record<string, string[]>): NamingGenerator => ({
  name: "kt",
  naming: { schemes: schemes.map((s) => ({ key: "kt", label: "K", per: "code", ...s }) as NameScheme), ...(reserved && { reserved }) },
});

/** The allocator alone over `catalog`'s codes (in the order given), with a bag whose items keep the order they were reported in. */
function allocate(catalog: Catalog, generators: readonly NamingGenerator[], opts: { locked?: LockedNames; codes?: readonly NamingCode[] } = {}) {
  const bag = new DiagnosticBag();
  const codes = opts.codes ?? catalog.codes.map((code) => ({ code, removed: false, detailsLoc: code.loc }));
  const names = allocateNames(catalog, codes, generators, bag, opts.locked, { file: CONFIG, line: 1, col: 1 });
  return { errors: bag.items.map(formatDiagnostic), names };
}

const locked = (codes: Record<string, Record<string, string>>): LockedNames => ({ codes: new Map(Object.entries(codes)), domains: new Map() });
const codeList = (...names: string[]) => `codes:\n${names.map((n) => `  - name: ${n}\n`).join("")}`;

describe("clashes, one message per pair, saying what collides", () => {
  it("two nested details objects of one code", () => {
    const { errors } = compile(
      { "a.yaml": "codes:\n  - name: X\n    details:\n      o: { type: object, fields: { a: string } }\n      p: { type: object, fields: { b: string } }\n" },
      [kt([{ key: "ktNested", label: "Kotlin class", per: "nested", mint: () => "Inner" }])],
    );
    expect(errors).toEqual(["spec/a.yaml:4:7 error LS027: X (details p) and X (details o) (spec/a.yaml:4:7) both become Kotlin class Inner; rename one of them"]);
  });

  it("two fields of one details object; fields of other objects and other codes never clash", () => {
    const field = kt([{ key: "ktField", label: "Kotlin property", per: "field", mint: (f) => f.field.name.replace("_", "").toLowerCase() }]);
    const { errors } = compile({ "a.yaml": "codes:\n  - name: X\n    details:\n      a_b: string\n      aB: string\n" }, [field]);
    expect(errors).toEqual(["spec/a.yaml:4:7 error LS027: details field a_b of X and details field aB of X (spec/a.yaml:4:7) both become Kotlin property ab; rename one of them"]);
    const apart = compile({ "a.yaml": "codes:\n  - name: X\n    details:\n      ab: string\n      o: { type: object, fields: { ab: string } }\n  - name: Y\n    details:\n      ab: string\n" }, [field]);
    expect(apart.errors).toEqual([]);
    expect([apart.catalog!.identifiers.field("ktField", "X", [], "ab"), apart.catalog!.identifiers.field("ktField", "X", ["o"], "ab"), apart.catalog!.identifiers.field("ktField", "Y", [], "ab")]).toEqual(["ab", "ab", "ab"]);
  });

  it("two domains", () => {
    const { errors } = compile({ "a.yaml": codeList("A"), "b.yaml": codeList("B") }, [kt([{ key: "ktDomain", label: "Kotlin object", per: "domain", mint: () => "Errors" }])]);
    expect(errors).toEqual(["spec/b.yaml:1:1 error LS027: domain b and domain a (spec/a.yaml:1:1) both become Kotlin object Errors; rename one of them"]);
  });

  it("two schemes of different labels sharing a namespace: the holder's label and subject are named", () => {
    const { errors } = compile({ "a.yaml": codeList("A", "B") }, [
      kt([
        { key: "kt", label: "Kotlin constant", namespace: "top", mint: (c: ErrorCode) => (c.key === "A" ? "X" : "A1") },
        { key: "ktType", label: "Kotlin type", namespace: "top", mint: (c: ErrorCode) => (c.key === "B" ? "X" : "A2") },
      ]),
    ]);
    expect(errors).toEqual(["spec/a.yaml:3:11 error LS027: B and A (spec/a.yaml:2:11) both become Kotlin type X (the Kotlin constant of A); rename one of them"]);
  });

  it("a reserved word two schemes of one label mint for one code is named once", () => {
    const { errors } = compile({ "a.yaml": codeList("A") }, [
      kt(
        [
          { key: "kt", namespace: "top", mint: () => "Any" },
          { key: "ktAlias", namespace: "top", mint: () => "Any" },
        ],
        { top: ["Any"] },
      ),
    ]);
    expect(errors).toEqual(["spec/a.yaml:2:11 error LS027: A becomes K Any, which the kt generator declares itself; rename it"]);
  });

  it("a word two generators reserve is one message per generator; one pair clashing in two namespaces is one message", () => {
    const reserving = (name: string, label: string): NamingGenerator => ({ name, naming: { schemes: [{ key: name, label, per: "code", mint: () => "Any" }], reserved: { [name]: ["Any"] } } });
    expect(compile({ "a.yaml": codeList("A") }, [reserving("kt", "Kotlin constant"), reserving("kx", "X constant")]).errors).toEqual([
      "spec/a.yaml:2:11 error LS027: A becomes Kotlin constant Any, which the kt generator declares itself; rename it",
      "spec/a.yaml:2:11 error LS027: A becomes X constant Any, which the kx generator declares itself; rename it",
    ]);
    const same = (name: string, label: string): NamingGenerator => ({ name, naming: { schemes: [{ key: name, label, per: "code", mint: () => "Same" }] } });
    expect(compile({ "a.yaml": codeList("A", "B") }, [same("kt", "Kotlin constant"), same("kx", "X constant")]).errors).toEqual([
      "spec/a.yaml:3:11 error LS027: B and A (spec/a.yaml:2:11) both become Kotlin constant Same, X constant Same; rename one of them",
    ]);
  });

  it("messages come in file order of the newcomer, whatever namespace found them first", () => {
    const { catalog } = compile({ "a.yaml": codeList("A", "B", "C", "D") });
    const { errors } = allocate(catalog!, [
      kt([
        { key: "kt", mint: (c: ErrorCode) => (c.key === "C" || c.key === "D" ? "CD" : c.key) },
        { key: "ktX", mint: (c: ErrorCode) => (c.key === "A" || c.key === "B" ? "AB" : c.key) },
      ]),
    ]);
    expect(errors).toEqual([
      "spec/a.yaml:3:11 error LS027: B and A (spec/a.yaml:2:11) both become K AB; rename one of them",
      "spec/a.yaml:5:11 error LS027: D and C (spec/a.yaml:4:11) both become K CD; rename one of them",
    ]);
  });

  it("codes on one line are in column order", () => {
    const { catalog } = compile({ "a.yaml": "codes: [{ name: A }, { name: B }]\n" });
    const reversed = [...catalog!.codes].reverse().map((code) => ({ code, removed: false, detailsLoc: code.loc }));
    const { errors } = allocate(catalog!, [kt([{ mint: () => "Same" }])], { codes: reversed });
    expect(errors, `got ${JSON.stringify(errors)} from ${JSON.stringify(reversed.map((c) => c.code.loc))}`).toEqual([
      "spec/a.yaml:1:30 error LS027: B and A (spec/a.yaml:1:17) both become K Same; rename one of them",
    ]);
  });

  it("a declaration problem is reported at the first spec file when no place is given, at 1:1 of nothing without one", () => {
    const { catalog } = compile({ "b.yaml": codeList("B"), "a.yaml": codeList("A") });
    const bad = [{ name: "kt", naming: 1 as never }];
    const message = 'error LS027: generator "kt": its naming declaration cannot be read: naming must be { schemes: [...] }';
    const at = (c: Catalog) => {
      const bag = new DiagnosticBag();
      allocateNames(c, [], bad, bag);
      return bag.items.map(formatDiagnostic);
    };
    expect(at(catalog!)).toEqual([`spec/a.yaml:1:1 ${message}`]);
    expect(at({ ...catalog!, sources: [] })).toEqual([`:1:1 ${message}`]);
  });
});

describe("the schemes listed", () => {
  it("are the generators' own, without the catalog's docs anchors, even for a plugin itself named catalog", () => {
    const catalogPlugin: NamingGenerator = { name: "catalog", naming: { schemes: [{ key: "catalog", label: "C", per: "code", mint: (c: ErrorCode) => `C_${c.key}` }] } };
    const { errors, catalog } = compile({ "a.yaml": codeList("A") }, [catalogPlugin, kt([{ mint: (c: ErrorCode) => `K_${c.key}` }])]);
    expect(errors).toEqual([]);
    const names = catalog!.identifiers;
    expect(names.schemes.map((s) => [s.generator, s.scheme.key])).toEqual([
      ["catalog", "catalog"],
      ["kt", "kt"],
    ]);
    expect([names.code("catalog", "A"), names.code("kt", "A"), names.code("anchor", "A")]).toEqual(["C_A", "K_A", "a"]);
  });
});

describe("case-insensitive namespaces", () => {
  const twoCodes = () => compile({ "a.yaml": codeList("A", "B") }).catalog!;
  it("names that differ only in case clash when the scheme says so", () => {
    const mint = (c: ErrorCode) => (c.key === "A" ? "Ab" : "AB");
    expect(allocate(twoCodes(), [kt([{ mint, caseInsensitive: true }])]).errors).toEqual([
      "spec/a.yaml:3:11 error LS027: B and A (spec/a.yaml:2:11) both become K AB; rename one of them",
    ]);
    const apart = allocate(twoCodes(), [kt([{ mint }])]);
    expect(apart.errors).toEqual([]);
    expect([apart.names.code("kt", "A"), apart.names.code("kt", "B")]).toEqual(["Ab", "AB"]);
  });

  it("names are compared lower-cased (the Kelvin sign is k, ß is not ss)", () => {
    const clash = (a: string, b: string) => allocate(twoCodes(), [kt([{ mint: (c: ErrorCode) => (c.key === "A" ? a : b), caseInsensitive: true }])]).errors;
    expect(clash("\u212A", "k")).toEqual(["spec/a.yaml:3:11 error LS027: B and A (spec/a.yaml:2:11) both become K k; rename one of them"]);
    expect(clash("ß", "ss")).toEqual([]);
  });

  it("docs anchors are compared case-insensitively (a catalog built by hand)", () => {
    const catalog = twoCodes();
    const [a, b] = catalog.codes;
    const names = namesFor({ ...catalog, codes: [{ ...a!, anchor: "same" }, { ...b!, anchor: "SAME" }] }, []);
    expect([names.code("anchor", "A"), names.code("anchor", "B")]).toEqual(["same", undefined]);
  });
});

describe("removed codes", () => {
  it("keep their code names, and name no details", () => {
    const { catalog } = compile({ "a.yaml": "codes:\n  - name: OLD\n    details:\n      a: string\n  - name: NEW\n    details:\n      a: string\n" });
    const codes = catalog!.codes.map((code) => ({ code, removed: code.key === "OLD", detailsLoc: code.loc }));
    const { errors, names } = allocate(catalog!, [kt([{ mint: (c: ErrorCode) => c.key }, { key: "ktDetails", per: "details", mint: () => "Details" }])], { codes });
    expect(errors).toEqual([]);
    expect([names.code("kt", "OLD"), names.details("ktDetails", "OLD", []), names.details("ktDetails", "NEW", [])]).toEqual(["OLD", undefined, "Details"]);
  });
});

describe("names the lockfile records", () => {
  const codes = (...n: string[]) => compile({ "a.yaml": codeList(...n) }).catalog!;
  const same = (onClash?: "suffix") => kt([{ mint: () => "N", ...(onClash && { onClash }) }]);
  const namesOf = (ids: Identifiers, ...keys: string[]) => keys.map((k) => ids.code("kt", k));

  it("a recorded name is claimed first: a strict clash is reported at the code that did not record it", () => {
    const { errors, names } = allocate(codes("P", "Q"), [same()], { locked: locked({ Q: { kt: "N" } }) });
    expect(errors).toEqual(["spec/a.yaml:2:11 error LS027: P and Q (spec/a.yaml:3:11) both become K N; rename one of them"]);
    expect(namesOf(names, "P", "Q")).toEqual([undefined, "N"]);
  });

  it("without records, file order decides", () => {
    const { errors } = allocate(codes("P", "Q"), [same()], { locked: locked({ P: { kt: "N" }, Q: { kt: "N" } }) });
    expect(errors).toEqual(["spec/a.yaml:3:11 error LS027: Q and P (spec/a.yaml:2:11) both become K N; rename one of them"]);
  });

  it("suffix: the recorded subject keeps its name, the others are numbered in file order", () => {
    expect(namesOf(allocate(codes("P", "Q", "R", "S"), [same("suffix")], { locked: locked({ R: { kt: "N" } }) }).names, "P", "Q", "R", "S")).toEqual(["N2", "N3", "N", "N4"]);
    expect(namesOf(allocate(codes("P", "Q", "R", "S"), [same("suffix")], { locked: locked({ Q: { kt: "N3" }, S: { kt: "N" } }) }).names, "P", "Q", "R", "S")).toEqual([
      "N2",
      "N3",
      "N4",
      "N",
    ]);
    expect(namesOf(allocate(codes("P", "Q", "R"), [same("suffix")]).names, "P", "Q", "R")).toEqual(["N", "N2", "N3"]);
  });

  it("a recorded suffixed form is kept up to the namespace's size + its reserved words + 2", () => {
    const reserving = (lock: string) =>
      namesOf(allocate(codes("P"), [kt([{ mint: () => "N", onClash: "suffix" }], { kt: ["X", "Y", "Z"] })], { locked: locked({ P: { kt: lock } }) }).names, "P")[0];
    expect([reserving("N5"), reserving("N6"), reserving("N7")]).toEqual(["N5", "N6", "N"]);
    const plain = (lock: string) => namesOf(allocate(codes("P"), [same("suffix")], { locked: locked({ P: { kt: lock } }) }).names, "P")[0];
    expect([plain("N3"), plain("N4")]).toEqual(["N3", "N"]);
  });
});

describe("namesFor", () => {
  const ktCode = kt([{ mint: (c: ErrorCode) => `K_${c.key}` }], { kt: ["K_RESERVED"] });
  const kx: NamingGenerator = { name: "kx", naming: { schemes: [{ key: "kx", label: "X", per: "code", mint: (c: ErrorCode) => `X_${c.key}` }] } };
  const compiled = () => compile({ "a.yaml": codeList("A", "B") }, [ktCode, kx]).catalog!;

  it("the compiled names, when they were made for this catalog and cover every scheme", () => {
    const catalog = compiled();
    expect(namesFor(catalog, [ktCode, kx]) === catalog.identifiers).toBe(true);
    expect(namesFor(catalog, [kx]) === catalog.identifiers).toBe(true);
    expect(namesFor(catalog, []) === catalog.identifiers).toBe(true);
  });

  it("named afresh for a generator the compile did not see, or a scheme it did not", () => {
    const catalog = compiled();
    const ky: NamingGenerator = { name: "ky", naming: { schemes: [{ key: "ky", label: "Y", per: "code", mint: (c: ErrorCode) => `Y_${c.key}` }] } };
    const more = namesFor(catalog, [kx, ky]);
    expect([more.code("kx", "A"), more.code("ky", "A"), more.code("kt", "A")]).toEqual(["X_A", "Y_A", "K_A"]);
    const kxMore: NamingGenerator = {
      name: "kx",
      naming: {
        schemes: [
          { key: "kx", label: "X", per: "code", mint: (c: ErrorCode) => `X_${c.key}` },
          { key: "kxAlt", label: "X", per: "code", mint: (c: ErrorCode) => `Alt_${c.key}` },
        ],
      },
    };
    expect(namesFor(catalog, [kxMore]).code("kxAlt", "B")).toBe("Alt_B");
  });

  it("named afresh when a declaration cannot be read", () => {
    const catalog = compiled();
    const broken: NamingGenerator = {
      name: "kz",
      get naming(): never {
        throw new Error("unreadable");
      },
    };
    const names = namesFor(catalog, [broken]);
    expect(names === catalog.identifiers).toBe(false);
    expect([names.code("kt", "A"), names.code("kx", "B")]).toEqual(["K_A", "X_B"]);
  });

  it("a catalog built from another one (other codes or domains) is named afresh, keeping the generators and reserved words the names came from", () => {
    const catalog = compiled();
    const fewer = { ...catalog, codes: catalog.codes.slice(1) };
    const names = namesFor(fewer, []);
    expect(names === catalog.identifiers).toBe(false);
    expect([names.code("kt", "A"), names.code("kt", "B"), names.code("kx", "B")]).toEqual([undefined, "K_B", "X_B"]);
    expect(names.generators().map((g) => g.name)).toEqual(["kt", "kx"]);
    expect([names.reserved.get("kt"), names.reserved.get("kx")]).toEqual([{ kt: ["K_RESERVED"] }, {}]);
    const otherDomains = namesFor({ ...catalog, domains: [...catalog.domains] }, [kx]);
    expect(otherDomains === catalog.identifiers).toBe(false);
    expect(otherDomains.code("kt", "A")).toBe("K_A");
  });

  it("names a hand-built catalog's details, and keeps a reserved word out of it", () => {
    const { catalog } = compile({ "a.yaml": "codes:\n  - name: A\n    details:\n      a: string\n  - name: RESERVED\n" });
    const details: NamingGenerator = { name: "kd", naming: { schemes: [{ key: "kdDetails", label: "D", per: "details", mint: () => "ADetails" }] } };
    const names = namesFor({ ...catalog!, codes: [...catalog!.codes] }, [details, ktCode]);
    expect([names.details("kdDetails", "A", []), names.code("kt", "A"), names.code("kt", "RESERVED")]).toEqual(["ADetails", "K_A", undefined]);
  });
});
