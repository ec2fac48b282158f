// The registry of built-in generators, in the order they run and are listed.
// Adding a target: one file in generators/, its templates, one line here.
import type { Generator } from "../src/plugin.js";
import ts from "./ts.js";

export const BUILTIN_GENERATORS: readonly Generator<unknown>[] = [ts as Generator<unknown>];
