// examples/rust: a Rust crate generator written only against the public API
// ("lockstep", "lockstep/testing", resolved through the package's own exports to
// dist/), put through the harness every built-in gets, then through the real
// toolchain: the hostile-text crate must `cargo build` and `cargo test` with warnings
// denied, and a program printing every code's strings must print the spec's exact text.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { generatorSuite } from "lockstep/testing";
import rust from "../examples/rust/generator.mjs";
import { checkExample, expectedDump } from "./support/example-plugins.js";
import { requireTool, run } from "./support/toolchains.js";

const EXAMPLE = join(import.meta.dirname, "..", "examples", "rust");

/** Prints each code's wire value, title and description, NUL-separated. */
const DUMP = `use torture_errors::ErrorCode;
fn main() {
    for code in ErrorCode::ALL {
        print!("{}\\0{}\\0{}\\0{:?}\\0", code.as_str(), code.title(), code.description().unwrap_or("<none>"), code.statuses());
    }
}
`;

function cargo(dir: string, args: readonly string[]): string {
  const cargoPath = requireTool("cargo", "install Rust (https://rustup.rs): the Rust example's test builds the generated crate with cargo");
  return run(cargoPath, [...args, "--offline", "--quiet"], { cwd: dir, env: { ...process.env, CARGO_TARGET_DIR: join(dir, ".target"), RUSTFLAGS: "-D warnings", CARGO_TERM_COLOR: "never" } });
}

let printed = "";

generatorSuite(rust, test, {
  config: join(EXAMPLE, "lockstep.config.yaml"),
  golden: join(EXAMPLE, "out", "rust"),
  timeout: 120_000,
  compile: (dir) => {
    cargo(dir, ["build"]);
    const tests = cargo(dir, ["test"]);
    if (!/test result: ok\. 2 passed/.test(tests)) throw new Error(`cargo test did not run the generated tests:\n${tests}`);
    mkdirSync(join(dir, "examples"));
    writeFileSync(join(dir, "examples", "dump.rs"), DUMP);
    printed = cargo(dir, ["run", "--example", "dump"]);
  },
});

test("the hostile crate's string literals hold the spec's exact text", () => {
  expect(printed, "runs after the hostile-text test above").not.toBe("");
  expect(printed).toBe(expectedDump(rust));
});

test("used as a plugin, `lockstep generate` writes the committed out/ of the example", () => {
  expect(checkExample(EXAMPLE)).toContain("up to date");
});
