// The project `lockstep init` writes: a commented config and two small domain files
// that use the fields most catalogs need (status, text, retry, details, deprecation).
// Each file opens with a yaml-language-server modeline so editors validate and complete it:
//
//   # yaml-language-server: $schema=../node_modules/lockstep/schema/domain.schema.json
//   title: Authentication
//   codes:
//     - name: UNAUTHENTICATED
//       status: 401
import type { NamingStyle } from "../catalog/model.js";

export interface ExampleOptions {
  /** Catalog name, a slug (`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`). */
  readonly name: string;
  readonly naming: NamingStyle;
  /** Modeline targets, relative to the file that carries them. */
  readonly configSchema: string;
  readonly domainSchema: string;
}

export interface ExampleFile {
  readonly path: string;
  readonly text: string;
}

const modeline = (schema: string): string => `# yaml-language-server: $schema=${schema}\n`;

function titleOf(name: string): string {
  return name
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** A line with its comment aligned, as a person would write it. */
const note = (text: string, comment: string): string => `${text.padEnd(31)} # ${comment}`;

function config(o: ExampleOptions): string {
  return [
    modeline(o.configSchema).trimEnd(),
    "# Lockstep compiles the error catalog in spec/ into code and docs under out/.",
    "#   lockstep generate   write out/ (commit it)",
    "#   lockstep check      fail when out/ is stale (CI, pre-commit)",
    "catalog:",
    note(`  name: ${o.name}`, "a slug, used for package names"),
    `  title: ${titleOf(o.name)} API errors`,
    note('  version: "0.1.0"', "quote it"),
    note(`  naming: ${o.naming}`, o.naming === "UPPER_SNAKE" ? "or lower_snake" : "or UPPER_SNAKE"),
    note("  envelope: error-object", "where code, message and details sit in your error bodies"),
    note('  # docsUrl: "https://docs.example.com/errors#{anchor}"', "links from code to your docs"),
    note("spec: spec", "one YAML file per domain; the file name is the domain id"),
    note("out: out", "generated; never edit by hand"),
    note("# templates: templates", "overrides of built-in templates: templates/<generator>/<name>.hbs"),
    note("# generators:", "default: every built-in (lockstep list-generators shows their options)"),
    "#   ts:",
    "#     options: { style: const }",
    "",
  ].join("\n");
}

function auth(o: ExampleOptions, n: (upper: string) => string): string {
  return `${modeline(o.domainSchema)}title: Authentication
description: Credentials, sessions and permissions.
codes:
  - name: ${n("UNAUTHENTICATED")}
    title: Authentication required
    status: 401
    description: The request carries no valid credentials.
    cause: The \`Authorization\` header is missing, malformed or expired.
    fix: Send a valid access token in the \`Authorization\` header.
    retryable: no

  - name: ${n("PERMISSION_DENIED")}
    status: 403
    description: The credentials are valid but lack a permission this request needs.
    fix: Ask an administrator to grant the permission named in \`details.permission\`.
    retryable: no
    details:
      permission: { type: string, required: true, description: The missing permission. }

  - name: ${n("TOKEN_EXPIRED")}
    status: 401
    description: The access token has expired.
    deprecated:
      since: "0.1.0"
      replacement: ${n("UNAUTHENTICATED")}
      reason: Expired tokens are reported as ${n("UNAUTHENTICATED")}.
`;
}

function requests(o: ExampleOptions, n: (upper: string) => string): string {
  return `${modeline(o.domainSchema)}title: Requests
description: Problems with the request itself.
codes:
  - name: ${n("VALIDATION_FAILED")}
    status: 422
    description: One or more fields of the request body are invalid.
    fix: Correct the fields listed in \`details.fields\` and send the request again.
    retryable: no
    details:
      fields: { type: map, of: string, required: true, description: Error message by field path. }

  - name: ${n("NOT_FOUND")}
    status: 404
    description: The resource does not exist, or the caller cannot see it.
    retryable: no

  - name: ${n("RATE_LIMITED")}
    title: Too many requests
    status: 429
    description: The caller sent more requests than its plan allows in the current window.
    retryable: yes
    retry:
      strategy: Wait as long as the \`Retry-After\` header says, then send the request again.
      retryAfter: true
    details:
      limit: { type: integer, description: Requests allowed per window. }
`;
}

/** What the example holds (init's message says so; a test checks it against `validate`). */
export const EXAMPLE_SIZE = { codes: 6, domains: 2 } as const;

/** The files of a new project, by path relative to its root (config first). */
export function exampleFiles(o: ExampleOptions): ExampleFile[] {
  const n = (upper: string): string => (o.naming === "lower_snake" ? upper.toLowerCase() : upper);
  return [
    { path: "lockstep.config.yaml", text: config(o) },
    { path: "spec/auth.yaml", text: auth(o, n) },
    { path: "spec/requests.yaml", text: requests(o, n) },
  ];
}
