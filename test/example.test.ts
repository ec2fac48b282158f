// The committed example (spec/ → out/) end to end: out/ is exactly what `generate`
// produces, and every artifact passes its real toolchain. The Go and Python packages
// are checked helper by helper against the compiled catalog's own facts.
import SwaggerParser from "@apidevtools/swagger-parser";
import MarkdownIt from "markdown-it";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadProject } from "../src/io/project.js";
import type { Catalog } from "../src/catalog/model.js";
import { TempProject } from "./support/project.js";
import { GO_ENV, installInFreshVenv, requireTool, run, toolsPython, withTempDir } from "./support/toolchains.js";
import { TSC } from "./support/tsc.js";

const ROOT = join(import.meta.dirname, "..");
const OUT = join(ROOT, "out");

function example(): Catalog {
  const project = loadProject(join(ROOT, "lockstep.config.yaml"));
  if (!project.catalog) throw new Error(JSON.stringify(project.diagnostics));
  return project.catalog;
}

/** What every target must say about each code, in the targets' shared vocabulary. */
function expected(catalog: Catalog): string {
  const name = (key: string | undefined) => (key === undefined ? "" : catalog.codeIndex.get(key)!.name);
  return JSON.stringify(
    catalog.codes.map((c) => ({
      name: c.name,
      domain: c.domain,
      title: c.title,
      status: c.status.primary ?? 0,
      statuses: c.status.all,
      varies: c.status.kind === "varies",
      retryable: c.retry.retryable,
      retryAfter: c.retry.retryAfter,
      docsUrl: c.docsUrl ?? "",
      deprecated: c.deprecated !== undefined,
      replacement: name(c.deprecated?.replacement),
      aliasOf: name(c.aliasOf),
      planned: c.lifecycle === "planned",
      surfacesAs: name(c.surfacesAs),
    })),
  );
}

describe("the example catalog", () => {
  test("out/ is exactly what generate produces (the check CI runs)", async () => {
    const project = new TempProject();
    cpSync(join(ROOT, "lockstep.config.yaml"), join(project.root, "lockstep.config.yaml"));
    cpSync(join(ROOT, "spec"), join(project.root, "spec"), { recursive: true });
    cpSync(OUT, join(project.root, "out"), { recursive: true });
    expect(await project.run("check")).toEqual({ code: 0, out: "lockstep: out/ is up to date (30 files)\n", err: "" });
  });

  test("TypeScript: tsc --strict", () => {
    run(TSC, ["--strict", "--noEmit", "--skipLibCheck", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext", join(OUT, "ts", "index.ts")]);
  });

  test("Go: gofmt, vet, build, and every helper agrees with the catalog", () => {
    const go = requireTool("go", "install Go 1.21 or later and put it on PATH");
    const gofmt = requireTool("gofmt", "install Go (gofmt ships with it)");
    withTempDir((dir) => {
      cpSync(join(OUT, "go"), dir, { recursive: true });
      expect(run(gofmt, ["-l", "."], { cwd: dir })).toBe("");
      const pkg = /^package (\w+)$/m.exec(readFileSync(join(dir, "doc.go"), "utf8"))![1]!;
      writeFileSync(join(dir, "catalog_test.go"), readFileSync(join(import.meta.dirname, "go", "example", "catalog_test.go"), "utf8").replace("package PACKAGE", `package ${pkg}`));
      writeFileSync(join(dir, "expected.json"), expected(example()));
      run(go, ["vet", "./..."], { cwd: dir, env: GO_ENV });
      expect(run(go, ["test", "-count=1", "./..."], { cwd: dir, env: GO_ENV })).toMatch(/^ok\s/);
    });
  });

  test("Python: mypy --strict, ruff, pip install into a fresh venv, and every member agrees with the catalog", () => {
    const python = toolsPython();
    const bin = join(python, "..");
    withTempDir((dir) => {
      const pkgDir = join(dir, "pkg");
      cpSync(join(OUT, "python"), pkgDir, { recursive: true });
      run(join(bin, "mypy"), ["--strict", "--cache-dir", join(dir, ".mypy"), join(pkgDir, "src")]);
      run(join(bin, "ruff"), ["check", "--no-cache", join(pkgDir, "src")]);
      const dist = /^name = "([^"]+)"$/m.exec(readFileSync(join(pkgDir, "pyproject.toml"), "utf8"))![1]!;
      const venvPython = installInFreshVenv(dir, [pkgDir], [dist]);
      const pkg = /packages = \["src\/(\w+)"\]/.exec(readFileSync(join(pkgDir, "pyproject.toml"), "utf8"))![1]!;
      writeFileSync(join(dir, "expected.json"), expected(example()));
      const toolsSite = run(python, ["-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).trim();
      const out = run(venvPython, ["-W", "error", "-m", "pytest", "-q", "-p", "no:cacheprovider", join(import.meta.dirname, "python-example")], {
        env: { ...process.env, PYTHONPATH: toolsSite, PACKAGE: pkg, EXPECTED: join(dir, "expected.json"), PYTHONDONTWRITEBYTECODE: "1" },
      });
      expect(out).toMatch(/2 passed/);
    });
  });

  test("OpenAPI: both documents validate and agree", async () => {
    const yaml = await import("yaml");
    const fromYaml = yaml.parse(readFileSync(join(OUT, "openapi", "errors.yaml"), "utf8")) as object;
    const fromJson = JSON.parse(readFileSync(join(OUT, "openapi", "errors.json"), "utf8")) as object;
    expect(fromYaml).toEqual(fromJson);
    await SwaggerParser.validate(structuredClone(fromJson) as never);
  });

  test("Markdown: a table per domain with a row per code, and every docs URL's anchor exists", () => {
    const catalog = example();
    const tokens = new MarkdownIt({ html: true }).parse(readFileSync(join(OUT, "docs", "errors.md"), "utf8"), {});
    const tables = tokens.filter((t) => t.type === "table_open").length;
    const rows = tokens.filter((t) => t.type === "tr_open").length;
    // one per domain, one per domain with removed codes, plus the retry-strategy table
    expect(tables).toBe(catalog.domains.length + catalog.domains.filter((d) => d.tombstones.length).length + 1);
    expect(rows).toBeGreaterThanOrEqual(catalog.codes.length + catalog.domains.length);
    const page = readFileSync(join(OUT, "docs", "errors.md"), "utf8");
    for (const code of [...catalog.codes, ...catalog.tombstones]) {
      const anchor = new URL(code.docsUrl!).hash.slice(1);
      expect(page.split(`<a id="${anchor}"></a>`).length - 1, code.name).toBe(1);
    }
  });

  test("reStructuredText: docutils parses it without a warning", () => {
    const checked = JSON.parse(run(toolsPython(), [join(import.meta.dirname, "rst", "check_rst.py"), join(OUT, "docs", "errors.rst")])) as {
      halted: string | null;
      messages: { level: number }[];
    };
    expect(checked.halted).toBeNull();
    expect(checked.messages.filter((m) => m.level >= 2)).toEqual([]);
  });
});
