// Types of generator.mjs, for TypeScript users of the plugin (and the repository's tests).
import type { Generator } from "lockstep";

declare const java: Generator<{ packageName: string }>;
export default java;
export declare const javaString: (value: string) => string;
export declare const javadoc: (text: string, indent?: string) => string;
export declare const javaIdent: (name: string) => string;
