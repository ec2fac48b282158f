// Settings of `lockstep audit`, from `lockstep.audit.yaml` (or `.yml` / `.json`)
// next to the config, merged with command-line flags (lists add up; globs given on
// the command line replace `include`; `--fail-on` replaces `failOn`).
//
//   include: ["apps/*/src/**/*.{ts,tsx}"]
//   exclude: ["**/*.test.ts", "packages/errors/**"]
//   enums: [ErrorCode]
//   calls: [throwError]
//   constructors: [ApiError]
//   keys: [code]
//   ignoreCodes: [ENOENT]
//   failOn: [drift, deprecated]
//   ignoreDefaults: false      # report ENOENT, ERR_INVALID_ARG_TYPE, … too
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { lazyYaml } from "../generate/lazy.js";
import { FINDING_KINDS, type FindingKind } from "./audit-match.js";

export const AUDIT_CONFIG_FILES = ["lockstep.audit.yaml", "lockstep.audit.yml", "lockstep.audit.json"] as const;

export interface AuditSettings {
  /** Globs relative to the folder they were written for (see `base` in the CLI). */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly enums: readonly string[];
  readonly calls: readonly string[];
  readonly constructors: readonly string[];
  readonly keys: readonly string[];
  readonly ignoreCodes: readonly string[];
  /** Undefined: not set here. */
  readonly failOn: readonly FindingKind[] | undefined;
  /** Ignore Node's and the DOM's own codes (default true). */
  readonly ignoreDefaults: boolean;
}

export class AuditConfigError extends Error {}

const LIST_KEYS = ["include", "exclude", "enums", "calls", "constructors", "keys", "ignoreCodes"] as const;
const KEYS = [...LIST_KEYS, "failOn", "ignoreDefaults"];

export const EMPTY_SETTINGS: AuditSettings = { include: [], exclude: [], enums: [], calls: [], constructors: [], keys: [], ignoreCodes: [], failOn: undefined, ignoreDefaults: true };

export function parseAuditConfig(file: string, text: string): AuditSettings {
  let raw: unknown;
  try {
    raw = file.endsWith(".json") ? JSON.parse(text) : lazyYaml().parse(text, { version: "1.2" });
  } catch (e) {
    throw new AuditConfigError(`${file}: ${(e as Error).message.split("\n")[0]}`);
  }
  if (raw === null || raw === undefined) return EMPTY_SETTINGS;
  if (typeof raw !== "object" || Array.isArray(raw)) throw new AuditConfigError(`${file}: expected a map of settings`);
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KEYS.includes(key)) {
      const hint = didYouMean(key, KEYS);
      throw new AuditConfigError(`${file}: unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}; known keys: ${KEYS.join(", ")}`);
    }
  }
  const list = (key: string): string[] => {
    const v = obj[key];
    if (v === undefined) return [];
    const items = typeof v === "string" ? [v] : v;
    if (!Array.isArray(items) || !items.every((i) => typeof i === "string" && i !== ""))
      throw new AuditConfigError(`${file}: "${key}" must be a list of strings`);
    return items;
  };
  const settings = Object.fromEntries(LIST_KEYS.map((k) => [k, list(k)])) as Record<(typeof LIST_KEYS)[number], string[]>;
  if (obj.ignoreDefaults !== undefined && typeof obj.ignoreDefaults !== "boolean") throw new AuditConfigError(`${file}: "ignoreDefaults" must be true or false`);
  return {
    ...settings,
    failOn: obj.failOn === undefined ? undefined : parseFailOn(list("failOn"), `${file}: "failOn"`),
    ignoreDefaults: obj.ignoreDefaults !== false,
  };
}

/** `drift,dead` → kinds; `none` → no kind fails the run. */
export function parseFailOn(items: readonly string[], what: string): FindingKind[] {
  if (items.length === 1 && items[0] === "none") return [];
  for (const item of items) {
    if (!(FINDING_KINDS as readonly string[]).includes(item))
      throw new AuditConfigError(`${what} takes ${FINDING_KINDS.join(", ")} or none, got ${JSON.stringify(item)}`);
  }
  return [...new Set(items as FindingKind[])];
}
