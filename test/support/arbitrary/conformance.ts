// The conformance comparison (test/support/conformance): every artifact of every
// sample read back in its own runtime and compared with the sample's catalog.json,
// one runtime process for the whole batch. Each mismatch is a failure of its sample.
import { join } from "node:path";
import { checkConformanceMany } from "../conformance/index.js";
import type { BatchItem, Failure } from "./batch.js";

const show = (v: unknown) => (v === undefined ? "undefined" : JSON.stringify(v))?.slice(0, 300);

export async function checkConformance(root: string, items: readonly BatchItem[]): Promise<Failure[]> {
  if (items.length === 0) return [];
  // Each out dir with the generator options it was generated with (columns, typeName…).
  const outDirs = items.map((i) => ({
    dir: join(root, i.dir),
    generatorOptions: Object.fromEntries((i.run.config?.generators ?? []).map((g) => [g.name, g.options])),
  }));
  const perDir = await checkConformanceMany(outDirs);
  return perDir.flatMap((mismatches, i) =>
    mismatches.map((m) => ({
      index: items[i]!.index,
      check: "conformance",
      message: `${items[i]!.dir}: ${m.artifact} ${m.code} ${m.field}: expected ${show(m.expected)}, got ${show(m.actual)}`,
    })),
  );
}
