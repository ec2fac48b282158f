// Exact-match tables for the naming schemes (src/naming/): every Go initialism,
// keyword and package-name rule, Python and TypeScript names, PEP 440 versions.
import { describe, expect, it } from "vitest";
import { goConstName, goDefaultPackageName, goFieldName, goPackageNameProblem, goTypeName } from "../../src/naming/go.js";
import { defaultPackageName, isPythonName, packageNameProblem, pep440Version, pythonClassName, pythonFieldPart, pythonMemberName } from "../../src/naming/python.js";
import { BUILTIN_GENERATORS } from "../../generators/index.js";
import { declaredNaming } from "../../src/naming/declared.js";
import type { Catalog, ErrorCode } from "../../src/catalog/model.js";
import { detailsFields, detailsObjects, schemeKeyProblem } from "../../src/naming/schemes.js";
import { tsMemberName, tsTypeNameProblem } from "../../src/naming/ts.js";
import { camelCase, capitalize, DOMAIN_ID_PATTERN, lowerSnake, NAME_PATTERNS, pascalCase, sentenceCase, splitWords, upperSnake } from "../../src/naming/words.js";

describe("Go initialisms", () => {
  // Written out, not derived from GO_INITIALISMS: dropping one from the set must fail here.
  it.each([
    ["acl", "CodeBadACLValue"],
    ["api", "CodeBadAPIValue"],
    ["ascii", "CodeBadASCIIValue"],
    ["cpu", "CodeBadCPUValue"],
    ["css", "CodeBadCSSValue"],
    ["dns", "CodeBadDNSValue"],
    ["eof", "CodeBadEOFValue"],
    ["guid", "CodeBadGUIDValue"],
    ["html", "CodeBadHTMLValue"],
    ["http", "CodeBadHTTPValue"],
    ["https", "CodeBadHTTPSValue"],
    ["id", "CodeBadIDValue"],
    ["ip", "CodeBadIPValue"],
    ["json", "CodeBadJSONValue"],
    ["lhs", "CodeBadLHSValue"],
    ["mfa", "CodeBadMFAValue"],
    ["mms", "CodeBadMMSValue"],
    ["otp", "CodeBadOTPValue"],
    ["qps", "CodeBadQPSValue"],
    ["ram", "CodeBadRAMValue"],
    ["rhs", "CodeBadRHSValue"],
    ["rpc", "CodeBadRPCValue"],
    ["sla", "CodeBadSLAValue"],
    ["sms", "CodeBadSMSValue"],
    ["smtp", "CodeBadSMTPValue"],
    ["sql", "CodeBadSQLValue"],
    ["ssh", "CodeBadSSHValue"],
    ["tcp", "CodeBadTCPValue"],
    ["tls", "CodeBadTLSValue"],
    ["ttl", "CodeBadTTLValue"],
    ["udp", "CodeBadUDPValue"],
    ["ui", "CodeBadUIValue"],
    ["uid", "CodeBadUIDValue"],
    ["uri", "CodeBadURIValue"],
    ["url", "CodeBadURLValue"],
    ["utf8", "CodeBadUTF8Value"],
    ["uuid", "CodeBadUUIDValue"],
    ["vm", "CodeBadVMValue"],
    ["xml", "CodeBadXMLValue"],
    ["xmpp", "CodeBadXMPPValue"],
    ["xsrf", "CodeBadXSRFValue"],
    ["xss", "CodeBadXSSValue"],
    ["2fa", "CodeBad2FAValue"],
    ["sip", "CodeBadSIPValue"],
    ["jwt", "CodeBadJWTValue"],
    ["kyc", "CodeBadKYCValue"],
    ["a2a", "CodeBadA2AValue"],
    ["b2b", "CodeBadB2BValue"],
    ["p2p", "CodeBadP2PValue"],
    ["e2e", "CodeBadE2EValue"],
    ["cors", "CodeBadCORSValue"],
    ["csrf", "CodeBadCSRFValue"],
    ["csv", "CodeBadCSVValue"],
    ["pdf", "CodeBadPDFValue"],
    ["sdk", "CodeBadSDKValue"],
    ["sso", "CodeBadSSOValue"],
    ["ssl", "CodeBadSSLValue"],
    ["ivr", "CodeBadIVRValue"],
    ["dtmf", "CodeBadDTMFValue"],
    ["pstn", "CodeBadPSTNValue"],
    ["rcs", "CodeBadRCSValue"],
    ["tts", "CodeBadTTSValue"],
  ])("%s", (word, want) => {
    expect(goConstName(["bad", word, "value"])).toBe(want);
  });

  it("other words are capitalised", () => {
    expect(goConstName(["http", "timeout"])).toBe("CodeHTTPTimeout");
    expect(goConstName(["user", "ids"])).toBe("CodeUserIds");
    expect(goConstName(["ux"])).toBe("CodeUx");
    expect(goTypeName(["auth", "missing", "id"])).toBe("AuthMissingID");
  });
});

describe("goFieldName", () => {
  it.each([
    ["recovery_endpoint", "RecoveryEndpoint"],
    ["channelId", "ChannelID"],
    ["HTTPServer", "HTTPServer"],
    ["userIDs", "UserIDs"],
    ["x", "X"],
    ["", ""],
    ["a1b", "A1b"],
    ["utf8Name", "UTF8Name"],
    ["ABCDef", "AbcDef"],
    ["__a__b", "AB"],
    ["xmlHTTPRequest", "XMLHTTPRequest"],
    ["UUID", "UUID"],
    ["aB", "AB"],
    ["url2", "Url2"],
  ])("%j → %j", (given, want) => {
    expect(goFieldName(given)).toBe(want);
  });
});

describe("Go package names", () => {
  const pattern = "must be lower-case letters and digits, starting with a letter (`^[a-z][a-z0-9]*$`)";
  it.each([
    ["ok", undefined],
    ["relayerr", undefined],
    ["a9", undefined],
    ["Bad", pattern],
    ["1x", pattern],
    ["x_y", pattern],
    ["", pattern],
    ["ab-", pattern],
    ["func", "is a Go keyword"],
    ["break", "is a Go keyword"],
    ["var", "is a Go keyword"],
    ["fmt", "shadows a standard-library package"],
    ["adler32", "shadows a standard-library package"],
    ["errors", "shadows a standard-library package"],
    ["main", "shadows a standard-library package"],
    ["builtin", "shadows a standard-library package"],
    ["zlib", "shadows a standard-library package"],
  ])("%j", (name, want) => {
    expect(goPackageNameProblem(name)).toBe(want);
  });
  it("default package names", () => {
    expect(goDefaultPackageName("acme-voice")).toBe("acmevoiceerr");
    expect(goDefaultPackageName("x")).toBe("xerr");
  });
});

describe("Python names", () => {
  it("members, classes, field parts", () => {
    expect(pythonMemberName(["a", "b"])).toBe("A_B");
    expect(pythonClassName(["auth", "missing"])).toBe("AuthMissing");
    expect(pythonFieldPart("recovery_endpoint")).toBe("RecoveryEndpoint");
    expect(pythonFieldPart("countryCode")).toBe("CountryCode");
    expect(pythonFieldPart("__x__y_")).toBe("XY");
    expect(defaultPackageName("acme-voice-x")).toBe("acme_voice_x_errors");
  });
  it.each([
    ["ok", true],
    ["class", false],
    ["None", false],
    ["False", false],
    ["yield", false],
    ["match", true],
    ["_x", true],
    ["9a", false],
    ["a-b", false],
    ["é", false],
    ["x9_", true],
    ["", false],
  ] as [string, boolean][])("isPythonName(%j)", (name, want) => {
    expect(isPythonName(name)).toBe(want);
  });
  it.each([
    ["ok", undefined],
    ["a_b9", undefined],
    ["match", undefined],
    ["Ok", "must be a lower-case Python identifier (`^[a-z][a-z0-9_]*$`)"],
    ["9", "must be a lower-case Python identifier (`^[a-z][a-z0-9_]*$`)"],
    ["a-b", "must be a lower-case Python identifier (`^[a-z][a-z0-9_]*$`)"],
    ["class", "must not be a Python keyword"],
    ["json", "must not shadow a standard-library module"],
    ["abc", "must not shadow a standard-library module"],
    ["typing", "must not shadow a standard-library module"],
    ["zoneinfo", "must not shadow a standard-library module"],
  ])("packageNameProblem(%j)", (name, want) => {
    expect(packageNameProblem(name)).toBe(want);
  });
});

describe("pep440Version", () => {
  it.each([
    ["1.0.0", "1.0.0"],
    ["1.0.0-rc.1", "1.0.0rc1"],
    ["2.0.0-beta", "2.0.0b0"],
    ["1.2.3+build.7", "1.2.3+build.7"],
    ["v1.0", "1.0"],
    ["V1.0", "1.0"],
    ["1!2.0", "1!2.0"],
    ["0!1.0", "1.0"],
    ["1.0.0-alpha.2", "1.0.0a2"],
    ["1.0a", "1.0a0"],
    ["1.0b3", "1.0b3"],
    ["1.0.0-preview.1", "1.0.0rc1"],
    ["1.0.0-pre", "1.0.0rc0"],
    ["1.0c1", "1.0rc1"],
    ["1.0.0.post2", "1.0.0.post2"],
    ["1.0-r", "1.0.post0"],
    ["1.0.rev3", "1.0.post3"],
    ["1.0.dev3", "1.0.dev3"],
    ["1.0-dev", "1.0.dev0"],
    ["1.0+Loc_a-b", "1.0+loc.a.b"],
    ["01.002", "1.2"],
    [" 1.0 ", "1.0"],
    ["1.0.0-RC.1", "1.0.0rc1"],
    ["1.0_post_1", "1.0.post1"],
    ["1.0-post", "1.0.post0"],
    ["1.0rc1.post2.dev3+x", "1.0rc1.post2.dev3+x"],
    ["1.0.0-b.2", "1.0.0b2"],
    ["1.0.0-c", "1.0.0rc0"],
    ["1.0.0-rc", "1.0.0rc0"],
    ["10", "10"],
    ["99999999999999999999.0", "99999999999999999999.0"],
  ])("%j → %j", (given, want) => {
    expect(pep440Version(given)).toBe(want);
  });
  it.each(["1.0.0-x.7", "", "a", "1.0+", "1.0.", "1..0", "1.0+a..b", "1.0.0-rc.1 x", "x1.0"])("rejects %j", (version) => {
    expect(() => pep440Version(version)).toThrow(
      new Error(`catalog version ${JSON.stringify(version)} is not a PEP 440 version; use e.g. 1.2.0, 1.2.0-rc.1, 1.2.0-beta.2 or 1.2.0.dev3`),
    );
  });
});

describe("TypeScript names", () => {
  it("members follow the catalog's naming", () => {
    expect(tsMemberName(["a", "b"], "UPPER_SNAKE")).toBe("A_B");
    expect(tsMemberName(["a", "b"], "lower_snake")).toBe("a_b");
  });
  const reserved = "is a reserved word or a predefined type in TypeScript";
  it.each([
    ["Foo", undefined],
    ["$a_1", undefined],
    ["_", undefined],
    ["Type", undefined],
    ["1x", "is not a TypeScript identifier"],
    ["a-b", "is not a TypeScript identifier"],
    ["", "is not a TypeScript identifier"],
    ["enum", reserved],
    ["break", reserved],
    ["with", reserved],
    ["implements", reserved],
    ["eval", reserved],
    ["any", reserved],
    ["unknown", reserved],
    ["arguments", reserved],
    ["undefined", reserved],
    ["let", reserved],
    ["Meta", "is declared by the generated module itself"],
    ["Set", "would hide the global of that name, which the generated module uses"],
  ])("tsTypeNameProblem(%j)", (name, want) => {
    expect(tsTypeNameProblem(name, new Set(["Meta"]), new Set(["Set"]))).toBe(want);
  });
});

describe("words", () => {
  it.each([
    ["INVALID_PHONE_NUMBER", ["invalid", "phone", "number"]],
    ["sms-gateway", ["sms", "gateway"]],
    ["a__b", ["a", "b"]],
    ["-x-", ["x"]],
    ["Ab_Cd", ["ab", "cd"]],
    ["a_-b", ["a", "b"]],
  ])("splitWords(%j)", (given, want) => {
    expect(splitWords(given)).toEqual(want);
  });
  it("case helpers", () => {
    expect(capitalize("")).toBe("");
    expect(capitalize("aB")).toBe("AB");
    expect(sentenceCase(["invalid", "phone"])).toBe("Invalid phone");
    expect(sentenceCase([])).toBe("");
    expect(pascalCase(["http", "x"])).toBe("HttpX");
    expect(pascalCase(["http", "x"], new Set(["http"]))).toBe("HTTPX");
    expect(camelCase(["http", "time", "out"])).toBe("httpTimeOut");
    expect(camelCase([])).toBe("");
    expect(camelCase(["a"])).toBe("a");
    expect(upperSnake(["a", "b"])).toBe("A_B");
    expect(lowerSnake(["a", "b"])).toBe("a_b");
  });
  it.each([
    ["ABC", true, false],
    ["A_B1", true, false],
    ["A1_2", true, false],
    ["abc", false, true],
    ["a_b1", false, true],
    ["A__B", false, false],
    ["a__b", false, false],
    ["_A", false, false],
    ["A_", false, false],
    ["a_", false, false],
    ["1A", false, false],
    ["1a", false, false],
    ["Ab", false, false],
    ["a_B", false, false],
    ["A B", false, false],
    ["a b", false, false],
  ] as [string, boolean, boolean][])("NAME_PATTERNS %j", (name, upper, lower) => {
    expect([NAME_PATTERNS.UPPER_SNAKE.test(name), NAME_PATTERNS.lower_snake.test(name)]).toEqual([upper, lower]);
  });
  it.each([
    ["a", true],
    ["a-b", true],
    ["a1-2b", true],
    ["-a", false],
    ["a-", false],
    ["a--b", false],
    ["A", false],
    ["1a", false],
    ["a_b", false],
    ["a b", false],
  ] as [string, boolean][])("DOMAIN_ID_PATTERN %j", (id, want) => {
    expect(DOMAIN_ID_PATTERN.test(id)).toBe(want);
  });
});

describe("declared name schemes", () => {
  it("every per-code scheme of the built-ins on one code, in both naming styles", () => {
    const code = { name: "USER_ID", words: ["user", "id"], anchor: "auth-user-id" } as unknown as ErrorCode;
    const schemes = BUILTIN_GENERATORS.flatMap((g) => declaredNaming(g)?.schemes ?? []).filter((s) => s.per === "code");
    const mint = (naming: string) => schemes.map((s) => (s.per === "code" ? s.mint(code, { naming } as unknown as Catalog) : undefined));
    expect(schemes.map((s) => [s.key, s.label, s.caseInsensitive === true])).toEqual([
      ["ts", "TypeScript member", false],
      ["go", "Go identifier", false],
      ["python", "Python member", false],
    ]);
    expect(mint("UPPER_SNAKE")).toEqual(["USER_ID", "CodeUserID", "USER_ID"]);
    expect(mint("lower_snake")).toEqual(["user_id", "CodeUserID", "USER_ID"]);
  });

  it("details objects depth-first through lists and maps, and their fields", () => {
    const code = {
      key: "K",
      details: [
        { name: "a", required: true, type: { kind: "list", of: { kind: "object", fields: [{ name: "x", required: true, type: { kind: "map", of: { kind: "object", fields: [{ name: "z", required: true, type: { kind: "string" } }] } } }] } } },
        { name: "b", required: false, type: { kind: "object", fields: [{ name: "c", required: false, type: { kind: "integer" } }] } },
      ],
    } as unknown as ErrorCode;
    expect(detailsObjects(code).map((o) => o.steps.join("."))).toEqual(["", "a.[]", "a.[].x.{}", "b"]);
    expect(detailsFields(code).map((f) => [...f.parent, f.field.name].join("."))).toEqual(["a", "b", "a.[].x", "a.[].x.{}.z", "b.c"]);
    expect(detailsObjects({ ...code, details: [] })).toEqual([]);
  });

  it.each([
    ["go", "go", undefined],
    ["go", "goDetails", undefined],
    ["go", "gox", 'name scheme key "gox" must be "go" or "go" followed by a capitalised word (e.g. "goDetails")'],
    ["go", "ts", 'name scheme key "ts" must be "go" or "go" followed by a capitalised word (e.g. "goDetails")'],
    ["go", "goA-b", 'name scheme key "goA-b" must be "go" or "go" followed by a capitalised word (e.g. "goDetails")'],
  ])("scheme key of %s: %j", (generator, key, want) => {
    expect(schemeKeyProblem(generator, { key })).toBe(want);
  });
});
