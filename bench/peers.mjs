// Lockstep against its peers on one synthetic catalog (same names, statuses and
// descriptions for every tool), and Lockstep's pre-commit paths.
//
//   pnpm bench:peers                     # 500, 5,000 and 50,000 codes (20 / 100 / 500 domain files)
//   pnpm bench:peers -- --sizes 500,5000 # a subset
//   pnpm bench:peers -- --runs 5         # measured runs per tool and pair (default 3)
//   pnpm bench:peers -- --no-warm-up     # skip the warm-up runs (for long sizes on a busy machine)
//   pnpm bench:peers -- --no-peers       # Lockstep's pre-commit paths only
//   pnpm bench:peers -- --peers buf,floor  # some peers only (buf, typespec, style, floor)
//   pnpm bench:peers -- --smoke          # 500 codes, one run each: proves every command still works
//
// The peers are installed at pinned versions into a cache folder outside the repository
// (LOCKSTEP_PEERS_DIR, default ~/.cache/lockstep-bench/peers) with the npm client; the
// catalogs are written there too, so each peer resolves its own packages. Each pair runs
// alternately, Lockstep then the peer, after one warm-up run of each; every run starts from
// an empty output folder. Wall time is the median; peak RSS is the largest process of the
// run's tree (GNU time's %M), the highest over the runs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { homedir, loadavg as osLoad } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { clearRunCache } from "./lockstep-cache.mjs";
import { syntheticDomains, writeSyntheticCatalog } from "./synth.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "bin", "lockstep.mjs");
const cache = process.env.LOCKSTEP_PEERS_DIR ?? join(homedir(), ".cache", "lockstep-bench", "peers");

const PEERS = {
  "style-dictionary": "5.5.5",
  "@typespec/compiler": "1.11.0",
  "@typespec/http": "1.11.0",
  "@typespec/openapi": "1.11.0",
  "@typespec/openapi3": "1.11.0",
  "@bufbuild/buf": "1.75.0",
  "@bufbuild/protoc-gen-es": "2.13.0",
  "@bufbuild/protobuf": "2.13.0",
};

const SIZES = [
  { codes: 500, domains: 20 },
  { codes: 5000, domains: 100 },
  { codes: 50000, domains: 500 },
];

const argv = process.argv.slice(2);
const smoke = argv.includes("--smoke");
const option = (name) => (argv.indexOf(name) === -1 ? undefined : argv[argv.indexOf(name) + 1]);
const sizes = smoke ? [500] : (option("--sizes")?.split(",").map(Number) ?? SIZES.map((s) => s.codes));
const runs = smoke ? 1 : Number(option("--runs") ?? 3);
const warmUp = !smoke && !argv.includes("--no-warm-up");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

// ---------------------------------------------------------------------------- peers

function installPeers() {
  const manifest = { name: "lockstep-bench-peers", private: true, type: "module", dependencies: PEERS };
  const stamp = join(cache, "node_modules", ".lockstep-peers.json");
  const wanted = JSON.stringify(manifest, null, 2) + "\n";
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === wanted) return;
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, "package.json"), wanted);
  console.log(`installing the peers into ${cache} …`);
  const npm = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock"], { cwd: cache, stdio: ["ignore", "inherit", "inherit"] });
  if (npm.status !== 0) throw new Error(`npm install in ${cache} failed (exit ${npm.status})`);
  writeFileSync(stamp, wanted);
}

/** Writes the same catalog in each peer's input language; returns how to run each. */
function writeInputs(size) {
  const domains = syntheticDomains(size.codes, size.domains);
  const base = join(cache, "work", String(size.codes));
  rmSync(base, { recursive: true, force: true });

  const lockstep = join(base, "lockstep");
  writeSyntheticCatalog(lockstep, size.codes, size.domains);
  mkdirSync(join(lockstep, "node_modules"), { recursive: true }); // where the up-to-date cache lives

  // Style Dictionary: one token per code (value: description; comment: status), six platforms.
  const sd = join(base, "style-dictionary");
  mkdirSync(join(sd, "tokens"), { recursive: true });
  for (const domain of domains) {
    const tokens = {};
    for (const c of domain.codes) tokens[c.name] = { value: c.description, type: "string", comment: `HTTP ${c.status}` };
    writeFileSync(join(sd, "tokens", `${domain.id}.json`), JSON.stringify({ [domain.id]: tokens }, null, 2) + "\n");
  }
  const platform = (transformGroup, format, destination) => ({ transformGroup, buildPath: "out/", files: [{ destination, format }] });
  const sdConfig = {
    source: ["tokens/*.json"],
    log: { verbosity: "silent", warnings: "disabled" },
    platforms: {
      css: platform("css", "css/variables", "variables.css"),
      scss: platform("scss", "scss/variables", "_variables.scss"),
      less: platform("less", "less/variables", "variables.less"),
      js: platform("js", "javascript/es6", "tokens.js"),
      ts: platform("js", "typescript/es6-declarations", "tokens.d.ts"),
      json: platform("js", "json/flat", "tokens.json"),
    },
  };
  writeFileSync(join(sd, "build.mjs"), `import StyleDictionary from "style-dictionary";\nconst sd = new StyleDictionary(${JSON.stringify(sdConfig)});\nawait sd.buildAllPlatforms();\n`);

  // TypeSpec: one error model per code (status code, doc), one operation per domain returning them.
  const tsp = join(base, "typespec");
  mkdirSync(tsp, { recursive: true });
  const imports = domains.map((d) => `import "./${d.id}.tsp";`).join("\n");
  writeFileSync(join(tsp, "main.tsp"), `import "@typespec/http";\nimport "@typespec/openapi3";\n${imports}\n\nusing Http;\n\n@service(#{ title: "synthetic" })\nnamespace Synthetic;\n`);
  for (const domain of domains) {
    const ns = `D${domain.id.slice(-3)}`;
    const models = domain.codes.map((c) => `@doc(${JSON.stringify(c.description)})\n@error\nmodel ${c.name} {\n  @statusCode _: ${c.status};\n  code: "${c.name}";\n  message: string;\n}\n`);
    const op = `@route("/${domain.id}") @get op get${ns}(): void | ${domain.codes.map((c) => c.name).join(" | ")};\n`;
    writeFileSync(join(tsp, `${domain.id}.tsp`), `import "@typespec/http";\nusing Http;\n\nnamespace Synthetic.${ns};\n\n${models.join("\n")}\n${op}`);
  }

  // buf + protoc-gen-es (TypeScript): one enum per domain, one value per code with its status and description.
  const buf = join(base, "buf");
  mkdirSync(join(buf, "proto"), { recursive: true });
  writeFileSync(join(buf, "buf.yaml"), "version: v2\nmodules:\n  - path: proto\n");
  writeFileSync(join(buf, "buf.gen.yaml"), `version: v2\nplugins:\n  - local: ${join(cache, "node_modules", ".bin", "protoc-gen-es")}\n    out: out\n    opt: target=ts\n`);
  for (const domain of domains) {
    const pkg = `synthetic.d${domain.id.slice(-3)}`;
    const values = domain.codes.map((c, i) => `  // HTTP ${c.status}: ${c.description}\n  ${c.name} = ${i + 1};`);
    const unspecified = `D${domain.id.slice(-3)}_CODE_UNSPECIFIED`;
    writeFileSync(join(buf, "proto", `${domain.id}.proto`), `syntax = "proto3";\n\npackage ${pkg};\n\n// Error codes of ${domain.id}.\nenum Code {\n  ${unspecified} = 0;\n${values.join("\n")}\n}\n`);
  }

  // The floor: node, the \`yaml\` package parsing Lockstep's own spec files, and string concatenation.
  const floor = join(base, "floor");
  mkdirSync(floor, { recursive: true });
  writeFileSync(
    join(floor, "floor.mjs"),
    `import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
const { parse } = createRequire(${JSON.stringify(join(root, "package.json"))})("yaml");
const spec = ${JSON.stringify(join(lockstep, "spec"))};
const parts = [];
for (const file of readdirSync(spec).filter((f) => f.startsWith("domain-")).sort()) {
  for (const c of parse(readFileSync(join(spec, file), "utf8")).codes) parts.push(\`export const \${c.name} = { status: \${JSON.stringify(c.status ?? 400)}, description: \${JSON.stringify(c.description)} };\\n\`);
}
mkdirSync("out", { recursive: true });
writeFileSync("out/codes.ts", parts.join(""));
`,
  );

  const node = process.execPath;
  return {
    // Its code cache stays between runs, as a user's does (bench/lockstep-cache.mjs).
    lockstep: { cwd: lockstep, cmd: [node, bin, "generate", "--quiet"], clean: ["out", () => clearRunCache(lockstep)], out: "out" },
    peers: [
      { name: "buf generate (protoc-gen-es, TS)", cwd: buf, cmd: [join(cache, "node_modules", ".bin", "buf"), "generate"], clean: ["out"], out: "out" },
      { name: "TypeSpec → OpenAPI", cwd: tsp, cmd: [node, join(cache, "node_modules", "@typespec", "compiler", "cmd", "tsp.js"), "compile", "main.tsp", "--emit", "@typespec/openapi3", "--output-dir", "out"], clean: ["out"], out: "out" },
      { name: "Style Dictionary, 6 platforms", cwd: sd, cmd: [node, "build.mjs"], clean: ["out"], out: "out" },
      { name: "floor: node + yaml + concat", cwd: floor, cmd: [node, "floor.mjs"], clean: ["out"], out: "out" },
    ],
  };
}

// ---------------------------------------------------------------------------- measuring

function run(tool, { expect = 0, clean = true } = {}) {
  if (clean) for (const p of tool.clean) typeof p === "function" ? p() : rmSync(join(tool.cwd, p), { recursive: true, force: true });
  const rssFile = join(cache, "work", `.rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const [cmd, args] = TIME ? [TIME, ["-f", "%M %U %S", "-o", rssFile, ...tool.cmd]] : [tool.cmd[0], tool.cmd.slice(1)];
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { cwd: tool.cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== expect) throw new Error(`${tool.cmd.join(" ")} (in ${tool.cwd}) exited ${result.status}, expected ${expect}:\n${(result.stderr || result.stdout).slice(0, 4000)}`);
  if (expect === 0 && tool.out && bytesUnder(join(tool.cwd, tool.out)) === 0) throw new Error(`${tool.cmd.join(" ")} wrote nothing to ${tool.out}/`);
  const [rss, user, sys] = TIME ? readFileSync(rssFile, "utf8").trim().split("\n").pop().split(" ").map(Number) : [NaN, NaN, NaN];
  return { seconds, rssMiB: rss / 1024, cpu: user + sys };
}

function bytesUnder(dir) {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) total += e.isDirectory() ? bytesUnder(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return total;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (rs) => ({ seconds: median(rs.map((r) => r.seconds)), cpu: median(rs.map((r) => r.cpu)), rssMiB: Math.max(...rs.map((r) => r.rssMiB)) });
const secs = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
/** Wall time, CPU time (user + system, all processes of the run: robust when the machine is busy), peak RSS. */
const fmt = (s) => `${secs(s.seconds)} s (CPU ${Number.isNaN(s.cpu) ? "?" : secs(s.cpu)} s), ${Number.isNaN(s.rssMiB) ? "?" : Math.round(s.rssMiB).toLocaleString("en")} MiB`;

/** A B A B: Lockstep and the peer alternately, after a warm-up of each. */
function pair(lockstep, peer) {
  if (warmUp) {
    run(lockstep);
    run(peer);
  }
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(run(lockstep));
    b.push(run(peer));
  }
  return { lockstep: summary(a), peer: summary(b) };
}

/** Sets code 0's description (in domain-000.yaml) to variant `v` (0: the original text). */
function editDescription(lockstepDir, v) {
  const file = join(lockstepDir, "spec", "domain-000.yaml");
  const text = readFileSync(file, "utf8");
  const next = text.replace(/(description: "The request's `field_0` is not valid)( \(edit \d+\))?/, (_, head) => (v === 0 ? head : `${head} (edit ${v})`));
  if (next === text && v !== 0) throw new Error(`could not edit ${file}`);
  writeFileSync(file, next);
}

function preCommit(tools) {
  const ls = tools.lockstep;
  const check = { ...ls, cmd: [...ls.cmd.slice(0, 2), "--check", "--quiet"], clean: [], out: undefined };
  const generate = { ...ls, clean: [], out: undefined };
  editDescription(ls.cwd, 0);
  // The first check after a generate, as a pre-commit hook meets it (each generate rewrites
  // the up-to-date cache; out/ is unchanged, so it writes no file).
  const unchanged = [];
  for (let i = 0; i < runs + (warmUp ? 1 : 0); i++) {
    run(generate, { clean: false });
    unchanged.push(run(check, { clean: false }));
  }
  editDescription(ls.cwd, 1);
  const stale = [];
  for (let i = 0; i < runs + (warmUp ? 1 : 0); i++) stale.push(run(check, { expect: 1, clean: false }));
  // Each generate meets out/ one description behind: the edit alternates between two texts.
  const regenerate = [];
  for (let i = 0; i < runs + (warmUp ? 1 : 0); i++) {
    editDescription(ls.cwd, 2 + (i % 2));
    regenerate.push(run(generate, { clean: false }));
  }
  editDescription(ls.cwd, 0);
  const drop = (rs) => (warmUp ? rs.slice(1) : rs);
  return { unchanged: summary(drop(unchanged)), stale: summary(drop(stale)), regenerate: summary(drop(regenerate)) };
}

// ---------------------------------------------------------------------------- main

installPeers();
const host = `${process.platform} ${process.arch}, ${(await import("node:os")).cpus().length} cores (${(await import("node:os")).cpus()[0]?.model.trim()}), node ${process.version}`;
const load = () => osLoad().map((x) => x.toFixed(1)).join(" ");
console.log(`lockstep vs peers — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${host}; median of ${runs} after ${warmUp ? "a warm-up" : "no warm-up"}, A B A B; load average ${load()}`);
const rows = [];
const pre = [];
for (const codes of sizes) {
  const size = SIZES.find((s) => s.codes === codes) ?? { codes, domains: Math.max(1, Math.round(codes / 100)) };
  const tools = writeInputs(size);
  const cells = [];
  let own;
  const chosen = option("--peers")?.split(",") ?? ["buf", "typespec", "style", "floor"];
  for (const peer of argv.includes("--no-peers") ? [] : tools.peers.filter((p) => chosen.some((c) => p.name.toLowerCase().includes(c)))) {
    const r = pair(tools.lockstep, peer);
    own ??= r.lockstep;
    const ratio = `${(r.lockstep.seconds / r.peer.seconds).toFixed(2)} (CPU ${(r.lockstep.cpu / r.peer.cpu).toFixed(2)})`;
    cells.push(`${fmt(r.peer)} — ${ratio}`);
    console.log(`  ${codes} codes: lockstep ${fmt(r.lockstep)} | ${peer.name} ${fmt(r.peer)} | ratio ${ratio}`);
  }
  if (own) rows.push(`| ${codes.toLocaleString("en")} (${size.domains}) | ${fmt(own)} | ${cells.join(" | ")} |`);
  if ((codes === 500 || codes === 50000) && !argv.includes("--no-pre-commit")) {
    const p = preCommit(tools);
    console.log(`  ${codes} codes: unchanged check ${fmt(p.unchanged)} | check after one edit ${fmt(p.stale)} | generate after one edit ${fmt(p.regenerate)}`);
    pre.push(`| ${codes.toLocaleString("en")} | ${fmt(p.unchanged)} | ${fmt(p.stale)} | ${fmt(p.regenerate)} |`);
  }
}
const chosenNames = option("--peers")?.split(",") ?? ["buf", "typespec", "style", "floor"];
const names = ["buf generate (protoc-gen-es, TS only)", "TypeSpec → OpenAPI", "Style Dictionary, 6 platforms", "floor: node + `yaml` parse + string concat"].filter((n) => chosenNames.some((c) => n.toLowerCase().includes(c)));
console.log(`\n| codes (domain files) | Lockstep, all generators | ${names.join(" | ")} |\n|${"---|".repeat(names.length + 2)}`);
console.log(rows.join("\n"));
if (pre.length) {
  console.log(`\n| codes | unchanged \`check\` | \`check\` after one description changed | \`generate\` after one description changed |\n|---|---|---|---|`);
  console.log(pre.join("\n"));
}
console.log(`\nload average at the end: ${load()}`);
console.log("\n(ratio = Lockstep / peer, wall time and CPU time: below 1, Lockstep is faster; the Lockstep cell is its first pair's median)");
