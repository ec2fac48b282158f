// examples/java: a Java package generator written only against the public API
// ("lockstep", "lockstep/testing", resolved through the package's own exports to
// dist/), put through the harness every built-in gets, then through the real
// toolchain: the hostile-text package must compile with `javac -Xlint:all -Werror
// -Xdoclint:all/protected` (Javadoc checked as HTML), and a program printing every
// code's strings must print the spec's exact text.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { generatorSuite } from "lockstep/testing";
import java from "../examples/java/generator.mjs";
import { checkExample, expectedDump } from "./support/example-plugins.js";
import { requireTool, run } from "./support/toolchains.js";

const EXAMPLE = join(import.meta.dirname, "..", "examples", "java");
const MISSING = "install a JDK 17 or later (apt-get install openjdk-17-jdk-headless): the Java example's test compiles the generated package";

/** Prints each code's wire value, title, description and statuses, NUL-separated, as UTF-8. */
const DUMP = `package dump;

import errors.ErrorCode;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Prints the codes. */
public final class Dump {
    private Dump() {}

    /**
     * Entry point.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        for (ErrorCode code : ErrorCode.values()) {
            out.print(code.wireValue() + "\\0" + code.title() + "\\0" + code.description().orElse("<none>") + "\\0" + Arrays.toString(code.statuses()) + "\\0");
            if (ErrorCode.fromWire(code.toString()).orElseThrow() != code) throw new AssertionError(code);
        }
        out.flush();
    }
}
`;

let printed = "";

generatorSuite(java, test, {
  config: join(EXAMPLE, "lockstep.config.yaml"),
  golden: join(EXAMPLE, "out", "java"),
  timeout: 120_000,
  compile: (dir) => {
    const javac = requireTool("javac", MISSING);
    const javaBin = requireTool("java", MISSING);
    mkdirSync(join(dir, "dump"));
    writeFileSync(join(dir, "dump", "Dump.java"), DUMP);
    run(javac, ["-Xlint:all", "-Werror", "-Xdoclint:all/protected", "-d", join(dir, "classes"), "errors/ErrorCode.java", "dump/Dump.java"], { cwd: dir });
    printed = run(javaBin, ["-cp", join(dir, "classes"), "dump.Dump"], { cwd: dir });
  },
});

test("the hostile package's string literals hold the spec's exact text", () => {
  expect(printed, "runs after the hostile-text test above").not.toBe("");
  expect(printed).toBe(expectedDump(java));
});

test("used as a plugin, `lockstep generate` writes the committed out/ of the example", () => {
  expect(checkExample(EXAMPLE)).toContain("up to date");
});
