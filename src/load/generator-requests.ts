// What runs, from the config's `generators:` block and `builtins:` setting. The block is
// additive: a built-in listed there is configured (or turned off with `go: false`), a
// third-party one is added (`from:`), and every built-in not listed runs with default
// options unless `builtins: none`. Pure: the built-ins' names come from the caller, so
// reading a config never loads the generators.
import type { Config, GeneratorRequest } from "./config.js";

/** A built-in that runs with default options because the config does not mention it. */
export function defaultRequest(config: Config, name: string): GeneratorRequest {
  const loc = config.generatorsLoc;
  return { name, from: undefined, out: undefined, fromLoc: undefined, outLoc: undefined, options: {}, enabled: true, loc, optionLoc: () => loc };
}

/**
 * The generators that run, in order: the block's enabled entries as written, then the
 * built-ins it does not mention (registry order) unless `builtins: none`. Entries with
 * an unknown name are kept: the plan reports them (LS040).
 */
export function runRequests(config: Config, builtinNames: readonly string[]): GeneratorRequest[] {
  const listed = config.generators ?? [];
  const named = new Set(listed.map((r) => r.name));
  const rest = config.builtins === "none" ? [] : builtinNames.filter((n) => !named.has(n)).map((n) => defaultRequest(config, n));
  return [...listed.filter((r) => r.enabled), ...rest];
}

/** The built-ins the config turns off, by `name: false` / `enabled: false` or `builtins: none`. */
export function disabledBuiltins(config: Config, builtinNames: readonly string[]): string[] {
  const running = new Set(runRequests(config, builtinNames).map((r) => r.name));
  return builtinNames.filter((n) => !running.has(n));
}
