// Edges of the naming tables (each found by a surviving mutant): one reserved package
// name from every line of the standard-library lists, the PEP 508 distribution-name
// pattern, and PEP 440 versions with multi-digit and separator-less parts.
import { describe, expect, it } from "vitest";
import { goPackageNameProblem } from "../../src/naming/go.js";
import { DISTRIBUTION_NAME, packageNameProblem, pep440Version } from "../../src/naming/python.js";

describe("standard-library names are reserved, from every line of the lists", () => {
  it.each(["adler32", "cgo", "des", "fips140", "httptrace", "maps", "plugin", "sha256", "syntax", "unsafe", "zlib"])("Go %s", (name) => {
    expect(goPackageNameProblem(name)).toBe("shadows a standard-library package");
  });
  it.each(["abc", "bisect", "compression", "dbm", "fnmatch", "html", "logging", "nt", "platform", "queue", "shutil", "stat", "tempfile", "turtle", "zoneinfo"])(
    "Python %s",
    (name) => {
      expect(packageNameProblem(name)).toBe("must not shadow a standard-library module");
    },
  );
});

describe("DISTRIBUTION_NAME", () => {
  it.each([
    ["a", true],
    ["acme-voice-errors", true],
    ["A.b_c-9", true],
    ["ab", true],
    ["a--b", true],
    ["-a", false],
    ["a-", false],
    ["a.", false],
    ["_a", false],
    ["", false],
    ["a b", false],
    ["x/a", false],
    ["a/x", false],
    ["a!b", false],
  ] as [string, boolean][])("%j", (name, want) => {
    expect(DISTRIBUTION_NAME.test(name)).toBe(want);
  });
});

describe("pep440Version: multi-digit numbers and optional separators", () => {
  it.each([
    ["12!1.0", "12!1.0"],
    ["1.0rc12", "1.0rc12"],
    ["1.0post1", "1.0.post1"],
    ["1.0.post12", "1.0.post12"],
    ["1.0dev1", "1.0.dev1"],
    ["1.0.dev12", "1.0.dev12"],
    ["1.0+ab.cd", "1.0+ab.cd"],
  ])("%j → %j", (given, want) => {
    expect(pep440Version(given)).toBe(want);
  });
});
