// The files a third-party generator is made of, found without running it, so that the
// unchanged-`check` cache and the manifest's input facts can fingerprint a plugin: its
// entry file, every file it imports by relative path (transitively), every file or
// folder it names with `new URL("…", import.meta.url)` (its templates), and the
// package.json of the package it lives in. Imports of other packages are not followed.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";

/** At most this many files per plugin: a plugin naming a huge folder is fingerprinted by its first ones (sorted). */
const MAX_FILES = 5000;

const SCRIPT = /\.(?:m?js|cjs)$/;
/** `import … from "./x"`, `export … from "./x"`, `import "./x"`, `import("./x")`, `require("./x")`, `new URL("./x", import.meta.url)`. */
const REFERENCE =
  /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](\.{1,2}\/[^"'\n]*)["']|\bnew\s+URL\s*\(\s*["'](\.{0,2}\/?[^"'\n]*)["']\s*,\s*import\.meta\.url/g;

/** The entry file of a `from:` generator, or undefined when it cannot be found (its load reports that). */
export function pluginEntry(root: string, from: string): string | undefined {
  try {
    return from.startsWith(".") || isAbsolute(from) ? resolve(root, from) : createRequire(join(root, "package.json")).resolve(from);
  } catch {
    return undefined;
  }
}

function filesUnder(dir: string, out: Set<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (out.size >= MAX_FILES) return;
    if (e.isDirectory() && e.name !== "node_modules" && e.name !== ".git") filesUnder(join(dir, e.name), out);
    else if (e.isFile()) out.add(join(dir, e.name));
  }
}

/** The nearest package.json above `file`, if any. */
function packageJsonOf(file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return join(dir, "package.json");
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The absolute paths of a plugin's files, sorted; undefined when its entry cannot be
 * resolved or read (then nothing can vouch for it).
 */
export function pluginFiles(root: string, from: string): string[] | undefined {
  const entry = pluginEntry(root, from);
  if (entry === undefined || !existsSync(entry)) return undefined;
  const found = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length && found.size < MAX_FILES) {
    const file = queue.shift()!;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const m of text.matchAll(REFERENCE)) {
      const target = resolve(dirname(file), m[1] ?? m[2]!);
      let isDir: boolean;
      try {
        isDir = statSync(target).isDirectory();
      } catch {
        continue; // "./x" resolved by extension, or a name that is not a file: nothing to hash
      }
      if (isDir) filesUnder(target, found);
      else if (!found.has(target)) {
        found.add(target);
        if (SCRIPT.test(target)) queue.push(target);
      }
    }
  }
  const pkg = packageJsonOf(entry);
  if (pkg) found.add(pkg);
  return [...found].sort();
}
