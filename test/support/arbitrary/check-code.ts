// The compiled targets, batched: one `tsc` per TypeScript style over every sample's
// module, one Go workspace (gofmt -l, go vet, go build) over every module, one
// `mypy --strict` over every Python package.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { GO_ENV, requireTool, toolsPython } from "../toolchains.js";
import { failuresFromOutput, tool, type BatchItem, type Failure } from "./batch.js";
import { TSC } from "../tsc.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

const outputs = (item: BatchItem, generator: string) => item.run.files.filter((f) => f.generator === generator);

/** `tsc --strict` (plus the flags strict consumers add) over every generated module; `const` style also with erasableSyntaxOnly. */
export async function checkTs(root: string, items: readonly BatchItem[]): Promise<Failure[]> {
  const byStyle = new Map<string, string[]>();
  for (const item of items) {
    const index = outputs(item, "ts").find((f) => f.path.endsWith("/index.ts"));
    if (!index) continue;
    const style = item.run.files.length && /^export enum /m.test(index.bytes.toString("utf8")) ? "enum" : "const";
    byStyle.set(style, [...(byStyle.get(style) ?? []), `${item.dir}/${index.path}`]);
  }
  const failures: Failure[] = [];
  for (const [style, files] of byStyle) {
    const config = join(root, `tsconfig.${style}.json`);
    const compilerOptions = {
      strict: true, noEmit: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noImplicitOverride: true,
      target: "ES2022", lib: ["ES2022"], module: "NodeNext", moduleResolution: "NodeNext", types: [], skipLibCheck: true,
      ...(style === "const" ? { erasableSyntaxOnly: true, verbatimModuleSyntax: true } : {}),
    };
    writeFileSync(config, JSON.stringify({ compilerOptions, files }, null, 2));
    const r = await tool(process.execPath, [TSC, "-p", config, "--pretty", "false"], { cwd: root });
    if (r.status !== 0) failures.push(...failuresFromOutput(`tsc (${style})`, r.output));
  }
  return failures;
}

/** Go module path of a sample, from its go.mod. */
function modulePath(item: BatchItem): { dir: string; module: string } | undefined {
  const mod = outputs(item, "go").find((f) => f.path.endsWith("go.mod"));
  if (!mod) return undefined;
  const module = /^module (\S+)$/m.exec(mod.bytes.toString("utf8"))?.[1];
  return module ? { dir: `${item.dir}/${mod.path.slice(0, -"/go.mod".length)}`, module } : undefined;
}

let goVersion: string | undefined;

/** Every module in one workspace: `gofmt -l`, then `go vet` (and `go build` unless another check compiles them) on all packages at once. */
export async function checkGo(root: string, items: readonly BatchItem[], build = true): Promise<Failure[]> {
  const go = requireTool("go", "install Go 1.21 or later (https://go.dev/dl/) and put `go` and `gofmt` on PATH");
  const gofmt = requireTool("gofmt", "install Go (gofmt ships with it)");
  const modules = items.flatMap((item) => {
    const m = modulePath(item);
    return m ? [{ ...m, index: item.index }] : [];
  });
  if (modules.length === 0) return [];
  const version = (goVersion ??= /go(\d+\.\d+)/.exec((await tool(go, ["env", "GOVERSION"])).output)?.[1] ?? "1.21");
  writeFileSync(join(root, "go.work"), `go ${version}\n\nuse (\n${modules.map((m) => `\t./${m.dir}\n`).join("")})\n`);
  const { GOFLAGS: _flags, ...rest } = GO_ENV;
  const env = { ...rest, GOWORK: join(root, "go.work") };
  const byModule = new Map(modules.map((m) => [m.module, m.index]));
  // `# example.com/x/y` heads a package's errors; paths name the sample folder.
  const indexOf = (line: string): number | undefined => {
    const pkg = /^# (\S+)/.exec(line)?.[1];
    if (pkg !== undefined) return byModule.get(pkg) ?? byModule.get(pkg.replace(/\/[^/]*$/, ""));
    return /^(?:\.\/)?s(\d{4})\//.exec(line) ? Number(/s(\d{4})/.exec(line)![1]) : undefined;
  };
  const failures: Failure[] = [];
  const fmt = await tool(gofmt, ["-l", ...modules.map((m) => m.dir)], { cwd: root });
  if (fmt.output.trim() !== "") failures.push(...failuresFromOutput("gofmt -l", fmt.output.split("\n").map((l) => (l ? `${l}: not gofmt-formatted` : l)).join("\n"), indexOf));
  const patterns = modules.map((m) => `${m.module}/...`);
  for (const cmd of build ? ["vet", "build"] : ["vet"]) {
    const r = await tool(go, [cmd, ...patterns], { cwd: root, env });
    if (r.status !== 0) failures.push(...failuresFromOutput(`go ${cmd}`, r.output, indexOf));
  }
  return failures;
}

/** `mypy --strict` over every generated package (distinct names per batch), with a cache shared across batches. */
export async function checkPython(root: string, items: readonly BatchItem[], cacheDir: string): Promise<Failure[]> {
  const bin = join(toolsPython(), "..");
  const packages = items.flatMap((item) => {
    const init = outputs(item, "python").find((f) => /\/src\/[^/]+\/__init__\.py$/.test(f.path));
    return init ? [`${item.dir}/${init.path.slice(0, -"/__init__.py".length)}`] : [];
  });
  if (packages.length === 0) return [];
  const r = await tool(join(bin, "mypy"), ["--strict", "--python-version", "3.11", "--cache-dir", cacheDir, "--no-error-summary", "--show-error-codes", ...packages], { cwd: root });
  return r.status === 0 ? [] : failuresFromOutput("mypy --strict", r.output);
}
