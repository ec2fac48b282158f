// A full garbage collection between two generators of a large catalog. Each built-in
// generator leaves hundreds of MB of dead strings at 50,000 codes (its templates' output,
// already staged to disk); V8 would let them pile up across several generators before
// collecting, which made the peak RSS (1.45 GiB) rather than the live data. Collecting
// after the compile and when a generator has finished costs about what V8's own collections
// of that garbage would (the same CPU at 50,000 codes) and brings the peak down to one
// generator's worth.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** From this many codes a generator's garbage is worth collecting at once (below, a full GC costs more than it saves). */
export const RECLAIM_FROM_CODES = 10_000;

let gc: (() => void) | null | undefined;

/**
 * Only when the heap grew by this much since the last collection: a full collection marks the
 * whole live catalog (~0.3 s at 50,000 codes), which a small generator's garbage is not worth.
 */
const WORTH_BYTES = 256 * 1024 * 1024;
let afterLast = 0;

/** Runs a full GC (the way Jest's --logHeapUsage does: --expose-gc set at run time, `gc` taken from a fresh context). */
export function collectGarbage(): void {
  if (getHeapStatistics().used_heap_size - afterLast < WORTH_BYTES) return;
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
      setFlagsFromString("--no-expose-gc");
    } catch {
      gc = null; // a runtime without it: V8 collects on its own schedule
    }
  }
  gc?.();
  afterLast = getHeapStatistics().used_heap_size;
}
