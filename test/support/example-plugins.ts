// What both example plugins' tests (examples-rust, examples-java) expect of an example:
// its dump program prints the hostile catalog's text exactly, and `lockstep check` in the
// example's folder finds its committed out/ up to date.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { hostileCatalog } from "lockstep/testing";
import type { Generator } from "lockstep";

/** name, title, description and statuses of every hostile code, each field NUL-terminated, as the dump programs print them. */
export function expectedDump(generator: Generator<unknown>): string {
  return hostileCatalog(generator)
    .codes.map((c) => [c.name, c.title, c.description ?? "<none>", `[${c.status.all.join(", ")}]`].join("\0") + "\0")
    .join("");
}

/** `lockstep check`'s output in an example's folder (throws when it exits non-zero). */
export function checkExample(example: string): string {
  return execFileSync(process.execPath, [join(example, "..", "..", "bin", "lockstep.mjs"), "check"], { cwd: example, encoding: "utf8" });
}
