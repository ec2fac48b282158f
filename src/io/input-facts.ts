// What out/ was generated from, recorded in its manifest so that `check` can say *why*
// a file is stale: the spec, the config, a template override, a third-party generator
// or the Lockstep version changed since the last generate. One hash per kind of input;
// the manifest is committed, so a fresh clone in CI knows them too.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { filesUnder } from "./files-under.js";
import { pluginFiles } from "./plugin-files.js";
import type { Config } from "../load/config.js";

export interface InputFacts {
  readonly lockstep: string;
  readonly config: string;
  readonly spec: string;
  readonly templates: string | null;
  readonly plugins: string | null;
}

const KINDS: readonly [keyof InputFacts, string][] = [
  ["spec", "the spec"],
  ["config", "the config"],
  ["templates", "a template override"],
  ["plugins", "a third-party generator"],
  ["lockstep", "the Lockstep version"],
];

/** Line endings do not change what is generated (CRLF spec files give LF output), so they do not count. */
const digest = (parts: readonly (string | Buffer)[]): string => {
  const hash = createHash("sha256");
  for (const p of parts) hash.update(p.toString().replace(/\r\n?/g, "\n")).update("\0");
  return hash.digest("hex").slice(0, 16);
};

/** `texts`: the config, the spec files and the lockfile by relative path (as read); `lockfile`: its path, left out. */
export function inputFacts(root: string, config: Config, texts: ReadonlyMap<string, string>, lockfile: string | undefined, version: string): InputFacts {
  const spec = [...texts].filter(([path]) => path !== config.file && path !== lockfile).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const templates = config.templatesDir === undefined ? [] : filesUnder(join(root, config.templatesDir));
  const plugins = (config.generators ?? []).filter((g) => g.from !== undefined && g.enabled !== false);
  const read = (file: string | undefined): Buffer | string => {
    try {
      return file === undefined ? "" : readFileSync(file);
    } catch {
      return "";
    }
  };
  return {
    lockstep: version,
    config: digest([texts.get(config.file) ?? ""]),
    spec: digest(spec.flat()),
    templates: templates.length ? digest(templates.flatMap((f) => [f.slice(root.length), readFileSync(f)])) : null,
    // Each plugin's files (its entry, local imports and templates), named relative to the project.
    plugins: plugins.length ? digest(plugins.flatMap((g) => [g.name, ...(pluginFiles(root, g.from!) ?? []).flatMap((f) => [relative(root, f).split(sep).join("/"), read(f)])])) : null,
  };
}

/** Reads the facts a manifest recorded; undefined for a manifest written before they were. */
export function parseInputFacts(value: unknown): InputFacts | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const text = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : null);
  if (typeof v.lockstep !== "string" || typeof v.config !== "string" || typeof v.spec !== "string") return undefined;
  return { lockstep: v.lockstep, config: v.config, spec: v.spec, templates: text("templates"), plugins: text("plugins") };
}

/** Why generated files differ from what is on disk: what changed since the recorded generate. */
export function staleReason(before: InputFacts | undefined, now: InputFacts): string {
  if (!before) return "stale (not what the current spec, config, templates and Lockstep generate)";
  const changed = KINDS.filter(([k]) => before[k] !== now[k]).map(([k, label]) =>
    k === "lockstep" ? `${label} (${before.lockstep} → ${now.lockstep})` : label,
  );
  if (changed.length === 0) return "stale (the inputs are as recorded: this build of Lockstep generates it differently)";
  return `stale (changed since it was generated: ${changed.join(", ")})`;
}
