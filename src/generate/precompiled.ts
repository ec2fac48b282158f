// Built-in templates, compiled at build time. Empty in the sources (templates are then read
// and compiled at run time); scripts/build.mjs replaces this module in the bundle with every
// `templates/<generator>/<name>.hbs` compiled to plain code (hbs-compile.ts), or, for one that
// compiler declines, precompiled by Handlebars, so a run never needs Handlebars' compiler.
import type { LoadedTemplate } from "./templates.js";

export const PRECOMPILED: Readonly<Record<string, LoadedTemplate>> = {};
