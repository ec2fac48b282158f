// `lockstep/testing`: the tests the built-in generators get, for a third-party one.
// Framework-agnostic: each check throws an Error saying what is wrong; `generatorSuite`
// registers them with any `test(name, fn)` runner.
export { loadCatalog, configOptions, hostileCatalog, hostileConfigPath, hostileSource, hostileStrings, runGenerator, type GeneratedFiles } from "./run.js";
export { expectGoldenDir, updatingGoldens, type GoldenOptions } from "./golden.js";
export { checkDeterminism, reorderedSpecs, type RunOptions } from "./determinism.js";
export { checkHygiene, pathProblem, contentsProblem } from "./hygiene.js";
export { checkHostile, writeFiles, type HostileOptions } from "./hostile.js";
export { generatorSuite, type SuiteOptions, type TestFn } from "./suite.js";
