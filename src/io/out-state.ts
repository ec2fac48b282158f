// Compares what would be generated with what is on disk under the output root.
// Shared by `generate` (what to write and remove) and `--check` (what to report).
// A manifest records the hash of every file Lockstep wrote, which tells a stale file
// (Lockstep wrote it, the spec changed) from a hand-edited one, and lets orphans be
// removed without ever touching a file Lockstep did not write.
import { createHash } from "node:crypto";
import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isSafeOutputPath, type GeneratedFile } from "../generate/pipeline.js";
import { parseInputFacts, type InputFacts } from "./input-facts.js";
import type { Bytes, OnDisk } from "./staging.js";

export const MANIFEST = ".lockstep-manifest.json";
const EMPTY = Buffer.alloc(0);

/**
 * What a check keeps of a large file that differs instead of its bytes: the diff its report
 * shows, made as the file was compared (see OutStateBuilder.patch). Never written.
 */
export interface Patched {
  readonly patch: readonly string[];
}

export type FileState =
  | { readonly kind: "unchanged"; readonly path: string }
  | { readonly kind: "missing"; readonly path: string; readonly next: Bytes | Patched }
  | { readonly kind: "stale" | "hand-edited"; readonly path: string; readonly current: Bytes; readonly next: Bytes | Patched }
  /** A file Lockstep never wrote (not in the manifest) where it would write something else: never overwritten without --force. */
  | { readonly kind: "foreign"; readonly path: string; readonly current: Bytes; readonly next: Bytes | Patched }
  /** Written by Lockstep earlier (by `generator`), no longer produced. `edited`: changed by hand since (kept, never deleted). */
  | { readonly kind: "orphaned"; readonly path: string; readonly current: Bytes; readonly edited: boolean; readonly generator: string };

export interface OutState {
  readonly files: readonly FileState[];
  /** The manifest to write after a successful generate. */
  readonly manifest: string;
  /** The manifest written before the first write (see ManifestEntry.previous). */
  readonly interimManifest: string;
  /** sha256 of every generated file and of the manifest, by path under the output root. */
  readonly hashes: ReadonlyMap<string, string>;
  /** Problems reading the output root (symlinks, unreadable files). */
  readonly refusals: readonly Refusal[];
  /** What the previous generate recorded it was generated from (absent in older manifests). */
  readonly recordedInputs?: InputFacts | undefined;
}

/** Something in the way of a write. `path`: what is in the way, relative to the project root. */
export interface Refusal {
  readonly path: string;
  readonly message: string;
}

export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

interface ManifestEntry {
  readonly generator: string;
  readonly sha256: string;
  /**
   * Only in the manifest written before a run's writes start: the hash the file had
   * before. A run killed half-way leaves each file old or new, and both count as ours.
   */
  readonly previous?: string;
}

export function renderManifest(entries: ReadonlyMap<string, ManifestEntry>, inputs?: InputFacts): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const files = Object.fromEntries(
    sorted.map(([path, e]) => [path, e.previous === undefined ? { generator: e.generator, sha256: e.sha256 } : { generator: e.generator, sha256: e.sha256, previous: e.previous }]),
  );
  return JSON.stringify(inputs ? { generatedBy: "lockstep", inputs, files } : { generatedBy: "lockstep", files }, null, 2) + "\n";
}

/** Whether `hash` is what Lockstep last wrote (or, after an interrupted run, was about to write) at that path. */
function isOurs(entry: ManifestEntry | undefined, hash: string): boolean {
  return entry !== undefined && (entry.sha256 === hash || entry.previous === hash);
}

/** The previous manifest's entries by path, and the inputs it recorded (absent in older manifests). */
function readManifest(outRoot: string): { entries: Map<string, ManifestEntry>; inputs: InputFacts | undefined } {
  try {
    const parsed = JSON.parse(readFileSync(join(outRoot, MANIFEST), "utf8")) as { inputs?: unknown; files?: Record<string, Partial<ManifestEntry>> };
    const entries = Object.entries(parsed.files ?? {})
      .filter((e): e is [string, ManifestEntry] => typeof e[1]?.sha256 === "string" && typeof e[1].generator === "string")
      .map(([path, e]): [string, ManifestEntry] => [path, typeof e.previous === "string" ? { generator: e.generator, sha256: e.sha256, previous: e.previous } : { generator: e.generator, sha256: e.sha256 }]);
    return { entries: new Map(entries), inputs: parseInputFacts(parsed.inputs) };
  } catch {
    return { entries: new Map(), inputs: undefined }; // absent or unreadable: nothing counts as ours, so nothing is ever deleted
  }
}

/**
 * Refuses any path whose folders (from the project root down) include a symlink, so a
 * link inside `out/` can never redirect a write or delete outside the output root.
 */
export function symlinkOnPath(projectRoot: string, relPath: string): string | undefined {
  let current = projectRoot;
  for (const segment of relPath.split("/")) {
    current = join(current, segment);
    try {
      if (lstatSync(current).isSymbolicLink()) return current.slice(projectRoot.length + 1);
    } catch {
      return undefined; // nothing there, a file in the way or unreadable: the reader refuses the last two
    }
  }
  return undefined;
}

/**
 * A generated file's current bytes, undefined when it does not exist yet, or null
 * (with a refusal) when something that is not a file is in the way: a folder where
 * the file goes, or a file where one of its folders goes.
 */
function readOrRefuse(path: string, rel: string, refusals: Refusal[]): Buffer | undefined | null {
  try {
    if (!lstatSync(path).isFile()) {
      refusals.push({ path: rel, message: `${rel} is not a file (a folder or a special file is where lockstep writes it); move it away` });
      return null;
    }
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    if (code === "ENOTDIR") {
      refusals.push({ path: fileInTheWay(path, rel), message: `a file is in the way of ${rel}: one of its folders is a file; move it away` });
      return null;
    }
    refusals.push({ path: rel, message: `cannot read ${rel}: ${code ?? String(e)}` });
    return null;
  }
}

/** The first folder of `rel` that is a file (for ENOTDIR), relative like `rel`. */
function fileInTheWay(abs: string, rel: string): string {
  const segments = rel.split("/");
  const base = abs.slice(0, abs.length - rel.length);
  for (let i = 1; i < segments.length; i++) {
    const prefix = segments.slice(0, i).join("/");
    try {
      if (!lstatSync(base + prefix).isDirectory()) return prefix;
    } catch {
      break;
    }
  }
  return rel;
}

/**
 * The OutState built one generated file at a time, so a file's bytes can be released as
 * soon as it is compared with the disk (and, with `stage`, written to the staging folder).
 * What is kept per file: its path, generator and hash, and the bytes of a file that differs
 * (in memory, or staged on disk), while a differing file's current bytes stay on disk.
 * `outDir` is relative to `projectRoot`, generated paths to `outDir`; `ran`: the generators
 * that ran (all when undefined), whose files alone can be stale or orphaned.
 */
export class OutStateBuilder {
  private readonly outRoot: string;
  private readonly previous: Map<string, ManifestEntry>;
  private readonly recordedInputs: InputFacts | undefined;
  private readonly entries = new Map<string, ManifestEntry>();
  private readonly generated: { path: string; generator: string; hash: string }[] = [];
  private readonly states: FileState[] = [];
  private readonly refusals: { at: string; refusal: Refusal }[] = [];

  /** The recorded hash of a file whose stat vouches for it (up-to-date.ts), undefined when it must be read. */
  vouched: ((path: string) => string | undefined) | undefined;
  /** Where the bytes of a file that differs go; kept in memory without it. */
  stage: ((bytes: Buffer) => OnDisk) | undefined;
  /**
   * A check's report diffs each file that differs: for a file this large (old and new bytes
   * together) the diff is made when the file is compared, from the bytes just read, and
   * only it is kept. Holding every stale output until the report made a one-edit check at
   * 50,000 codes peak 1.25 GiB, ~150 MiB above the generate it stands for.
   */
  patch: { readonly fromBytes: number; readonly diff: (path: string, before: Buffer, after: Buffer) => readonly string[] } | undefined;

  constructor(
    private readonly projectRoot: string,
    private readonly outDir: string,
    ran?: ReadonlySet<string>,
  ) {
    this.outRoot = join(projectRoot, outDir);
    const { entries: previous, inputs: recordedInputs } = readManifest(this.outRoot);
    this.previous = previous;
    this.recordedInputs = recordedInputs;
    for (const [path, e] of previous) if (ran && !ran.has(e.generator)) this.entries.set(path, e);
  }

  add(file: GeneratedFile): void {
    const hash = sha256(file.bytes);
    this.entries.set(file.path, { generator: file.generator, sha256: hash });
    this.generated.push({ path: file.path, generator: file.generator, hash });
    this.compare(file.path, file.bytes, this.stage, hash);
  }

  private compare(path: string, bytes: Buffer, stage: ((bytes: Buffer) => OnDisk) | undefined, hash?: string): void {
    const rel = this.outDir === "." ? path : `${this.outDir}/${path}`;
    const link = symlinkOnPath(this.projectRoot, rel);
    if (link) {
      this.refusals.push({ at: path, refusal: { path: link, message: `${link} is a symbolic link; lockstep does not write through links` } });
      return;
    }
    const abs = join(this.outRoot, path);
    // A file whose stat vouches for its recorded hash is not read: unchanged when that is the
    // new hash; stale when it is the one the manifest says Lockstep wrote. A check reads a
    // stale file all the same (its report shows the diff); anything else is read and hashed.
    const vouched = this.vouched?.(path);
    if (vouched !== undefined && vouched === hash) {
      this.states.push({ kind: "unchanged", path });
      return;
    }
    if (vouched !== undefined && this.patch === undefined && isOurs(this.previous.get(path), vouched)) {
      this.states.push({ kind: "stale", path, current: { file: abs }, next: stage ? stage(bytes) : bytes });
      return;
    }
    const refusals: Refusal[] = [];
    const current = readOrRefuse(abs, rel, refusals);
    for (const refusal of refusals) this.refusals.push({ at: path, refusal });
    if (current === null) return;
    const patch = this.patch && path !== MANIFEST && (current?.length ?? 0) + bytes.length >= this.patch.fromBytes ? this.patch : undefined;
    const next = (): Bytes | Patched => (patch ? { patch: patch.diff(path, current ?? EMPTY, bytes) } : stage ? stage(bytes) : bytes);
    if (current === undefined) this.states.push({ kind: "missing", path, next: next() });
    else if (current.equals(bytes)) this.states.push({ kind: "unchanged", path });
    else {
      const entry = this.previous.get(path);
      const ours = path === MANIFEST || isOurs(entry, vouched ?? sha256(current));
      // Not in the manifest at all: Lockstep never wrote it (a project's own package.json under `out: .`).
      const kind = ours ? "stale" : entry === undefined ? "foreign" : "hand-edited";
      this.states.push({ kind, path, current: { file: abs }, next: next() });
    }
  }

  /** The state once every generator has run; `inputs` are recorded in the manifest. */
  finish(inputs?: InputFacts): OutState {
    const { entries, previous, generated, projectRoot, outDir, outRoot } = this;
    const manifest = renderManifest(entries, inputs);
    const hashes = new Map(generated.map((f) => [f.path, f.hash]));
    hashes.set(MANIFEST, sha256(manifest));
    // Files in path order (the order they were generated in is the generators' own).
    const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    this.states.sort(byPath);
    this.refusals.sort((a, b) => byPath({ path: a.at }, { path: b.at }));
    this.compare(MANIFEST, Buffer.from(manifest, "utf8"), undefined);
    const produced = new Set([MANIFEST, ...entries.keys()]); // entries: every generated path, and those of generators that did not run
    const states = this.states;
    const refusals = this.refusals.map((r) => r.refusal);
    for (const [path, entry] of [...previous].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (produced.has(path) || !isSafeOutputPath(path)) continue; // a tampered manifest cannot aim outside out/
      const rel = outDir === "." ? path : `${outDir}/${path}`;
      if (symlinkOnPath(projectRoot, rel)) continue; // never follow a link to delete
      const current = readOrRefuse(join(outRoot, path), rel, []); // an orphan that is not a file is left alone
      if (current) states.push({ kind: "orphaned", path, current: { file: join(outRoot, path) }, edited: !isOurs(entry, sha256(current)), generator: entry.generator });
    }
    // Written before any file: every path this run may write, with its old and new hash.
    const interim = new Map(previous);
    // Each file hashed once above (hashing the output again here took ~5% of a 50,000-code run).
    for (const f of generated) interim.set(f.path, { generator: f.generator, sha256: f.hash, previous: previous.get(f.path)?.sha256 ?? f.hash });
    return { files: states, manifest, interimManifest: renderManifest(interim, inputs), hashes, refusals, recordedInputs: this.recordedInputs };
  }
}
