// Catalog notes, catalog-wide defaults and envelope member descriptions (config
// `catalog.notes`, `catalog.defaults`, `envelope.descriptions`) reach every artifact:
// docs (escaped for each format), catalog.json, OpenAPI, and the unknown-code
// fallback of the TS, Go and Python clients.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import SwaggerParser from "@apidevtools/swagger-parser";
import { Validator } from "@seriousme/openapi-schema-validator";
import { parse as parseHtml } from "parse5";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import openapi from "../generators/openapi.js";
import { parse } from "yaml";
import { writeOutDir } from "./support/conformance/out-dir.js";
import { generate, loadFixture } from "./support/fixture.js";
import { GO_ENV, requireTool, run, toolsPython } from "./support/toolchains.js";

const temp = mkdtempSync(join(tmpdir(), "lockstep-notes-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const read = (path: string) => readFileSync(join(temp, path), "utf8");

describe("documented fixture: notes, defaults and member descriptions", () => {
  beforeAll(() => writeOutDir(loadFixture("documented"), temp));

  test("catalog.json carries them", () => {
    const doc = JSON.parse(read("catalog.json")) as { notes: string; defaults: object; envelope: { descriptions: Record<string, string> } };
    expect(doc.notes).toMatch(/^Every error body carries a `request_id`/);
    expect(doc.defaults).toEqual({ unknownRetryable: "yes", retryStrategy: "exponential backoff, 3 tries" });
    expect(Object.keys(doc.envelope.descriptions)).toEqual(["code", "requestId", "docsUrl", "timestamp"]);
  });

  test("OpenAPI: the notes and defaults in the info description, each description on its member", () => {
    const doc = parse(read("openapi/errors.yaml")) as { info: { description: string }; components: { schemas: Record<string, any> } };
    expect(doc.info.description).toContain("\n\nEvery error body carries a `request_id`; quote it to support.\n\n");
    expect(doc.info.description).toContain("the generated clients use retryable `yes` for it.");
    const meta = doc.components.schemas.Error.properties.meta.properties;
    expect(meta.request_id.description).toBe("Id of the request: quote it to support (a `req_` prefix | never <b>bold</b>).");
    expect(meta.timestamp.description).toBe("When the error happened, RFC 3339.");
  });

  test("doc comments: each description on its member in Go, Python and the TS types", () => {
    const text = "Id of the request: quote it to support (a `req_` prefix | never <b>bold</b>).";
    expect(read("go/error.go")).toContain(`\t// RequestID identifies the request (meta.request_id).\n\t//\n\t// ${text}\n\tRequestID string\n`);
    expect(read("python/src/documented_errors/_error.py")).toContain(`    request_id: str | None\n    """Request id.\n\n    ${text}\n    """\n`);
    for (const file of ["ts/index.ts", "ts/index.d.ts"]) expect(read(file)).toContain(`  /**\n   * ${text}\n   */\n  readonly requestId: string | undefined;\n`);
  });

  test("OpenAPI 3.1 and 3.0 with descriptions are valid documents (a described $ref is wrapped in allOf for 3.0)", async () => {
    for (const version of ["3.1", "3.0"]) {
      const doc = parse(generate(openapi, loadFixture("documented"), { version }).get("errors.yaml")!) as { components: { schemas: Record<string, any> } };
      await SwaggerParser.validate(structuredClone(doc) as never);
      const result = await new Validator().validate(structuredClone(doc) as never);
      expect(result.errors ?? []).toEqual([]);
    }
  });

  test("Markdown: notes, defaults and an error body section, escaped", () => {
    const md = read("markdown/errors.md");
    expect(md).toContain("\n\nMatch on the code, never on the message. Text like \\<script\\>alert(1)\\</script\\>, \\{braces\\}, a \\| pipe and \\*stars\\* stays text.\n");
    expect(md).toContain("\n## Error body\n");
    expect(md).toContain("| `meta.request_id` | `requestId` | Id of the request: quote it to support (a `req_` prefix \\| never \\<b\\>bold\\</b\\>). |");
    expect(md).toMatch(/```json\n\{\n  "error": \{\n    "code": "CARD_DECLINED"/);
    // Domain pages (layout per-domain) and other catalogs have none of it.
    expect(md.indexOf("## Error body")).toBeLessThan(md.indexOf("## Billing"));
  });

  test("RST: docutils reads the page without a warning", () => {
    const rst = read("rst/errors.rst");
    expect(rst).toContain("\nError body\n----------\n");
    expect(rst).toContain("- ``meta.request_id`` (requestId): Id of the request\\: quote it to support");
    const python = toolsPython();
    const out = run(python, [
      "-c",
      "import sys, docutils.core\ndocutils.core.publish_string(open(sys.argv[1]).read(), writer_name='html', settings_overrides={'halt_level': 2, 'report_level': 2})\nprint('ok')",
      join(temp, "rst", "errors.rst"),
    ]);
    expect(out.trim()).toBe("ok");
  });

  test("HTML: escaped notes and the member table", () => {
    const html = read("html/errors.html");
    expect(html).toContain("Text like &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)");
    const errors: string[] = [];
    parseHtml(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
    expect(errors).toEqual([]);
    expect(html).toContain("<tr><td><code>meta.request_id</code></td><td>requestId</td><td>Id of the request: quote it to support (a `req_` prefix | never &lt;b&gt;bold&lt;/b&gt;).</td></tr>");
  });

  test("upstream providers: a display name is kept, its slug is the id, and both resolve", async () => {
    const doc = JSON.parse(read("catalog.json")) as { codes: { name: string; upstream: object[] }[] };
    expect(doc.codes.find((c) => c.name === "RATE_LIMITED")!.upstream).toEqual([
      { provider: "meta-whatsapp-cloud-api", name: "Meta (WhatsApp Cloud API)", codes: ["131056", "130429"] },
      { provider: "twilio", codes: ["20429"] },
    ]);
    expect(read("go/codes.go")).toContain("// Upstream Meta (WhatsApp Cloud API) codes: 131056, 130429.");
    expect(read("html/errors.html")).toContain("Upstream Meta (WhatsApp Cloud API) codes: 131056, 130429.");
    const ts = (await import(pathToFileURL(join(temp, "ts", "index.js")).href)) as { fromUpstream(p: string, c: string | number): unknown };
    expect([ts.fromUpstream("Meta (WhatsApp Cloud API)", 131056), ts.fromUpstream("meta-whatsapp-cloud-api", "130429"), ts.fromUpstream("twilio", 20429)]).toEqual([
      "RATE_LIMITED",
      "RATE_LIMITED",
      "RATE_LIMITED",
    ]);
  });

  test("clients: an unknown code gets the catalog's default retry policy; fromUpstream takes the display name or the id (TS, Go, Python)", async () => {
    const body = (code: string) => ({ error: { code, message: "m" } });
    const ts = (await import(pathToFileURL(join(temp, "ts", "index.js")).href)) as { parseError(b: unknown): { retryable: string } };
    expect(["BRAND_NEW", "CARD_DECLINED", "RATE_LIMITED"].map((c) => ts.parseError(body(c)).retryable)).toEqual(["yes", "no", "yes"]);

    const python = toolsPython();
    const py = run(
      python,
      [
        "-c",
        "from documented_errors import ApiError, ErrorCode\nprint(*(ApiError.from_response({'error': {'code': c}}).retryable for c in ('BRAND_NEW', 'CARD_DECLINED')))\nprint(ErrorCode.from_upstream('Meta (WhatsApp Cloud API)', 131056).value, ErrorCode.from_upstream('meta-whatsapp-cloud-api', 130429).value)",
      ],
      { env: { ...process.env, PYTHONPATH: join(temp, "python", "src") } },
    );
    expect(py.trim()).toBe("yes no\nRATE_LIMITED RATE_LIMITED");

    const go = requireTool("go", "install Go 1.21 or later and put it on PATH");
    mkdirSync(join(temp, "go", "cmd", "check"), { recursive: true });
    writeFileSync(
      join(temp, "go", "cmd", "check", "main.go"),
      'package main\n\nimport (\n\t"fmt"\n\n\terrs "example.com/documented/documentederr"\n)\n\nfunc main() {\n\tfmt.Println(errs.Code("BRAND_NEW").Retryable(), errs.Code("CARD_DECLINED").Retryable())\n\tc, _ := errs.FromUpstream("Meta (WhatsApp Cloud API)", "131056")\n\td, _ := errs.FromUpstream("meta-whatsapp-cloud-api", "130429")\n\tfmt.Println(c, d)\n}\n',
    );
    expect(run(go, ["run", "./cmd/check"], { cwd: join(temp, "go"), env: GO_ENV }).trim()).toBe("yes no\nRATE_LIMITED RATE_LIMITED");
  }, 120_000);
});
