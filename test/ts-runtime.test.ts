// The TypeScript package's error runtime, used as generated: a consumer project with
// the package in node_modules (index.d.ts for tsc, index.js for Node, no build step).
// Type-level cases in test/ts-examples/types.ts (`@ts-expect-error` on every refusal)
// under --strict and exactOptionalPropertyTypes; the README's server and client
// examples (test/ts-examples/) compiled and run.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import ts from "../generators/ts.js";
import { loadProject } from "../src/io/project.js";
import { codeOf } from "../src/catalog/model.js";
import { generate } from "./support/fixture.js";
import { run, withTempDir } from "./support/toolchains.js";
import { TSC } from "./support/tsc.js";

const ROOT = join(import.meta.dirname, "..");
const EXAMPLES = join(import.meta.dirname, "ts-examples");
const STRICT = ["--strict", "--exactOptionalPropertyTypes", "--noUncheckedIndexedAccess", "--skipLibCheck", "--target", "ES2022", "--lib", "ES2022,DOM"];

function example() {
  const project = loadProject(join(ROOT, "lockstep.config.yaml"));
  if (!project.catalog) throw new Error("the example project does not compile");
  return project.catalog;
}

/** A consumer project whose node_modules/relay-errors is the generated package (without index.ts). */
function consumer(dir: string, options: Record<string, unknown>): void {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", dependencies: { "relay-errors": "*" } }));
  const pkg = join(dir, "node_modules", "relay-errors");
  mkdirSync(pkg, { recursive: true });
  for (const [path, contents] of generate(ts, example(), options)) if (path !== "index.ts") writeFileSync(join(pkg, path), contents);
  cpSync(EXAMPLES, dir, { recursive: true });
}

const STYLES = [
  { name: "enum", options: {}, flags: [] as string[] },
  { name: "const", options: { style: "const" }, flags: ["--erasableSyntaxOnly", "--verbatimModuleSyntax"] },
];

describe.each(STYLES)("$name style", ({ options, flags }) => {
  test.each([
    ["NodeNext", "NodeNext"],
    ["ESNext", "Bundler"],
  ])("typed details, refusals and narrowing (module %s, moduleResolution %s)", (module, resolution) => {
    withTempDir((dir) => {
      consumer(dir, options);
      run(TSC, [...STRICT, "--noEmit", "--module", module, "--moduleResolution", resolution, ...flags, "types.ts"], { cwd: dir });
    });
  });

  test("the README's server and client examples compile and run", () => {
    withTempDir((dir) => {
      consumer(dir, options);
      run(TSC, [...STRICT, "--module", "NodeNext", "--moduleResolution", "NodeNext", "--outDir", "dist", ...flags, "server.ts", "client.ts"], { cwd: dir });
      expect(run(process.execPath, ["dist/server.js"], { cwd: dir })).toBe(
        "402 no https://docs.relay.example/errors#insufficient-balance\n" +
          '{"error":{"code":"INSUFFICIENT_BALANCE","message":"Balance 3.2 USD cannot cover 5 USD.","status":402,"details":{"balance":3.2,"currency":"USD","required_amount":5,"auto_recharge":false}},"meta":{"request_id":"req_42","docs_url":"https://docs.relay.example/errors#insufficient-balance"}}\n',
      );
      expect(run(process.execPath, ["dist/client.js"], { cwd: dir })).toMatch(
        /^top up: 1\.5 EUR left\nunknown error BRAND_NEW_CODE\nnot an error response: the body is not JSON \(.+\)\n$/,
      );
    });
  });
});

// What a server gets from the catalog when it constructs an error, code by code, in the
// index.js that plain Node runs (index.ts runs the same, see test/ts.test.ts).
test("every code constructs with its catalog status, title, docs URL and retryability; aliases and planned codes as what they stand for", async () => {
  const catalog = example();
  const dir = mkdtempSync(join(tmpdir(), "lockstep-"));
  try {
    consumer(dir, {});
    type Made = { code: string | undefined; rawCode: string; status: number | undefined; title: string | undefined; docsUrl: string | undefined; retryable: string; domain: string | undefined; message: string };
    const m = (await import(pathToFileURL(join(dir, "node_modules", "relay-errors", "index.js")).href)) as {
      ApiError: new (code: string, init?: object) => Made;
      fromUpstream(provider: string, code: string | number): string | undefined;
    };
    for (const c of catalog.codes) {
      // A planned code surfaces as the code clients see; an alias as its canonical code.
      let shown = c.lifecycle === "planned" && c.surfacesAs ? codeOf(catalog, c.surfacesAs) : c;
      if (shown.aliasOf) shown = codeOf(catalog, shown.aliasOf);
      const made = new m.ApiError(c.name, { details: {} });
      expect({ code: made.code, rawCode: made.rawCode, status: made.status, title: made.title, message: made.message, docsUrl: made.docsUrl, retryable: made.retryable, domain: made.domain }, c.key).toEqual({
        code: shown.name,
        rawCode: shown.name,
        status: shown.status.primary,
        title: shown.title,
        message: shown.title,
        docsUrl: shown.docsUrl,
        retryable: shown.retry.retryable,
        domain: shown.domain,
      });
      for (const u of c.upstream) for (const code of u.codes) expect(m.fromUpstream(u.provider, code), `${u.provider} ${code}`).toBe(c.name);
    }
    expect(catalog.codes.filter((c) => c.aliasOf).length, "the example has aliases").toBeGreaterThan(0);
    expect(catalog.codes.filter((c) => c.lifecycle === "planned" && c.surfacesAs).length, "the example has planned codes").toBeGreaterThan(0);
    expect(m.fromUpstream("no-such-provider", "x")).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the README shows the server and client examples as tested", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  for (const file of ["server.ts", "client.ts"]) expect(readme, file).toContain("```ts\n" + readFileSync(join(EXAMPLES, file), "utf8") + "```\n");
});
