// The lint configuration `errors.yaml` needs in Redocly CLI and Spectral. The document is
// components to `$ref` from an API description, so two rules of their default rulesets do
// not apply to it: servers (the API description declares them) and unused components (every
// component is there for another document). Everything else stays on.
//
//   redocly lint --config out/openapi/redocly.yaml out/openapi/errors.yaml
//   spectral lint --ruleset out/openapi/spectral.yaml out/openapi/errors.yaml

/** Comment lines: the notice, then how to run the linter. */
const header = (notice: string, command: string): string =>
  `${notice.split("\n").map((line) => `# ${line}\n`).join("")}# ${command}\n# errors.yaml holds components for an API description to $ref: it declares no servers and uses none of them itself.\n`;

export function redoclyConfig(notice: string): string {
  return `${header(notice, "redocly lint --config redocly.yaml errors.yaml   (paths relative to this folder)")}extends:\n  - recommended\nrules:\n  no-empty-servers: off\n  no-unused-components: off\n`;
}

export function spectralConfig(notice: string): string {
  return `${header(notice, "spectral lint --ruleset spectral.yaml errors.yaml   (paths relative to this folder)")}extends:\n  - "spectral:oas"\nrules:\n  oas3-api-servers: off\n  oas3-unused-component: off\n`;
}
