// Types of generator.mjs, for TypeScript users of the plugin (and the repository's tests).
import type { Generator } from "lockstep";

declare const rust: Generator<{ crateName: string }>;
export default rust;
export declare const rustString: (value: string) => string;
export declare const rustIdent: (name: string) => string;
