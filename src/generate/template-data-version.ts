// The version of the data model the built-in templates receive (src/generate/template-data.ts,
// docs/template-data.md). Bumped when a field is removed or renamed or changes meaning, so
// an override written against it may break; adding a field does not bump it.
export const TEMPLATE_DATA_VERSION = 1;
