// `pnpm test:mutation [module|file-glob ...] [-- stryker options]`: Stryker over the
// named modules (default: all, see mutation-modules.mjs), one at a time.
//
//   pnpm test:mutation                  every module, smallest first
//   pnpm test:mutation escape naming    two modules
//   pnpm test:mutation src/escape/go.ts one file (or `-- --mutate src/escape/go.ts`)
//
// Stryker's incremental file only holds the files of the run that wrote it, so each
// run starts from a copy of the committed results and its files are merged back:
// a rerun after a small change re-tests only the mutants the change touches (and the
// survivors), and the other modules' results stay. Scores: `node scripts/mutation-table.mjs`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { INCREMENTAL_FILE, MUTATION_MODULES, filesOf, matcher } from "./mutation-modules.mjs";

// `pnpm test:mutation -- --mutate 'src/escape/**'` works too: a leading `--` is dropped and
// `--mutate <glob>` names a target like a bare glob does.
const argv = process.argv.slice(2);
if (argv[0] === "--") argv.shift();
const dash = argv.indexOf("--");
const targets = [];
const extra = dash < 0 ? [] : argv.slice(dash + 1);
const own = dash < 0 ? argv : argv.slice(0, dash);
for (let i = 0; i < own.length; i++) {
  if (own[i] === "--mutate") targets.push(...(own[++i] ?? "").split(",").filter(Boolean));
  else targets.push(own[i]);
}

const runs = [];
if (targets.length === 0) for (const m of MUTATION_MODULES) runs.push({ label: m.name, files: m.files });
for (const t of targets) {
  const m = MUTATION_MODULES.find((x) => x.name === t);
  if (m) runs.push({ label: m.name, files: m.files });
  else if (t.includes("/") || t.includes("*") || t.endsWith(".ts")) runs.push({ label: t, files: [t] });
  else {
    console.error(`unknown module "${t}"; one of ${MUTATION_MODULES.map((x) => x.name).join(", ")}, or a file glob such as src/escape/go.ts`);
    process.exit(2);
  }
}

const stryker = join("node_modules", ".bin", "stryker");
// Not under .stryker-tmp: Stryker removes that folder when it finishes.
const scratch = join("reports", "mutation", "incremental-run.json");
const CHECK_TSCONFIG = "tsconfig.mutation-run.json";
let failed = false;
for (const run of runs) {
  console.log(`\n=== mutation testing ${run.label} (${run.files.join(", ")})`);
  mkdirSync(dirname(scratch), { recursive: true });
  const inRun = matcher(run.files);
  if (existsSync(INCREMENTAL_FILE)) writeFileSync(scratch, JSON.stringify(withoutSurvivors(JSON.parse(readFileSync(INCREMENTAL_FILE, "utf8")), inRun)));
  else rmSync(scratch, { force: true });
  // The checker type-checks each mutant; a project of only the mutated files (and what
  // they import) makes that several times faster than the whole of tsconfig.mutation.json.
  writeFileSync(CHECK_TSCONFIG, JSON.stringify({ extends: "./tsconfig.json", include: run.files }, null, 2) + "\n");
  const r = spawnSync(stryker, ["run", "--mutate", run.files.join(","), "--incrementalFile", scratch, ...extra], {
    stdio: "inherit",
    env: { ...process.env, LOCKSTEP_MUTATION_TSCONFIG: CHECK_TSCONFIG },
  });
  rmSync(CHECK_TSCONFIG, { force: true });
  if (r.status !== 0 || !existsSync(scratch)) {
    console.error(`stryker failed for ${run.label} (exit ${r.status}); committed results left as they were`);
    failed = true;
    continue;
  }
  merge(JSON.parse(readFileSync(scratch, "utf8")), inRun, filesOf(run));
}
process.exit(failed ? 1 : 0);

/**
 * Only killed (and checker-rejected) results are reused; survivors are always tested
 * again. Stryker would reuse a survivor when "no new test covers it", which it cannot
 * tell for a static mutant (module-level code, covered by every test), so a new test
 * that kills one would not count. Survivors are few, so this costs little.
 */
function withoutSurvivors(report, inRun) {
  const files = {};
  for (const [path, file] of Object.entries(report.files)) {
    files[path] = inRun(path) ? { ...file, mutants: file.mutants.filter((m) => m.status !== "Survived" && m.status !== "NoCoverage") } : file;
  }
  return { ...report, files };
}

/**
 * The run's own files replace theirs in the committed results (Stryker's report also
 * repeats the other files it was given, unchanged); the tests are the run's. A file of
 * the run in which Stryker placed no mutant (it leaves out, for one, an array literal
 * under a type assertion: all generators/index.ts has) is absent from its report; it is
 * recorded with no mutants, so the table shows it as run rather than "not run".
 */
function merge(report, inRun, runFiles) {
  const base = existsSync(INCREMENTAL_FILE) ? JSON.parse(readFileSync(INCREMENTAL_FILE, "utf8")) : { ...report, files: {} };
  const own = Object.fromEntries(Object.entries(report.files).filter(([path]) => inRun(path)));
  for (const path of runFiles) {
    if (!own[path] && existsSync(path)) own[path] = { language: "typescript", mutants: [], source: readFileSync(path, "utf8") };
  }
  const files = { ...base.files, ...own };
  const sorted = Object.fromEntries(Object.keys(files).sort().map((k) => [k, files[k]]));
  const out = { ...report, files: sorted, testFiles: { ...base.testFiles, ...report.testFiles } };
  mkdirSync(dirname(INCREMENTAL_FILE), { recursive: true });
  writeFileSync(INCREMENTAL_FILE, JSON.stringify(out, null, 1) + "\n");
}
