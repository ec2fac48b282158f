// Compiles a project read from disk (read-project.ts) with the generators its config
// enables, so their declared names are checked and locked. Loads the generator
// registry: the CLI imports it only once it has work to do.
import { compileSpecs } from "../catalog/compile.js";
import type { Generator } from "../generate/plugin.js";
import { enabledGenerators } from "./plan.js";
import { lockfilePath, readProject, type Project, type ProjectFiles } from "./read-project.js";

export * from "./read-project.js";

export function loadProject(configPath: string): Project {
  return compileProject(readProject(configPath));
}

/** `plugins`: the config's third-party generators, when loaded, so their names are checked and locked too. */
export function compileProject(files: ProjectFiles, plugins: readonly Generator<unknown>[] = []): Project {
  const { root, config, texts } = files;
  if (!config || files.diagnostics.length) return { root, config, catalog: undefined, diagnostics: files.diagnostics, texts };
  const result = compileSpecs(config, files.specs, files.lock, enabledGenerators(config, plugins));
  return {
    root,
    config,
    catalog: result.catalog,
    diagnostics: result.diagnostics,
    texts,
    lockfile: { path: lockfilePath(config), current: files.lock?.text, next: result.lockfile },
    changes: result.changes,
    acknowledged: result.acknowledged,
  };
}

