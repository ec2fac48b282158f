// What compiled templates (src/generate/hbs-compile.ts) call at run time. Each function
// mirrors the Handlebars 4.7 runtime piece it replaces, with the options templates are
// compiled with (noEscape, strict, known helpers only), so output and error text are the
// same byte for byte; what it drops is the per-call machinery (option objects, program
// wrappers, helper wrappers, frames per block) that made Handlebars a visible share of a
// large run.

/** A template body: context, data frame (`@root`, `@index`, …), the renderer's runtime. */
export type CompiledProgram = (context: unknown, data: unknown, r: RenderRuntime) => unknown;
/** The emitted form: given the static runtime below once, returns the template's main program. */
export type CompiledTemplate = (rt: typeof RUNTIME) => CompiledProgram;

/** What one renderer supplies: its helpers (positional, argument-checked) and its partials. */
export interface RenderRuntime {
  /** Helpers called with one, two, or any other number of arguments. */
  readonly h1: Readonly<Record<string, (a: unknown) => unknown>>;
  readonly h2: Readonly<Record<string, (a: unknown, b: unknown) => unknown>>;
  readonly hn: Readonly<Record<string, (...args: unknown[]) => unknown>>;
  /** `{{> name ctx}}`: the partial's output, indented as Handlebars indents a standalone partial. */
  readonly p: (name: string, context: unknown, data: unknown, indent: string) => unknown;
  /** Where a template's top-level `each` loops write their items when rendering to bytes (eachOut). */
  readonly sink?: { write(piece: string): void };
}

// `any` below: these read arbitrary view values (primitives included) exactly as Handlebars'
// untyped runtime does; the behaviour, not a type, is what must match.
const hasOwn = Object.prototype.hasOwnProperty;
const logged = new Set<string>();

/** `container.lookupProperty`: own properties only (inherited ones read as undefined, logged once as Handlebars does). */
function lp(parent: any, name: string): unknown {
  const result = parent[name];
  if (result == null) return result;
  if (hasOwn.call(parent, name) && !(name === "constructor" && typeof result === "function" && parent === result.prototype)) return result;
  if (!logged.has(name) && !(typeof result !== "function" && name === "__proto__") && !(typeof result === "function" && DENIED_METHODS.has(name))) {
    logged.add(name);
    console.error(
      `Handlebars: Access has been denied to resolve the property "${name}" because it is not an "own property" of its parent.\n` +
        "You can add a runtime option to disable the check or this warning:\n" +
        "See https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details",
    );
  }
  return undefined;
}
const DENIED_METHODS = new Set(["constructor", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);

/** `container.strict`: the last segment of a printed path must exist (strict mode). */
function st(obj: any, name: string, line: number, column: number): unknown {
  if (!obj || !(name in obj)) throw new Error('"' + name + '" not defined in ' + obj + " - " + line + ":" + column);
  return lp(obj, name);
}

/** `container.lambda`: a function value in a printed path is called with the context. */
function lam(value: unknown, context: unknown): unknown {
  return typeof value === "function" ? value.call(context) : value;
}

/** The `if` helper's test (includeZero unset): false for falsy values and empty arrays; a function is called first. */
function truthy(value: unknown, self: unknown): boolean {
  if (typeof value === "function") value = value.call(self);
  return !(!value || (Array.isArray(value) && value.length === 0));
}

/** `createFrame`: a copy of the data frame that remembers its parent (`@../index`). */
function frame(data: any): any {
  const copy: any = {};
  for (const key in data) if (hasOwn.call(data, key)) copy[key] = data[key];
  copy._parent = data;
  return copy;
}

type Body = (context: unknown, data: unknown, r: RenderRuntime) => unknown;

/** The `each` helper: arrays (skipping holes), iterables, then own keys; `inverse` when nothing ran. */
function each(value: any, self: unknown, data: any, fn: Body, inverse: Body | null, r: RenderRuntime): unknown {
  return loop(value, self, data, fn, inverse, r, undefined);
}

/**
 * `acc += each(…)` at a template's top level, where `acc` is already a string. Rendering to
 * bytes (`r.sink` set), `acc` and then each item go to the sink instead, so the items die
 * young rather than lasting in one string until the file is done; `"" + item` is how `each`
 * itself joins an item to its string, so the text is the same.
 */
function eachOut(acc: string, value: any, self: unknown, data: any, fn: Body, inverse: Body | null, r: RenderRuntime): string {
  const sink = r.sink;
  if (sink === undefined) return acc + loop(value, self, data, fn, inverse, r, undefined);
  if (acc !== "") sink.write(acc);
  const rest = loop(value, self, data, fn, inverse, r, sink);
  if (rest !== "") sink.write("" + rest);
  return "";
}

/** each's loop; with `sink`, each item is written there and only an inverse's value is returned. */
function loop(value: any, self: unknown, data: any, fn: Body, inverse: Body | null, r: RenderRuntime, sink: RenderRuntime["sink"]): unknown {
  if (typeof value === "function") value = value.call(self);
  const f = data ? frame(data) : undefined;
  const d = f || data;
  let ret: any = "";
  let i = 0;
  if (value && typeof value === "object") {
    if (Array.isArray(value)) {
      // The common case, without the closure below.
      for (const j = value.length; i < j; i++) {
        if (!(i in value)) continue;
        if (f) {
          f.key = i;
          f.index = i;
          f.first = i === 0;
          f.last = i === value.length - 1;
        }
        if (sink) sink.write("" + fn(value[i], d, r));
        else ret = ret + fn(value[i], d, r);
      }
    } else {
      const step = (field: unknown, index: number, last: boolean, item: unknown): void => {
        if (f) {
          f.key = field;
          f.index = index;
          f.first = index === 0;
          f.last = !!last;
        }
        if (sink) sink.write("" + fn(item, d, r));
        else ret = ret + fn(item, d, r);
      };
      if (value[Symbol.iterator]) {
        const iterator = value[Symbol.iterator]();
        let current = iterator.next();
        while (!current.done) {
          const next = iterator.next();
          try {
            step(i, i, next.done, current.value);
          } catch (e) {
            if (!next.done) closeIterator(iterator);
            throw e;
          }
          current = next;
          i++;
        }
      } else {
        let prior: string | undefined;
        for (const key of Object.keys(value)) {
          if (prior !== undefined) step(prior, i - 1, false, value[prior]);
          prior = key;
          i++;
        }
        if (prior !== undefined) step(prior, i - 1, true, value[prior]);
      }
    }
  }
  if (i === 0) ret = inverse ? inverse(self, data, r) : "";
  return ret;
}

function closeIterator(iterator: any): void {
  try {
    const close = iterator.return;
    if (typeof close === "function") close.call(iterator);
  } catch {
    // the block's own error is the one to report
  }
}

/** Handlebars' invokePartial result handling: a missing partial, and the standalone indent on every line. */
export function partialResult(name: string, partial: ((context: unknown, data: unknown) => unknown) | undefined, context: unknown, data: unknown, indent: string): unknown {
  if (partial === undefined) throw new Error(`The partial ${name} could not be found`);
  let result: any = partial(context, data);
  if (result == null) throw new Error(`The partial ${name} returned no output: partials must return a string`);
  if (indent) {
    const lines = result.split("\n");
    for (let i = 0, l = lines.length; i < l; i++) {
      if (!lines[i] && i + 1 === l) break;
      lines[i] = indent + lines[i];
    }
    result = lines.join("\n");
  }
  return result;
}

/** The static half of the runtime, handed once to every compiled template. */
export const RUNTIME = Object.freeze({ lp, st, lam, truthy, each, eachOut, nul: Object.seal({}) });
