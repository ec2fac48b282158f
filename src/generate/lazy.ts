// Heavy libraries are loaded on first use, not at start-up: an up-to-date `--check`
// never needs Handlebars, the `yaml` library (the fast parser covers ordinary
// spec files) or the diff library, and Node's start-up is most of its budget.
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);
const cache = new Map<string, unknown>();

function once<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, load(name));
  return cache.get(name) as T;
}

export const lazyYaml = (): typeof import("yaml") => once("yaml");
export const lazyHandlebars = (): typeof import("handlebars") => once("handlebars");
/** Handlebars without its compiler: enough for precompiled templates. */
export const lazyHandlebarsRuntime = (): Pick<typeof import("handlebars"), "create"> => once("handlebars/runtime");
export const lazyDiff = (): typeof import("diff") => once("diff");
