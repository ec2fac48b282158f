// The published JSON Schemas are generated from the same shapes the compiler reads
// with, are committed for editors, and agree with the compiler on real files.
import { Ajv } from "ajv";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { SCHEMAS } from "../src/cli/info.js";
import { FIXTURES } from "./support/fixture.js";

const ROOT = join(import.meta.dirname, "..");
const read = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), "utf8"));

describe("JSON Schemas", () => {
  test("schema/*.schema.json are up to date (regenerate: lockstep schema config|domain)", () => {
    expect(read("schema/config.schema.json")).toEqual(SCHEMAS.config());
    expect(read("schema/domain.schema.json")).toEqual(SCHEMAS.domain());
  });

  const ajv = new Ajv({ strict: false, allErrors: true });
  const validateDomain = ajv.compile(SCHEMAS.domain());
  const validateConfig = ajv.compile(SCHEMAS.config());
  // Fixture folders that are whole projects (others hold pieces that tests assemble).
  const projects = [ROOT, ...readdirSync(FIXTURES).map((f) => join(FIXTURES, f))].filter((d) => existsSync(join(d, "lockstep.config.yaml")));

  test.each(projects)("%s: every file validates", (dir) => {
    const config = parse(readFileSync(join(dir, "lockstep.config.yaml"), "utf8"));
    expect(validateConfig(config), JSON.stringify(validateConfig.errors)).toBe(true);
    for (const file of readdirSync(join(dir, "spec")).filter((f) => f.endsWith(".yaml"))) {
      const doc = parse(readFileSync(join(dir, "spec", file), "utf8")) ?? {};
      expect(validateDomain(doc), `${file}: ${JSON.stringify(validateDomain.errors)}`).toBe(true);
    }
  });

  test.each([
    ["an unknown key", { codes: [{ name: "A", stauts: 1 }] }],
    ["a boolean where a string belongs", { codes: [{ name: "A", since: 2.1 }] }],
    ["an unknown details type", { codes: [{ name: "A", details: { x: "strng" } }] }],
    ["a bad lifecycle", { codes: [{ name: "A", lifecycle: "soon" }] }],
  ])("editors flag %s too", (_name, doc) => {
    expect(validateDomain(doc)).toBe(false);
  });
});
