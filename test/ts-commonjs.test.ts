// A CommonJS consumer of the generated TypeScript package (no "type": "module"), under
// TypeScript `module: node16` and `nodenext`: tsc --strict resolves the package's `require`
// condition (index.d.cts) instead of reporting TS1479, and node runs the compiled require()
// (index.cjs → index.js), getting the very module an ES module import gets (one ApiError class).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import ts from "../generators/ts.js";
import { generate, loadFixture } from "./support/fixture.js";
import { run, withTempDir } from "./support/toolchains.js";
import { TSC } from "./support/tsc.js";

const ROOT = join(import.meta.dirname, "..");

const CONSUMER = `import { ApiError, ErrorCode, isErrorCode, parseError } from "minimal-errors";
declare const console: { log(line: string): void }; // no @types/node: tsc stays quick

const code: ErrorCode = ErrorCode.NOT_FOUND;
const parsed = parseError({ error: { code: "RATE_LIMITED", message: "Slow down" } }, 429);
const err = new ApiError(ErrorCode.NOT_FOUND, { message: "No such thing" });
// The ES module build, loaded by import(): the same module, so the same class.
import("minimal-errors").then((m) => {
  console.log([code, isErrorCode("NOPE"), String(parsed.rawCode), err.code, err instanceof m.ApiError, m.ApiError === ApiError].join(" "));
});
`;

test.each(["node16", "nodenext"])("module %s: a CommonJS consumer compiles with tsc --strict and runs under node", (module) => {
  withTempDir((dir) => {
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    const pkg = join(dir, "node_modules", "minimal-errors");
    mkdirSync(pkg, { recursive: true });
    for (const [path, contents] of generate(ts, loadFixture("minimal"))) if (path !== "index.ts") writeFileSync(join(pkg, path), contents);
    writeFileSync(join(dir, "main.ts"), CONSUMER);
    run(TSC, ["--strict", "--target", "ES2022", "--lib", "ES2022", "--module", module, "--moduleResolution", module, "--outDir", "dist", "main.ts"], { cwd: dir });
    expect(run(process.execPath, ["dist/main.js"], { cwd: dir })).toBe("NOT_FOUND false RATE_LIMITED NOT_FOUND true true\n");
  });
}, 60_000);
