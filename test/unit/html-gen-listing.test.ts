// What `lockstep list-generators` shows of the html generator (generators/html.ts): its
// folder under out/, its description and each option with its default and description.
// These strings are the generator's own metadata, which no generated file contains.
import { expect, test } from "vitest";
import { listingLines } from "./generator-support.js";

test("list-generators: docs/ folder and description, no options", async () => {
  expect(await listingLines("html")).toEqual([
    "html  →  out/docs/",
    "  A self-contained error-reference web page: a table per domain, an anchor per code, search and filters (inline CSS and script, strict CSP)",
  ]);
});
