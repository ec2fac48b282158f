// V8's tier-up budget for one run, chosen by the size of the spec. A run is short and its hot
// loops are many and large (one per template): with V8's default budget, a small or mid-size
// catalog sends code to the optimising compiler that the run then barely uses, and on two
// cores that compilation competes with the run itself. Waiting ~9× longer before optimising
// took 500 codes from 0.35 to 0.29 s and 5,000 from 1.80 to 1.59 s; from ~15,000 codes the
// loops run long enough to repay optimising them early (50,000 codes: 16.6 s with the default,
// 17.6 s with the longer budget). `pnpm bench -- --v8-budget` compares the two.
import { setFlagsFromString } from "node:v8";

/** The budget of a small run (V8's default is 67,584). */
export const SMALL_RUN_BUDGET = 600_000;
/** Characters of spec text (~15,000 synthetic codes) from which V8's default budget is the faster. */
export const DEFAULT_BUDGET_FROM_CHARS = 4_000_000;

/** The budget to set for this much spec text, or undefined to keep V8's default. */
export function budgetFor(specChars: number): number | undefined {
  return specChars < DEFAULT_BUDGET_FROM_CHARS ? SMALL_RUN_BUDGET : undefined;
}

/**
 * Sets the budget for this process, unless the user chose one (NODE_OPTIONS or node's own
 * arguments) or LOCKSTEP_V8_BUDGET=default asks for V8's. Returns the flag set, if any.
 */
export function tuneRuntime(specChars: number, env: Readonly<Record<string, string | undefined>>, execArgv: readonly string[]): string | undefined {
  if (env.LOCKSTEP_V8_BUDGET === "default" || [...execArgv, env.NODE_OPTIONS ?? ""].some((a) => a.includes("interrupt-budget"))) return undefined;
  const budget = budgetFor(specChars);
  if (budget === undefined) return undefined;
  const flag = `--interrupt-budget=${budget}`;
  setFlagsFromString(flag);
  return flag;
}
