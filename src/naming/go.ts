// Go names: exported `Code` + PascalCase words with Go's initialisms upper-cased
// (`HTTP_TIMEOUT` → `CodeHTTPTimeout`, `USER_ID` → `CodeUserID`). The `Code` prefix
// keeps every name exported and clear of Go's keywords.
import { pascalCase } from "./words.js";

/** Initialisms from Go's review guidelines plus common API words. */
export const GO_INITIALISMS: ReadonlySet<string> = new Set([
  "acl", "api", "ascii", "cpu", "css", "dns", "eof", "guid", "html", "http", "https", "id", "ip", "json", "lhs", "mfa",
  "mms", "otp", "qps", "ram", "rhs", "rpc", "sla", "sms", "smtp", "sql", "ssh", "tcp", "tls", "ttl", "udp", "ui", "uid",
  "uri", "url", "utf8", "uuid", "vm", "xml", "xmpp", "xsrf", "xss", "2fa", "sip", "jwt", "kyc",
]);

export function goConstName(words: readonly string[]): string {
  return "Code" + pascalCase(words, GO_INITIALISMS);
}
