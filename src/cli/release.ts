// `lockstep release [--dry-run]`: builds the npm tarball, the Python wheel and sdist
// and the Go module zip at catalog.version into .lockstep/release/<version>/, checks
// them (manifest rules, `twine check`, Go zip rules, versions, out/ fresh), and
// without --dry-run publishes them with the ecosystems' own clients. Every check and
// every credential is looked at before the first upload, so a refusal publishes nothing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { parseFlags } from "../adopt/flags.js";
import { DEFAULT_CONFIG_FILE, type Config } from "../load/config.js";
import { loadProject } from "../io/project.js";
import { planGenerators } from "../io/plan.js";
import { wheelName } from "../release/python.js";
import { releaseNotes } from "../release/notes.js";
import { describePlan, planRelease, type ReleasePlan } from "../release/plan.js";
import { lastReleased, parseRecord, RECORD_NAME, RecordError, renderRecord } from "../release/record.js";
import type { Files } from "../release/types.js";
import { UsageError, type Args } from "./args.js";
import type { Io } from "./main.js";
import { report } from "./report.js";

export const RELEASE_HELP = `Usage: lockstep release [options]

Builds every publishable package at catalog.version into .lockstep/release/<version>/:
the npm tarball (out/ts), the Python wheel and sdist (out/python) and the Go module
zip, .info and .mod (out/go). Checks them before anything leaves the machine: out/ is
up to date, the three versions agree with catalog.version, which is newer than the
last release (lockstep.releases.json beside the lockfile), every exports/main/types
target is in the tarball, \`twine check\` passes, the Go zip follows the module rules.
Then publishes with the ecosystems' own clients and records the release:
  npm     npm publish <tarball>   (registry and token from npm's own config:
                                   .npmrc, NPM_CONFIG_REGISTRY, NODE_AUTH_TOKEN via .npmrc)
  Python  twine upload            (TWINE_USERNAME, TWINE_PASSWORD; TWINE_REPOSITORY_URL,
                                   default PyPI; LOCKSTEP_PYPI_SIMPLE_URL when the index's
                                   simple pages are not at <upload URL>/simple/)
  Go      --go-proxy <dir> writes the module-proxy file tree (GOPROXY=file://<dir>);
          --git-tag creates the tag the go command needs (<folder>/vX.Y.Z)

Options:
  -c, --config <file>   config file (default: lockstep.config.yaml)
      --dry-run         build and check, print what would be published, publish nothing
      --out-dir <dir>   release folder root (default: .lockstep/release)
      --go-proxy <dir>  publish the Go module into this proxy file tree
                        (or LOCKSTEP_GO_PROXY_DIR)
      --git-tag         create the Go module's git tag in the repository
      --verify          publish nothing: download catalog.version's published
                        artifacts and compare them with a rebuild (npm and Python
                        byte for byte, Go by its go.sum h1: hash); exit 1 on a difference
  -h, --help            this help

Exit codes: 0 released (or dry run passed), 2 refused: nothing was published.
`;

const FLAGS = {
  config: { kind: "value", short: "c" },
  "dry-run": { kind: "bool" },
  "out-dir": { kind: "value" },
  "go-proxy": { kind: "value" },
  "git-tag": { kind: "bool" },
  verify: { kind: "bool" },
  help: { kind: "bool", short: "h" },
} as const;

/** A reason to stop; its message is printed as is and nothing is published. */
class Refusal extends Error {}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const flags = parseFlags(argv, FLAGS);
    if (flags.bool("help")) {
      io.out(RELEASE_HELP);
      return 0;
    }
    if (flags.positionals.length) throw new UsageError(`unexpected argument ${flags.positionals[0]}`);
    return await release(flags.str("config"), flags.bool("verify") ? "verify" : flags.bool("dry-run"), flags.str("out-dir"), flags.str("go-proxy") ?? io.env.LOCKSTEP_GO_PROXY_DIR, flags.bool("git-tag"), io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof Refusal || e instanceof RecordError) {
      io.err(`lockstep release: ${e.message}\n${e instanceof UsageError ? "Run lockstep release --help for usage.\n" : "Nothing was published.\n"}`);
      return 2;
    }
    throw e;
  }
}

/** Every file under a folder, relative POSIX paths; skips dotfiles, node_modules, dist and caches. */
function readTree(dir: string): Files {
  const files = new Map<string, Uint8Array>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (e.name.startsWith(".") || e.name === "node_modules" || e.name === "dist" || e.name === "__pycache__") continue;
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.set(p, readFileSync(join(dir, p)));
    }
  };
  walk("");
  return files;
}

function repoRoot(from: string): string | undefined {
  for (let d = from; ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return undefined;
  }
}

function exec(cmd: string, args: readonly string[], io: Io, cwd: string): { status: number; out: string; err: string; missing: boolean } {
  const r = spawnSync(cmd, args, { cwd, env: io.env as NodeJS.ProcessEnv, encoding: "utf8" });
  const missing = (r.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
  return { status: r.status ?? 1, out: r.stdout ?? "", err: r.stderr ?? (r.error?.message ?? ""), missing };
}

async function release(config: string | undefined, dryRun: boolean | "verify", outDir: string | undefined, goProxy: string | undefined, gitTag: boolean, io: Io): Promise<number> {
  const configPath = config ? (isAbsolute(config) ? config : join(io.cwd, config)) : join(io.cwd, DEFAULT_CONFIG_FILE);
  const project = loadProject(configPath);
  if (!project.config || !project.catalog) {
    report(io, { format: "text" } as Args, project, project.diagnostics);
    return 2;
  }
  const root = project.root;
  const cfg: Config = project.config;
  // out/ must be exactly what generate writes now: the check command decides, as in CI.
  const captured: string[] = [];
  const { main } = await import("./main.js");
  const fresh = await main(["check", "--quiet", "-c", configPath], { ...io, out: (t) => captured.push(t), err: (t) => captured.push(t) });
  if (fresh !== 0) throw new Refusal(`${cfg.outDir}/ is not what generate writes from the spec (lockstep check failed):\n${captured.join("").trimEnd()}\nRun lockstep generate, commit, and release again.`);

  const { plan: generators } = await planGenerators({ ...project, config: cfg }, undefined, true);
  const folderOf = (name: string) => {
    const g = generators.find((p) => p.generator.name === name);
    return g ? join(root, cfg.outDir, g.outDir) : undefined;
  };
  const tree = (name: string) => {
    const d = folderOf(name);
    return d && existsSync(d) ? readTree(d) : undefined;
  };
  const recordPath = join(root, cfg.specDir, RECORD_NAME);
  const record = parseRecord(existsSync(recordPath) ? readFileSync(recordPath, "utf8") : undefined, relative(io.cwd, recordPath) || RECORD_NAME);
  const goDir = folderOf("go");
  const goFiles = tree("go");
  const repo = goDir ? repoRoot(goDir) ?? root : root;
  const plan = planRelease({
    version: project.catalog.version,
    // Verifying looks at a version already out, so "newer than the last release" does not apply.
    lastReleased: dryRun === "verify" ? undefined : lastReleased(record),
    ts: tree("ts"),
    python: tree("python"),
    go: goFiles && goDir ? { files: goFiles, folder: relative(repo, goDir).split(sep).join("/") } : undefined,
  });
  if (plan.problems.length) throw new Refusal(`cannot release ${plan.version}:\n${plan.problems.map((p) => `  - ${p}`).join("\n")}`);

  const folder = join(outDir ? (isAbsolute(outDir) ? outDir : join(io.cwd, outDir)) : join(root, ".lockstep", "release"), plan.version);
  for (const f of plan.files) {
    mkdirSync(dirname(join(folder, f.file)), { recursive: true });
    writeFileSync(join(folder, f.file), f.bytes);
  }
  if (plan.python) twineCheck(plan, folder, io);
  io.out(describePlan(plan, relative(io.cwd, folder) || "."));
  // Release notes: the changelog generator's section for this version (for a GitHub release, say).
  const changelogDir = folderOf("changelog");
  const changelog = changelogDir && join(changelogDir, "CHANGELOG.md");
  const notes = changelog && existsSync(changelog) ? releaseNotes(readFileSync(changelog, "utf8"), plan.version) : undefined;
  if (notes) {
    writeFileSync(join(folder, "RELEASE_NOTES.md"), notes);
    io.out(`  notes   ${relative(io.cwd, join(folder, "RELEASE_NOTES.md"))} (the changelog's ${plan.version} section)\n`);
  }
  if (dryRun === "verify") {
    const tarball = (name: string, version: string) => exec("npm", ["view", `${name}@${version}`, "dist.tarball"], io, root).out.trim() || undefined;
    return (await import("./release-verify.js")).verify(plan, tarball, goProxy && (isAbsolute(goProxy) ? goProxy : join(io.cwd, goProxy)), io);
  }
  if (dryRun) {
    io.out("Dry run: nothing was published.\n");
    return 0;
  }
  const steps = await preflight(plan, folder, goProxy && (isAbsolute(goProxy) ? goProxy : join(io.cwd, goProxy)), gitTag ? repo : undefined, io, root);
  const done: string[] = [];
  for (const step of steps) {
    try {
      done.push(step());
    } catch (e) {
      // Every check passed, yet a registry said no mid-way: say exactly what is out there.
      if (e instanceof Refusal && done.length) {
        io.err(`lockstep release: ${e.message}\nAlready published before this failure: ${done.join(", ")}. Fix the cause and publish the rest by hand from ${relative(io.cwd, folder)}/, or bump catalog.version.\n`);
        return 2;
      }
      throw e;
    }
  }
  writeFileSync(recordPath, renderRecord(record, plan.version, plan.files));
  io.out(`lockstep: released ${plan.version}; recorded in ${relative(io.cwd, recordPath)} (commit it)\n`);
  return 0;
}

function twineCheck(plan: ReleasePlan, folder: string, io: Io): void {
  const files = [plan.python!.wheel.file, plan.python!.sdist.file].map((f) => join(folder, "python", f));
  const r = exec("twine", ["--no-color", "check", "--strict", ...files], io, folder);
  if (r.missing) throw new Refusal("twine is not installed (pip install twine): it checks and uploads the Python distribution");
  if (r.status !== 0) throw new Refusal(`twine check refused the Python distribution:\n${(r.out + r.err).trimEnd()}`);
}

/** Simple-index URL (PEP 503) of the repository twine uploads to. */
export function simpleIndexUrl(env: Io["env"]): string {
  if (env.LOCKSTEP_PYPI_SIMPLE_URL) return env.LOCKSTEP_PYPI_SIMPLE_URL.replace(/\/?$/, "/");
  const upload = env.TWINE_REPOSITORY_URL ?? "https://upload.pypi.org/legacy/";
  if (/^https:\/\/upload\.pypi\.org\//.test(upload)) return "https://pypi.org/simple/";
  if (/^https:\/\/test\.pypi\.org\//.test(upload)) return "https://test.pypi.org/simple/";
  return `${upload.replace(/\/(legacy\/?)?$/, "")}/simple/`;
}

/**
 * Checks credentials and that no registry has this version yet, for every target,
 * before anything is uploaded; returns the uploads to run, in order.
 */
async function preflight(plan: ReleasePlan, folder: string, goProxy: string | undefined, tagRepo: string | undefined, io: Io, cwd: string): Promise<(() => string)[]> {
  const steps: (() => string)[] = [];
  if (plan.npm) {
    const { name, version } = plan.npm;
    const who = exec("npm", ["whoami"], io, cwd);
    if (who.missing) throw new Refusal("npm is not installed: it publishes the TypeScript package");
    if (who.status !== 0) {
      throw new Refusal(`npm has no credentials for its registry (npm whoami: ${/E[A-Z0-9]+.*$/m.exec(who.err)?.[0] ?? who.err.trim()}).\nPut \`//<registry host>/:_authToken=\${NODE_AUTH_TOKEN}\` in .npmrc and set NODE_AUTH_TOKEN, or run npm login.`);
    }
    const view = exec("npm", ["view", `${name}@${version}`, "version"], io, cwd);
    if (view.status === 0 && view.out.trim() === version) throw new Refusal(`npm: ${name}@${version} is already published; bump catalog.version`);
    if (view.status !== 0 && !/E404|404/.test(view.err)) throw new Refusal(`npm: cannot ask the registry about ${name}: ${view.err.trim()}`);
    const tarball = join(folder, "npm", plan.npm.artifact.file);
    steps.push(() => {
      const r = exec("npm", ["publish", tarball], io, cwd);
      if (r.status !== 0) throw new Refusal(`npm publish refused ${name}@${version}:\n${r.err.trim()}`);
      io.out(`npm: published ${name}@${version}\n`);
      return `npm ${name}@${version}`;
    });
  }
  if (plan.python) {
    for (const v of ["TWINE_USERNAME", "TWINE_PASSWORD"]) if (!io.env[v]) throw new Refusal(`${v} is not set: twine reads the Python repository's credentials from TWINE_USERNAME and TWINE_PASSWORD (with TWINE_REPOSITORY_URL for a registry other than PyPI)`);
    const { wheel, sdist, project } = plan.python;
    const index = `${simpleIndexUrl(io.env)}${wheelName(project.name).replace(/_/g, "-")}/`;
    let page: Response;
    try {
      page = await fetch(index);
    } catch (e) {
      throw new Refusal(`python: cannot reach ${index}: ${(e as Error).message}`);
    }
    if (page.ok) {
      const body = await page.text();
      if (body.includes(wheel.file) || body.includes(sdist.file)) throw new Refusal(`python: ${project.name} ${project.version} is already published (${index}); bump catalog.version`);
    } else if (page.status !== 404) throw new Refusal(`python: ${index} answered ${page.status}`);
    steps.push(() => {
      const r = exec("twine", ["--no-color", "upload", "--non-interactive", join(folder, "python", wheel.file), join(folder, "python", sdist.file)], io, cwd);
      if (r.status !== 0) throw new Refusal(`twine upload refused ${project.name} ${project.version}:\n${(r.out + r.err).trim()}`);
      io.out(`python: published ${project.name} ${project.version}\n`);
      return `python ${project.name} ${project.version}`;
    });
  }
  if (plan.go) {
    const go = plan.go;
    if (goProxy) {
      const info = [...go.proxy.keys()].find((k) => k.endsWith(".info"))!;
      if (existsSync(join(goProxy, info))) throw new Refusal(`go: ${go.path}@${go.version} is already in ${goProxy}; bump catalog.version`);
      steps.push(() => {
        for (const [p, bytes] of go.proxy) {
          mkdirSync(dirname(join(goProxy, p)), { recursive: true });
          writeFileSync(join(goProxy, p), bytes);
        }
        const list = join(goProxy, dirname(info), "list");
        const versions = new Set([...(existsSync(list) ? readFileSync(list, "utf8").split("\n").filter(Boolean) : []), go.version]);
        writeFileSync(list, [...versions].join("\n") + "\n");
        io.out(`go: published ${go.path}@${go.version} to ${goProxy}\n`);
        return `go ${go.path}@${go.version}`;
      });
    }
    if (tagRepo) {
      if (exec("git", ["rev-parse", "-q", "--verify", `refs/tags/${go.tag}`], io, tagRepo).status === 0) throw new Refusal(`go: git tag ${go.tag} already exists; bump catalog.version`);
      if (exec("git", ["rev-parse", "-q", "--verify", "HEAD"], io, tagRepo).status !== 0) throw new Refusal(`go: --git-tag needs a commit to tag, and ${tagRepo} has none yet`);
      // The tag goes first: it is local, so a failure there leaves nothing on any registry.
      steps.unshift(() => {
        const r = exec("git", ["tag", go.tag], io, tagRepo);
        if (r.status !== 0) throw new Refusal(`git tag ${go.tag} failed: ${r.err.trim()}`);
        io.out(`go: tagged ${go.tag} (push it: git push origin ${go.tag})\n`);
        return `git tag ${go.tag}`;
      });
    }
    if (!goProxy && !tagRepo) io.out(`go: tag the released commit for the go command: git tag ${go.tag} && git push origin ${go.tag}\n`);
  }
  return steps;
}
