// `lockstep init` in-process on empty folders: what it writes and prints, that the
// result validates, generates and checks, that every file matches the JSON Schema its
// modeline names, and what it refuses.
import { Ajv } from "ajv";
import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { SCHEMAS } from "../src/cli/info.js";
import { USAGE } from "../src/cli/init.js";
import { main } from "../src/cli/main.js";
import { TempProject } from "./support/project.js";

const ROOT = join(import.meta.dirname, "..");

const NEXT_STEPS = (cmd: string) =>
  "Next steps:\n" +
  `  ${cmd} validate           check the spec\n` +
  `  ${cmd} generate           write out/ (commit it with the spec)\n` +
  `  ${cmd} generate --watch   regenerate while you edit\n` +
  `  ${cmd} check              in CI and a pre-commit hook: fails when out/ is stale\n`;

const COPIES_OUT =
  'lockstep: created catalog "acme" (UPPER_SNAKE) with 6 codes in 2 domains:\n' +
  "  lockstep.config.yaml\n  spec/auth.yaml\n  spec/requests.yaml\n" +
  "  .lockstep/schema/config.schema.json\n  .lockstep/schema/domain.schema.json\n" +
  "  .vscode/settings.json (yaml.schemas for the config and spec/*.yaml)\n\n" +
  "Editor support: each file names its JSON Schema on its first line. The schemas are copies in\n" +
  ".lockstep/schema/ (commit them); after upgrading lockstep, refresh them with\n" +
  "lockstep schema config > .lockstep/schema/config.schema.json (and domain).\n\n" +
  NEXT_STEPS("lockstep");

/** The schema a YAML file's first-line modeline names, resolved from that file. */
function modelineSchema(p: TempProject, file: string): string {
  const first = p.read(file).split("\n")[0]!;
  const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
  expect(match, `${file} starts with a modeline`).not.toBeNull();
  return join(p.root, dirname(file), match![1]!);
}

function expectFilesMatchTheirSchemas(p: TempProject): void {
  const ajv = new Ajv({ strict: false, allErrors: true });
  for (const file of ["lockstep.config.yaml", "spec/auth.yaml", "spec/requests.yaml"]) {
    const schema = JSON.parse(readFileSync(modelineSchema(p, file), "utf8")) as object;
    const validate = ajv.compile(schema);
    ajv.removeSchema(schema);
    expect(validate(parse(p.read(file))), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
}

describe("lockstep init", () => {
  test("an empty folder becomes a project that validates, generates and passes check", async () => {
    const p = new TempProject();
    expect(await p.run("init", "--name", "acme")).toEqual({ code: 0, out: COPIES_OUT, err: "" });
    expect(await p.run("validate")).toEqual({ code: 0, out: "lockstep: 6 codes in 2 domains: valid\n", err: "" });
    const generated = await p.run("generate");
    expect(generated.code, generated.err).toBe(0);
    expect(generated.out).toMatch(/^lockstep: 6 codes in 2 domains → out\//);
    expect(p.snapshot().has("ts/index.ts")).toBe(true);
    expect(await p.run("check")).toMatchObject({ code: 0, err: "" });
  });

  test("each file names its schema on the first line, and matches it", async () => {
    const p = new TempProject();
    await p.run("init", "--name", "acme");
    expect(p.read("lockstep.config.yaml").split("\n")[0]).toBe("# yaml-language-server: $schema=./.lockstep/schema/config.schema.json");
    expect(p.read("spec/auth.yaml").split("\n")[0]).toBe("# yaml-language-server: $schema=../.lockstep/schema/domain.schema.json");
    // The copies are what `lockstep schema config|domain` prints (and schema/ holds).
    expect(p.read(".lockstep/schema/domain.schema.json")).toBe(JSON.stringify(SCHEMAS.domain(), null, 2) + "\n");
    expect(p.read(".lockstep/schema/config.schema.json")).toBe(JSON.stringify(SCHEMAS.config(), null, 2) + "\n");
    expectFilesMatchTheirSchemas(p);
    expect(JSON.parse(p.read(".vscode/settings.json"))).toEqual({
      "yaml.schemas": {
        "./.lockstep/schema/config.schema.json": ["/lockstep.config.yaml"],
        "./.lockstep/schema/domain.schema.json": ["/spec/*.yaml", "/spec/*.yml"],
      },
    });
  });

  test("with lockstep installed in node_modules, files reference its schemas and no copies are written", async () => {
    const p = new TempProject();
    mkdirSync(join(p.root, "node_modules"));
    symlinkSync(ROOT, join(p.root, "node_modules", "lockstep"), "dir");
    const result = await p.run("init", "--name", "acme");
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      "Editor support: each file names its JSON Schema on its first line, in ./node_modules/lockstep/schema/\n" +
        "(the installed lockstep's, so it stays current when you upgrade).\n",
    );
    expect(p.read("lockstep.config.yaml").split("\n")[0]).toBe("# yaml-language-server: $schema=./node_modules/lockstep/schema/config.schema.json");
    expect(p.read("spec/requests.yaml").split("\n")[0]).toBe("# yaml-language-server: $schema=../node_modules/lockstep/schema/domain.schema.json");
    expect(existsSync(join(p.root, ".lockstep"))).toBe(false);
    expectFilesMatchTheirSchemas(p);
  });

  test("a workspace package finds lockstep installed at the workspace root", async () => {
    const p = new TempProject().write("pnpm-workspace.yaml", "packages: [packages/*]\n").write("packages/errors/package.json", '{ "name": "@acme/errors" }\n');
    mkdirSync(join(p.root, ".git"));
    mkdirSync(join(p.root, "node_modules"));
    symlinkSync(ROOT, join(p.root, "node_modules", "lockstep"), "dir");
    let out = "";
    const code = await main(["init"], { cwd: join(p.root, "packages/errors"), env: {}, out: (t) => (out += t), err: (t) => (out += t) });
    expect(code).toBe(0);
    expect(out).toMatch(/^lockstep: created catalog "acme" \(UPPER_SNAKE\)/); // the package's scope
    expect(p.read("packages/errors/spec/auth.yaml").split("\n")[0]).toBe("# yaml-language-server: $schema=../../../node_modules/lockstep/schema/domain.schema.json");
    expect(existsSync(modelineSchema(p, "packages/errors/spec/auth.yaml"))).toBe(true);
  });

  test("--naming lower_snake writes lower_snake codes and references", async () => {
    const p = new TempProject();
    const result = await p.run("init", "--name", "shop", "--naming", "lower_snake");
    expect(result.out.split("\n")[0]).toBe('lockstep: created catalog "shop" (lower_snake) with 6 codes in 2 domains:');
    expect(p.read("lockstep.config.yaml")).toContain("  naming: lower_snake           # or UPPER_SNAKE\n");
    expect(p.read("spec/auth.yaml")).toContain("      replacement: unauthenticated\n");
    expect(await p.run("validate")).toEqual({ code: 0, out: "lockstep: 6 codes in 2 domains: valid\n", err: "" });
    expect((await p.run("generate", "--only", "ts")).code).toBe(0);
    expect(p.read("out/ts/index.ts")).toContain('rate_limited = "rate_limited"');
  });

  test.each([
    ["a scoped package.json", '{ "name": "@relay/api" }\n', "relay"],
    ["an unscoped package.json", '{ "name": "Billing_Service" }\n', "billing-service"],
  ])("the default name comes from %s", async (_what, pkg, name) => {
    const p = new TempProject().write("package.json", pkg);
    expect((await p.run("init")).out.split("\n")[0]).toBe(`lockstep: created catalog "${name}" (UPPER_SNAKE) with 6 codes in 2 domains:`);
    expect(p.read("lockstep.config.yaml")).toContain(`  name: ${name} `);
  });

  test("next steps use the package manager that ran init", async () => {
    const p = new TempProject();
    let out = "";
    await main(["init", "--name", "acme"], { cwd: p.root, env: { npm_config_user_agent: "pnpm/10.34.9 npm/? node/v20.20.2 linux x64" }, out: (t) => (out += t), err: () => {} });
    expect(out.endsWith(NEXT_STEPS("pnpm exec lockstep"))).toBe(true);
    expect(out).toContain("pnpm exec lockstep schema config > .lockstep/schema/config.schema.json (and domain).\n");
  });
});

describe("what init refuses", () => {
  test("existing files: exit 2, list them, write nothing", async () => {
    const p = new TempProject().write("lockstep.config.yaml", "catalog:\n  name: mine\n").write("spec/auth.yaml", "codes: []\n");
    expect(await p.run("init")).toEqual({
      code: 2,
      out: "",
      err:
        "lockstep: init would overwrite these files:\n  lockstep.config.yaml\n  spec/auth.yaml\n" +
        "Nothing was written. Move them away, or run lockstep init --force to overwrite.\n",
    });
    expect(p.read("lockstep.config.yaml")).toBe("catalog:\n  name: mine\n");
    expect(existsSync(join(p.root, "spec/requests.yaml"))).toBe(false);
    expect(existsSync(join(p.root, ".lockstep"))).toBe(false);
    expect(existsSync(join(p.root, ".vscode"))).toBe(false);
  });

  test("one existing file is named in the singular; --force overwrites it", async () => {
    const p = new TempProject().write("spec/requests.yaml", "codes: []\n");
    expect((await p.run("init")).err).toBe(
      "lockstep: init would overwrite this file:\n  spec/requests.yaml\nNothing was written. Move it away, or run lockstep init --force to overwrite.\n",
    );
    expect((await p.run("init", "--force", "--name", "acme")).code).toBe(0);
    expect(p.read("spec/requests.yaml")).toContain("  - name: RATE_LIMITED\n");
  });

  test.each([
    [["--name", "Acme"], 'lockstep: --name must be a slug such as acme or acme-billing (lower case letters, digits, single hyphens), got "Acme"\n'],
    [["--name"], 'lockstep: --name must be a slug such as acme or acme-billing (lower case letters, digits, single hyphens), got ""\n'],
    [["--naming=camelCase"], 'lockstep: --naming must be UPPER_SNAKE or lower_snake, got "camelCase"\n'],
    [["--froce"], "lockstep: unknown option for init: --froce (did you mean --force?)\n"],
  ])("usage error %j", async (argv, message) => {
    const p = new TempProject();
    const result = await p.run("init", ...argv);
    expect(result.code).toBe(2);
    expect(result.err).toBe(message + USAGE);
    expect(p.snapshot(".").size).toBe(0);
  });

  test("--help prints the usage", async () => {
    expect(await new TempProject().run("init", "--help")).toEqual({ code: 0, out: USAGE, err: "" });
  });
});

describe("init and .vscode/settings.json", () => {
  const MAPPING = {
    "./.lockstep/schema/config.schema.json": ["/lockstep.config.yaml"],
    "./.lockstep/schema/domain.schema.json": ["/spec/*.yaml", "/spec/*.yml"],
  };

  test("a plain settings file gains yaml.schemas and keeps its other settings", async () => {
    const p = new TempProject().write(".vscode/settings.json", JSON.stringify({ "editor.tabSize": 2 }, null, 2) + "\n");
    const result = await p.run("init", "--name", "acme");
    expect(result.out).toContain("  .vscode/settings.json (yaml.schemas for the config and spec/*.yaml)\n");
    expect(p.read(".vscode/settings.json")).toBe(JSON.stringify({ "editor.tabSize": 2, "yaml.schemas": MAPPING }, null, 2) + "\n");
  });

  test("a settings file with comments is left alone and the snippet is printed", async () => {
    const mine = '{\n  // mine\n  "editor.tabSize": 2,\n}\n';
    const p = new TempProject().write(".vscode/settings.json", mine);
    const result = await p.run("init", "--name", "acme");
    expect(p.read(".vscode/settings.json")).toBe(mine);
    expect(result.out).not.toContain("  .vscode/settings.json (");
    expect(result.out).toContain(`\n.vscode/settings.json exists; to validate new spec files too, add to it:\n${JSON.stringify({ "yaml.schemas": MAPPING }, null, 2)}\n\nNext steps:\n`);
  });

  test("a settings file that already has the mapping is left alone silently (init --force twice)", async () => {
    const p = new TempProject();
    await p.run("init", "--name", "acme");
    const second = await p.run("init", "--name", "acme", "--force");
    expect(second.out).toBe(COPIES_OUT.replace("  .vscode/settings.json (yaml.schemas for the config and spec/*.yaml)\n", ""));
  });
});
