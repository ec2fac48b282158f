// Reads a project from disk (config, spec files, the lockfile) for the pure compiler,
// keeping every text so diagnostics can show frames. No generator is loaded here: the
// up-to-date check reads a project and stops; project.ts compiles it.
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { compileConfig, type SourceText } from "../catalog/compile.js";
import type { Config } from "../load/config.js";
import { DiagnosticBag, type Diagnostic } from "../diagnostics/diagnostics.js";
import type { Change } from "../evolution/changes.js";
import { LOCKFILE_NAME } from "../evolution/lockfile.js";
import type { Catalog, SourceLoc } from "../catalog/model.js";

/** Larger spec files are refused rather than parsed (the 50,000-code benchmark catalog is ~14 MB in all). */
export const MAX_SPEC_BYTES = 32 * 1024 * 1024;

export interface Project {
  /** Absolute folder of the config file; every path in the catalog is relative to it. */
  readonly root: string;
  readonly config: Config | undefined;
  readonly catalog: Catalog | undefined;
  readonly diagnostics: readonly Diagnostic[];
  /** Source texts by relative path, for code frames. */
  readonly texts: ReadonlyMap<string, string>;
  /** The lockfile: where it lives, what is there now, what generate writes. */
  readonly lockfile?: { readonly path: string; readonly current: string | undefined; readonly next: string | undefined };
  readonly changes?: readonly Change[];
  readonly acknowledged?: ReadonlySet<Change>;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Where a byte offset falls in a buffer, counting lines like an editor does. */
function locOfByte(bytes: Buffer, offset: number, file: string): SourceLoc {
  const before = bytes.subarray(0, offset).toString("utf8").split("\n");
  return { file, line: before.length, col: before[before.length - 1]!.length + 1 };
}

/**
 * Reads one input file. Only regular files (a link to one is fine): a folder, a device
 * such as /dev/zero or a named pipe is refused before any read, and no read goes past
 * the size limit. The text must be UTF-8: a broken sequence is reported where it is,
 * not silently replaced.
 */
function readText(abs: string, rel: string, bag: DiagnosticBag, raw?: Map<string, Uint8Array>): string | undefined {
  const at = { file: rel, line: 1, col: 1 };
  let fd: number | undefined;
  try {
    const stat = statSync(abs);
    if (!stat.isFile()) {
      bag.error("LS044", `${rel} is not a regular file (${stat.isDirectory() ? "a folder" : "a device, socket or pipe"}); spec and config files must be plain text files`, at);
      return undefined;
    }
    if (stat.size > MAX_SPEC_BYTES) {
      bag.error("LS044", `${rel} is ${stat.size} bytes; spec files are limited to ${MAX_SPEC_BYTES}`, at);
      return undefined;
    }
    fd = openSync(abs, "r");
    const buffer = Buffer.alloc(stat.size);
    const length = readSync(fd, buffer, 0, stat.size, 0);
    const bytes = buffer.subarray(0, length);
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      bag.error("LS044", `${rel} is not a text file (it contains NUL bytes)`, locOfByte(bytes, nul, rel));
      return undefined;
    }
    try {
      const text = UTF8.decode(bytes).replace(/^\uFEFF/, "");
      // The bytes are exactly the text's UTF-8 when no byte order mark was dropped.
      if (raw && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) raw.set(rel, bytes);
      return text;
    } catch {
      // Find the first bad sequence: the longest prefix that decodes.
      let lo = 0;
      let hi = bytes.length;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
          lo = mid;
        } catch {
          hi = mid - 1;
        }
      }
      bag.error("LS044", `${rel} is not valid UTF-8 (bad byte 0x${bytes[lo]!.toString(16).padStart(2, "0")}); save it as UTF-8`, locOfByte(bytes, lo, rel));
      return undefined;
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    const why = code === "ENOENT" ? "it does not exist (or is a link to nothing)" : code === "EISDIR" ? "it is a folder" : code;
    bag.error("LS044", `cannot read ${rel}: ${why}`, code === "ENOENT" && !lstatExists(abs) ? undefined : at);
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A dangling link exists as a link; a missing file does not exist at all (no place to point at). */
function lstatExists(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

/** A project read from disk but not compiled yet: config parsed, spec texts loaded. */
export interface ProjectFiles {
  readonly root: string;
  readonly config: Config | undefined;
  readonly specs: readonly SourceText[];
  /** The lockfile when it exists. */
  readonly lock?: SourceText;
  readonly texts: ReadonlyMap<string, string>;
  /**
   * With `keepBytes`: the bytes read, by path, where they are exactly the text's UTF-8 (no byte
   * order mark), so the up-to-date fingerprint hashes them without encoding the text again.
   */
  readonly bytes?: ReadonlyMap<string, Uint8Array>;
  readonly diagnostics: readonly Diagnostic[];
}

/** `spec/lockstep.lock.json`, relative to the config's folder. */
export function lockfilePath(config: Config): string {
  return config.specDir === "." ? LOCKFILE_NAME : `${config.specDir}/${LOCKFILE_NAME}`;
}

export function readProject(configPath: string, options: { readonly keepBytes?: boolean } = {}): ProjectFiles {
  const abs = resolve(configPath);
  const root = dirname(abs);
  const configRel = abs.slice(root.length + 1);
  const bag = new DiagnosticBag();
  const texts = new Map<string, string>();
  const raw = options.keepBytes ? new Map<string, Uint8Array>() : undefined;
  const configText = readText(abs, configRel, bag, raw);
  if (configText === undefined) return { root, config: undefined, specs: [], diagnostics: bag.sorted(), texts };
  texts.set(configRel, configText);
  const { config, diagnostics } = compileConfig({ path: configRel, text: configText });
  if (!config) return { root, config, specs: [], diagnostics, texts };

  const specs: SourceText[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(join(root, config.specDir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch (e) {
    bag.error("LS044", `cannot read spec folder ${config.specDir}/: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file: configRel, line: 1, col: 1 });
  }
  for (const name of names) {
    const rel = config.specDir === "." ? name : `${config.specDir}/${name}`;
    if (rel === configRel || /^lockstep\.audit\.ya?ml$/.test(name)) continue; // with `spec: .`, the audit settings sit here too
    const text = readText(join(root, rel), rel, bag, raw);
    if (text === undefined) continue;
    texts.set(rel, text);
    specs.push({ path: rel, text });
  }
  const lockRel = lockfilePath(config);
  let lock: SourceText | undefined;
  if (existsSync(join(root, lockRel))) {
    const text = readText(join(root, lockRel), lockRel, bag, raw);
    if (text !== undefined) {
      texts.set(lockRel, text);
      lock = { path: lockRel, text };
    }
  }
  return { root, config, specs, lock, diagnostics: bag.sorted(), texts, ...(raw && { bytes: raw }) };
}
