// The template-data types are published: a consumer's override test type-checks
// `import type { TemplateData, … } from "lockstep"` against the package's own declarations
// (dist/types, resolved through "exports"), and TemplateData names every built-in template
// and partial in templates/ (so a new template without a data type fails here).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { run } from "./support/toolchains.js";
import { TSC } from "./support/tsc.js";

const ROOT = join(import.meta.dirname, "..");

/** `templates/<generator>/<name>.hbs` → `<name>`, partials as `partials/<name>`. */
function builtinTemplates(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const generator of readdirSync(join(ROOT, "templates")).sort()) {
    const dir = join(ROOT, "templates", generator);
    const names = readdirSync(dir).filter((f) => f.endsWith(".hbs")).map((f) => f.slice(0, -4));
    if (existsSync(join(dir, "partials"))) names.push(...readdirSync(join(dir, "partials")).filter((f) => f.endsWith(".hbs")).map((f) => `partials/${f.slice(0, -4)}`));
    out.set(generator, names.sort());
  }
  return out;
}

const union = (names: readonly string[]) => names.map((n) => JSON.stringify(n)).join(" | ");

test("a template override's test imports the typed template data from `lockstep`", () => {
  expect(existsSync(join(ROOT, "dist/types/src/index.d.ts")), "dist/types is missing: run `node scripts/build.mjs` first").toBe(true);
  const templates = builtinTemplates();
  expect([...templates.keys()]).toEqual(expect.arrayContaining(["changelog", "go", "html", "markdown", "python", "rst", "ts"]));
  const dir = join(ROOT, ".tmp", "template-data-types");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "consumer.ts"),
    [
      'import { TEMPLATE_DATA_VERSION, type GoCodeConstData, type PythonMemberData, type TemplateData, type TsTemplateData } from "lockstep";',
      "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
      // Every generator with templates, and every template and partial of each, has its data type.
      `export const generators: Same<keyof TemplateData, ${union([...templates.keys()])}> = true;`,
      ...[...templates].map(([generator, names]) => `export const ${generator}: Same<keyof TemplateData[${JSON.stringify(generator)}], ${union(names)}> = true;`),
      "export const version: number = TEMPLATE_DATA_VERSION;",
      // Real field types, not `any`: a wrong field or type is an error.
      'export const member = (c: TemplateData["ts"]["index.ts"]["codes"][number]): string => c.member;',
      'export const same: Same<TemplateData["go"]["partials/code-const"], GoCodeConstData> = true;',
      "export const ident = (c: GoCodeConstData): string => c.ident;",
      "export const pyMember = (c: PythonMemberData): string => c.member;",
      'export const releases = (d: TemplateData["changelog"]["CHANGELOG.md"]) => d.releases.map((r) => r.heading);',
      "// @ts-expect-error: no such field",
      "export const missing = (d: TsTemplateData) => d.noSuchField;",
      "// @ts-expect-error: `typeName` is a string",
      "export const wrong = (d: TsTemplateData): number => d.typeName;",
      "",
    ].join("\n"),
  );
  run(TSC, ["--strict", "--noEmit", "--skipLibCheck", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--target", "ES2022", join(dir, "consumer.ts")], { cwd: ROOT });
}, 60_000);
