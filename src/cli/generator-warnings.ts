// Warnings about generators that start or stop running because of the config's
// `generators:` block: output that disappears or appears is never silent.
import type { OutputEntry } from "../generate/pipeline.js";
import type { Config } from "../load/config.js";
import type { OutState } from "../io/out-state.js";
import { plural } from "../catalog/code-text.js";

/** Generators whose files the previous run wrote and this run no longer generates (hand-edited orphans are kept and warned about on their own). */
export function droppedWarning(config: Config, state: OutState, running: readonly string[]): string | undefined {
  const names = state.files.flatMap((f) => (f.kind === "orphaned" && !f.edited && !running.includes(f.generator) ? [f.generator] : []));
  const dropped = [...new Set(names)].sort();
  if (!dropped.length) return undefined;
  const why = (name: string): string => {
    const listed = config.generators?.find((g) => g.name === name);
    if (listed) return `\`${name}: false\``;
    return config.builtins === "none" ? "builtins: none" : "not under generators:";
  };
  const them = dropped.length === 1 ? "it" : "them";
  return (
    `lockstep: warning: ${config.file} no longer runs ${dropped.map((n) => `${n} (${why(n)})`).join(", ")}, so ${dropped.length === 1 ? "its" : "their"} output is removed (${plural(names.length, "file")}); ` +
    `to keep generating ${them}, enable ${them} under generators: (e.g. \`${dropped[0]}: {}\`)\n`
  );
}

/**
 * Built-ins that run only because the additive `generators:` block does not turn them
 * off, and that the previous run did not generate: a config written when the block
 * listed exactly what ran would otherwise start writing new targets without a word.
 */
export function addedWarning(config: Config, state: OutState, files: readonly OutputEntry[], builtinNames: readonly string[]): string | undefined {
  if (config.generators === undefined || config.builtins === "none") return undefined;
  const before = state.files.some((f) => f.kind !== "missing" && f.kind !== "foreign");
  if (!before) return undefined;
  const missing = new Set(state.files.flatMap((f) => (f.kind === "missing" ? [f.path] : [])));
  const unlisted = builtinNames.filter((n) => !config.generators!.some((g) => g.name === n));
  const added = unlisted.filter((n) => {
    const own = files.filter((f) => f.generator === n);
    return own.length > 0 && own.every((f) => missing.has(f.path));
  });
  if (!added.length) return undefined;
  const count = files.filter((f) => added.includes(f.generator)).length;
  const { file, line, col } = config.generatorsLoc;
  return (
    `${file}:${line}:${col} warning: generators: adds to the built-ins, so ${added.join(", ")} now run${added.length === 1 ? "s" : ""} too (${plural(count, "new file")}); ` +
    `turn ${added.length === 1 ? "it" : "one"} off with \`${added[0]}: false\` under generators:, or run only the listed generators with \`builtins: none\`\n`
  );
}
