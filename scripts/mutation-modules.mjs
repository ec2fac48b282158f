// The modules `pnpm test:mutation` scores, each with the files Stryker mutates.
// Shared by scripts/mutation.mjs (runs them) and scripts/mutation-table.mjs (scores them).
export const MUTATION_MODULES = [
  { name: "escape", files: ["src/escape/**/*.ts"] },
  { name: "naming", files: ["src/naming/**/*.ts"] },
  { name: "evolution", files: ["src/evolution/**/*.ts"] },
  { name: "pipeline", files: ["src/generate/pipeline.ts"] },
  { name: "normalise", files: ["src/catalog/normalise.ts"] },
  { name: "yaml", files: ["src/yaml/**/*.ts"] },
  { name: "openapi", files: ["src/openapi/**/*.ts"] },
  { name: "generators", files: ["generators/*.ts"] },
];

/** The module a mutated file belongs to (by folder or file), or undefined. */
export function moduleOf(file) {
  if (file.startsWith("generators/")) return "generators";
  const m = /^src\/(escape|naming|evolution|yaml|openapi)\//.exec(file) ?? /^src\/(?:generate\/)?(pipeline)\.ts$/.exec(file) ?? /^src\/(?:catalog\/)?(normalise)\.ts$/.exec(file);
  return m?.[1];
}

/** The committed results every run starts from and merges into. */
export const INCREMENTAL_FILE = "test/mutation/stryker-incremental.json";
