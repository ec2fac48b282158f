// The pure release core: archive determinism, manifest rules, Python metadata, Go
// module rules and the version checks, table-driven on in-memory files.
import { inflateRawSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { crc32, tarGz, zip } from "../../src/release/archive.js";
import { buildGo, escapeModulePath, filePathProblem, majorProblem } from "../../src/release/gomod.js";
import { lintManifest, packedPaths } from "../../src/release/npm.js";
import { releaseNotes } from "../../src/release/notes.js";
import { planRelease } from "../../src/release/plan.js";
import { parseToml } from "../../src/release/pyproject.js";
import { buildPython } from "../../src/release/python.js";
import { lastReleased, parseRecord, renderRecord } from "../../src/release/record.js";

const enc = (s: string) => Buffer.from(s, "utf8");
const files = (o: Record<string, string>) => new Map(Object.entries(o).map(([k, v]) => [k, enc(v)]));

/** Entries of a zip by walking its local headers (this writer never uses data descriptors). */
function unzip(z: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  for (let at = 0; z.readUInt32LE(at) === 0x04034b50; ) {
    const size = z.readUInt32LE(at + 18);
    const nameLen = z.readUInt16LE(at + 26);
    const start = at + 30 + nameLen + z.readUInt16LE(at + 28);
    out.set(z.subarray(at + 30, at + 30 + nameLen).toString(), inflateRawSync(z.subarray(start, start + size)).toString());
    at = start + size;
  }
  return out;
}

const PKG = (version: string) =>
  JSON.stringify({ name: "shop-errors", version, main: "./index.js", types: "./index.d.ts", exports: { ".": { types: "./index.d.ts", default: "./index.js" } }, files: ["index.js", "index.d.ts"] });
const PYPROJECT = (version: string) =>
  `# header\n[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "shop-errors"\nversion = "${version}"\ndescription = "Errors."\nrequires-python = ">=3.11"\ndependencies = []\nclassifiers = [\n    "Programming Language :: Python :: 3",\n    "Typing :: Typed",\n]\n\n[tool.hatch.build.targets.wheel]\npackages = ["src/shop_errors"]\n`;
const TS = (version: string) => files({ "package.json": PKG(version), "index.js": "export {};\n", "index.d.ts": "export {};\n", "index.ts": "export {};\n", "tsconfig.json": "{}\n" });
const PY = (version: string) => files({ "pyproject.toml": PYPROJECT(version), "src/shop_errors/__init__.py": "", "src/shop_errors/py.typed": "" });
const GO = (module = "example.com/shop/shoperr") => files({ "go.mod": `module ${module}\n\ngo 1.21\n`, "codes.go": "package shoperr\n" });

describe("archives", () => {
  test("the same files in any order give the same bytes", () => {
    const a = [
      { path: "b.txt", bytes: enc("b") },
      { path: "a/x.txt", bytes: enc("x") },
    ];
    expect(tarGz(a).equals(tarGz([...a].reverse()))).toBe(true);
    expect(zip(a).equals(zip([...a].reverse()))).toBe(true);
  });

  test("zip entries hold the data and its CRC-32", () => {
    const z = zip([{ path: "hello.txt", bytes: enc("hello") }]);
    expect(crc32(enc("hello"))).toBe(0x3610a686);
    const nameLen = z.readUInt16LE(26);
    const size = z.readUInt32LE(18);
    expect(z.subarray(30, 30 + nameLen).toString()).toBe("hello.txt");
    expect(inflateRawSync(z.subarray(30 + nameLen, 30 + nameLen + size)).toString()).toBe("hello");
    expect(z.readUInt32LE(14)).toBe(0x3610a686);
  });
});

describe("npm manifest rules", () => {
  test("packs package.json, the files list and a readme, nothing else", () => {
    const f = files({ "package.json": "{}", "index.js": "", "index.ts": "", "README.md": "", "tsconfig.json": "" });
    expect(packedPaths({ files: ["index.js"] }, f)).toEqual(["README.md", "index.js", "package.json"]);
  });

  test.each([
    [{ exports: { ".": { types: "./index.d.ts", default: "./missing.js" } } }, ["exports...default points at ./missing.js, which is not in the tarball"]],
    [{ types: "./gone.d.ts" }, ["types points at ./gone.d.ts, which is not in the tarball"]],
    [{ exports: { ".": { default: "./index.js", types: "./index.d.ts" } } }, ['exports..: the "types" condition must come first']],
    [{ exports: "index.js" }, ['exports is "index.js": an exports target must start with "./"']],
    [{ exports: { ".": { types: "./index.d.ts", default: "./index.js" } }, main: "./index.js" }, []],
  ])("%j", (extra, want) => {
    expect(lintManifest({ name: "x", version: "1.0.0", ...extra }, ["package.json", "index.js", "index.d.ts"])).toEqual(want);
  });
});

describe("python", () => {
  test("reads the generated pyproject.toml", () => {
    const t = parseToml(PYPROJECT("1.2.0"));
    expect(t.get("project")?.get("classifiers")).toEqual(["Programming Language :: Python :: 3", "Typing :: Typed"]);
    expect(t.get("tool.hatch.build.targets.wheel")?.get("packages")).toEqual(["src/shop_errors"]);
  });

  test("the wheel's RECORD lists every file with its sha256 and size", () => {
    const { dist, problems } = buildPython(PY("1.2.0"));
    expect(problems).toEqual([]);
    expect(dist!.wheel.file).toBe("shop_errors-1.2.0-py3-none-any.whl");
    expect(dist!.sdist.file).toBe("shop_errors-1.2.0.tar.gz");
    expect(dist!.wheelContents).toEqual(["shop_errors-1.2.0.dist-info/METADATA", "shop_errors-1.2.0.dist-info/WHEEL", "shop_errors/__init__.py", "shop_errors/py.typed"]);
    const wheel = unzip(Buffer.from(dist!.wheel.bytes));
    expect([...wheel.keys()]).toEqual([...dist!.wheelContents, "shop_errors-1.2.0.dist-info/RECORD"]);
    expect(wheel.get("shop_errors-1.2.0.dist-info/RECORD")).toContain("shop_errors/py.typed,sha256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU,0\n");
    expect(wheel.get("shop_errors-1.2.0.dist-info/RECORD")!.endsWith("shop_errors-1.2.0.dist-info/RECORD,,\n")).toBe(true);
    expect(wheel.get("shop_errors-1.2.0.dist-info/METADATA")).toContain("Name: shop-errors\nVersion: 1.2.0\nSummary: Errors.\nClassifier: Programming Language :: Python :: 3\n");
  });

  test("license, keywords and project URLs reach the core metadata", () => {
    const text = PYPROJECT("1.2.0")
      .replace('requires-python = ">=3.11"\n', 'requires-python = ">=3.11"\nlicense = "MIT"\nkeywords = ["shop", "errors"]\n')
      .replace("\n[tool.hatch", '\n[project.urls]\nRepository = "https://example.com/shop"\n\n[tool.hatch');
    const f = PY("1.2.0").set("pyproject.toml", enc(text));
    const wheel = unzip(Buffer.from(buildPython(f).dist!.wheel.bytes));
    expect(wheel.get("shop_errors-1.2.0.dist-info/METADATA")).toContain("Summary: Errors.\nLicense: MIT\nKeywords: shop,errors\nProject-URL: Repository, https://example.com/shop\nClassifier:");
  });

  test("a package without py.typed is refused", () => {
    const f = PY("1.2.0");
    f.delete("src/shop_errors/py.typed");
    expect(buildPython(f).problems).toEqual(["src/shop_errors/py.typed is missing: type checkers would ignore the package's annotations"]);
  });
});

describe("go module rules", () => {
  test.each([
    ["example.com/a", "1.4.0", undefined],
    ["example.com/a", "0.1.0", undefined],
    ["example.com/a/v3", "3.0.0", undefined],
    ["example.com/a", "2.0.0", "module path example.com/a must end in /v2 for version v2.0.0"],
    ["example.com/a/v2", "3.1.0", "module path example.com/a/v2 must end in /v3 for version v3.1.0"],
    ["example.com/a/v2", "1.0.0", "module path example.com/a/v2 ends in /v2, but version v1.0.0 has major 1"],
  ])("%s at %s", (path, version, want) => {
    expect(majorProblem(path, version)).toBe(want);
  });

  test("file paths and case escaping", () => {
    expect(filePathProblem("a/../b.go")).toBe('invalid file path "a/../b.go"');
    expect(filePathProblem("ok/file_1.go")).toBeUndefined();
    expect(escapeModulePath("github.com/Acme/Errs")).toBe("github.com/!acme/!errs");
  });

  test("zip entries sit under <module>@<version>/, the tag names the folder, nested modules stay out", () => {
    const f = GO();
    f.set("sub/go.mod", enc("module example.com/other\n"));
    f.set("sub/x.go", enc("package other\n"));
    const { module, problems } = buildGo(f, "1.2.0", "out/go");
    expect(problems).toEqual([]);
    expect(module!.tag).toBe("out/go/v1.2.0");
    expect([...module!.proxy.keys()]).toEqual(["example.com/shop/shoperr/@v/v1.2.0.info", "example.com/shop/shoperr/@v/v1.2.0.mod", "example.com/shop/shoperr/@v/v1.2.0.zip"]);
    expect([...unzip(Buffer.from(module!.zip.bytes)).keys()]).toEqual(["example.com/shop/shoperr@v1.2.0/codes.go", "example.com/shop/shoperr@v1.2.0/go.mod"]);
    expect(buildGo(f, "1.2.0", "").module!.tag).toBe("v1.2.0");
  });
});

describe("release plan", () => {
  test("all three at the catalog version, newer than the last release: nothing to refuse", () => {
    const plan = planRelease({ version: "1.2.0", lastReleased: "1.1.0", ts: TS("1.2.0"), python: PY("1.2.0"), go: { files: GO(), folder: "" } });
    expect(plan.problems).toEqual([]);
    expect(plan.files.map((f) => f.file)).toEqual(["npm/shop-errors-1.2.0.tgz", "python/shop_errors-1.2.0-py3-none-any.whl", "python/shop_errors-1.2.0.tar.gz", "go/v1.2.0.info", "go/v1.2.0.mod", "go/v1.2.0.zip", "SHA256SUMS"]);
  });

  test("versions that disagree, and a version not bumped, are refused", () => {
    const plan = planRelease({ version: "1.2.0", lastReleased: "1.10.0", ts: TS("1.1.0"), python: PY("1.2.1"), go: { files: GO("example.com/shop/shoperr/v2"), folder: "" } });
    expect(plan.problems).toEqual([
      "catalog.version 1.2.0 is not newer than the last release, 1.10.0: bump catalog.version and run generate",
      "npm: package.json has version 1.1.0, but catalog.version is 1.2.0",
      "python: pyproject.toml has version 1.2.1, but catalog.version is 1.2.0",
      "go: module path example.com/shop/shoperr/v2 ends in /v2, but version v1.2.0 has major 1",
    ]);
  });

  test("the release record orders versions numerically and keeps digests", () => {
    const text = renderRecord(parseRecord('{"releases":[{"version":"1.9.0","artifacts":{}}]}', "r.json"), "1.10.0", [{ file: "npm/a.tgz", bytes: enc("") }]);
    const entries = parseRecord(text, "r.json");
    expect(entries.map((e) => e.version)).toEqual(["1.10.0", "1.9.0"]);
    expect(entries[0]!.artifacts).toEqual({ "npm/a.tgz": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" });
    expect(lastReleased(entries)).toBe("1.10.0");
    expect(() => parseRecord("{", "spec/lockstep.releases.json")).toThrow(/^spec\/lockstep.releases.json:1:1: not valid JSON/);
  });
});

test("release notes are the changelog's section for the version", () => {
  const log = "# T changelog\n\nIntro.\n\n## Version 1.1.0\n\n### Added\n\n- `B`\n\n## Version 1.0.0\n\n### Added\n\n- `A`\n";
  expect(releaseNotes(log, "1.1.0")).toBe("## Version 1.1.0\n\n### Added\n\n- `B`\n");
  expect(releaseNotes(log, "1.0.0")).toBe("## Version 1.0.0\n\n### Added\n\n- `A`\n");
  expect(releaseNotes(log, "1.0")).toBeUndefined();
});
