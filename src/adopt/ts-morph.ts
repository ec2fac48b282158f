// ts-morph (with the TypeScript compiler inside it) is large: it loads only when
// `import` or `audit` runs, never at `generate` start-up. `require` rather than
// `import()`: Node would otherwise scan its CommonJS source for named exports first.
import { createRequire } from "node:module";

export type TsMorph = typeof import("ts-morph");

let cached: TsMorph | undefined;

export function loadTsMorph(): TsMorph {
  cached ??= createRequire(import.meta.url)("ts-morph") as TsMorph;
  return cached;
}
