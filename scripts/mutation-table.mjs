// Prints the mutation score of each module as a Markdown table, from the committed
// Stryker results (test/mutation/stryker-incremental.json, written by
// `pnpm test:mutation`). Score = (killed + timed out) / (killed + timed out + survived
// + no coverage), Stryker's own definition; compile errors (the TypeScript checker
// rejected the mutant) and ignored mutants (listed in test/mutation/EQUIVALENT.md) do
// not count. A module with no results is shown as not run. A module marked `perFile`
// (the generators, each scored after the change that last edited it) also gets a row
// per file, "not run" for a file without results, and counts as reaching the target
// only when every one of its files is scored and does. A file whose source has changed
// since its results were recorded is counted in "changed since": its score is that of the
// older source until `pnpm test:mutation` runs it again.
//
//   node scripts/mutation-table.mjs [results.json]
import { existsSync, readFileSync } from "node:fs";
import { INCREMENTAL_FILE, MUTATION_MODULES, filesOf, moduleOf } from "./mutation-modules.mjs";

const TARGET = 85;
const file = process.argv[2] ?? INCREMENTAL_FILE;
const report = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { files: {} };

const blank = () => ({ files: 0, stale: 0, Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0, Pending: 0 });
const stats = new Map(MUTATION_MODULES.map((m) => [m.name, blank()]));
const perFile = new Map();
for (const [path, result] of Object.entries(report.files ?? {})) {
  const file = path.replace(/\\/g, "/");
  const s = stats.get(moduleOf(file));
  if (!s) continue;
  const f = blank();
  perFile.set(file, f);
  const changed = !existsSync(file) || readFileSync(file, "utf8") !== result.source;
  for (const x of [s, f]) {
    x.files++;
    if (changed) x.stale++;
    for (const m of result.mutants) x[m.status] = (x[m.status] ?? 0) + 1;
  }
}

const rows = [["module", "mutants", "killed", "timed out", "survived", "no coverage", "compile errors", "ignored (equivalent)", "score", `≥ ${TARGET} %`, "files changed since"]];
let all = blank();
for (const module of MUTATION_MODULES) {
  const { name } = module;
  const s = stats.get(name);
  const inModule = filesOf(module);
  const files = module.perFile ? inModule : [];
  const scored = files.filter((f) => perFile.has(f));
  // A file added to a module after its run has no results: the module is then only partly scored.
  const unscored = inModule.filter((f) => !perFile.has(f)).length;
  if (s.files === 0) {
    rows.push([module.perFile ? `${name} (0 of ${files.length} files)` : name, "—", "—", "—", "—", "—", "—", "—", "not run", "no", "—"]);
  } else {
    for (const k of Object.keys(all)) all[k] += s[k];
    const r = row(module.perFile ? `${name} (${scored.length} of ${files.length} files)` : name, s);
    if (unscored > 0) r[r.length - 2] = "no (partial)";
    if (unscored > 0 && !module.perFile) r[0] = `${name} (${inModule.length - unscored} of ${inModule.length} files)`;
    rows.push(r);
  }
  for (const f of files) rows.push(perFile.has(f) ? row(`↳ \`${f}\``, perFile.get(f)) : [`↳ \`${f}\``, "—", "—", "—", "—", "—", "—", "—", "not run", "no", "—"]);
}
rows.push(row("**all run**", all));
console.log(rows.map((r, i) => `| ${r.join(" | ")} |` + (i === 0 ? `\n|${" --- |".repeat(r.length)}` : "")).join("\n"));

function row(name, s) {
  const detected = s.Killed + s.Timeout;
  const valid = detected + s.Survived + s.NoCoverage;
  const total = valid + s.CompileError + s.RuntimeError + s.Ignored + s.Pending;
  const score = valid ? (100 * detected) / valid : 0;
  // A file Stryker places no mutant in (generators/index.ts) has nothing to miss.
  const [shown, met] = total === 0 ? ["no mutants", "yes"] : [valid ? `${score.toFixed(1)} %` : "—", score >= TARGET ? "yes" : "no"];
  return [name, total, s.Killed, s.Timeout, s.Survived, s.NoCoverage, s.CompileError, s.Ignored, shown, met, s.stale ? `${s.stale} of ${s.files}` : "none"];
}
