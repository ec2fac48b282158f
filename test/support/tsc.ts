// The tsc the tests run: TypeScript's own, reading a generated index.ts without its
// `// @ts-nocheck` line (tsc-checked.cjs), so the generated code is type-checked.
import { join } from "node:path";

export const TSC = join(import.meta.dirname, "tsc-checked.cjs");
