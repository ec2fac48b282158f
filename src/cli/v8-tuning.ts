// V8's tier-up budget for one run, chosen by the size of the spec. A run is short and its hot
// loops are many and large (one per template): with V8's default budget, a small or mid-size
// catalog sends code to the optimising compiler that the run then barely uses, and on two
// cores that compilation competes with the run itself. Waiting ~9× longer before optimising
// took 500 codes from 0.35 to 0.29 s and 5,000 from 1.80 to 1.59 s; from ~15,000 codes the
// loops run long enough to repay optimising them early (50,000 codes: 16.6 s with the default,
// 17.6 s with the longer budget). `pnpm bench -- --v8-budget` compares the two.
//
// The CLI's loader (code-cache.ts) sets the small-run budget before it compiles the CLI, so
// the code cache is made and read under one set of flags (V8 rejects a cache made under
// others); once the spec is read, a large one gets V8's default back.
import { setFlagsFromString } from "node:v8";

/** The budget of a small run. */
export const SMALL_RUN_BUDGET = 600_000;
/** V8's own default in Node 20 (`node --v8-options`), set back for a large spec. */
export const V8_DEFAULT_BUDGET = 67_584;
/** Characters of spec text (~15,000 synthetic codes) from which V8's default budget is the faster. */
export const DEFAULT_BUDGET_FROM_CHARS = 4_000_000;

type Env = Readonly<Record<string, string | undefined>>;

/** The budget for this much spec text. */
export function budgetFor(specChars: number): number {
  return specChars < DEFAULT_BUDGET_FROM_CHARS ? SMALL_RUN_BUDGET : V8_DEFAULT_BUDGET;
}

/** Whether Lockstep may set the budget: not when the user chose one (NODE_OPTIONS, node's arguments) or LOCKSTEP_V8_BUDGET=default. */
export function mayTune(env: Env, execArgv: readonly string[]): boolean {
  return env.LOCKSTEP_V8_BUDGET !== "default" && ![...execArgv, env.NODE_OPTIONS ?? ""].some((a) => a.includes("interrupt-budget"));
}

/** Sets the budget for this much spec text, when Lockstep may. Returns the flag set, if any. */
export function tuneRuntime(specChars: number, env: Env, execArgv: readonly string[]): string | undefined {
  if (!mayTune(env, execArgv)) return undefined;
  const flag = `--interrupt-budget=${budgetFor(specChars)}`;
  setFlagsFromString(flag);
  return flag;
}
