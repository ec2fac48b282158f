// Handlebars rendering for generators. Each render uses an isolated environment
// compiled with noEscape (HTML escaping corrupts code) and strict (a missing field
// is an error, not an empty string). Spec text is only ever template *data*; it is
// never compiled. Values reach the output through the generator's escaping helpers.
import type Handlebars from "handlebars";
import { lazyHandlebars, lazyHandlebarsRuntime } from "./lazy.js";
import { helperNames, templateOptions } from "./template-options.js";
import type { TemplateHelper } from "./plugin.js";

/** A template as found: source text to compile, or a built-in precompiled at build time. */
export type LoadedTemplate = { readonly source: string } | { readonly precompiled: TemplateSpecification };

/**
 * Finds a template (a user's override first), or undefined when there is none. A partial
 * `code` is the template `partials/code`; `partials` (optional) lists the partial names a
 * generator has, its own and the override folder's.
 */
export type TemplateLoader = ((generator: string, name: string, ownDir: string | undefined) => LoadedTemplate | string | undefined) & {
  readonly partials?: (generator: string, ownDir: string | undefined) => readonly string[];
};

/** A partial's name: `{{> code-const}}` renders `partials/code-const.hbs`. */
export const PARTIAL_NAME = /^[a-z0-9][a-z0-9_-]*$/i;

const TEMPLATE_NAME = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9_-]+)*$/i;

/** Identifiers are derived from validated names; this guards against a template passing raw text. */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const commonHelpers: Readonly<Record<string, TemplateHelper>> = {
  /** `{{id name}}`: an identifier the naming module produced; anything else is a bug. */
  id: ((value: unknown) => {
    if (typeof value !== "string" || !IDENTIFIER.test(value)) throw new Error(`not an identifier: ${JSON.stringify(value)}`);
    return value;
  }) as TemplateHelper,
  /** `{{int n}}`: an integer literal. */
  int: ((value: unknown) => {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new Error(`not an integer: ${JSON.stringify(value)}`);
    return String(value);
  }) as TemplateHelper,
  /** `{{ints list}}`: `413, 415, 422`. */
  ints: ((value: unknown) => {
    if (!Array.isArray(value) || !value.every((n) => Number.isSafeInteger(n))) throw new Error(`not a list of integers: ${JSON.stringify(value)}`);
    return value.join(", ");
  }) as TemplateHelper,
  /** `{{bool b}}`: `true` or `false`. */
  bool: ((value: unknown) => {
    if (typeof value !== "boolean") throw new Error(`not a boolean: ${JSON.stringify(value)}`);
    return String(value);
  }) as TemplateHelper,
};

export class TemplateError extends Error {}

/**
 * Every helper a template calls must be registered: helpers are compiled as known
 * (direct calls), so an unknown one would otherwise fail as a bare TypeError.
 */
function checkHelpers(file: string, source: string, env: typeof Handlebars): void {
  for (const [helper, at] of helperNames(env.parse(source))) {
    if (typeof env.helpers[helper] === "function") continue;
    const known = Object.keys(env.helpers).filter((h) => !/^(?:blockHelperMissing|helperMissing|log)$/.test(h)).sort();
    throw new TemplateError(`template ${file}:${at.line}:${at.column + 1}: unknown helper "${helper}" (known helpers: ${known.join(", ")})`);
  }
}


/** Creates a `render(name, view)` for one generator within one run (templates compiled once per run). */
export function createRenderer(
  generator: string,
  helpers: Readonly<Record<string, TemplateHelper>>,
  load: TemplateLoader,
  ownDir: string | undefined,
): (name: string, view: object) => string {
  // Precompiled built-ins need only the runtime; the compiler loads for source templates.
  const envs = new Map<"runtime" | "full", typeof Handlebars>();
  const envFor = (kind: "runtime" | "full"): typeof Handlebars => {
    let env = envs.get(kind);
    if (env) return env;
    env = (kind === "full" ? lazyHandlebars() : (lazyHandlebarsRuntime() as typeof Handlebars)).create();
    for (const [name, fn] of Object.entries({ ...commonHelpers, ...helpers })) {
      // Handlebars appends its options object; helpers see only their positional arguments.
      // Strict mode does not cover helper arguments, so a missing field is caught here.
      const call = fn as (...a: unknown[]) => string;
      env.registerHelper(name, (...args: unknown[]) => {
        const count = args.length - 1;
        for (let i = 0; i < count; i++) {
          if (args[i] === undefined) throw new TemplateError(`helper ${name}: argument ${i + 1} is undefined (a missing field?)`);
        }
        return count === 1 ? call(args[0]) : count === 2 ? call(args[0], args[1]) : call(...args.slice(0, count));
      });
    }
    envs.set(kind, env);
    // Partials (`templates/<generator>/partials/<name>.hbs`), each replaceable on its own by an override.
    for (const partial of load.partials?.(generator, ownDir) ?? []) {
      if (!PARTIAL_NAME.test(partial)) continue;
      const file = `${generator}/partials/${partial}.hbs`;
      const found = load(generator, `partials/${partial}`, ownDir);
      if (found === undefined) continue;
      const loaded = typeof found === "string" ? { source: found } : found;
      if ("precompiled" in loaded) {
        env.registerPartial(partial, env.template(loaded.precompiled));
        continue;
      }
      const full = kind === "full" ? env : envFor("full");
      checkHelpers(file, loaded.source, full);
      try {
        env.registerPartial(partial, full.compile(loaded.source, templateOptions(loaded.source, lazyHandlebars())));
      } catch (e) {
        throw new TemplateError(`template ${file}: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
      }
    }
    return env;
  };
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const templateFor = (name: string): Handlebars.TemplateDelegate => {
    let template = compiled.get(name);
    if (template) return template;
    const found = load(generator, name, ownDir);
    if (found === undefined) throw new TemplateError(`template ${generator}/${name}.hbs not found`);
    const loaded = typeof found === "string" ? { source: found } : found;
    if ("precompiled" in loaded) template = envFor("runtime").template(loaded.precompiled);
    else {
      const env = envFor("full");
      checkHelpers(`${generator}/${name}.hbs`, loaded.source, env);
      template = env.compile(loaded.source, templateOptions(loaded.source, lazyHandlebars()));
    }
    compiled.set(name, template);
    return template;
  };
  return (name, view) => {
    if (!TEMPLATE_NAME.test(name)) throw new TemplateError(`invalid template name ${JSON.stringify(name)}`);
    try {
      return templateFor(name)(view);
    } catch (e) {
      if (e instanceof TemplateError && e.message.startsWith("template ")) throw e;
      const message = e instanceof Error ? e.message : String(e);
      throw new TemplateError(`template ${generator}/${name}.hbs: ${message.split("\n").map((l) => l.trim()).filter(Boolean).join(" ")}`);
    }
  };
}
