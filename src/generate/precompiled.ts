// Built-in templates, precompiled. Empty in the sources (templates are then read and
// compiled at run time); scripts/build.mjs replaces this module in the bundle with
// every `templates/<generator>/<name>.hbs` precompiled, so a run needs only
// Handlebars' small runtime and never its compiler.
// `TemplateSpecification` is a global in handlebars' typings.
import type {} from "handlebars";

export const PRECOMPILED: Readonly<Record<string, TemplateSpecification>> = {};
