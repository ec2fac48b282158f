// In-process views of a built-in generator's own metadata, shared by its tests: what
// `list-generators` prints for it, and the message its options parser refuses a choice with.
import { expect } from "vitest";
import { compileConfig } from "../../src/catalog/compile.js";
import { listGenerators } from "../../src/cli/info.js";
import type { Generator } from "../../src/generate/plugin.js";
import { thrownMessage } from "./thrown.js";

/** The lines `list-generators` prints for one built-in generator (its name line and the indented lines after it). */
export async function listingLines(name: string): Promise<string[]> {
  const { config, diagnostics } = compileConfig({ path: "lockstep.config.yaml", text: "catalog:\n  name: t\n" });
  if (!config) throw new Error(JSON.stringify(diagnostics));
  let out = "";
  let err = "";
  const io = { cwd: "/", env: {}, out: (t: string) => (out += t), err: (t: string) => (err += t) };
  const code = await listGenerators(config, { root: "/", config, catalog: undefined, diagnostics: [], texts: new Map() }, io);
  expect({ code, err }).toEqual({ code: 0, err: "" });
  const lines = out.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${name}  →`));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && !l.startsWith("  "));
  return lines.slice(start, end);
}

/** The message `gen` refuses `options` with; undefined when it accepts them. */
export function optionRefusal(gen: Generator<unknown>, options: unknown): string | undefined {
  return thrownMessage(() => gen.parseOptions(options as Record<string, unknown>));
}
