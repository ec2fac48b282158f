// A third-party generator that misbehaves in every way a plugin can: throws any value
// (null, symbols, proxies whose traps throw, objects whose toString throws, errors whose
// message getter throws) from parseOptions or generate, or returns anything instead of
// an array of { path, contents }. Run with a random valid catalog through the same
// pipeline the CLI uses; the property is that nothing escapes as an exception (the CLI's
// exit 3) and every diagnostic has a place.
import fc from "fast-check";
import { BUILTIN_GENERATORS } from "../../generators/index.js";
import { compileConfig, compileSpecs } from "../../src/catalog/compile.js";
import { enabledGenerators } from "../../src/io/plan.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostics.js";
import { runGenerators, type PlannedGenerator } from "../../src/generate/pipeline.js";
import { defineGenerator } from "../../src/generate/plugin.js";
import type { Sample } from "./arbitrary/catalog.js";
import { templates } from "./arbitrary/pipeline.js";
import { renderSample } from "./arbitrary/render.js";

/** Values no ordinary `String(e)` or `e.message` survives. */
function hostileValues(): unknown[] {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const trapsThrow = new Proxy(
    {},
    {
      get: () => {
        throw new Error("get trap");
      },
      getPrototypeOf: () => {
        throw new Error("getPrototypeOf trap");
      },
      has: () => {
        throw new Error("has trap");
      },
      ownKeys: () => {
        throw new Error("ownKeys trap");
      },
    },
  );
  const badMessage = new Error("x");
  Object.defineProperty(badMessage, "message", {
    get: () => {
      throw new Error("message getter");
    },
  });
  const throwsOnToString = {
    toString: () => {
      throw new Error("toString");
    },
    valueOf: () => {
      throw new Error("valueOf");
    },
  };
  return [
    null,
    undefined,
    Symbol("s"),
    Object.create(null),
    revoked.proxy,
    trapsThrow,
    badMessage,
    throwsOnToString,
    10n,
    () => 1,
    "x".repeat(100_000),
    new (class extends Error {})("subclass"),
    Promise.resolve([]),
    [{ path: "a.txt", contents: 1 }],
    [{ path: 1, contents: "x" }],
    [null],
    [{ path: "../escape.txt", contents: "x" }],
    [{ path: "ok.txt", contents: "fine\n" }],
    [{ path: "ok.txt", contents: "x" }, { path: "OK.txt", contents: "y" }],
    { length: 3 },
    Object.defineProperty([], 0, {
      get: () => {
        throw new Error("element getter");
      },
      enumerable: true,
    }),
  ];
}

const HOSTILE_COUNT = hostileValues().length;

/**
 * Any value at all: fast-check's `anything`, the hostile values above (by index: fast-check
 * itself inspects the values it generates, and a revoked proxy breaks it), and arrays of
 * would-be files.
 */
const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: HOSTILE_COUNT - 1 }).map((index) => new Hostile(index)) },
  {
    weight: 3,
    arbitrary: fc.array(
      fc.record(
        { path: fc.oneof(fc.string(), fc.constantFrom("a.txt", "x/y.kt", "..", "/abs", ""), fc.anything()), contents: fc.oneof(fc.string(), fc.anything()) },
        { requiredKeys: [] },
      ),
      { maxLength: 4 },
    ),
  },
);

/** Stands for hostileValues()[index], made only when the plugin runs. */
export class Hostile {
  constructor(readonly index: number) {}
}

export type Chaos = { readonly where: "parseOptions" | "generate"; readonly how: "throw" | "return"; readonly value: unknown };

export const chaosArb: fc.Arbitrary<Chaos> = fc.record({
  where: fc.constantFrom("parseOptions", "generate"),
  how: fc.constantFrom("throw", "return"),
  value: valueArb,
});

function chaosGenerator(chaos: Chaos) {
  const act = (): never | unknown => {
    const value = chaos.value instanceof Hostile ? hostileValues()[chaos.value.index] : chaos.value;
    if (chaos.how === "throw") throw value;
    return value;
  };
  return defineGenerator<unknown>({
    name: "chaos",
    description: "misbehaves",
    parseOptions: (raw) => (chaos.where === "parseOptions" ? act() : raw),
    generate: () => (chaos.where === "generate" ? act() : [{ path: "ok.txt", contents: "ok\n" }]) as never,
  });
}

export interface ChaosResult {
  /** What escaped the pipeline (the CLI would exit 3); undefined when nothing did. */
  readonly escaped: unknown;
  readonly diagnostics: readonly Diagnostic[];
  readonly compiled: boolean;
}

/** One catalog and one plugin behaviour through compile → generators (json + the plugin). */
export function runChaos(sample: Sample, chaos: Chaos): ChaosResult {
  try {
    const texts = renderSample(sample);
    const cfg = compileConfig(texts.config);
    if (!cfg.config) return { escaped: undefined, diagnostics: cfg.diagnostics, compiled: false };
    const compiled = compileSpecs(cfg.config, texts.specs, undefined, enabledGenerators(cfg.config));
    if (!compiled.catalog) return { escaped: undefined, diagnostics: compiled.diagnostics, compiled: false };
    const loc = { file: cfg.config.file, line: 7, col: 3 };
    const json = BUILTIN_GENERATORS.find((g) => g.name === "json")!;
    const plan: PlannedGenerator[] = [
      { generator: json, outDir: "json", rawOptions: {}, loc, optionLoc: () => loc },
      { generator: chaosGenerator(chaos), outDir: "chaos", rawOptions: {}, loc, optionLoc: () => loc },
    ];
    const { diagnostics } = runGenerators(compiled.catalog, plan, templates);
    // The CLI prints every message: they must be plain strings.
    for (const d of diagnostics) if (typeof d.message !== "string") throw new Error(`a diagnostic message is ${typeof d.message}`);
    return { escaped: undefined, diagnostics, compiled: true };
  } catch (e) {
    return { escaped: e ?? new Error(`threw ${String(e)}`), diagnostics: [], compiled: false };
  }
}
