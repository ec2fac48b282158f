// The npm artifact: the tarball `npm pack` would make from the generated TypeScript
// package (entries under `package/`), and publint-style checks on its manifest:
// every `exports` target, `main` and `types` must be a file in the tarball.
import { compareStrings } from "../catalog/model.js";
import { tarGz, type ArchiveEntry } from "./archive.js";
import type { Artifact, Files } from "./types.js";

interface Manifest {
  name?: unknown;
  version?: unknown;
  files?: unknown;
  main?: unknown;
  types?: unknown;
  exports?: unknown;
}

/** Files npm always packs when present, whatever `files` says. */
const ALWAYS = /^(readme|license|licence|copying|notice)(\..*)?$/i;

export interface NpmPackage {
  readonly name: string;
  readonly version: string;
  readonly artifact: Artifact;
  /** Paths inside the tarball, without the `package/` prefix. */
  readonly contents: readonly string[];
}

/** The files a tarball holds: package.json, `files` entries (a file or a folder), readme/license. */
export function packedPaths(manifest: Manifest, files: Files): string[] {
  const all = [...files.keys()];
  const listed = Array.isArray(manifest.files) ? (manifest.files as unknown[]).filter((f): f is string => typeof f === "string").map((f) => f.replace(/^\.\//, "").replace(/\/$/, "")) : undefined;
  const keep = (p: string) => p === "package.json" || (!p.includes("/") && ALWAYS.test(p)) || !listed || listed.some((f) => p === f || p.startsWith(`${f}/`));
  return all.filter((p) => keep(p) && !p.startsWith("node_modules/")).sort(compareStrings);
}

function targets(value: unknown, at: string, out: [string, string][]): void {
  if (typeof value === "string") out.push([at, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => targets(v, `${at}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) targets(v, `${at}.${k}`, out);
}

/** Problems with the manifest as a consumer would see it once installed (empty when fine). */
export function lintManifest(manifest: Manifest, contents: readonly string[]): string[] {
  const problems: string[] = [];
  const has = new Set(contents);
  if (typeof manifest.name !== "string" || !manifest.name) problems.push("package.json has no name");
  if (typeof manifest.version !== "string" || !manifest.version) problems.push("package.json has no version");
  const refs: [string, string][] = [];
  if (manifest.main !== undefined) targets(manifest.main, "main", refs);
  if (manifest.types !== undefined) targets(manifest.types, "types", refs);
  if (manifest.exports !== undefined) targets(manifest.exports, "exports", refs);
  for (const [field, target] of refs) {
    if (target === null) continue;
    if (field.startsWith("exports") && !target.startsWith("./")) {
      problems.push(`${field} is ${JSON.stringify(target)}: an exports target must start with "./"`);
      continue;
    }
    if (target.includes("*")) continue;
    const path = target.replace(/^\.\//, "");
    if (!has.has(path)) problems.push(`${field} points at ${target}, which is not in the tarball`);
  }
  // TypeScript takes the first matching condition: "types" after "default" is never read.
  const walk = (value: unknown, at: string) => {
    if (!value || typeof value !== "object" || Array.isArray(value)) return;
    const keys = Object.keys(value);
    if (keys.includes("types") && keys.indexOf("types") !== 0) problems.push(`${at}: the "types" condition must come first`);
    for (const k of keys) walk((value as Record<string, unknown>)[k], `${at}.${k}`);
  };
  walk(manifest.exports, "exports");
  return problems;
}

/** The tarball npm would publish; `problems` says why it must not be published. */
export function buildNpm(files: Files): { pkg: NpmPackage | undefined; problems: string[] } {
  const raw = files.get("package.json");
  if (!raw) return { pkg: undefined, problems: ["no package.json in the TypeScript output"] };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(Buffer.from(raw).toString("utf8")) as Manifest;
  } catch (e) {
    return { pkg: undefined, problems: [`package.json is not JSON: ${(e as Error).message}`] };
  }
  const contents = packedPaths(manifest, files);
  const problems = lintManifest(manifest, contents);
  const name = typeof manifest.name === "string" ? manifest.name : "";
  const version = typeof manifest.version === "string" ? manifest.version : "";
  const entries: ArchiveEntry[] = contents.map((p) => ({ path: `package/${p}`, bytes: files.get(p)! }));
  const file = `${name.replace(/^@/, "").replace("/", "-")}-${version}.tgz`;
  return { pkg: { name, version, contents, artifact: { file, bytes: tarGz(entries) } }, problems };
}
