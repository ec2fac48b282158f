// The Go artifact: a module zip in the module-proxy layout (every entry under
// `<module>@vX.Y.Z/`), its `.info` and `.mod`, the proxy file tree that serves them
// (`<escaped module>/@v/{list,vX.Y.Z.info,.mod,.zip}`), and the git tag a direct
// (VCS) fetch needs: `<folder>/vX.Y.Z` when the module is in a subfolder of the repo.
import { compareStrings } from "../catalog/model.js";
import { FIXED_TIME, zip } from "./archive.js";
import type { Artifact, Files } from "./types.js";

/** Limits from golang.org/x/mod/zip. */
const MAX_ZIP_FILE = 500 << 20;
const MAX_GO_MOD = 16 << 20;

export interface GoModule {
  readonly path: string;
  readonly version: string;
  readonly tag: string;
  readonly zip: Artifact;
  readonly info: Artifact;
  readonly mod: Artifact;
  /** Relative path → bytes of the proxy file tree for this version (without `list`). */
  readonly proxy: ReadonlyMap<string, Uint8Array>;
}

/** Module path escaping of the proxy protocol: uppercase `A` → `!a`. */
export const escapeModulePath = (p: string) => p.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);

export function modulePathOf(goMod: string): string | undefined {
  return /^module\s+("?)([^\s"]+)\1\s*$/m.exec(goMod)?.[2];
}

/** Problems with a file path inside a module zip (golang.org/x/mod/module.CheckFilePath, simplified). */
export function filePathProblem(p: string): string | undefined {
  if (p === "" || p.startsWith("/") || p.includes("\\") || p.split("/").some((e) => e === "" || e === "." || e === "..")) return `invalid file path ${JSON.stringify(p)}`;
  if (!/^[A-Za-z0-9!#$%&()+,\-.=@[\]^_{}~ /]+$/.test(p)) return `file path ${JSON.stringify(p)} has characters a module zip refuses`;
  return undefined;
}

/** The major-version suffix rule: v0/v1 have none, vN (N ≥ 2) must end in `/vN`. */
export function majorProblem(modulePath: string, version: string): string | undefined {
  const major = Number(/^(\d+)\./.exec(version)?.[1] ?? NaN);
  if (Number.isNaN(major)) return `version ${version} is not semantic (X.Y.Z), which a Go module version must be`;
  const suffix = /\/v(\d+)$/.exec(modulePath)?.[1];
  if (major >= 2 && suffix !== String(major)) return `module path ${modulePath} must end in /v${major} for version v${version}`;
  if (major < 2 && suffix !== undefined) return `module path ${modulePath} ends in /v${suffix}, but version v${version} has major ${major}`;
  return undefined;
}

/**
 * Builds the module at `version`. `folder` is the module's folder relative to the
 * repository root ("" at the root), for the tag name.
 */
export function buildGo(files: Files, version: string, folder: string, time = FIXED_TIME): { module: GoModule | undefined; problems: string[] } {
  const goModBytes = files.get("go.mod");
  if (!goModBytes) return { module: undefined, problems: ["go.mod is missing from the Go output"] };
  const goMod = Buffer.from(goModBytes).toString("utf8");
  const path = modulePathOf(goMod);
  if (!path) return { module: undefined, problems: ["go.mod has no module line"] };
  const problems: string[] = [];
  const v = `v${version}`;
  const major = majorProblem(path, version);
  if (major) problems.push(major);
  if (goModBytes.length > MAX_GO_MOD) problems.push(`go.mod is larger than ${MAX_GO_MOD} bytes`);
  // Nested modules and vendor folders are not part of the module (the go command leaves them out too).
  const nested = [...files.keys()].filter((p) => p.endsWith("/go.mod")).map((p) => p.slice(0, -"go.mod".length));
  const paths = [...files.keys()].filter((p) => !p.startsWith("vendor/") && !nested.some((n) => p.startsWith(n))).sort(compareStrings);
  const lower = new Map<string, string>();
  let size = 0;
  for (const p of paths) {
    const bad = filePathProblem(p);
    if (bad) problems.push(bad);
    const other = lower.get(p.toLowerCase());
    if (other) problems.push(`${p} and ${other} differ only in case`);
    lower.set(p.toLowerCase(), p);
    size += files.get(p)!.length;
  }
  if (size > MAX_ZIP_FILE) problems.push(`the module's files total ${size} bytes, over the ${MAX_ZIP_FILE}-byte limit`);
  const bytes = zip(paths.map((p) => ({ path: `${path}@${v}/${p}`, bytes: files.get(p)! })), { mtime: time });
  const info = Buffer.from(`${JSON.stringify({ Version: v, Time: new Date(time).toISOString().replace(".000Z", "Z") })}\n`);
  const at = `${escapeModulePath(path)}/@v/${v}`;
  const proxy = new Map<string, Uint8Array>([
    [`${at}.info`, info],
    [`${at}.mod`, goModBytes],
    [`${at}.zip`, bytes],
  ]);
  const tag = folder ? `${folder}/${v}` : v;
  return { module: { path, version: v, tag, zip: { file: `${v}.zip`, bytes }, info: { file: `${v}.info`, bytes: info }, mod: { file: `${v}.mod`, bytes: goModBytes }, proxy }, problems };
}
