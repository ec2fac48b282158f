// The Python generator: escaper and naming tables, then the real toolchain on the
// generated packages (minimal, torture, scoped, plus option and envelope variants):
// mypy --strict, ruff check, ruff format --check, a pip install into a fresh venv
// and the pytest files in test/python/ run against the installed packages.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import python, { pyType, type PyType } from "../generators/python.js";
import { resolveEnvelope } from "../src/catalog/envelope.js";
import { pyComment, pyConst, pyDocstring, pyLiteralType, pyString, pyTuple, tomlString } from "../src/escape/python.js";
import type { Catalog } from "../src/catalog/model.js";
import { OptionError } from "../src/generate/options.js";
import type { Generator } from "../src/generate/plugin.js";
import { packageNameProblem, pep440Version, pythonClassName, pythonFieldPart, pythonMemberName } from "../src/naming/python.js";
import { generate, loadFixture } from "./support/fixture.js";
import { installInFreshVenv, run, toolsPython } from "./support/toolchains.js";

const gen = python as Generator<unknown>;

describe("pyString", () => {
  test.each([
    ["plain", '"plain"'],
    ['say "hi"', `'say "hi"'`],
    [`it's "x" 'y'`, `"it's \\"x\\" 'y'"`],
    ["a\\b \\d \\N{DASH}", '"a\\\\b \\\\d \\\\N{DASH}"'],
    ["line\nbreak\r\ttab", '"line\\nbreak\\r\\ttab"'],
    ["\u0000\u001b\u007f\u0085", '"\\x00\\x1b\\x7f\\x85"'],
    ["\u202Ebidi\u200B\u2066", '"\\u202ebidi\\u200b\\u2066"'],
    ["\u2028\u2029", '"\\u2028\\u2029"'],
    ["café 日本 🚫", '"café 日本 🚫"'],
    ["lone \uD800 surrogate", '"lone \\ud800 surrogate"'],
    ['"""', `'"""'`],
    ["", '""'],
  ])("%j", (given, want) => expect(pyString(given)).toBe(want));
});

describe("pyDocstring", () => {
  test.each([
    [["Title"], "", '"""Title"""'],
    [["Title", "", "  "], "    ", '"""Title"""'],
    [['ends with a quote "'], "", '"""ends with a quote \\""""'],
    [['ends with two ""'], "", '"""ends with two \\"\\""""'],
    [["Title", "Body"], "    ", '"""Title\n\n    Body\n    """'],
    [["Title", "a\nb"], "  ", '"""Title\n\n  a\n  b\n  """'],
    [['has """ and """" inside'], "", '"""has \\"\\"\\" and \\"\\"\\"\\" inside"""'],
    [["back\\slash \\d and trailing \\"], "", '"""back\\\\slash \\\\d and trailing \\\\"""'],
    [["tab\there"], "", '"""tab\\there"""'],
    [["bidi \u202E zero\u200Bwidth"], "", '"""bidi <U+202E> zero<U+200B>width"""'],
    [["crlf\r\nline  "], "", '"""crlf\nline\n"""'],
    // NEL is a line break to Python's str.splitlines and docutils: normaliseText makes it one.
    [["nel \u0085"], "", '"""nel"""'],
    [["Title", "  indented code"], "    ", '"""Title\n\n      indented code\n    """'],
  ] as const)("%j at %j", (given, indent, want) => expect(pyDocstring(given, indent)).toBe(want));
});

describe("pyComment", () => {
  test.each([
    [undefined, "", ""],
    ["", "    ", ""],
    ["one", "", "# one\n"],
    ["a\nb", "  ", "  # a\n  # b\n"],
    ["x\n\ny", "", "# x\n#\n# y\n"],
    ["bidi \u202E\r\nnext", "", "# bidi <U+202E>\n# next\n"],
    ["see # ruff: noqa and #1", "", "# see \uFF03 ruff: noqa and \uFF031\n"],
    ["mypy: ignore-errors\n type: ignore\nnoqa", "", "# > mypy: ignore-errors\n# >  type: ignore\n# > noqa\n"],
    ["-*- coding: latin-1 -*-", "", "# -*- coding : latin-1 -*-\n"],
  ] as const)("%j", (given, indent, want) => expect(pyComment(given, indent)).toBe(want));
});

describe("tomlString", () => {
  test.each([
    ["plain", '"plain"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ["\n\t\u0001\u007f", '"\\n\\t\\u0001\\u007f"'],
    ["\u202E\u2028", '"\\u202e\\u2028"'],
    ["lone \uDC00", '"lone \uFFFD"'],
  ])("%j", (given, want) => expect(tomlString(given)).toBe(want));
});

describe("Python literals", () => {
  test.each([
    [pyTuple([]), "()"],
    [pyTuple(["error"]), '("error",)'],
    [pyTuple(["error", "code"]), '("error", "code")'],
    [pyTuple([413, 415]), "(413, 415)"],
    [pyConst(false), "False"],
    [pyConst(true), "True"],
    [pyConst(null), "None"],
    [pyConst(1.5), "1.5"],
    [pyConst(7), "7"],
    [pyConst('x"'), `'x"'`],
    [pyLiteralType([]), "str"],
    [pyLiteralType(["a", 'b"']), `Literal["a", 'b"']`],
  ])("%s", (given, want) => expect(given).toBe(want));
});

describe("pyType", () => {
  const lit: PyType = { kind: "literal", values: ["x", "y"] };
  test.each([
    [{ kind: "name", name: "int" } as PyType, true, "int"],
    [{ kind: "list", of: { kind: "map", of: lit } } as PyType, true, 'list[dict[str, Literal["x", "y"]]]'],
    [{ kind: "name", name: "TypeDetailsRange" } as PyType, false, "NotRequired[TypeDetailsRange]"],
  ])("%j required=%j", (given, required, want) => expect(pyType(given, required)).toBe(want));
  test("rejects a name that is not an identifier", () => {
    expect(() => pyType({ kind: "name", name: "None" })).toThrow(/not a Python type name/);
  });
});

describe("Python naming", () => {
  test.each([
    [["not", "found"], "NOT_FOUND", "NotFound"],
    [["whatsapp", "2fa", "pin"], "WHATSAPP_2FA_PIN", "Whatsapp2faPin"],
    [["auth", "quota", "exceeded"], "AUTH_QUOTA_EXCEEDED", "AuthQuotaExceeded"],
  ])("%j", (words, member, cls) => {
    expect(pythonMemberName(words)).toBe(member);
    expect(pythonClassName(words)).toBe(cls);
  });
  test.each([
    ["recovery_endpoint", "RecoveryEndpoint"],
    ["countryCode", "CountryCode"],
    ["None", "None"],
  ])("field part %j", (given, want) => expect(pythonFieldPart(given)).toBe(want));
  test.each([
    ["acme_errors", undefined],
    ["acme2", undefined],
    ["json", "must not shadow a standard-library module"],
    ["typing", "must not shadow a standard-library module"],
    ["class", "must not be a Python keyword"],
    ["Acme", "must be a lower-case Python identifier (`^[a-z][a-z0-9_]*$`)"],
    ["acme-errors", "must be a lower-case Python identifier (`^[a-z][a-z0-9_]*$`)"],
  ])("package name %j", (given, want) => expect(packageNameProblem(given)).toBe(want));
});

const PEP440 = [
  ["1.0.0", "1.0.0"],
  ["1.0.0-rc.1", "1.0.0rc1"],
  ["2.0.0-beta", "2.0.0b0"],
  ["2.0.0-alpha.3", "2.0.0a3"],
  ["1.0.0-preview.2", "1.0.0rc2"],
  ["v1.2", "1.2"],
  ["1.02.003", "1.2.3"],
  ["1.0.0+build.7", "1.0.0+build.7"],
  ["1.0.0-rc.1+Build-5", "1.0.0rc1+build.5"],
  ["1.0.0.dev3", "1.0.0.dev3"],
  ["1.0.post2", "1.0.post2"],
  ["1!2.0", "1!2.0"],
] as const;

describe("pep440Version", () => {
  test.each(PEP440)("%j", (given, want) => expect(pep440Version(given)).toBe(want));
  test.each(["1.0.0-x.7", "latest", ""])("rejects %j", (given) => expect(() => pep440Version(given)).toThrow(/not a PEP 440 version/));
});

describe("options", () => {
  test.each([
    [{ packageName: "json" }, 'option "packageName" must not shadow a standard-library module, got "json"'],
    [{ packageName: "class" }, 'option "packageName" must not be a Python keyword, got "class"'],
    [{ distributionName: "-bad-" }, /option "distributionName" must match/],
    [{ enumBase: "IntEnum" }, 'option "enumBase" must be one of "StrEnum", "str-enum", got "IntEnum"'],
    [{ pakageName: "x" }, 'unknown option "pakageName" (did you mean "packageName"?)'],
  ])("%j", (raw, want) => {
    let error: unknown;
    try {
      gen.parseOptions(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OptionError);
    if (typeof want === "string") expect((error as Error).message).toBe(want);
    else expect((error as Error).message).toMatch(want);
  });

  test("a catalog version PEP 440 cannot spell fails generation", () => {
    const catalog: Catalog = { ...loadFixture("minimal"), version: "1.0.0-x.7" };
    expect(() => generate(gen, catalog)).toThrow(/catalog version "1.0.0-x.7" is not a PEP 440 version/);
  });
});

// Hostile text that must survive as Python and TOML literals: checked by the real parsers below.
const HOSTILE = [
  'a """ b',
  'quote at the end "',
  '""',
  "'''",
  "trailing backslash \\",
  "\\N{DASH} \\d \\x \\u12",
  "tab\there",
  "café 日本語 🚫",
  'multi\nline "\n"""\nend',
  "{{handlebars}} */ ${x} `b`",
];

describe("escapers against Python's own parsers", () => {
  test("pyString, pyDocstring, tomlString round-trip; pep440Version agrees with packaging", () => {
    const cases = {
      strings: [...HOSTILE, "\u0000\u202E\u2028\uD800\r"].map((s) => [s, pyString(s)]),
      docstrings: HOSTILE.map((s) => [s, pyDocstring([s], "    ")]),
      toml: HOSTILE.map((s) => [s, tomlString(s)]),
      versions: PEP440.map(([given, want]) => [given, want]),
    };
    const script = [
      "import ast, json, sys, tomllib, warnings",
      "from packaging.version import Version",
      "warnings.simplefilter('error')",
      "cases = json.loads(sys.argv[1])",
      "bad = [s for s, lit in cases['strings'] if ast.literal_eval(lit) != s]",
      "def undent(doc): return '\\n'.join(l.removeprefix('    ') for l in doc.split('\\n')).rstrip('\\n ')",
      "bad += [s for s, lit in cases['docstrings'] if undent(ast.literal_eval(lit)) != s]",
      "bad += [s for s, lit in cases['toml'] if tomllib.loads('k = ' + lit)['k'] != s]",
      "bad += [g for g, w in cases['versions'] if str(Version(g)) != w]",
      "print(json.dumps(bad))",
    ].join("\n");
    expect(run(toolsPython(), ["-c", script, JSON.stringify(cases)]).trim()).toBe("[]");
  });
});

interface Variant {
  readonly folder: string;
  /** Import package and distribution name. */
  readonly pkg: string;
  readonly dist: string;
  readonly catalog: Catalog;
  readonly options: Record<string, unknown>;
  /** Oldest Python the package supports: mypy and ruff check against it. */
  readonly python: "3.11" | "3.9";
}

/** Packages generated for the toolchain tests: the three fixtures, the str-enum option, four more envelopes. */
function variants(): Variant[] {
  const minimal = loadFixture("minimal");
  const torture = loadFixture("torture");
  const named = (pkg: string, dist: string) => ({ pkg, dist, options: { packageName: pkg, distributionName: dist } });
  const withEnvelope = (preset: string): Catalog => ({ ...minimal, envelope: resolveEnvelope(preset).envelope });
  return [
    { folder: "minimal", pkg: "minimal_errors", dist: "minimal-errors", catalog: minimal, options: {}, python: "3.11" },
    { folder: "torture", pkg: "torture_errors", dist: "torture-errors", catalog: torture, options: {}, python: "3.11" },
    { folder: "scoped", pkg: "scoped_errors", dist: "scoped-errors", catalog: loadFixture("scoped"), options: {}, python: "3.11" },
    { folder: "compat", ...named("torture_compat", "torture-compat"), catalog: torture, python: "3.9" },
    { folder: "problem", ...named("minimal_problem", "minimal-problem"), catalog: withEnvelope("rfc9457"), python: "3.11" },
    { folder: "flag", ...named("minimal_flag", "minimal-flag"), catalog: withEnvelope("success-flag"), python: "3.11" },
    { folder: "flat", ...named("minimal_flat", "minimal-flat"), catalog: withEnvelope("flat"), python: "3.11" },
    { folder: "aip", ...named("minimal_aip", "minimal-aip"), catalog: withEnvelope("aip193"), python: "3.11" },
  ].map((v) => ({ ...v, options: { ...v.options, enumBase: v.python === "3.9" ? "str-enum" : "StrEnum" } }) as Variant);
}

describe("generated packages pass mypy --strict, ruff, pip install and pytest", () => {
  const python = toolsPython();
  const bin = dirname(python);
  let root = "";
  let packages: Variant[] = [];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "lockstep-python-"));
    packages = variants();
    for (const { folder, catalog, options } of packages) {
      for (const [path, contents] of generate(gen, catalog, options)) {
        mkdirSync(dirname(join(root, folder, path)), { recursive: true });
        writeFileSync(join(root, folder, path), contents);
      }
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test("mypy --strict", () => {
    for (const version of ["3.11", "3.9"]) {
      const dirs = packages.filter((p) => p.python === version).map((p) => join(root, p.folder, "src", p.pkg));
      const out = run(join(bin, "mypy"), ["--strict", "--python-version", version, "--cache-dir", join(root, ".mypy"), ...dirs]);
      expect(out).toMatch(/^Success: no issues found/m);
    }
  }, 60_000);

  // Default rules plus pycodestyle, isort, pyupgrade, bugbear, builtins and pep8-naming.
  // E501 is off: spec text (titles, descriptions, URLs) stays on its own lines verbatim.
  test("ruff check --select E,F,W,I,UP,B,A,N and ruff format --check", () => {
    for (const { folder, pkg, python: version } of packages) {
      const src = join(root, folder, "src", pkg);
      const target = `py${version.replace(".", "")}`;
      run(join(bin, "ruff"), ["check", "--no-cache", "--target-version", target, "--extend-select", "E,F,W,I,UP,B,A,N", "--ignore", "E501", src]);
      run(join(bin, "ruff"), ["format", "--no-cache", "--check", "--target-version", target, src]);
    }
  }, 30_000);

  test("pip installs the packages into a fresh venv; pytest test/python passes against them", () => {
    const venvPython = installInFreshVenv(root, packages.map((p) => join(root, p.folder)), packages.map((p) => p.dist));
    const toolsSite = run(python, ["-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).trim();
    const out = run(
      venvPython,
      ["-W", "error", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error", "--rootdir", join(import.meta.dirname, "python"), join(import.meta.dirname, "python")],
      // pytest itself comes from the tools venv; the packages only from the fresh one.
      { env: { ...process.env, PYTHONPATH: toolsSite, PYTHONDONTWRITEBYTECODE: "1" } },
    );
    expect(out).toMatch(/\d+ passed/);
    expect(out).not.toMatch(/failed|error|skipped/);
    // PEP 561: mypy finds the installed packages' types through py.typed alone.
    const client = join(import.meta.dirname, "python", "typecheck_clients.py");
    const checked = run(join(bin, "mypy"), ["--strict", "--python-executable", venvPython, "--cache-dir", join(root, ".mypy-client"), client]);
    expect(checked).toMatch(/^Success: no issues found in 1 source file/m);
  }, 60_000);
});
