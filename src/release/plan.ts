// A release of the catalog's version: every publishable artifact built from the
// generated packages, and every reason not to publish them. Pure: files in, bytes and
// problems out; the CLI (src/cli/release.ts) reads the folders and runs the clients.
import { createHash } from "node:crypto";
import { compareVersions } from "../evolution/versions.js";
import { buildGo, type GoModule } from "./gomod.js";
import { buildNpm, type NpmPackage } from "./npm.js";
import { buildPython, type PythonDist } from "./python.js";
import type { Artifact, Files } from "./types.js";

export interface ReleaseInput {
  readonly version: string;
  /** The newest version in the release record, if any. */
  readonly lastReleased: string | undefined;
  readonly ts: Files | undefined;
  readonly python: Files | undefined;
  /** The Go module's files and its folder relative to the repository root. */
  readonly go: { readonly files: Files; readonly folder: string } | undefined;
}

export interface ReleasePlan {
  readonly version: string;
  readonly npm: NpmPackage | undefined;
  readonly python: PythonDist | undefined;
  readonly go: GoModule | undefined;
  /** Files of the release folder, paths relative to it (`npm/…`, `python/…`, `go/…`, `SHA256SUMS`). */
  readonly files: readonly Artifact[];
  /** Each a sentence; any one stops the release before anything is published. */
  readonly problems: readonly string[];
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export function planRelease(input: ReleaseInput): ReleasePlan {
  const { version } = input;
  const problems: string[] = [];
  if (input.lastReleased !== undefined && compareVersions(version, input.lastReleased) <= 0) {
    problems.push(`catalog.version ${version} is not newer than the last release, ${input.lastReleased}: bump catalog.version and run generate`);
  }
  if (!input.ts && !input.python && !input.go) problems.push("there is nothing to publish: the config runs none of the ts, python and go generators");
  const files: Artifact[] = [];
  const npm = input.ts ? buildNpm(input.ts) : undefined;
  if (npm) {
    problems.push(...npm.problems.map((p) => `npm: ${p}`));
    if (npm.pkg) {
      if (npm.pkg.version !== version) problems.push(`npm: package.json has version ${npm.pkg.version}, but catalog.version is ${version}`);
      files.push({ file: `npm/${npm.pkg.artifact.file}`, bytes: npm.pkg.artifact.bytes });
    }
  }
  const py = input.python ? buildPython(input.python) : undefined;
  if (py) {
    problems.push(...py.problems.map((p) => `python: ${p}`));
    if (py.dist) {
      if (py.dist.project.version !== version) problems.push(`python: pyproject.toml has version ${py.dist.project.version}, but catalog.version is ${version}`);
      files.push({ file: `python/${py.dist.wheel.file}`, bytes: py.dist.wheel.bytes }, { file: `python/${py.dist.sdist.file}`, bytes: py.dist.sdist.bytes });
    }
  }
  const go = input.go ? buildGo(input.go.files, version, input.go.folder) : undefined;
  if (go) {
    problems.push(...go.problems.map((p) => `go: ${p}`));
    if (go.module) for (const a of [go.module.info, go.module.mod, go.module.zip]) files.push({ file: `go/${a.file}`, bytes: a.bytes });
  }
  files.push({ file: "SHA256SUMS", bytes: Buffer.from(files.map((f) => `${sha256(f.bytes)}  ${f.file}\n`).join("")) });
  return { version, npm: npm?.pkg, python: py?.dist, go: go?.module, files, problems };
}

/** What `--dry-run` prints: each artifact with its size and digest, and where each goes. */
export function describePlan(plan: ReleasePlan, folder: string): string {
  const lines = [`lockstep release ${plan.version}: artifacts in ${folder}/`];
  for (const f of plan.files) if (f.file !== "SHA256SUMS") lines.push(`  ${f.file.padEnd(48)} ${String(f.bytes.length).padStart(8)} B  sha256:${sha256(f.bytes).slice(0, 16)}`);
  if (plan.npm) lines.push(`  npm     ${plan.npm.name}@${plan.npm.version} (${plan.npm.contents.join(", ")})`);
  if (plan.python) lines.push(`  python  ${plan.python.project.name} ${plan.python.project.version} (wheel: ${plan.python.wheelContents.join(", ")})`);
  if (plan.go) lines.push(`  go      ${plan.go.path}@${plan.go.version} (git tag ${plan.go.tag})`);
  return `${lines.join("\n")}\n`;
}
