// The TypeScript package's error runtime, used as generated: a consumer project with
// the package in node_modules (index.d.ts for tsc, index.js for Node, no build step).
// Type-level cases in test/ts-examples/types.ts (`@ts-expect-error` on every refusal)
// under --strict and exactOptionalPropertyTypes; the README's server and client
// examples (test/ts-examples/) compiled and run.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import ts from "../generators/ts.js";
import { loadProject } from "../src/io/project.js";
import { generate } from "./support/fixture.js";
import { run, withTempDir } from "./support/toolchains.js";

const ROOT = join(import.meta.dirname, "..");
const TSC = join(ROOT, "node_modules", ".bin", "tsc");
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

test("the README shows the server and client examples as tested", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  for (const file of ["server.ts", "client.ts"]) expect(readme, file).toContain("```ts\n" + readFileSync(join(EXAMPLES, file), "utf8") + "```\n");
});
