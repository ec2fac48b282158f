// Finds each generator's output under an out dir and reads catalog.json, the
// reference every artifact is compared with.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Artifact, CatalogJson, ConformanceOptions, Mismatch, OutDir, Reading, Target } from "./types.js";

type Dir = keyof Target["dirs"];

/** Candidate folders per generator, first existing wins (markdown, rst and html default to `docs/` in a project). */
const CANDIDATES: Readonly<Record<Dir, { readonly dirs: readonly string[]; readonly probe: string }>> = {
  ts: { dirs: ["ts"], probe: "index.ts" },
  go: { dirs: ["go"], probe: "go.mod" },
  python: { dirs: ["python"], probe: "pyproject.toml" },
  openapi: { dirs: ["openapi"], probe: "errors.yaml" },
  markdown: { dirs: ["markdown", "docs"], probe: "errors.md" },
  rst: { dirs: ["rst", "docs"], probe: "errors.rst" },
  html: { dirs: ["html", "docs"], probe: "errors.html" },
};

export function loadTarget(outDir: OutDir, options: ConformanceOptions): { target?: Target; problems: Mismatch[] } {
  const root = resolve(typeof outDir === "string" ? outDir : outDir.dir);
  const generatorOptions = (typeof outDir === "string" ? undefined : outDir.generatorOptions) ?? options.generatorOptions ?? {};
  const jsonPath = join(root, options.layout?.json ?? ".", "catalog.json");
  let catalog: CatalogJson;
  try {
    catalog = JSON.parse(readFileSync(jsonPath, "utf8")) as CatalogJson;
  } catch (e) {
    return { problems: [{ code: "*", artifact: "json", field: "catalog.json", expected: "a readable catalog.json", actual: (e as Error).message }] };
  }
  if (catalog.format !== "lockstep-catalog/1") {
    return { problems: [{ code: "*", artifact: "json", field: "format", expected: "lockstep-catalog/1", actual: catalog.format }] };
  }
  const dirs = {} as Record<Dir, string>;
  for (const [name, { dirs: candidates, probe }] of Object.entries(CANDIDATES) as [Dir, (typeof CANDIDATES)[Dir]][]) {
    const configured = options.layout?.[name];
    const found = configured ?? candidates.find((d) => existsSync(join(root, d, probe))) ?? candidates[0]!;
    dirs[name] = join(root, found);
  }
  return { target: { outDir: root, catalog, generatorOptions, dirs }, problems: [] };
}

/** The mismatch for an artifact whose file is not there. */
export function missingFile(artifact: string, path: string): Mismatch {
  return { code: "*", artifact, field: "file", expected: path, actual: "missing" };
}

/** A reading of an artifact that could not be read at all: its problems only, no per-code "missing". */
export function unreadable(artifact: Artifact, ...problems: Mismatch[]): Reading {
  return { artifact, complete: false, codes: new Map(), extra: [], problems };
}
