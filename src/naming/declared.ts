// A generator's naming declaration may depend on its options (`naming: (options) => …`,
// e.g. the ts generator's memberCase): the core reads it with the options the config
// gives, so a clash among the names a generator really mints is a located LS027.
import type { Generator, GeneratorNaming } from "../generate/plugin.js";
import type { NamingGenerator } from "./allocate.js";

/**
 * The declaration, with the generator's parsed options when it is a function. Options
 * the parser refuses fall back to its defaults (generate reports them as LS041). Runs
 * inside the allocator's guard: whatever a plugin throws here is LS027, never a crash.
 */
export function declaredNaming(g: NamingGenerator): GeneratorNaming | undefined {
  const naming = g.naming;
  if (typeof naming !== "function") return naming;
  let options: unknown;
  try {
    options = g.parseOptions?.(g.rawOptions ?? {});
  } catch {
    options = g.parseOptions?.({});
  }
  return (naming as (options: unknown) => GeneratorNaming)(options);
}

/** A generator as the allocator sees it, with the options the config gives it. Reads nothing from it yet. */
export function namingWithOptions(g: Generator<unknown>, rawOptions: Readonly<Record<string, unknown>>): NamingGenerator {
  return {
    name: g.name,
    get naming() {
      return g.naming;
    },
    parseOptions: (raw) => g.parseOptions(raw),
    rawOptions,
  };
}
