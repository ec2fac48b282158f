// The release record (`lockstep.releases.json` beside the lockfile, committed): every
// version `lockstep release` published, newest first, with the sha256 of each artifact.
// The lockfile's `version` is the version of the last generate, not of the last
// release, so "is this version newer than the last release" is answered here.
import { compareVersions } from "../evolution/versions.js";
import type { Artifact } from "./types.js";
import { sha256 } from "./plan.js";

export const RECORD_NAME = "lockstep.releases.json";

export interface ReleaseEntry {
  readonly version: string;
  readonly artifacts: Readonly<Record<string, string>>;
}

export class RecordError extends Error {}

export function parseRecord(text: string | undefined, path: string): ReleaseEntry[] {
  if (text === undefined) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RecordError(`${path}:1:1: not valid JSON (${(e as Error).message}); restore it from version control`);
  }
  const releases = (data as { releases?: unknown } | null)?.releases;
  if (!Array.isArray(releases) || releases.some((r) => !r || typeof (r as ReleaseEntry).version !== "string")) {
    throw new RecordError(`${path}:1:1: expected {"releases": [{"version": "…", "artifacts": {…}}]}; restore it from version control`);
  }
  return releases as ReleaseEntry[];
}

export const lastReleased = (entries: readonly ReleaseEntry[]) => [...entries].map((e) => e.version).sort(compareVersions).pop();

export function renderRecord(entries: readonly ReleaseEntry[], version: string, files: readonly Artifact[]): string {
  const artifacts = Object.fromEntries(files.filter((f) => f.file !== "SHA256SUMS").map((f) => [f.file, sha256(f.bytes)]));
  const next = [...entries.filter((e) => e.version !== version), { version, artifacts }].sort((a, b) => compareVersions(b.version, a.version));
  return `${JSON.stringify({ releases: next }, null, 2)}\n`;
}
