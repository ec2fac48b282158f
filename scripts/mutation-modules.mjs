// The modules `pnpm test:mutation` scores, each with the files Stryker mutates.
// Shared by scripts/mutation.mjs (runs them) and scripts/mutation-table.mjs (scores them).
import { readdirSync } from "node:fs";

export const MUTATION_MODULES = [
  { name: "escape", files: ["src/escape/**/*.ts"] },
  { name: "naming", files: ["src/naming/**/*.ts"] },
  { name: "evolution", files: ["src/evolution/**/*.ts"] },
  { name: "pipeline", files: ["src/generate/pipeline.ts"] },
  { name: "normalise", files: ["src/catalog/normalise.ts", "src/catalog/references.ts"] },
  { name: "yaml", files: ["src/yaml/**/*.ts"] },
  { name: "openapi", files: ["src/openapi/**/*.ts"] },
  // What a generate may write or delete, and when a file on disk is trusted without reading it.
  { name: "out-state", files: ["src/io/out-state.ts", "src/io/up-to-date.ts"] },
  // How it is written: staged outside out/, renamed into place, orphans and dead runs' files removed.
  { name: "writer", files: ["src/io/writer.ts", "src/io/staging.ts"] },
  // Scored file by file: each generator is taken after the change that last edited it, so
  // the table shows a row per file and says which are not scored yet.
  { name: "generators", files: ["generators/*.ts"], perFile: true },
];

/** The module a mutated file belongs to (the first whose globs name it), or undefined. */
export function moduleOf(file) {
  return MUTATION_MODULES.find((m) => matcher(m.files)(file))?.name;
}

/** Whether a path is one of the globs (`*` within a folder, `**` across folders). */
export function matcher(globs) {
  const res = globs.map((g) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*\//g, "\u0000").replace(/\*/g, "[^/]*").replace(/\u0000/g, "(?:.*/)?")}$`));
  return (path) => res.some((re) => re.test(path));
}

/** The files a module's globs name, sorted (relative to the repository root). */
export function filesOf(module) {
  const inModule = matcher(module.files);
  const found = new Set();
  for (const glob of module.files) {
    const star = glob.indexOf("*");
    if (star < 0) {
      found.add(glob);
      continue;
    }
    const root = glob.slice(0, glob.lastIndexOf("/", star));
    for (const f of readdirSync(root, { recursive: true })) found.add(`${root}/${String(f).replace(/\\/g, "/")}`);
  }
  return [...found].filter(inModule).sort();
}

/** The committed results every run starts from and merges into. */
export const INCREMENTAL_FILE = "test/mutation/stryker-incremental.json";
