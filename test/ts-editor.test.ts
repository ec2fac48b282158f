// What an editor shows for the generated TypeScript package, asked of TypeScript's own
// language service on a consumer project (the package in node_modules, as generated):
// completion on `ErrorCode.` with deprecated members marked, the `@deprecated`
// strike-through, hover docs, go-to-definition into index.d.ts, and an exhaustive
// `switch (err.code)` over every code that closes on `never`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import tsGenerator from "../generators/ts.js";
import { loadProject } from "../src/io/project.js";
import { generate } from "./support/fixture.js";
import { withTempDir } from "./support/toolchains.js";

const ROOT = join(import.meta.dirname, "..");

function example() {
  const project = loadProject(join(ROOT, "lockstep.config.yaml"));
  if (!project.catalog) throw new Error("the example project does not compile");
  return project.catalog;
}

/** A language service over `files` (name → text) in `dir`, the package in node_modules/relay-errors. */
function service(dir: string, options: Record<string, unknown>, files: Record<string, string>) {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", dependencies: { "relay-errors": "*" } }));
  const pkg = join(dir, "node_modules", "relay-errors");
  mkdirSync(pkg, { recursive: true });
  for (const [path, contents] of generate(tsGenerator, example(), options)) if (path !== "index.ts") writeFileSync(join(pkg, path), contents);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const compilerOptions: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
  };
  const names = Object.keys(files).map((f) => join(dir, f));
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => compilerOptions,
    getScriptFileNames: () => names,
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) => (ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file)!) : undefined),
    getCurrentDirectory: () => dir,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath!,
  };
  return { ls: ts.createLanguageService(host, ts.createDocumentRegistry()), file: (name: string) => join(dir, name), pkg };
}

const errorsOf = (ls: ts.LanguageService, file: string) => ls.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));

const STYLES = [
  { name: "enum", options: {} },
  { name: "const", options: { style: "const" } },
];

describe.each(STYLES)("$name style", ({ options }) => {
  test("completion, strike-through, hover and go-to-definition on ErrorCode members", () => {
    withTempDir((dir) => {
      const text = 'import { ErrorCode } from "relay-errors";\nexport const old = ErrorCode.TOKEN_EXPIRED;\nexport const probe = ErrorCode.';
      const { ls, file, pkg } = service(dir, options, { "editor.ts": text });
      const f = file("editor.ts");
      const names = example().codes.map((c) => c.name).sort();

      const completion = ls.getCompletionsAtPosition(f, text.length, { triggerCharacter: "." })!;
      const entries = new Map(completion.entries.map((e) => [e.name, e]));
      expect([...entries.keys()].sort()).toEqual(names);
      const deprecated = completion.entries.filter((e) => e.kindModifiers?.split(",").includes("deprecated")).map((e) => e.name).sort();
      expect(deprecated).toEqual(example().codes.filter((c) => c.deprecated).map((c) => c.name).sort());

      // The strike-through: a suggestion diagnostic marked reportsDeprecated on the use.
      const use = text.indexOf("TOKEN_EXPIRED");
      const strike = ls.getSuggestionDiagnostics(f).filter((d) => d.reportsDeprecated);
      expect(strike.map((d) => [d.start, d.length])).toEqual([[use, "TOKEN_EXPIRED".length]]);

      const hover = ls.getQuickInfoAtPosition(f, use)!;
      // The docs URL is a paragraph, not an `@see` tag (a `@see` per code makes tsc parse every doc comment).
      const documentation = ts.displayPartsToString(hover.documentation);
      expect(documentation.startsWith("Token expired.\n\nAn access token or a signed media URL has expired.\n\nHTTP 401. Not retryable.\n\nRelated: ")).toBe(true);
      expect(documentation).toMatch(/\n\nAdded in version 1\.0\.0\.\n\nSee https:\/\/\S+#token-expired$/);
      expect(hover.tags?.map((t) => t.name)).toEqual(["deprecated"]);
      expect(ts.displayPartsToString(hover.tags?.[0]?.text)).toMatch(/^use \{@link ErrorCode\.ACCESS_TOKEN_EXPIRED\} instead[ .]/);
      // The link resolves: it is a linkName part whose target is the replacement's declaration.
      const link = hover.tags?.[0]?.text?.find((p) => p.kind === "linkName") as ts.JSDocLinkDisplayPart | undefined;
      expect(link?.text).toBe("ErrorCode.ACCESS_TOKEN_EXPIRED");
      const target = readFileSync(link!.target.fileName, "utf8").slice(link!.target.textSpan.start);
      expect(target).toMatch(/^(readonly )?ACCESS_TOKEN_EXPIRED/);

      const [definition] = ls.getDefinitionAtPosition(f, use)!;
      expect(definition!.fileName).toBe(join(pkg, "index.d.ts"));
      const dts = readFileSync(definition!.fileName, "utf8");
      expect(dts.slice(definition!.textSpan.start, definition!.textSpan.start + definition!.textSpan.length)).toBe("TOKEN_EXPIRED");
    });
  });

  test("a switch over every code closes on never; leaving one out does not", () => {
    withTempDir((dir) => {
      const codes = example().codes.map((c) => c.name);
      const consumer = (skip: string | undefined) =>
        [
          'import { ErrorCode, type ParsedError } from "relay-errors";',
          "export function all(err: ParsedError): string {",
          "  switch (err.code) {",
          ...codes.filter((c) => c !== skip).map((c) => `    case ErrorCode.${c}:`),
          "      return err.code;",
          "    case undefined:",
          "      return err.rawCode ?? err.problem;",
          "    default: {",
          "      const rest: never = err;",
          "      return rest;",
          "    }",
          "  }",
          "}",
          "",
        ].join("\n");
      const { ls, file } = service(dir, options, { "all.ts": consumer(undefined), "missing.ts": consumer("TOKEN_EXPIRED") });
      expect(errorsOf(ls, file("all.ts"))).toEqual([]);
      expect(errorsOf(ls, file("missing.ts"))).toEqual([expect.stringMatching(/^Type 'ApiError<ErrorCode\.TOKEN_EXPIRED>' is not assignable to type 'never'\.|^Type 'ApiError<"TOKEN_EXPIRED">' is not assignable to type 'never'\./)]);
    });
  });
});
