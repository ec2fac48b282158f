// `lockstep release` end to end against real registries started here on 127.0.0.1:
// Verdaccio (npm), pypiserver (Python) and a GOPROXY file tree (Go). Release 1.0.0 of
// a small catalog, install exactly that version in a consumer project per language and
// run a type-checked program against it; refuse the bad cases with nothing published;
// release 1.1.0 (one added code, one deprecation) and watch the consumers upgrade.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../src/cli/main.js";
import { goH1 } from "../src/release/unzip.js";
import { startPyIndex, type PyIndex } from "./support/pypiserver.js";
import { requireTool, toolsPython } from "./support/toolchains.js";
import { startRegistry, type Registry } from "./support/verdaccio.js";
import { TSC } from "./support/tsc.js";

const ROOT = join(import.meta.dirname, "..");
const VENV_BIN = join(ROOT, ".tools", "venv", "bin");
/** The user's environment, without the variables of the pnpm that may be running these tests. */
const BASE = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("npm_") && !k.startsWith("PNPM") && k !== "INIT_CWD" && !k.startsWith("TWINE_")));

let npmReg: Registry | undefined;
let pyIndex: PyIndex | undefined;
let work = "";
let project = "";
let goProxy = "";

const CONFIG = (version: string) => `catalog:\n  name: shop\n  title: Shop API errors\n  version: "${version}"\ngenerators:\n  ts: {}\n  python: {}\n  go: {}\n  changelog: {}\nbuiltins: none\n`;
const SPEC_1 = "codes:\n  - name: ORDER_NOT_FOUND\n    status: 404\n  - name: PAYMENT_DECLINED\n    status: 402\n";
const SPEC_2 =
  "codes:\n  - name: ORDER_NOT_FOUND\n    status: 404\n  - name: PAYMENT_DECLINED\n    status: 402\n    deprecated:\n      since: \"1.1.0\"\n      replacement: PAYMENT_FAILED\n  - name: PAYMENT_FAILED\n    status: 402\n";

function env(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    ...BASE,
    PATH: `${VENV_BIN}:${process.env.PATH ?? ""}`,
    npm_config_userconfig: join(work, ".npmrc"),
    TWINE_REPOSITORY_URL: pyIndex!.url,
    TWINE_USERNAME: "tester",
    TWINE_PASSWORD: "tester-password",
    ...overrides,
  };
}

async function lockstep(argv: string[], overrides: Record<string, string | undefined> = {}) {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd: project, env: env(overrides), out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function ok(cwd: string, cmd: string, args: string[], extra: Record<string, string | undefined> = {}): string {
  const r = spawnSync(cmd, args, { cwd, env: { ...env(), ...extra } as NodeJS.ProcessEnv, encoding: "utf8", timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}:\n${r.stdout}${r.stderr}${r.error?.message ?? ""}`);
  return r.stdout;
}

/** What each registry holds for the package: npm versions, Python files, Go versions. */
async function published() {
  // Verdaccio sometimes drops a connection mid-answer (it is also asking its uplink): ask again.
  let npm: { versions?: Record<string, unknown> } | undefined;
  for (let attempt = 1; !npm; attempt++) {
    try {
      npm = (await (await fetch(`${npmReg!.url}shop-errors`, { headers: { connection: "close" } })).json()) as { versions?: Record<string, unknown> };
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  const list = join(goProxy, "example.com/shop/shoperr/@v/list");
  return {
    npm: Object.keys(npm.versions ?? {}).sort(),
    python: readdirSync(pyIndex!.packages).sort(),
    go: existsSync(list) ? readFileSync(list, "utf8").split("\n").filter(Boolean) : [],
  };
}

/** Each consumer prints one line per code: `CODE` or `CODE deprecated->REPLACEMENT`, sorted. */
const TS_MAIN = (extra: string) =>
  `import { ERROR_CODE_INFO, ErrorCode, type ErrorCodeKey } from "shop-errors";\n${extra}\nconst lines = (Object.keys(ERROR_CODE_INFO) as ErrorCodeKey[]).map((k) => {\n  const i = ERROR_CODE_INFO[k];\n  return i.deprecated ? \`\${i.code} deprecated->\${i.replacement ?? "-"}\` : i.code;\n});\nconsole.log(lines.sort().join("\\n"));\nvoid ErrorCode.ORDER_NOT_FOUND;\n`;
const PY_MAIN = (extra: string) =>
  `from importlib.metadata import version\n\nfrom shop_errors import ErrorCode\n${extra}\nlines: list[str] = []\nfor code in ErrorCode:\n    info = code.info\n    lines.append(f"{code.value} deprecated->{info.replacement.value if info.replacement else '-'}" if info.deprecated else code.value)\nprint("\\n".join(sorted(lines)))\nprint(version("shop-errors"))\n`;
const GO_MAIN = (extra: string) =>
  `package main\n\nimport (\n\t"fmt"\n\t"sort"\n\n\t"example.com/shop/shoperr"\n)\n\nfunc main() {\n\t${extra}\n\tvar lines []string\n\tfor _, c := range shoperr.All() {\n\t\tif c.Deprecated() {\n\t\t\tr, _ := c.Replacement()\n\t\t\tlines = append(lines, fmt.Sprintf("%s deprecated->%s", c.Name(), r.Name()))\n\t\t} else {\n\t\t\tlines = append(lines, c.Name())\n\t\t}\n\t}\n\tsort.Strings(lines)\n\tfor _, l := range lines {\n\t\tfmt.Println(l)\n\t}\n}\n`;

const GO_ENV = () => ({ GOPROXY: `file://${goProxy}`, GOFLAGS: "-mod=mod -modcacherw", GOMODCACHE: join(work, "gomodcache"), GONOSUMDB: "*", GONOSUMCHECK: "1", GOSUMDB: "off", GOTOOLCHAIN: "local", GOWORK: "off" });

function tsConsumer(version: string, extra = ""): string {
  const dir = join(work, "ts-consumer");
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, "package.json"))) writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2)}\n`);
  ok(dir, "npm", ["install", "--save-exact", "--no-audit", "--no-fund", `shop-errors@${version}`]);
  expect(JSON.parse(readFileSync(join(dir, "node_modules/shop-errors/package.json"), "utf8")).version).toBe(version);
  writeFileSync(join(dir, "main.ts"), TS_MAIN(extra));
  const tsconfig = { compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", types: [], outDir: "dist" }, files: ["main.ts"] };
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
  ok(dir, process.execPath, [TSC, "-p", "tsconfig.json"]);
  return ok(dir, process.execPath, ["dist/main.js"]);
}

function pyConsumer(version: string, extra = ""): string {
  const dir = join(work, "py-consumer");
  mkdirSync(dir, { recursive: true });
  const venv = join(dir, "venv");
  if (!existsSync(venv)) ok(dir, toolsPython(), ["-m", "venv", venv]);
  const python = join(venv, "bin", "python");
  ok(dir, python, ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-cache-dir", "--index-url", pyIndex!.simple, `shop-errors==${version}`]);
  writeFileSync(join(dir, "main.py"), PY_MAIN(extra));
  ok(dir, join(VENV_BIN, "mypy"), ["--strict", "--no-incremental", "--python-executable", python, "main.py"]);
  return ok(dir, python, ["main.py"]);
}

function goConsumer(version: string, extra = ""): string {
  const dir = join(work, "go-consumer");
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, "go.mod"))) writeFileSync(join(dir, "go.mod"), "module consumer\n\ngo 1.21\n");
  writeFileSync(join(dir, "main.go"), GO_MAIN(extra));
  ok(dir, "go", ["get", `example.com/shop/shoperr@v${version}`], GO_ENV());
  expect(readFileSync(join(dir, "go.mod"), "utf8")).toContain(`example.com/shop/shoperr v${version}`);
  // The go command's own hash of the module (go.sum) is the one --verify computes.
  const h1 = goH1(readFileSync(join(goProxy, `example.com/shop/shoperr/@v/v${version}.zip`)));
  expect(readFileSync(join(dir, "go.sum"), "utf8")).toContain(`example.com/shop/shoperr v${version} ${h1}\n`);
  return ok(dir, "go", ["run", "."], GO_ENV());
}

beforeAll(async () => {
  requireTool("go", "Go 1.21 or later");
  work = mkdtempSync(join(tmpdir(), "lockstep-release-"));
  project = join(work, "project");
  goProxy = join(work, "goproxy");
  mkdirSync(join(project, "spec"), { recursive: true });
  [npmReg, pyIndex] = await Promise.all([startRegistry(), startPyIndex()]);
  writeFileSync(join(work, ".npmrc"), npmReg.npmrc);
  writeFileSync(join(project, "lockstep.config.yaml"), CONFIG("1.0.0"));
  writeFileSync(join(project, "spec/orders.yaml"), SPEC_1);
  ok(project, "git", ["init", "-q"]);
  expect((await lockstep(["generate", "-q"])).code).toBe(0);
  writeFileSync(join(project, ".gitignore"), ".lockstep/\n");
  ok(project, "git", ["add", "-A"]);
  ok(project, "git", ["-c", "user.name=Tester", "-c", "user.email=tester@example.com", "commit", "-q", "-m", "catalog 1.0.0"]);
}, 300_000);

afterAll(async () => {
  await Promise.all([npmReg?.stop(), pyIndex?.stop()]);
  if (work) {
    spawnSync("chmod", ["-R", "u+w", work]);
    rmSync(work, { recursive: true, force: true });
  }
});

describe("lockstep release", () => {
  test("--dry-run builds byte-identical artifacts twice, checks them, and publishes nothing", async () => {
    const first = await lockstep(["release", "--dry-run"]);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toContain("shop-errors@1.0.0");
    expect(first.out).toContain("example.com/shop/shoperr@v1.0.0 (git tag out/go/v1.0.0)");
    expect(first.out).toContain("Dry run: nothing was published.");
    const folder = join(project, ".lockstep/release/1.0.0");
    const files = ["npm/shop-errors-1.0.0.tgz", "python/shop_errors-1.0.0-py3-none-any.whl", "python/shop_errors-1.0.0.tar.gz", "go/v1.0.0.info", "go/v1.0.0.mod", "go/v1.0.0.zip", "SHA256SUMS"];
    const bytes = files.map((f) => readFileSync(join(folder, f)));
    rmSync(folder, { recursive: true });
    expect((await lockstep(["release", "--dry-run"])).code).toBe(0);
    files.forEach((f, i) => expect(readFileSync(join(folder, f)).equals(bytes[i]!), f).toBe(true));
    // The sdist builds with its declared backend (hatchling) into a wheel with the same package files.
    ok(work, toolsPython(), ["-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-build-isolation", "--no-deps", "-w", join(work, "sdist-wheel"), join(folder, "python/shop_errors-1.0.0.tar.gz")]);
    const listing = (whl: string) => ok(work, toolsPython(), ["-c", "import sys, zipfile; print('\\n'.join(sorted(n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith('shop_errors/'))))", whl]);
    expect(listing(join(folder, "python/shop_errors-1.0.0-py3-none-any.whl"))).toBe("shop_errors/__init__.py\nshop_errors/_codes.py\nshop_errors/_error.py\nshop_errors/details.py\nshop_errors/py.typed\n");
    expect(listing(join(work, "sdist-wheel/shop_errors-1.0.0-py3-none-any.whl"))).toBe(listing(join(folder, "python/shop_errors-1.0.0-py3-none-any.whl")));
    expect(await published()).toEqual({ npm: [], python: [], go: [] });
  });

  test("refuses a hand-edited out/ and publishes nothing", async () => {
    const path = join(project, "out/ts/index.js");
    const original = readFileSync(path);
    writeFileSync(path, `${original}// hand edit\n`);
    const r = await lockstep(["release", "--go-proxy", goProxy]);
    writeFileSync(path, original);
    expect(r.code).toBe(2);
    expect(r.err).toContain("out/ is not what generate writes from the spec (lockstep check failed)");
    expect(r.err).toContain("out/ts/index.js");
    expect(r.err).toContain("Nothing was published.");
    expect(await published()).toEqual({ npm: [], python: [], go: [] });
  });

  test("refuses a missing credential, naming it, and publishes nothing", async () => {
    const py = await lockstep(["release", "--go-proxy", goProxy], { TWINE_PASSWORD: undefined });
    expect(py.code).toBe(2);
    expect(py.err).toContain("TWINE_PASSWORD is not set");
    writeFileSync(join(work, "no-token.npmrc"), `registry=${npmReg!.url}\n`);
    const npm = await lockstep(["release", "--go-proxy", goProxy], { npm_config_userconfig: join(work, "no-token.npmrc") });
    expect(npm.code).toBe(2);
    expect(npm.err).toContain("npm has no credentials for its registry");
    expect(npm.err).toContain("NODE_AUTH_TOKEN");
    expect(await published()).toEqual({ npm: [], python: [], go: [] });
  });

  test("releases 1.0.0: each consumer installs exactly 1.0.0 from its registry and runs against it", async () => {
    const r = await lockstep(["release", "--go-proxy", goProxy, "--git-tag"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("npm: published shop-errors@1.0.0");
    expect(r.out).toContain("python: published shop-errors 1.0.0");
    expect(r.out).toContain("go: tagged out/go/v1.0.0");
    expect(ok(project, "git", ["tag", "--list"])).toBe("out/go/v1.0.0\n");
    expect(await published()).toEqual({ npm: ["1.0.0"], python: ["shop_errors-1.0.0-py3-none-any.whl", "shop_errors-1.0.0.tar.gz"], go: ["v1.0.0"] });
    const record = JSON.parse(readFileSync(join(project, "spec/lockstep.releases.json"), "utf8")) as { releases: { version: string }[] };
    expect(record.releases.map((e) => e.version)).toEqual(["1.0.0"]);

    const verified = await lockstep(["release", "--verify", "--go-proxy", goProxy]);
    expect(verified.err).toBe("");
    expect(verified.code).toBe(0);
    expect(verified.out).toContain(
      "lockstep release --verify 1.0.0:\n  npm shop-errors@1.0.0: matches\n  python shop_errors-1.0.0-py3-none-any.whl: matches\n  python shop_errors-1.0.0.tar.gz: matches\n  go example.com/shop/shoperr@v1.0.0: matches\n",
    );

    const want = "ORDER_NOT_FOUND\nPAYMENT_DECLINED\n";
    expect(tsConsumer("1.0.0")).toBe(want);
    expect(pyConsumer("1.0.0")).toBe(`${want}1.0.0\n`);
    expect(goConsumer("1.0.0")).toBe(want);
  });

  test("refuses the same version again (not bumped), and a version a registry already has", async () => {
    const again = await lockstep(["release", "--go-proxy", goProxy]);
    expect(again.code).toBe(2);
    expect(again.err).toContain("catalog.version 1.0.0 is not newer than the last release, 1.0.0");
    // A fresh clone without the committed record: the registries themselves still say no.
    const record = join(project, "spec/lockstep.releases.json");
    const kept = readFileSync(record);
    rmSync(record);
    const dup = await lockstep(["release", "--go-proxy", goProxy]);
    writeFileSync(record, kept);
    expect(dup.code).toBe(2);
    expect(dup.err).toContain("npm: shop-errors@1.0.0 is already published; bump catalog.version");
    expect(await published()).toEqual({ npm: ["1.0.0"], python: ["shop_errors-1.0.0-py3-none-any.whl", "shop_errors-1.0.0.tar.gz"], go: ["v1.0.0"] });
  });

  test("releases 1.1.0 with an added code and a deprecation; the consumers upgrade and see both", async () => {
    writeFileSync(join(project, "lockstep.config.yaml"), CONFIG("1.1.0"));
    writeFileSync(join(project, "spec/orders.yaml"), SPEC_2);
    const stale = await lockstep(["release", "--go-proxy", goProxy]);
    expect(stale.code).toBe(2);
    expect(stale.err).toContain("lockstep check failed");
    expect((await lockstep(["generate", "-q"])).code).toBe(0);
    const r = await lockstep(["release", "--go-proxy", goProxy, "--git-tag"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect((await published()).npm).toEqual(["1.0.0", "1.1.0"]);
    expect((await published()).go).toEqual(["v1.0.0", "v1.1.0"]);
    expect(readFileSync(join(project, ".lockstep/release/1.1.0/RELEASE_NOTES.md"), "utf8")).toBe(
      "## Version 1.1.0\n\n### Added\n\n- `PAYMENT_FAILED` (Payment failed)\n\n### Deprecated\n\n- `PAYMENT_DECLINED` (Payment declined): use `PAYMENT_FAILED` instead.\n",
    );

    const want = "ORDER_NOT_FOUND\nPAYMENT_DECLINED deprecated->PAYMENT_FAILED\nPAYMENT_FAILED\n";
    expect(tsConsumer("1.1.0", "const added: ErrorCode = ErrorCode.PAYMENT_FAILED;\nvoid added;")).toBe(want);
    expect(pyConsumer("1.1.0", "added: ErrorCode = ErrorCode.PAYMENT_FAILED\n")).toBe(`${want}1.1.0\n`);
    expect(goConsumer("1.1.0", "_ = shoperr.CodePaymentFailed")).toBe(want);

    // The spec drifts from what was published under 1.1.0 (a title changed, no bump): --verify says so.
    writeFileSync(join(project, "spec/orders.yaml"), SPEC_2.replace("  - name: ORDER_NOT_FOUND\n", "  - name: ORDER_NOT_FOUND\n    title: Order gone\n"));
    expect((await lockstep(["generate", "-q"])).code).toBe(0);
    const drift = await lockstep(["release", "--verify", "--go-proxy", goProxy]);
    writeFileSync(join(project, "spec/orders.yaml"), SPEC_2);
    expect((await lockstep(["generate", "-q"])).code).toBe(0);
    expect(drift.code).toBe(1);
    for (const what of ["npm shop-errors@1.1.0", "python shop_errors-1.1.0-py3-none-any.whl", "python shop_errors-1.1.0.tar.gz", "go example.com/shop/shoperr@v1.1.0"]) {
      expect(drift.err).toContain(`  ${what}: DIFFERS from the rebuild`);
    }
  });

  test("a registry that refuses after another accepted: the error says exactly what went out, the record is not written", async () => {
    writeFileSync(join(project, "lockstep.config.yaml"), CONFIG("1.2.0"));
    expect((await lockstep(["generate", "-q"])).code).toBe(0);
    // The index answers the already-published question; the upload address refuses connections.
    const r = await lockstep(["release", "--go-proxy", goProxy], { TWINE_REPOSITORY_URL: "http://127.0.0.1:9/", LOCKSTEP_PYPI_SIMPLE_URL: pyIndex!.simple });
    expect(r.code).toBe(2);
    expect(r.err).toContain("lockstep release: twine upload refused shop-errors 1.2.0:");
    expect(r.err).toContain("Already published before this failure: npm shop-errors@1.2.0.");
    const now = await published();
    expect(now.npm).toEqual(["1.0.0", "1.1.0", "1.2.0"]);
    expect(now.python).not.toContain("shop_errors-1.2.0.tar.gz");
    expect(now.go).toEqual(["v1.0.0", "v1.1.0"]);
    const record = JSON.parse(readFileSync(join(project, "spec/lockstep.releases.json"), "utf8")) as { releases: { version: string }[] };
    expect(record.releases.map((e) => e.version)).toEqual(["1.1.0", "1.0.0"]);
  });
});
