// Go names: exported `Code` + PascalCase words with Go's initialisms upper-cased
// (`HTTP_TIMEOUT` → `CodeHTTPTimeout`, `USER_ID` → `CodeUserID`). The `Code` prefix
// keeps every name exported and clear of Go's keywords, so keywords only matter for
// the package name: the default `<catalog>err` can never be one, and an explicit
// `packageName` that is a keyword or shadows a standard-library package is rejected
// (renaming it silently would change every importer's code).
import { capitalize, pascalCase, splitWords } from "./words.js";

/** Initialisms from Go's review guidelines (golint's list) plus common API and telecom words. */
export const GO_INITIALISMS: ReadonlySet<string> = new Set([
  "acl", "api", "ascii", "cpu", "css", "dns", "eof", "guid", "html", "http", "https", "id", "ip", "json", "lhs", "mfa",
  "mms", "otp", "qps", "ram", "rhs", "rpc", "sla", "sms", "smtp", "sql", "ssh", "tcp", "tls", "ttl", "udp", "ui", "uid",
  "uri", "url", "utf8", "uuid", "vm", "xml", "xmpp", "xsrf", "xss", "2fa", "sip", "jwt", "kyc",
  "a2a", "b2b", "p2p", "e2e", "cors", "csrf", "csv", "pdf", "sdk", "sso", "ssl", "ivr", "dtmf", "pstn", "rcs", "tts",
]);

export function goConstName(words: readonly string[]): string {
  return "Code" + pascalCase(words, GO_INITIALISMS);
}

/** `["auth", "missing"]` → `AuthMissing`: the stem of a code's details type (`AuthMissingDetails`). */
export function goTypeName(words: readonly string[]): string {
  return pascalCase(words, GO_INITIALISMS);
}

/** A details field's wire name as an exported Go name: `recovery_endpoint` → `RecoveryEndpoint`, `channelId` → `ChannelID`. */
export function goFieldName(wire: string): string {
  const words = wire.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+|[A-Z]/g) ?? [];
  return capitalize(pascalCase(words.map((w) => w.toLowerCase()), GO_INITIALISMS));
}

/** The 25 keywords (The Go Programming Language Specification, "Keywords"). */
export const GO_KEYWORDS: ReadonlySet<string> = new Set(
  ("break case chan const continue default defer else fallthrough for func go goto if import interface map package " +
    "range return select struct switch type var").split(" "),
);

/** Names of public standard-library packages (`go list std`, last path element) plus `builtin` and `main`. */
export const GO_STDLIB_PACKAGES: ReadonlySet<string> = new Set(
  ("adler32 aes ascii85 asn1 ast atomic base32 base64 big binary bits bufio build buildinfo builtin bytes bzip2 cgi " +
    "cgo cipher cmp cmplx color comment constant constraint context cookiejar coverage crc32 crc64 crypto csv debug " +
    "des doc draw driver dsa dwarf ecdh ecdsa ed25519 elf elliptic embed encoding errors exec expvar fcgi filepath " +
    "fips140 flag flate fmt fnv format fs fstest gif gob gosym gzip hash heap hex hkdf hmac hpke html http httptest " +
    "httptrace httputil image importer io iotest ioutil iter jpeg json jsonrpc list log lzw macho mail main maphash " +
    "maps math md5 metrics mime mlkem multipart net netip os palette parse parser path pbkdf2 pe pem pkix plan9obj " +
    "plugin png pprof printer quick quotedprintable race rand rc4 reflect regexp ring rpc rsa runtime scanner sha1 " +
    "sha256 sha3 sha512 signal slices slog smtp sort sql strconv strings structs subtle suffixarray sync synctest " +
    "syntax syscall syslog tabwriter tar template testing textproto time tls token trace types tzdata unicode unique " +
    "unsafe url user utf16 utf8 version weak x509 xml zip zlib").split(" "),
);

/** Why `name` cannot be the generated package's name, or undefined when it can. */
export function goPackageNameProblem(name: string): string | undefined {
  if (!/^[a-z][a-z0-9]*$/.test(name)) return "must be lower-case letters and digits, starting with a letter (`^[a-z][a-z0-9]*$`)";
  if (GO_KEYWORDS.has(name)) return "is a Go keyword";
  if (GO_STDLIB_PACKAGES.has(name)) return "shadows a standard-library package";
  return undefined;
}

/** Package name for a catalog slug: `acme-voice` → `acmevoiceerr` (never a keyword or a standard package). */
export function goDefaultPackageName(catalogName: string): string {
  return splitWords(catalogName).join("") + "err";
}
