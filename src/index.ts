// The public API for third-party generators and programmatic use.
export {
  defineGenerator,
  type DetailsFieldRef,
  type DetailsObjectRef,
  type Generator,
  type GeneratorContext,
  type GeneratorNaming,
  type Names,
  type NameScheme,
  type OutputFile,
  type TemplateHelper,
} from "./generate/plugin.js";
export { opt, parseOptionsWith, OptionError, type OptionSpec } from "./generate/options.js";
export { TEMPLATE_DATA_VERSION } from "./generate/template-data-version.js";
export type * from "./catalog/model.js";
export { codeOf, compareStrings } from "./catalog/model.js";
export { compileConfig, compileSpecs, type SourceText } from "./catalog/compile.js";
export { runGenerators, type PlannedGenerator, type GeneratedFile } from "./generate/pipeline.js";
export { tsString, jsdoc } from "./escape/ts.js";
export { normaliseText, showInvisible, paragraphs } from "./escape/text.js";
export { splitWords, pascalCase, camelCase, upperSnake, lowerSnake, sentenceCase } from "./naming/words.js";
export * from "./escape/public.js";
export { codeFacts, factCell, factParagraphs, factText, type CodeFact, type CodeFactKind, type CodeFactPart } from "./catalog/code-facts.js";
// The data each built-in template receives (docs/template-data.md), for template overrides.
export type * from "./generate/template-data.js";
