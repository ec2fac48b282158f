// Benchmarks `lockstep audit` on a synthetic monorepo: a 2,000-code catalog and
// 2,000 source files (~200,000 lines) in 20 packages, a fifth of which reference
// codes (enum members, helper calls, `new` expressions, `code:` keys, comparisons);
// then the dense case where every file references codes (so every file is parsed).
// Prints the median wall time of whole processes (Node start-up included), their CPU
// time (user + system, from /usr/bin/time when present: steadier than wall time on a
// loaded machine) and the load average. `--bin` runs another checkout's
// bin/lockstep.mjs on the same files, for an A/B; `--only sparse|dense` runs one case;
// `--keep DIR` leaves the generated monorepo in DIR/every-N, for profiling.
//
//   node scripts/build.mjs && node bench/audit.mjs [--files 2000] [--runs 3] [--bin ../main/bin/lockstep.mjs]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const text = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const flag = (name, fallback) => Number(text(name, fallback));
const bins = [join(root, "bin", "lockstep.mjs"), ...(text("--bin") ? [text("--bin")] : [])];
const only = text("--only");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const FILES = flag("--files", 2000);
const RUNS = flag("--runs", 3);
const CODES = 2000;
const DOMAINS = 40;

const name = (i) => `SYNTH_${["INVALID", "MISSING", "EXPIRED", "LIMIT", "TOKEN"][i % 5]}_${i}`;

function writeCatalog(dir) {
  writeFileSync(join(dir, "lockstep.config.yaml"), "catalog:\n  name: synth\ngenerators:\n  ts: {}\n");
  mkdirSync(join(dir, "spec"));
  for (let d = 0; d < DOMAINS; d++) {
    const lines = ["codes:"];
    for (let i = d; i < CODES; i += DOMAINS) {
      lines.push(`  - name: ${name(i)}`, "    status: 400");
      if (i % 50 === 0 && i > 0) lines.push(`    deprecated: { replacement: ${name(i - 1)} }`);
    }
    writeFileSync(join(dir, "spec", `domain-${d}.yaml`), lines.join("\n") + "\n");
  }
  writeFileSync(
    join(dir, "lockstep.audit.yaml"),
    'include: ["packages/*/src/**/*.ts"]\ncalls: [throwError]\nconstructors: [ApiError]\nkeys: [code]\nfailOn: none\n',
  );
}

/** ~100 lines of ordinary TypeScript; `refs` adds code references of every kind. */
function sourceFile(n, refs) {
  const lines = [`import { helper${n % 7} } from "../util/helpers.js";`];
  if (refs) lines.push('import { ErrorCode } from "@synth/errors";', 'import { ApiError, throwError } from "../errors.js";');
  lines.push("");
  for (let f = 0; f < 8; f++) {
    lines.push(
      `/** Handles case ${f} of module ${n}. */`,
      `export async function handle${n}_${f}(input: { id: string; count: number; tags: string[] }): Promise<number> {`,
      "  const started = Date.now();",
      `  const values = input.tags.map((t, i) => t.length * i + ${f});`,
      "  let total = 0;",
      "  for (const v of values) {",
      "    if (v % 2 === 0) total += v;",
      "    else total -= Math.floor(v / 3);",
      "  }",
    );
    if (refs) {
      const i = (n * 8 + f) % (CODES + 40); // some indices past the catalog: drift
      const kind = f % 4;
      if (kind === 0) lines.push(`  if (total < 0) throwError("${name(i)}", "negative total");`);
      else if (kind === 1) lines.push(`  if (total > 1e6) throw new ApiError(400, ErrorCode.${name(i)});`);
      else if (kind === 2) lines.push(`  if (input.count === 0) return Promise.reject({ code: "${name(i)}", status: 400 });`);
      else lines.push(`  if ((input as { code?: string }).code === "${name(i)}") total = 0;`);
    } else lines.push("  if (total < 0) throw new Error(`negative total ${total}`);");
    lines.push(`  await helper${n % 7}(input.id, total);`, "  return Date.now() - started + total;", "}", "");
  }
  return lines.join("\n") + "\n";
}

function writeMonorepo(dir, every) {
  let lines = 0;
  for (let n = 0; n < FILES; n++) {
    const pkg = join(dir, "packages", `pkg-${n % 20}`, "src", `area-${n % 9}`);
    mkdirSync(pkg, { recursive: true });
    const text = sourceFile(n, n % every === 0);
    lines += text.split("\n").length - 1;
    writeFileSync(join(pkg, `module-${n}.ts`), text);
  }
  return lines;
}

function scenario(label, every) {
  const dir = text("--keep") ? join(text("--keep"), `every-${every}`) : mkdtempSync(join(tmpdir(), "lockstep-audit-bench-"));
  mkdirSync(dir, { recursive: true });
  try {
    writeCatalog(dir);
    const lines = writeMonorepo(dir, every);
    console.log(`  ${label}: ${FILES} files, ${lines} lines, ${CODES}-code catalog`);
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const stats = bins.map(() => ({ wall: [], cpu: [], report: "" }));
    // Interleaved runs: A, B, A, B, … so both see the same machine load.
    for (let r = 0; r < RUNS; r++) {
      bins.forEach((bin, b) => {
        const argv = [process.execPath, bin, "audit", "--format", "json"];
        const start = process.hrtime.bigint();
        const result = TIME
          ? spawnSync(TIME, ["-f", "cpu %U %S", ...argv], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 })
          : spawnSync(argv[0], argv.slice(1), { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
        stats[b].wall.push(Number(process.hrtime.bigint() - start) / 1e9);
        if (result.status !== 0) throw new Error(`${bin} audit exited ${result.status}:\n${result.stderr}`);
        const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
        if (cpu) stats[b].cpu.push(Number(cpu[1]) + Number(cpu[2]));
        stats[b].report = result.stdout;
      });
    }
    bins.forEach((bin, b) => {
      const { summary } = JSON.parse(stats[b].report);
      const s = stats[b];
      console.log(`    ${bins.length > 1 ? `${b === 0 ? "this checkout" : bin}: ` : ""}found ${summary.references} references: ${summary.drift} drift, ${summary.deprecated} deprecated, ${summary.dead} dead`);
      console.log(`    median of ${RUNS}: ${median(s.wall).toFixed(2)} s wall${s.cpu.length ? `, ${median(s.cpu).toFixed(2)} s CPU` : ""} (wall: ${s.wall.map((t) => t.toFixed(2)).join(", ")})`);
    });
  } finally {
    if (!text("--keep")) rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`lockstep audit benchmark (node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)})`);
if (only !== "dense") scenario("a fifth of the files reference codes", 5);
if (only !== "sparse") scenario("every file references codes", 1);
