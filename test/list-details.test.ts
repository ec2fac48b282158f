// A code whose details are a list of typed objects (`detailsList:`), next to codes whose
// details are one object: the spec's diagnostics, each target's exact output, and the
// generated packages compiled and used by the real toolchains (tsc --strict, go vet +
// a program decoding the list, mypy --strict + ruff). The decode → encode round trip of
// a real-shaped body is in conformance-suite.test.ts (family `list-details`).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Catalog } from "../src/catalog/model.js";
import { diagnose } from "./support/diagnose.js";
import { loadFixture } from "./support/fixture.js";
import { writeOutDir } from "./support/conformance/out-dir.js";
import { GO_ENV, requireTool, run, toolsPython } from "./support/toolchains.js";
import { TSC } from "./support/tsc.js";

const ROOT = join(import.meta.dirname, "..");
const BIN = (venvTool: string) => join(toolsPython(), "..", venvTool);
const SPEC = "codes:\n  - name: A\n    detailsList:\n      field: { type: string, required: true }\n";

describe("detailsList: diagnostics", () => {
  test("a list-details code compiles in an envelope with a details member", () => {
    expect(diagnose({ "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: error-object\n", "spec/a.yaml": SPEC })).toEqual([]);
  });
  test("a bad item type is LS026 at the type", () => {
    const spec = "codes:\n  - name: A\n    detailsList:\n      field: { type: text }\n";
    expect(diagnose({ "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: error-object\n", "spec/a.yaml": spec })[0]).toMatch(/^spec\/a\.yaml:4:\d+ error LS0\d\d: .*text/);
    const noFields = "codes:\n  - name: A\n    detailsList:\n      items: { type: object }\n";
    expect(diagnose({ "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: error-object\n", "spec/a.yaml": noFields })).toEqual([
      'spec/a.yaml:4:22 error LS026: details field "items": type object needs "fields"',
    ]);
  });
  test("details and detailsList together: LS026 at detailsList", () => {
    const spec = "codes:\n  - name: A\n    details:\n      x: string\n    detailsList:\n      field: string\n";
    expect(diagnose({ "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: error-object\n", "spec/a.yaml": spec })).toEqual([
      "spec/a.yaml:6:7 error LS026: A declares both `details` and `detailsList`; keep one",
    ]);
  });
  test("an envelope that cannot carry a list: LS035 at detailsList", () => {
    expect(diagnose({ "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: rfc9457\n", "spec/a.yaml": SPEC })).toEqual([
      "spec/a.yaml:4:7 error LS035: A declares a list of details, but the envelope puts details next to the code (`detailsShape: inline`), where a list cannot go; use `details:` or an envelope with a details member",
    ]);
    expect(diagnose({ "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: flat\n", "spec/a.yaml": SPEC })).toEqual([
      "spec/a.yaml:4:7 error LS035: A declares details, but the envelope has no details member to carry them; list one (`fields: { details: details }`) or put them next to the code (`detailsShape: inline`)",
    ]);
    expect(diagnose({ "lockstep.config.yaml": "catalog:\n  name: t\n  envelope: reason-domain\n", "spec/a.yaml": SPEC })).toEqual([
      "spec/a.yaml:4:7 error LS035: A declares a list of details, but every code's details are a list already in this envelope (`detailsShape: list`); write `details:` for the fields of each item",
    ]);
  });
  test("an alias inherits the list", () => {
    const catalog = loadFixture("envelopes/list-details");
    expect(Object.fromEntries(catalog.codes.map((c) => [c.name, c.detailsList]))).toEqual({ INVALID_FIELDS: true, BAD_FIELDS: true, RATE_LIMITED: false, NOT_FOUND: false });
  });
});

describe("detailsList: every target, exactly, and compiled by the real toolchains", () => {
  let catalog: Catalog;
  let dir: string;
  const read = (path: string) => readFileSync(join(dir, path), "utf8");
  beforeAll(() => {
    catalog = loadFixture("envelopes/list-details");
    dir = mkdtempSync(join(tmpdir(), "lockstep-list-details-"));
    writeOutDir(catalog, dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("catalog.json marks the code; docs say 'a list of'", () => {
    const json = JSON.parse(read("catalog.json")) as { codes: { name: string; detailsList?: boolean }[] };
    expect(Object.fromEntries(json.codes.map((c) => [c.name, c.detailsList]))).toEqual({ INVALID_FIELDS: true, BAD_FIELDS: true, RATE_LIMITED: undefined, NOT_FOUND: undefined });
    expect(read("markdown/errors.md")).toContain("**Details:** a list of: field (required), hint, reason (required).");
    expect(read("rst/errors.rst")).toContain("*Details*\\: a list of\\: field (required), hint, reason (required).");
    expect(read("html/errors.html")).toContain("<strong>Details:</strong> a list of: field (required), hint, reason (required).<ul");
    expect(read("markdown/errors.md")).toContain("**Details:** limit (required).");
  });

  test("OpenAPI: the code's details are an array of the item object; the generic member takes either", () => {
    const doc = JSON.parse(read("openapi/errors.json")) as { components: { schemas: Record<string, unknown> } };
    const s = doc.components.schemas;
    expect(s.InvalidFieldsDetails).toEqual({
      type: "array",
      description: "Details of `INVALID_FIELDS`: a list of objects.",
      items: {
        type: "object",
        properties: {
          field: { type: "string", description: "The field's JSON path." },
          hint: { type: "string" },
          reason: { type: "string", enum: ["missing", "format", "range"] },
        },
        required: ["field", "reason"],
      },
    });
    expect((s.RateLimitedDetails as { type: string }).type).toBe("object");
    expect(JSON.stringify(s)).toContain('"anyOf":[{"type":"object","additionalProperties":true},{"type":"array","items":{"type":"object","additionalProperties":true}}]');
  });

  test("OpenAPI with union: true: the code's variant takes the real list body and refuses one object", () => {
    const union = join(dir, "union");
    writeOutDir(catalog, union, { openapi: { union: true } });
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema(JSON.parse(readFileSync(join(union, "openapi", "errors.json"), "utf8")) as object, "doc");
    const valid = (body: unknown) => ajv.validate({ $ref: "doc#/components/schemas/Error" }, body);
    const example = JSON.parse(readFileSync(join(ROOT, "test/fixtures/envelopes/list-details/example.json"), "utf8")) as { error: { details: unknown[] } };
    expect(valid(example)).toBe(true);
    expect(valid({ ...example, error: { ...example.error, details: example.error.details[0] } })).toBe(false);
    expect(valid({ error: { code: "RATE_LIMITED", message: "m", details: [{ limit: 1 }] } })).toBe(false);
  });

  test("TypeScript: a readonly array type, tsc --strict accepts a list and refuses one object", () => {
    expect(read("ts/index.d.ts")).toContain(
      '  INVALID_FIELDS: readonly {\n    /**\n     * The field\'s JSON path.\n     */\n    readonly field: string;\n    readonly hint?: string;\n    readonly reason: "missing" | "format" | "range";\n  }[];\n',
    );
    expect(read("ts/index.js")).toContain('const LIST_DETAILS = new Set(["BAD_FIELDS", "INVALID_FIELDS"]);');
    writeFileSync(
      join(dir, "ts", "client.ts"),
      [
        'import { ApiError, ErrorCode, parseError, type DetailsOf } from "./index.js";',
        'const items: DetailsOf<ErrorCode.INVALID_FIELDS> = [{ field: "email", reason: "format" }, { field: "age", reason: "range", hint: "18+" }];',
        "export const first: string = items[0]!.field;",
        "// @ts-expect-error a list code's details are a list, not one object",
        'export const one: DetailsOf<ErrorCode.INVALID_FIELDS> = { field: "email", reason: "format" };',
        "export const err = new ApiError(ErrorCode.INVALID_FIELDS, { details: items });",
        "export const reasons: readonly string[] = err.details.map((d) => d.reason);",
        "export const limit: number = new ApiError(ErrorCode.RATE_LIMITED, { details: { limit: 3 } }).details.limit;",
        "export const parsed = parseError({});",
        "",
      ].join("\n"),
    );
    run(TSC, ["--strict", "--noEmit", "--skipLibCheck", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", join(dir, "ts", "client.ts")]);
  });

  test("TypeScript runtime: a constructed list-details error defaults to [] and encodes its list", async () => {
    const m = (await import(join(dir, "ts", "index.js"))) as {
      ApiError: new (code: string, init?: object) => { details: unknown; toJSON(): unknown };
      parseError: (body: unknown) => { details: unknown };
    };
    expect(new m.ApiError("INVALID_FIELDS").details).toEqual([]);
    expect(new m.ApiError("RATE_LIMITED", { details: { limit: 1 } }).details).toEqual({ limit: 1 });
    const items = [{ field: "email", reason: "format" }];
    expect(new m.ApiError("INVALID_FIELDS", { details: items }).toJSON()).toEqual({ error: { code: "INVALID_FIELDS", message: "Invalid fields", details: items } });
    // A list where one object is declared is not the code's details.
    expect(m.parseError({ error: { code: "RATE_LIMITED", details: items } }).details).toEqual({});
  });

  test("Go: one item struct; go vet, and a program decodes the list with DecodeDetails", () => {
    const go = requireTool("go", "install Go 1.21 or later and put it on PATH");
    expect(read("go/details.go")).toContain(
      "// InvalidFieldsDetails is one item of the list of details of [CodeInvalidFields]; decode them with [Error.DecodeDetails] into a *[]InvalidFieldsDetails.\ntype InvalidFieldsDetails struct {",
    );
    expect(read("go/details.go")).toContain("// RateLimitedDetails are the details of [CodeRateLimited]; decode them with [Error.DecodeDetails] into a *RateLimitedDetails.");
    const module = /^module (\S+)$/m.exec(read("go/go.mod"))![1]!;
    const body = JSON.stringify(JSON.parse(readFileSync(join(ROOT, "test/fixtures/envelopes/list-details/example.json"), "utf8")));
    writeFileSync(
      join(dir, "go", "list_details_test.go"),
      `package ${module.split("/").at(-1)}\n\nimport "testing"\n\nfunc TestListDetails(t *testing.T) {\n\te, err := Decode([]byte(${JSON.stringify(body)}))\n\tif err != nil {\n\t\tt.Fatal(err)\n\t}\n\tvar items []InvalidFieldsDetails\n\tif err := e.DecodeDetails(&items); err != nil {\n\t\tt.Fatal(err)\n\t}\n\tif len(items) != 2 || items[0].Field != "email" || items[0].Hint != "name@example.com" || items[1].Reason != "range" {\n\t\tt.Fatalf("%+v", items)\n\t}\n}\n`,
    );
    run(go, ["vet", "./..."], { cwd: join(dir, "go"), env: GO_ENV });
    run(go, ["test", "-count=1", "./..."], { cwd: join(dir, "go"), env: GO_ENV });
  });

  test("Python: details_as gives a typed list; mypy --strict and ruff accept the package and a client", () => {
    const py = read("python/src/fields_errors/_error.py");
    expect(py).toContain("    ) -> Sequence[_details.InvalidFieldsDetails] | None: ...");
    expect(py).toContain("    ) -> _details.RateLimitedDetails | None: ...");
    expect(py).toContain("            _put(body, _DETAILS, [dict(d) for d in self.details])");
    expect(read("python/src/fields_errors/details.py")).toContain(
      '    """One item of the list of details of ``ErrorCode.INVALID_FIELDS`` (``INVALID_FIELDS`` in requests).\n',
    );
    const src = join(dir, "python", "src");
    writeFileSync(
      join(src, "client.py"),
      [
        "from collections.abc import Sequence",
        "",
        "from fields_errors import ApiError, ErrorCode",
        "from fields_errors.details import InvalidFieldsDetails",
        "",
        'err = ApiError.from_response({"error": {"code": "INVALID_FIELDS", "details": [{"field": "a", "reason": "range"}]}})',
        "items: Sequence[InvalidFieldsDetails] | None = err.details_as(ErrorCode.INVALID_FIELDS)",
        'first: str = items[0]["field"] if items else ""',
        "",
      ].join("\n"),
    );
    run(BIN("mypy"), ["--strict", "--cache-dir", join(dir, ".mypy"), src], { env: { ...process.env, MYPYPATH: src } });
    run(BIN("ruff"), ["check", "--no-cache", "--extend-select", "E,F,W,I,UP,B,A,N", "--ignore", "E501", join(src, "fields_errors")]);
    run(BIN("ruff"), ["format", "--no-cache", "--check", join(src, "fields_errors")]);
    const out = run(toolsPython(), ["-c", "import client; print(client.first)"], { cwd: src });
    expect(out).toBe("a\n");
  });
});
