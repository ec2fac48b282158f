// Loaded with `node --import` into a `lockstep generate` that test/crash.test.ts spawns.
// Counts the file operations the run makes under out/ (writes, renames into or within it —
// staged files are renamed in from outside —, deletions) and,
// at the LOCKSTEP_KILL_AT-th, SIGKILLs its own process just before performing it: the
// kill lands exactly where the test aims, mid-write, however loaded the machine is (a
// kill sent from outside races a write phase of a few milliseconds). The product code
// is untouched; only node:fs is wrapped. LOCKSTEP_COUNT_TO=<file> records, at exit, how
// many such operations the whole run made.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { sep } from "node:path";

const at = Number(process.env.LOCKSTEP_KILL_AT ?? 0);
const countTo = process.env.LOCKSTEP_COUNT_TO;
const writeFile = fs.writeFileSync;
const under = `${sep}out${sep}`;
let count = 0;

for (const name of ["writeFileSync", "renameSync", "unlinkSync"]) {
  const original = fs[name];
  fs[name] = function (path, ...rest) {
    const touchesOut = String(path).includes(under) || (name === "renameSync" && String(rest[0]).includes(under));
    if (touchesOut && ++count === at) process.kill(process.pid, "SIGKILL");
    return original.call(this, path, ...rest);
  };
}
// ES module imports of node:fs (the CLI bundle's) see the wrapped functions too.
syncBuiltinESMExports();

if (countTo) process.on("exit", () => writeFile(countTo, String(count)));
