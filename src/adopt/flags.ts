// A strict flag parser for the `import` and `audit` sub-commands: `--name value`,
// `--name=value`, repeatable list flags (also comma-separated), booleans, and
// positionals. Unknown flags are usage errors with a "did you mean" hint.
import { UsageError } from "../cli/args.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";

export type FlagKind = "bool" | "value" | "list";

export interface FlagSpec {
  readonly kind: FlagKind;
  /** One-letter alias, e.g. `c` for `-c`. */
  readonly short?: string;
  /** Allowed values (for `value` and each `list` item). */
  readonly values?: readonly string[];
}

export interface ParsedFlags {
  readonly values: ReadonlyMap<string, string | boolean | readonly string[]>;
  readonly positionals: readonly string[];
  str(name: string): string | undefined;
  bool(name: string): boolean;
  list(name: string): readonly string[];
}

export function parseFlags(argv: readonly string[], specs: Readonly<Record<string, FlagSpec>>): ParsedFlags {
  const values = new Map<string, string | boolean | string[]>();
  const positionals: string[] = [];
  const byShort = new Map<string, string>(Object.entries(specs).flatMap(([name, s]): [string, string][] => (s.short ? [[`-${s.short}`, name]] : [])));
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (onlyPositionals || !raw.startsWith("-") || raw === "-") {
      positionals.push(raw);
      continue;
    }
    if (raw === "--") {
      onlyPositionals = true;
      continue;
    }
    const eq = raw.startsWith("--") ? raw.indexOf("=") : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const name = byShort.get(flag) ?? (flag.startsWith("--") ? flag.slice(2) : undefined);
    const spec = name === undefined ? undefined : specs[name];
    if (!spec || name === undefined) {
      const hint = didYouMean(
        flag,
        Object.keys(specs).map((k) => `--${k}`),
      );
      throw new UsageError(`unknown option ${flag}${hint ? ` (did you mean ${hint}?)` : ""}`);
    }
    if (spec.kind === "bool") {
      if (eq > 0) throw new UsageError(`${flag} takes no value`);
      values.set(name, true);
      continue;
    }
    const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("-") && value !== "-")) throw new UsageError(`${flag} needs a value`);
    const items =
      spec.kind === "list"
        ? value
            .split(",")
            .map((v) => v.trim())
            .filter(Boolean)
        : [value];
    for (const item of items) {
      if (spec.values && !spec.values.includes(item)) throw new UsageError(`${flag} must be one of ${spec.values.join(", ")}, got ${JSON.stringify(item)}`);
    }
    if (spec.kind === "list") values.set(name, [...((values.get(name) as string[] | undefined) ?? []), ...items]);
    else values.set(name, value);
  }
  return {
    values,
    positionals,
    str: (name) => values.get(name) as string | undefined,
    bool: (name) => values.get(name) === true,
    list: (name) => (values.get(name) as string[] | undefined) ?? [],
  };
}
