// ts-morph (with the TypeScript compiler inside it) is large: it loads only when
// `import` or `audit` runs, never at `generate` start-up, and it is an optional peer
// dependency, so a project that only generates does not install it. `require` rather
// than `import()`: Node would otherwise scan its CommonJS source for named exports first.
import { createRequire } from "node:module";

export type TsMorph = typeof import("ts-morph");

/** ts-morph is not installed beside Lockstep; the message says how to add it. */
export class MissingTsMorphError extends Error {}

let cached: TsMorph | undefined;

/** Found beside Lockstep first, then from the project (`cwd`), where a user adds it. */
export function loadTsMorph(command: string, cwd: string): TsMorph {
  if (cached) return cached;
  for (const from of [import.meta.url, `${cwd}/package.json`]) {
    try {
      return (cached = createRequire(from)("ts-morph") as TsMorph);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND") throw e;
    }
  }
  throw new MissingTsMorphError(
    `\`lockstep ${command}\` reads TypeScript with ts-morph, an optional dependency that is not installed; add it beside lockstep (npm i -D ts-morph@28, or pnpm add -D ts-morph@28) and run the command again`,
  );
}
