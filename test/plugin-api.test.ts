// The published plugin API: a third-party generator written in TypeScript type-checks
// against the package's own declarations (dist/types, resolved through "exports").
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "vitest";
import { run } from "./support/toolchains.js";

const ROOT = join(import.meta.dirname, "..");

test("a TypeScript generator type-checks against `import … from \"lockstep\"`", () => {
  const dir = join(ROOT, ".tmp", "plugin-api");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "kotlin.ts"),
    [
      'import { defineGenerator, opt, parseOptionsWith, type Catalog } from "lockstep";',
      "export default defineGenerator({",
      '  name: "kotlin",',
      '  description: "Kotlin enum of error codes",',
      '  parseOptions: parseOptionsWith({ packageName: opt.string("errors", "Kotlin package") }),',
      "  generate(catalog: Catalog, ctx) {",
      "    const pkg: string = ctx.options.packageName;",
      '    return [{ path: "Errors.kt", contents: `package ${pkg}\\n${catalog.codes.map((c) => c.name).join("\\n")}\\n` }];',
      "  },",
      "});",
      "",
    ].join("\n"),
  );
  run(join(ROOT, "node_modules", ".bin", "tsc"), ["--strict", "--noEmit", "--skipLibCheck", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--target", "ES2022", join(dir, "kotlin.ts")], { cwd: ROOT });
});
