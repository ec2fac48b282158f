// Handlebars rendering for generators. Each render uses an isolated environment
// compiled with noEscape (HTML escaping corrupts code) and strict (a missing field
// is an error, not an empty string). Spec text is only ever template *data*; it is
// never compiled. Values reach the output through the generator's escaping helpers.
import type Handlebars from "handlebars";
import { lazyHandlebars, lazyHandlebarsRuntime } from "./lazy.js";
import { helperNames, templateOptions } from "./template-options.js";
import type { TemplateHelper } from "./plugin.js";
import { TextSink } from "./text-sink.js";
import { partialResult, RUNTIME, type CompiledProgram, type CompiledTemplate, type RenderRuntime } from "./hbs-runtime.js";

/**
 * A template as found: source text to compile (Handlebars), a built-in compiled to plain
 * code (hbs-compile.ts), or a built-in that compiler declined, precompiled by Handlebars.
 */
export type LoadedTemplate = { readonly source: string } | { readonly precompiled: TemplateSpecification } | { readonly compiled: CompiledTemplate };

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


/** Handlebars passes its options object last; helpers see only positional arguments, each checked. */
function undefinedArgument(name: string, args: ArrayLike<unknown>, count: number): TemplateError | undefined {
  for (let i = 0; i < count; i++) {
    if (args[i] === undefined) return new TemplateError(`helper ${name}: argument ${i + 1} is undefined (a missing field?)`);
  }
  return undefined;
}

/** The helpers as compiled templates call them, by arity, with the same undefined check. */
function positional(helpers: Readonly<Record<string, TemplateHelper>>): Pick<RenderRuntime, "h1" | "h2" | "hn"> {
  const h1: Record<string, (a: unknown) => unknown> = {};
  const h2: Record<string, (a: unknown, b: unknown) => unknown> = {};
  const hn: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, fn] of Object.entries(helpers)) {
    const call = fn as (...a: unknown[]) => string;
    h1[name] = (a) => (a !== undefined ? call(a) : fail(name, [a], 1));
    h2[name] = (a, b) => (a !== undefined && b !== undefined ? call(a, b) : fail(name, [a, b], 2));
    hn[name] = (...args) => (args.includes(undefined) ? fail(name, args, args.length) : call(...args));
  }
  return { h1, h2, hn };
}

function fail(name: string, args: readonly unknown[], count: number): never {
  throw undefinedArgument(name, args, count)!;
}

/** A partial as both renderers call it: from compiled code (context, data) and from Handlebars. */
interface PartialEntry {
  readonly run: (context: unknown, data: unknown) => unknown;
  readonly handlebars: Handlebars.Template;
}

/** `render(name, view)` → text, and `render.bytes(name, view)` → the same text as UTF-8. */
export type Renderer = ((name: string, view: object) => string) & { readonly bytes: (name: string, view: object) => Uint8Array };

/** Creates a `render(name, view)` for one generator within one run (templates compiled once per run). */
export function createRenderer(
  generator: string,
  helpers: Readonly<Record<string, TemplateHelper>>,
  load: TemplateLoader,
  ownDir: string | undefined,
): Renderer {
  const allHelpers = { ...commonHelpers, ...helpers };
  // Precompiled built-ins need only the runtime; the compiler loads for source templates.
  const envs = new Map<"runtime" | "full", typeof Handlebars>();
  let partials: Map<string, PartialEntry> | undefined;
  const register = (env: typeof Handlebars): void => {
    for (const [name, entry] of partials ?? []) env.registerPartial(name, entry.handlebars);
  };
  const envFor = (kind: "runtime" | "full"): typeof Handlebars => {
    let env = envs.get(kind);
    if (env) return env;
    env = (kind === "full" ? lazyHandlebars() : (lazyHandlebarsRuntime() as typeof Handlebars)).create();
    for (const [name, fn] of Object.entries(allHelpers)) {
      // Strict mode does not cover helper arguments, so a missing field is caught here.
      const call = fn as (...a: unknown[]) => string;
      env.registerHelper(name, (...args: unknown[]) => {
        const count = args.length - 1;
        const error = undefinedArgument(name, args, count);
        if (error) throw error;
        return count === 1 ? call(args[0]) : count === 2 ? call(args[0], args[1]) : call(...args.slice(0, count));
      });
    }
    envs.set(kind, env);
    register(env);
    return env;
  };
  // What compiled templates call: checked helpers, and partials looked up when rendered.
  const runtime: RenderRuntime = {
    ...positional(allHelpers),
    p: (name, context, data, indent) => partialResult(name, partialTable().get(name)?.run, context, data, indent),
  };
  const compiledProgram = (file: string, template: CompiledTemplate): CompiledProgram => {
    // Compiled code runs if/unless/each itself; a generator redefining them needs Handlebars.
    const shadowed = ["if", "unless", "each"].find((h) => Object.hasOwn(allHelpers, h));
    if (shadowed) throw new TemplateError(`template ${file}: helper "${shadowed}" would replace the built-in block helper`);
    return template(RUNTIME);
  };
  const handlebarsTemplate = (file: string, loaded: Exclude<LoadedTemplate, { compiled: unknown }>): Handlebars.TemplateDelegate => {
    if ("precompiled" in loaded) return envFor("runtime").template(loaded.precompiled);
    const env = envFor("full");
    checkHelpers(file, loaded.source, env);
    return env.compile(loaded.source, templateOptions(loaded.source, lazyHandlebars()));
  };
  // Partials (`templates/<generator>/partials/<name>.hbs`), each replaceable on its own by an override.
  const partialTable = (): Map<string, PartialEntry> => {
    if (partials) return partials;
    const table = new Map<string, PartialEntry>();
    for (const partial of load.partials?.(generator, ownDir) ?? []) {
      if (!PARTIAL_NAME.test(partial)) continue;
      const file = `${generator}/partials/${partial}.hbs`;
      const found = load(generator, `partials/${partial}`, ownDir);
      if (found === undefined) continue;
      const loaded = typeof found === "string" ? { source: found } : found;
      if ("compiled" in loaded) {
        const main = compiledProgram(file, loaded.compiled);
        table.set(partial, { run: (c, d) => main(c, d, runtime), handlebars: ((c: unknown, o: { data?: unknown }) => main(c, o.data, runtime)) as Handlebars.Template });
        continue;
      }
      let template: Handlebars.TemplateDelegate;
      try {
        template = handlebarsTemplate(file, loaded);
      } catch (e) {
        if (e instanceof TemplateError) throw e;
        throw new TemplateError(`template ${file}: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
      }
      table.set(partial, { run: (c, d) => template(c, { data: d as never }), handlebars: template });
    }
    partials = table;
    for (const env of envs.values()) register(env);
    return table;
  };
  /** A template as text, and as bytes: a compiled one streams its top-level loops into a TextSink. */
  interface Ready {
    readonly text: (view: object) => string;
    readonly bytes: (view: object) => Uint8Array;
  }
  const templates = new Map<string, Ready>();
  const templateFor = (name: string): Ready => {
    let template = templates.get(name);
    if (template) return template;
    const found = load(generator, name, ownDir);
    if (found === undefined) throw new TemplateError(`template ${generator}/${name}.hbs not found`);
    const loaded = typeof found === "string" ? { source: found } : found;
    partialTable();
    if ("compiled" in loaded) {
      const main = compiledProgram(`${generator}/${name}.hbs`, loaded.compiled);
      template = {
        text: (view) => "" + main(view, { root: view }, runtime),
        bytes: (view) => {
          const sink = new TextSink();
          sink.write("" + main(view, { root: view }, { ...runtime, sink }));
          return sink.bytes();
        },
      };
    } else {
      const text = handlebarsTemplate(`${generator}/${name}.hbs`, loaded);
      template = { text, bytes: (view) => Buffer.from(text(view), "utf8") };
    }
    templates.set(name, template);
    return template;
  };
  const run = <T>(name: string, how: (template: Ready) => T): T => {
    if (!TEMPLATE_NAME.test(name)) throw new TemplateError(`invalid template name ${JSON.stringify(name)}`);
    try {
      return how(templateFor(name));
    } catch (e) {
      if (e instanceof TemplateError && e.message.startsWith("template ")) throw e;
      const message = e instanceof Error ? e.message : String(e);
      throw new TemplateError(`template ${generator}/${name}.hbs: ${message.split("\n").map((l) => l.trim()).filter(Boolean).join(" ")}`);
    }
  };
  return Object.assign((name: string, view: object) => run(name, (t) => t.text(view)), { bytes: (name: string, view: object) => run(name, (t) => t.bytes(view)) });
}
