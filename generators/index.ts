// The registry of built-in generators, in the order they run and are listed.
// Adding a target: one file in generators/, its templates, one line here.
import type { Generator } from "../src/generate/plugin.js";
import changelog from "./changelog.js";
import go from "./go.js";
import html from "./html.js";
import json from "./json.js";
import markdown from "./markdown.js";
import openapi from "./openapi.js";
import python from "./python.js";
import rst from "./rst.js";
import ts from "./ts.js";

export const BUILTIN_GENERATORS: readonly Generator<unknown>[] = [ts, go, python, openapi, markdown, rst, html, json, changelog] as Generator<unknown>[];
