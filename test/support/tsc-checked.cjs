#!/usr/bin/env node
// tsc for the tests. A generated index.ts opens with `// @ts-nocheck` (a project that
// compiles it checks its own use of the package, not the generated code again); the tests
// take that one line out as tsc reads each file, so every generated module is still
// checked under the flags a test gives. Any other file is read as it is.
"use strict";
const ts = require("typescript");

const PRAGMA = /^\/\/ @ts-nocheck -- generated: [^\n]*\n/m;
const readFile = ts.sys.readFile;
ts.sys.readFile = (path, encoding) => {
  const text = readFile(path, encoding);
  return text !== undefined && /\.[cm]?ts$/.test(path) && !/\.d\.[cm]?ts$/.test(path) ? text.replace(PRAGMA, "") : text;
};
ts.executeCommandLine(ts.sys, () => {}, process.argv.slice(2));
