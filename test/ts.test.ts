// The TypeScript generator's output compiles under strict settings in both styles,
// is already prettier-formatted, and behaves as documented at run time.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as prettier from "prettier";
import { describe, expect, test } from "vitest";
import ts from "../generators/ts.js";
import { escapeJsDocLine, jsdoc, jsonText, tsString } from "../src/escape/ts.js";
import { generate, GENERATOR_FIXTURES, loadFixture } from "./support/fixture.js";
import { run, withTempDir } from "./support/toolchains.js";
import { TSC } from "./support/tsc.js";


/** Prettier's defaults, pinned so a new prettier default cannot change the verdict. */
const PRETTIER = { parser: "typescript", printWidth: 80, tabWidth: 2, useTabs: false, semi: true, singleQuote: false, trailingComma: "all", bracketSpacing: true } as const;

describe("escaping", () => {
  test.each([
    ["plain", "plain", '"plain"'],
    ["double quote", 'a"b', `'a"b'`],
    ["both quotes, more single", `it's "x" 'y'`, `"it's \\"x\\" 'y'"`],
    ["backslash", "C:\\temp", '"C:\\\\temp"'],
    ["newline and tab", "a\nb\tc", '"a\\nb\\tc"'],
    ["line separator", "a\u2028b", '"a\\u2028b"'],
    ["bidi override", "a\u202Eb", '"a\\u202eb"'],
    ["template syntax", "${x} `y`", '"${x} `y`"'],
  ])("tsString: %s", (_name, given, want) => {
    expect(tsString(given)).toBe(want);
  });

  test.each([
    ["comment end", "a */ b", "a *\\/ b"],
    ["block tag at line start", "@deprecated no", "\\@deprecated no"],
    ["indented block tag", "  @param x", "  \\@param x"],
    ["inline tag", "see {@link X}", "see {\\@link X}"],
    ["tag later in a line stays", "mail a@b.c", "mail a@b.c"],
  ])("escapeJsDocLine: %s", (_name, given, want) => {
    expect(escapeJsDocLine(given)).toBe(want);
  });

  test("jsdoc: paragraphs, tags and links", () => {
    expect(jsdoc([{ parts: ["Title"] }, { parts: ["Line 1\nends */ here\u202E"] }, { tag: "deprecated", parts: ["Use ", { link: "E.X" }, " instead."] }], "  ")).toBe(
      ["  /**", "   * Title", "   *", "   * Line 1", "   * ends *\\/ here<U+202E>", "   *", "   * @deprecated Use {@link E.X} instead.", "   */", ""].join("\n"),
    );
    expect(jsdoc([{ parts: [""] }], "")).toBe("");
    expect(() => jsdoc([{ parts: [{ link: "x */" }] }], "")).toThrow(/bad JSDoc link/);
  });

  // The escapers skip their rewriting when a text holds nothing to rewrite: each kind of text that does must still be rewritten.
  test("jsdoc, tsString, jsonText: what needs escaping is escaped, in every line and part", () => {
    expect(jsdoc([{ parts: ["plain ", "a\r\n@tag {@link x} */"] }], "")).toBe(["/**", " * plain a", " * \\@tag {\\@link x} *\\/", " */", ""].join("\n"));
    expect(jsdoc([{ parts: ["x\r  @y"] }], "")).toBe(["/**", " * x", " *   \\@y", " */", ""].join("\n"));
    for (const c of ["\u2028", "\u2029", "\u200B", "\u202E", "\u2066", "\uFEFF"]) {
      const escaped = `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
      expect(jsonText(["a" + c]), JSON.stringify(c)).toBe(`["a${escaped}"]`);
      expect(tsString("a" + c), JSON.stringify(c)).toBe(`"a${escaped}"`);
    }
    expect(tsString(`it's "x"`)).toBe(`'it\\'s "x"'`);
  });
});

interface Style {
  name: string;
  options: Record<string, unknown>;
  compilerFlags: string[];
}

const STYLES: Style[] = [
  { name: "enum", options: {}, compilerFlags: [] },
  { name: "const", options: { style: "const" }, compilerFlags: ["--erasableSyntaxOnly", "--verbatimModuleSyntax"] },
];

describe.each(STYLES)("$name style", ({ options, compilerFlags }) => {
  test("tsc --strict accepts every fixture's module and a consumer written against it", () => {
    withTempDir((dir) => {
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
      const inputs: string[] = [];
      for (const fixture of GENERATOR_FIXTURES) {
        mkdirSync(join(dir, fixture));
        for (const [path, contents] of generate(ts, loadFixture(fixture), options)) writeFileSync(join(dir, fixture, path), contents);
        const lookup = fixture === "scoped" ? "getErrorCodeInfo(code, \"auth\")" : "getErrorCodeInfo(code)";
        const consumer = [
          'import { ErrorCode, ERROR_CODE_INFO, isErrorCode, getErrorCodeInfo, type ErrorDetails } from "./index.js";',
          "export function describe(code: unknown): string {",
          '  if (!isErrorCode(code)) return "unknown";',
          "  const codes: readonly ErrorCode[] = [code];",
          `  return \`\${codes.length} \${${lookup}?.title ?? ""}\`;`,
          "}",
          "export const keys: number = Object.keys(ERROR_CODE_INFO).length;",
          "export type D = ErrorDetails;",
        ].join("\n");
        writeFileSync(join(dir, fixture, "consumer.ts"), consumer + "\n");
        inputs.push(`${fixture}/index.ts`, `${fixture}/consumer.ts`);
      }
      run(TSC, ["--strict", "--noEmit", "--noUncheckedIndexedAccess", "--exactOptionalPropertyTypes", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", ...compilerFlags, ...inputs], { cwd: dir });
      // An older build (target and lib ES2017) needs no newer library API: no Object.hasOwn,
      // Object.fromEntries or Error's cause option. The index.d.ts beside each module is checked too.
      const declarations = GENERATOR_FIXTURES.map((f) => `${f}/index.d.ts`);
      run(TSC, ["--strict", "--noEmit", "--target", "ES2017", "--lib", "ES2017", "--module", "NodeNext", "--moduleResolution", "NodeNext", ...compilerFlags, ...inputs, ...declarations], { cwd: dir });
    });
  });

  // Two domains' quota_exceeded share one wire value: two members (two enum literals of
  // one value, or one string literal) that construct, parse and narrow.
  test("domain-scoped codes sharing a wire value construct, parse and narrow", () => {
    withTempDir((dir) => {
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
      for (const [path, contents] of generate(ts, loadFixture("scoped"), options)) writeFileSync(join(dir, path), contents);
      const consumer = [
        'import { ErrorCode, parseError, ApiError } from "./index.js";',
        "export function f(body: unknown): string {",
        "  const err = parseError(body);",
        "  switch (err.code) {",
        "    case ErrorCode.auth_auth_missing:",
        "      return err.details[0]?.recovery_endpoint ?? \"\";",
        "    case ErrorCode.auth_quota_exceeded: {",
        "      // @ts-expect-error narrowed: quota_exceeded has no recovery_endpoint",
        "      const d: { readonly recovery_endpoint: string } | undefined = err.details[0];",
        "      return `${d}`;",
        "    }",
        "    case undefined:",
        "      return err.rawCode ?? err.problem;",
        "    default:",
        "      return err.message;",
        "  }",
        "}",
        "export const quota: string = new ApiError(ErrorCode.channel_quota_exceeded, { domain: \"channel\" }).code;",
        'export const missing = new ApiError(ErrorCode.auth_auth_missing, { details: [{ recovery_endpoint: "/r" }] });',
        "// @ts-expect-error a required details field is missing",
        "new ApiError(ErrorCode.auth_auth_missing, { details: [{}] });",
      ].join("\n");
      writeFileSync(join(dir, "consumer.ts"), consumer + "\n");
      run(TSC, ["--strict", "--noEmit", "--exactOptionalPropertyTypes", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", ...compilerFlags, "index.ts", "consumer.ts"], { cwd: dir });
    });
  });

  test.each(GENERATOR_FIXTURES)("%s: prettier leaves index.ts, index.d.ts and index.js unchanged", async (fixture) => {
    const files = generate(ts, loadFixture(fixture), options);
    for (const path of ["index.ts", "index.d.ts", "index.js"]) {
      const source = files.get(path)!;
      expect(await prettier.format(source, { ...PRETTIER, parser: path.endsWith(".js") ? "babel" : "typescript" }), path).toBe(source);
    }
  });

  // The package as a dependency: tsc reads index.d.ts, Node runs index.js, no build step.
  test.each(["NodeNext", "Node16", "Bundler"])("a consumer project imports the generated package (moduleResolution %s) and runs in Node", (resolution) => {
    withTempDir((dir) => {
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", dependencies: { "torture-errors": "*" } }));
      const pkg = join(dir, "node_modules", "torture-errors");
      mkdirSync(pkg, { recursive: true });
      for (const [path, contents] of generate(ts, loadFixture("torture"), options)) if (path !== "index.ts") writeFileSync(join(pkg, path), contents);
      writeFileSync(
        join(dir, "main.ts"),
        [
          'import { ErrorCode, ERROR_CODE_INFO, isErrorCode, getErrorCodeInfo, type ErrorCodeInfo, type ErrorDetails } from "torture-errors";',
          "const info: ErrorCodeInfo | undefined = getErrorCodeInfo(ErrorCode.FUNC);",
          'const details: ErrorDetails["TYPE"] = { type: "x" };',
          "function label(code: ErrorCode): string {",
          "  switch (code) {",
          "    case ErrorCode.FUNC:",
          '      return "func";',
          "    default:",
          "      return ERROR_CODE_INFO.CLASS.title;",
          "  }",
          "}",
          'console.log(JSON.stringify([info?.statuses, isErrorCode("TO_STRING"), isErrorCode("toString"), label(ErrorCode.FUNC), ERROR_CODE_INFO.CLASS.replacement, details.type]));',
        ].join("\n") + "\n",
      );
      const module = resolution === "Bundler" ? "ESNext" : resolution;
      run(TSC, ["--strict", "--exactOptionalPropertyTypes", "--skipLibCheck", "--target", "ES2022", "--module", module, "--moduleResolution", resolution, "--outDir", "dist", ...compilerFlags, "main.ts"], { cwd: dir });
      expect(run(process.execPath, [join(dir, "dist", "main.js")], { cwd: dir })).toBe('[[413,415,422],true,false,"func","MATCH","x"]\n');
    });
  });
});

describe("run time", () => {
  test.each(STYLES)("$name style: lookups, guards and metadata", async ({ options }) => {
    const dir = join(import.meta.dirname, "..", ".tmp", `ts-runtime-${options.style ?? "enum"}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.ts"), generate(ts, loadFixture("torture"), options).get("index.ts")!);
    const mod = (await import(pathToFileURL(join(dir, "index.ts")).href)) as Record<string, never>;
    const { ErrorCode, ERROR_CODE_INFO, isErrorCode, getErrorCodeInfo } = mod as unknown as {
      ErrorCode: Record<string, string>;
      ERROR_CODE_INFO: Record<string, { code: string; status: number | undefined; statuses: number[]; replacement: string | undefined; lifecycle: string; surfacesAs: string | undefined; retryable: string }>;
      isErrorCode(v: unknown): boolean;
      getErrorCodeInfo(v: string): unknown;
    };
    expect(ErrorCode.TO_STRING).toBe("TO_STRING");
    expect(isErrorCode("TO_STRING")).toBe(true);
    expect(isErrorCode("toString")).toBe(false);
    expect(isErrorCode("constructor")).toBe(false);
    expect(isErrorCode("__proto__")).toBe(false);
    expect(isErrorCode(42)).toBe(false);
    expect(getErrorCodeInfo("hasOwnProperty")).toBeUndefined();
    expect(getErrorCodeInfo("FUNC")).toMatchObject({ code: "FUNC", status: 413, statuses: [413, 415, 422], retryable: "auto" });
    expect(ERROR_CODE_INFO.CLASS!.replacement).toBe("MATCH");
    expect(ERROR_CODE_INFO.CONSTRUCTOR).toMatchObject({ lifecycle: "planned", surfacesAs: "DEFAULT" });
    expect(Object.keys(ERROR_CODE_INFO)).toHaveLength(loadFixture("torture").codes.length);
  });

  test.each(STYLES)("$name style: index.js, run by plain Node, holds what index.ts holds", async ({ options }) => {
    const dir = join(import.meta.dirname, "..", ".tmp", `ts-runtime-js-${options.style ?? "enum"}`);
    mkdirSync(dir, { recursive: true });
    for (const fixture of GENERATOR_FIXTURES) {
      const files = generate(ts, loadFixture(fixture), options);
      writeFileSync(join(dir, `${fixture}.ts`), files.get("index.ts")!);
      writeFileSync(join(dir, `${fixture}.mjs`), files.get("index.js")!);
      const fromTs = (await import(pathToFileURL(join(dir, `${fixture}.ts`)).href)) as Record<string, unknown>;
      const dump = `const m = await import(${JSON.stringify(pathToFileURL(join(dir, `${fixture}.mjs`)).href)}); console.log(JSON.stringify({ ErrorCode: m.ErrorCode, ERROR_CODE_INFO: m.ERROR_CODE_INFO, frozen: Object.isFrozen(m.ErrorCode) }, (k, v) => v === undefined ? null : v));`;
      const fromJs = JSON.parse(run(process.execPath, ["--input-type=module", "-e", dump])) as Record<string, unknown>;
      const plain = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (x === undefined ? null : x))) as unknown;
      expect(fromJs.ErrorCode, fixture).toEqual(plain(fromTs.ErrorCode));
      expect(fromJs.ERROR_CODE_INFO, fixture).toEqual(plain(fromTs.ERROR_CODE_INFO));
      // The error runtime is written twice (typed in index.ts, plain in index.js): both must
      // encode every constructible code alike and read the bodies back alike.
      const runtime = `(m) => Object.values(m.ERROR_CODE_INFO).filter((i) => i.lifecycle !== "planned").map((i) => {
        const body = new m.ApiError(i.code, { message: "m", details: {}, requestId: "r" }).toJSON();
        const back = m.parseError(body, 500);
        return { body, back: { code: back.code, rawCode: back.rawCode, status: back.status, retryable: back.retryable, details: back.details, message: back.message } };
      }).concat([m.parseError({}, 502), m.parseError("x")].map((e) => ({ code: e.code, rawCode: e.rawCode, problem: e.problem, status: e.status })))`;
      const jsRuntime = run(process.execPath, ["--input-type=module", "-e", `const m = await import(${JSON.stringify(pathToFileURL(join(dir, `${fixture}.mjs`)).href)}); console.log(JSON.stringify((${runtime})(m), (k, v) => v === undefined ? null : v));`]);
      const tsRuntime = (new Function(`return ${runtime}`)() as (m: unknown) => unknown)(fromTs);
      expect(JSON.parse(jsRuntime), `${fixture}: the runtime of index.js and index.ts`).toEqual(plain(tsRuntime));
    }
  });

  test("domain-scoped catalogs look codes up by name and domain", async () => {
    const dir = join(import.meta.dirname, "..", ".tmp", "ts-runtime-scoped");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.ts"), generate(ts, loadFixture("scoped")).get("index.ts")!);
    const mod = (await import(pathToFileURL(join(dir, "index.ts")).href)) as { getErrorCodeInfo(c: string, d: string): { domain: string } | undefined };
    expect(mod.getErrorCodeInfo("quota_exceeded", "auth")?.domain).toBe("auth");
    expect(mod.getErrorCodeInfo("quota_exceeded", "channel")?.domain).toBe("channel");
    expect(mod.getErrorCodeInfo("quota_exceeded", "billing")).toBeUndefined();
  });
});

describe("options", () => {
  test("an unknown option is an error naming the option", () => {
    expect(() => generate(ts, loadFixture("minimal"), { styel: "const" })).toThrow(/generator "ts": unknown option "styel" \(did you mean "style"\?\)/);
  });
  test("a bad value is an error", () => {
    expect(() => generate(ts, loadFixture("minimal"), { style: "class" })).toThrow(/option "style" must be one of "enum", "const", got "class"/);
  });
  // Each of these broke tsc before the property tests found them.
  test.each([
    ["class", "is a reserved word or a predefined type in TypeScript"],
    ["await", "is a reserved word or a predefined type in TypeScript"],
    ["string", "is a reserved word or a predefined type in TypeScript"],
    ["undefined", "is a reserved word or a predefined type in TypeScript"],
    ["ErrorDomain", "is declared by the generated module itself"],
    ["VALUES", "is declared by the generated module itself"],
    ["Record", "would hide the global of that name, which the generated module uses"],
    ["ReadonlyMap", "would hide the global of that name, which the generated module uses"],
    ["Error-Code", "is not a TypeScript identifier"],
  ])("typeName %j is refused", (typeName, why) => {
    expect(() => generate(ts, loadFixture("minimal"), { typeName })).toThrow(`generator "ts": option "typeName" ${JSON.stringify(typeName)} ${why}`);
  });
  test("type names next to the refused ones compile", () => {
    withTempDir((dir) => {
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
      const names = ["Error", "String", "Symbol", "Promise", "Property", "$", "_", "Values", "errors"];
      for (const [i, typeName] of names.entries()) {
        for (const [path, contents] of generate(ts, loadFixture("minimal"), { typeName, style: i % 2 ? "const" : "enum" })) {
          mkdirSync(join(dir, `m${i}`), { recursive: true });
          writeFileSync(join(dir, `m${i}`, path), contents);
        }
      }
      run(TSC, ["--strict", "--noEmit", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", ...names.map((_, i) => `m${i}/index.ts`)], { cwd: dir });
    });
  });
});
