// Typed generator options: declare each option once with its default; unknown keys
// and wrong types become an OptionError that the pipeline turns into a diagnostic
// pointing at the option in the config file.
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { quoteValue } from "../diagnostics/diagnostics.js";

/**
 * Marks an OptionError of any copy of this module. The CLI (dist/cli.cjs) and the plugin API
 * a third-party generator imports (dist/index.mjs) are two copies, so a plugin's OptionError
 * is an instance of the CLI's class by this mark, not by its prototype.
 */
const OPTION_ERROR = Symbol.for("lockstep.OptionError");

export class OptionError extends Error {
  readonly [OPTION_ERROR] = true;

  constructor(
    /** The option key at fault (its location in the config is reported). */
    readonly key: string,
    message: string,
  ) {
    super(message);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as { [OPTION_ERROR]?: unknown })[OPTION_ERROR] === true;
  }
}

export interface OptionSpec<T> {
  readonly default: T;
  /** Converts a raw value or throws a message (without the key). */
  parse(raw: unknown): T;
  /** One-line description for `list-generators` and the README. */
  readonly doc: string;
}

const describe = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "a map" : JSON.stringify(v));

export const opt = {
  string(def: string, doc: string, pattern?: RegExp): OptionSpec<string> {
    return {
      default: def,
      doc,
      parse(raw) {
        if (typeof raw !== "string") throw `must be a string, got ${describe(raw)}`;
        if (pattern && (raw.length > 1000 || !pattern.test(raw))) throw `must match ${String(pattern)}${raw.length > 1000 ? " and be at most 1000 characters" : ""}, got ${quoteValue(raw)}`;
        return raw;
      },
    };
  },
  /** A string `problem` finds nothing wrong with (it says why, e.g. "is a Go keyword"). */
  checked(def: string, doc: string, problem: (value: string) => string | undefined): OptionSpec<string> {
    return {
      default: def,
      doc,
      parse(raw) {
        if (typeof raw !== "string") throw `must be a string, got ${describe(raw)}`;
        const why = problem(raw);
        if (why) throw `${JSON.stringify(raw)} ${why}`;
        return raw;
      },
    };
  },
  oneOf<const T extends string>(values: readonly T[], def: T, doc: string): OptionSpec<T> {
    return {
      default: def,
      doc,
      parse(raw) {
        if (typeof raw !== "string" || !(values as readonly string[]).includes(raw)) {
          throw `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}, got ${describe(raw)}`;
        }
        return raw as T;
      },
    };
  },
  boolean(def: boolean, doc: string): OptionSpec<boolean> {
    return {
      default: def,
      doc,
      parse(raw) {
        if (typeof raw !== "boolean") throw `must be true or false, got ${describe(raw)}`;
        return raw;
      },
    };
  },
  stringList(def: readonly string[], doc: string): OptionSpec<readonly string[]> {
    return {
      default: def,
      doc,
      parse(raw) {
        if (!Array.isArray(raw) || raw.some((v) => typeof v !== "string")) throw `must be a list of strings, got ${describe(raw)}`;
        return raw as string[];
      },
    };
  },
};

export type OptionsOf<S extends Record<string, OptionSpec<unknown>>> = { readonly [K in keyof S]: S[K]["default"] };

/** Builds a `parseOptions` from a table of option specs. */
export function parseOptionsWith<S extends Record<string, OptionSpec<unknown>>>(
  specs: S,
): ((raw: Readonly<Record<string, unknown>>) => OptionsOf<S>) & { readonly specs: S } {
  const parse = (raw: Readonly<Record<string, unknown>>): OptionsOf<S> => {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(raw)) {
      if (!Object.hasOwn(specs, key)) {
        const hint = didYouMean(key, Object.keys(specs));
        throw new OptionError(key, `unknown option "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}`);
      }
    }
    for (const [key, spec] of Object.entries(specs)) {
      if (!Object.hasOwn(raw, key)) {
        out[key] = spec.default;
        continue;
      }
      try {
        out[key] = spec.parse(raw[key]);
      } catch (e) {
        if (typeof e !== "string") throw e;
        throw new OptionError(key, `option "${key}" ${e}`);
      }
    }
    return Object.freeze(out) as OptionsOf<S>;
  };
  return Object.assign(parse, { specs });
}
