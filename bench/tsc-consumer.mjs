// What the generated TypeScript package costs its consumers' type-checker: `tsc
// --noEmit --strict --skipLibCheck` on consumer files importing the package (KINDS: as a
// dependency through index.d.ts, the way services and clients use it, and with the
// package's own index.ts), against tsc on a one-line file in the same run (A B A B,
// medians, max peak RSS); the cost per code between the two largest sizes; and
// tsserver's time to answer a completion request on `ErrorCode.` in the consumer.
//
//   node scripts/build.mjs && nice -n 10 node bench/tsc-consumer.mjs                 # 500, 5,000, 50,000
//   node bench/tsc-consumer.mjs --sizes 500,5000 --options '{"style":"const"}' --uniqueness domain
//   node bench/tsc-consumer.mjs --sizes 20000 --no-source --keep                    # any size; keep the files
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync, symlinkSync, statSync, appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeSyntheticCatalog } from "./synth.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const tscJs = require.resolve("typescript/lib/tsc.js", { paths: [root] });
const tsserverJs = require.resolve("typescript/lib/tsserver.js", { paths: [root] });
const tsVersion = JSON.parse(readFileSync(join(dirname(tscJs), "..", "package.json"), "utf8")).version;
const preload = join(root, "bench", "rss.mjs");
const bin = join(root, "bin", "lockstep.mjs");

const SIZES = [
  { codes: 500, domains: 20, runs: 5, target: { ratio: 1.3 } },
  { codes: 5000, domains: 100, runs: 3, target: { ratio: 3 } },
  { codes: 50000, domains: 500, runs: 1, target: { ratio: 20, rssMiB: 600 } },
];

const argOf = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const only = argOf("--sizes")?.split(",").map(Number);
// A size not in SIZES (e.g. 20000, to check linearity) runs once, without a target.
for (const codes of only ?? []) if (!SIZES.some((s) => s.codes === codes)) SIZES.push({ codes, domains: Math.max(1, Math.round(codes / 100)), runs: 1, target: { ratio: Infinity } });
SIZES.sort((a, b) => a.codes - b.codes);
// --keep: leave the generated project and the consumers in the temp folder, to profile tsc by hand.
const keep = process.argv.includes("--keep");
const tsOptions = JSON.parse(argOf("--options") ?? "{}");
const uniqueness = argOf("--uniqueness") ?? "catalog";
const skipSource = process.argv.includes("--no-source");
const typeName = tsOptions.typeName ?? "ErrorCode";
const constName = typeName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

const FLAGS = ["--noEmit", "--strict", "--skipLibCheck", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext"];

/**
 * A consumer as a service or client writes it: guards, lookups, a switch, details
 * types, an error constructed with typed details, a parsed error narrowed by code.
 * `plain`: a code without details; `rich`: one whose details have a required `field`.
 */
function consumer(from, firstMember, secondMember, plain, rich, errors) {
  const lookup = uniqueness === "domain" ? `get${typeName}Info(code, "domain-000")` : `get${typeName}Info(code)`;
  return [
    `import { ${typeName}, ${constName}_INFO, is${typeName}, get${typeName}Info, ${errors ? "ApiError, parseError, " : ""}type ErrorDetails, type ${typeName}Info } from "${from}";`,
    `export function describe(code: unknown): string {`,
    `  if (!is${typeName}(code)) return "unknown";`,
    `  switch (code) {`,
    `    case ${typeName}.${firstMember}:`,
    `      return "first";`,
    `    case ${typeName}.${secondMember}:`,
    `      return "second";`,
    `    default:`,
    `      return ${lookup}?.title ?? "";`,
    `  }`,
    `}`,
    `export const info: ${typeName}Info = ${constName}_INFO.${firstMember};`,
    `export type FirstDetails = ErrorDetails["${firstMember}"];`,
    `export const all: readonly ${typeName}[] = Object.values(${constName}_INFO).map((i) => i.code);`,
    ...(errors ? [] : [""]),
  ].concat(errors ? [
    `export const thrown = new ApiError(${typeName}.${rich}, { message: "m", details: { field: "f" } });`,
    `export const bare = new ApiError(${typeName}.${plain});`,
    `export function handle(body: unknown): string {`,
    `  const err = parseError(body, 500);`,
    `  switch (err.code) {`,
    `    case ${typeName}.${rich}:`,
    `      return err.details.field;`,
    `    case undefined:`,
    `      return err.rawCode ?? err.problem;`,
    `    default:`,
    `      return err.message + JSON.stringify(err.toJSON());`,
    `  }`,
    `}`,
    "",
  ] : []).join("\n");
}

/** A switch over every code, closed on `never`: not what a consumer writes at 50,000 codes, so measured up to EXHAUSTIVE_MAX. */
function exhaustive(from, members) {
  return [
    `import { ${typeName}, parseError } from "${from}";`,
    `export function all(body: unknown): string {`,
    `  const err = parseError(body);`,
    `  switch (err.code) {`,
    ...members.map((m) => `    case ${typeName}.${m}:`),
    `      return err.code;`,
    `    case undefined:`,
    `      return err.rawCode ?? err.problem;`,
    `    default: {`,
    `      const rest: never = err;`,
    `      return rest;`,
    `    }`,
    `  }`,
    `}`,
    "",
  ].join("\n");
}
const EXHAUSTIVE_MAX = 20000;

/** What each consumer does; each is timed against the one-line file in the same run. */
const KINDS = [
  { key: "pkg", file: "consumer.ts", label: "metadata: guards, switch + default, lookups" },
  { key: "errs", file: "consumer-errors.ts", label: "… and new ApiError, switch (err.code) + default" },
  { key: "src", file: "consumer-source.ts", label: "the package's index.ts + the metadata consumer" },
  { key: "all", file: "consumer-exhaustive.ts", label: "switch (err.code) over every code, never" },
];

function tsc(cwd, file) {
  const rssFile = join(cwd, ".rss");
  const start = process.hrtime.bigint();
  const cpuFile = join(cwd, ".cpu");
  const r = spawnSync(process.execPath, ["--import", preload, tscJs, ...FLAGS, file], { cwd, env: { ...process.env, LOCKSTEP_BENCH_RSS: rssFile, LOCKSTEP_BENCH_CPU: cpuFile }, encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`tsc ${file} exited ${r.status}:\n${r.stdout}${r.stderr}`.slice(0, 4000));
  // Ratios use CPU time (all of tsc's threads): on a shared machine wall time mostly measures the queue.
  return { seconds: Number(readFileSync(cpuFile, "utf8")) / 1e6, wall, rssMiB: Number(readFileSync(rssFile, "utf8")) / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Time from a `completionInfo` request on `<typeName>.` to its answer: the first (loads the project) and a second one. */
async function completion(cwd, file) {
  const server = spawn(process.execPath, [tsserverJs, "--disableAutomaticTypingAcquisition"], { cwd, stdio: ["pipe", "pipe", "ignore"] });
  let buffer = "";
  const waiting = new Map();
  server.stdout.setEncoding("utf8");
  server.stdout.on("data", (chunk) => {
    buffer += chunk;
    for (;;) {
      const header = /Content-Length: (\d+)\r\n\r\n/.exec(buffer);
      if (!header) return;
      const start = header.index + header[0].length;
      const body = Buffer.from(buffer.slice(start), "utf8");
      const length = Number(header[1]);
      if (body.length < length) return;
      const message = JSON.parse(body.subarray(0, length).toString("utf8"));
      buffer = body.subarray(length).toString("utf8");
      if (message.type === "response") waiting.get(message.request_seq)?.(message);
    }
  });
  let seq = 0;
  const request = (command, args) =>
    new Promise((resolve) => {
      const id = ++seq;
      waiting.set(id, resolve);
      server.stdin.write(JSON.stringify({ seq: id, type: "request", command, arguments: args }) + "\n");
    });
  const text = readFileSync(file, "utf8") + `export const probe = ${typeName}.`;
  const lines = text.split("\n");
  const position = { file, line: lines.length, offset: lines.at(-1).length + 1 };
  await request("configure", { preferences: { includeCompletionsWithInsertText: true } });
  server.stdin.write(JSON.stringify({ seq: ++seq, type: "request", command: "open", arguments: { file, fileContent: text, scriptKindName: "TS" } }) + "\n");
  const times = [];
  let entries = 0;
  for (let i = 0; i < 2; i++) {
    const start = process.hrtime.bigint();
    const answer = await request("completionInfo", { ...position, triggerCharacter: "." });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    entries = answer.body?.entries?.length ?? 0;
  }
  server.kill();
  return { first: times[0], second: times[1], entries };
}

const work = join(tmpdir(), "lockstep-tsc-consumer");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
writeFileSync(join(work, "package.json"), '{ "type": "module" }\n');
writeFileSync(join(work, "baseline.ts"), "export const x: number = 1;\n");
const tsconfig = { compilerOptions: { strict: true, skipLibCheck: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", types: [], noEmit: true } };
writeFileSync(join(work, "tsconfig.json"), JSON.stringify(tsconfig));

console.log(`tsc on a consumer of the generated TS package (TypeScript ${tsVersion}, node ${process.version}; ts options ${JSON.stringify(tsOptions)}, uniqueness ${uniqueness})`);
console.log("A B A B against tsc on a one-line file; median CPU time (user + system; wall time in brackets), max peak RSS\n");
const rows = [];
for (const size of SIZES.filter((s) => !only || only.includes(s.codes))) {
  const project = join(tmpdir(), `lockstep-tsc-consumer-${size.codes}`);
  writeSyntheticCatalog(project, size.codes, size.domains);
  const config = join(project, "lockstep.config.yaml");
  if (uniqueness !== "catalog") {
    writeFileSync(config, readFileSync(config, "utf8").replace("catalog:\n", `catalog:\n  uniqueness: ${uniqueness}\n`));
    // A bare name means "in this domain" there: synth.mjs puts code i in domain i mod domains.
    for (let d = 0; d < size.domains; d++) {
      const file = join(project, "spec", `domain-${String(d).padStart(3, "0")}.yaml`);
      const text = readFileSync(file, "utf8").replace(/replacement: (\w+_(\d+))/g, (_, name, i) => `replacement: domain-${String(Number(i) % size.domains).padStart(3, "0")}/${name}`);
      writeFileSync(file, text);
    }
  }
  appendFileSync(config, `generators:\n  ts:\n    options: ${JSON.stringify(tsOptions)}\n`);
  const gen = spawnSync(process.execPath, [bin, "generate", "--quiet"], { cwd: project, encoding: "utf8" });
  if (gen.status !== 0) throw new Error(`lockstep generate exited ${gen.status}:\n${gen.stderr}`);
  const pkgDir = join(work, "node_modules", "synthetic-errors");
  rmSync(pkgDir, { recursive: true, force: true });
  mkdirSync(dirname(pkgDir), { recursive: true });
  symlinkSync(join(project, "out", "ts"), pkgDir, "dir");
  const source = readFileSync(join(project, "out", "ts", "index.ts"), "utf8");
  const members = [...source.matchAll(/^\s+(?:\/\*\*[^]*?\*\/\s+)?([A-Za-z_$][\w$]*)(?: = |: )"/gm)].map((m) => m[1]);
  const [first, second] = [members[0], members[1]];
  const plain = /^  (\w+): NoDetails;$/m.exec(source)[1];
  const rich = /^  (\w+): \{\n(?:.*\n){0,4}?\s+readonly field: string;$/m.exec(source)[1];
  writeFileSync(join(work, "consumer.ts"), consumer("synthetic-errors", first, second, plain, rich, false));
  writeFileSync(join(work, "consumer-errors.ts"), consumer("synthetic-errors", first, second, plain, rich, true));
  writeFileSync(join(work, "consumer-source.ts"), consumer("./source/index.js", first, second, plain, rich, false));
  writeFileSync(join(work, "consumer-exhaustive.ts"), exhaustive("synthetic-errors", members));
  rmSync(join(work, "source"), { recursive: true, force: true });
  mkdirSync(join(work, "source"));
  writeFileSync(join(work, "source", "index.ts"), source);
  const kinds = KINDS.filter((k) => (k.key !== "src" || !skipSource) && (k.key !== "all" || size.codes <= EXHAUSTIVE_MAX));
  const base = [];
  const times = new Map(kinds.map((k) => [k.key, []]));
  for (let i = 0; i < size.runs; i++) {
    for (const k of kinds) {
      base.push(tsc(work, "baseline.ts"));
      times.get(k.key).push(tsc(work, k.file));
    }
  }
  const complete = size.codes >= 5000 ? await completion(work, join(work, "consumer.ts")) : undefined;
  const b = median(base.map((r) => r.seconds));
  const row = {
    codes: size.codes,
    dtsLines: readFileSync(join(project, "out", "ts", "index.d.ts"), "utf8").split("\n").length - 1,
    tsBytes: statSync(join(project, "out", "ts", "index.ts")).size,
    baseline: b,
    baseWall: median(base.map((r) => r.wall)),
    baseRss: Math.max(...base.map((r) => r.rssMiB)),
    kinds: new Map(kinds.map((k) => [k.key, { seconds: median(times.get(k.key).map((r) => r.seconds)), wall: median(times.get(k.key).map((r) => r.wall)), rssMiB: Math.max(...times.get(k.key).map((r) => r.rssMiB)) }])),
    complete,
  };
  rows.push(row);
  const verdict = (ratio, rss) =>
    [
      size.target.ratio === Infinity ? "" : ratio <= size.target.ratio ? `≤ ${size.target.ratio}× ✓` : `> ${size.target.ratio}× ✗`,
      size.target.rssMiB === undefined ? "" : rss <= size.target.rssMiB ? `≤ ${size.target.rssMiB} MiB ✓` : `> ${size.target.rssMiB} MiB ✗`,
    ].filter(Boolean).join(", ");
  console.log(`${size.codes} codes (index.d.ts ${row.dtsLines} lines, index.ts ${(row.tsBytes / 1e6).toFixed(1)} MB), ${size.runs} run(s) each`);
  console.log(`  ${"one-line file".padEnd(48)} ${b.toFixed(2).padStart(7)} s (${row.baseWall.toFixed(2)} s) ${row.baseRss.toFixed(0).padStart(6)} MiB`);
  for (const k of kinds) {
    const r = row.kinds.get(k.key);
    console.log(`  ${k.label.padEnd(48)} ${r.seconds.toFixed(2).padStart(7)} s (${r.wall.toFixed(2)} s) ${r.rssMiB.toFixed(0).padStart(6)} MiB  ${(r.seconds / b).toFixed(2)}×  ${verdict(r.seconds / b, r.rssMiB)}`);
  }
  if (complete) console.log(`  tsserver completion on ${typeName}.: first ${complete.first.toFixed(2)} s (loads the project), second ${complete.second.toFixed(3)} s, ${complete.entries} entries`);
  if (keep) console.log(`  kept: ${project} and ${work}`);
  else rmSync(project, { recursive: true, force: true });
}

// Per code between the two largest sizes: (time − one-line time) / codes, for linearity.
if (rows.length > 1) {
  const [a, z] = [rows.at(-2), rows.at(-1)];
  console.log(`\nms per code above the one-line file, ${a.codes} → ${z.codes} codes (equal when linear):`);
  for (const k of KINDS) {
    const [ra, rz] = [a.kinds.get(k.key), z.kinds.get(k.key)];
    if (ra && rz) console.log(`  ${k.label.padEnd(48)} ${(((ra.seconds - a.baseline) / a.codes) * 1000).toFixed(3)} → ${(((rz.seconds - z.baseline) / z.codes) * 1000).toFixed(3)}`);
  }
}

console.log(`\n| codes | one-line file: CPU (wall), RSS | ${KINDS.map((k) => k.label).join(" | ")} | completion on \`${typeName}.\` (first / again) |`);
console.log(`|---|---|${KINDS.map(() => "---|").join("")}---|`);
for (const r of rows) {
  const cells = KINDS.map((k) => {
    const x = r.kinds.get(k.key);
    return x ? `${(x.seconds / r.baseline).toFixed(2)}× (${x.seconds.toFixed(1)} s, ${x.rssMiB.toFixed(0)} MiB)` : "–";
  });
  const comp = r.complete ? `${r.complete.first.toFixed(2)} s / ${r.complete.second.toFixed(3)} s` : "–";
  console.log(`| ${r.codes.toLocaleString("en")} | ${r.baseline.toFixed(2)} s (${r.baseWall.toFixed(1)} s), ${r.baseRss.toFixed(0)} MiB | ${cells.join(" | ")} | ${comp} |`);
}
