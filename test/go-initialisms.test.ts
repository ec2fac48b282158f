// Every Go initialism as an exact table: dropping one from GO_INITIALISMS (say `uuid`)
// renames a published constant (`CodeUUIDInvalid` → `CodeUuidInvalid`), so each entry
// is pinned here by its literal result, and the table must list the set exactly.
import { describe, expect, test } from "vitest";
import { GO_INITIALISMS, goConstName, goFieldName, goTypeName } from "../src/naming/go.js";

/** [word, goConstName([word, "invalid"])], in the order of GO_INITIALISMS. */
const INITIALISMS: readonly (readonly [string, string])[] = [
  ["acl", "CodeACLInvalid"], ["api", "CodeAPIInvalid"], ["ascii", "CodeASCIIInvalid"], ["cpu", "CodeCPUInvalid"],
  ["css", "CodeCSSInvalid"], ["dns", "CodeDNSInvalid"], ["eof", "CodeEOFInvalid"], ["guid", "CodeGUIDInvalid"],
  ["html", "CodeHTMLInvalid"], ["http", "CodeHTTPInvalid"], ["https", "CodeHTTPSInvalid"], ["id", "CodeIDInvalid"],
  ["ip", "CodeIPInvalid"], ["json", "CodeJSONInvalid"], ["lhs", "CodeLHSInvalid"], ["mfa", "CodeMFAInvalid"],
  ["mms", "CodeMMSInvalid"], ["otp", "CodeOTPInvalid"], ["qps", "CodeQPSInvalid"], ["ram", "CodeRAMInvalid"],
  ["rhs", "CodeRHSInvalid"], ["rpc", "CodeRPCInvalid"], ["sla", "CodeSLAInvalid"], ["sms", "CodeSMSInvalid"],
  ["smtp", "CodeSMTPInvalid"], ["sql", "CodeSQLInvalid"], ["ssh", "CodeSSHInvalid"], ["tcp", "CodeTCPInvalid"],
  ["tls", "CodeTLSInvalid"], ["ttl", "CodeTTLInvalid"], ["udp", "CodeUDPInvalid"], ["ui", "CodeUIInvalid"],
  ["uid", "CodeUIDInvalid"], ["uri", "CodeURIInvalid"], ["url", "CodeURLInvalid"], ["utf8", "CodeUTF8Invalid"],
  ["uuid", "CodeUUIDInvalid"], ["vm", "CodeVMInvalid"], ["xml", "CodeXMLInvalid"], ["xmpp", "CodeXMPPInvalid"],
  ["xsrf", "CodeXSRFInvalid"], ["xss", "CodeXSSInvalid"], ["2fa", "Code2FAInvalid"], ["sip", "CodeSIPInvalid"],
  ["jwt", "CodeJWTInvalid"], ["kyc", "CodeKYCInvalid"], ["a2a", "CodeA2AInvalid"], ["b2b", "CodeB2BInvalid"],
  ["p2p", "CodeP2PInvalid"], ["e2e", "CodeE2EInvalid"], ["cors", "CodeCORSInvalid"], ["csrf", "CodeCSRFInvalid"],
  ["csv", "CodeCSVInvalid"], ["pdf", "CodePDFInvalid"], ["sdk", "CodeSDKInvalid"], ["sso", "CodeSSOInvalid"],
  ["ssl", "CodeSSLInvalid"], ["ivr", "CodeIVRInvalid"], ["dtmf", "CodeDTMFInvalid"], ["pstn", "CodePSTNInvalid"],
  ["rcs", "CodeRCSInvalid"], ["tts", "CodeTTSInvalid"],
];

describe("Go initialisms", () => {
  test("the table lists GO_INITIALISMS exactly (62 words)", () => {
    expect(INITIALISMS.map(([w]) => w)).toEqual([...GO_INITIALISMS]);
    expect(INITIALISMS.length).toBe(62);
  });

  test.each(INITIALISMS)("%s", (word, want) => {
    // The initialism's spelling in Go, e.g. "UUID", taken from the literal above.
    const upper = want.slice("Code".length, -"Invalid".length);
    expect(goConstName([word, "invalid"])).toBe(want);
    expect(goConstName(["user", word])).toBe(`CodeUser${upper}`);
    expect(goTypeName(["user", word, "missing"])).toBe(`User${upper}Missing`);
    expect(goFieldName(`user_${word}`)).toBe(`User${upper}`);
  });

  test.each([
    [["uuids"], "CodeUuids"],
    [["ids", "missing"], "CodeIdsMissing"],
    [["http2"], "CodeHttp2"],
    [["api", "keys"], "CodeAPIKeys"],
  ])("near-initialisms stay ordinary words: goConstName(%j)", (words, want) => {
    expect(goConstName(words)).toBe(want);
  });
});
