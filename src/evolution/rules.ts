// The append-only rules for a published catalog. Ids are stable: acknowledgement
// entries and CI annotations name them. `acknowledgeable` rules are breaking changes
// a spec may accept with an explicit entry; the others can never be accepted,
// because they would make a published name disappear or mean something else.

export interface Rule {
  readonly id: string;
  readonly acknowledgeable: boolean;
  /** One line for `lockstep diff --help`, docs and the changelog. */
  readonly summary: string;
}

export const RULES = [
  { id: "code-removed", acknowledgeable: false, summary: "a published code disappeared from the spec (deprecate it, then mark it removed)" },
  { id: "removed-before-deprecated", acknowledgeable: false, summary: "a code was removed without first shipping a deprecation in an earlier version" },
  { id: "name-reused", acknowledgeable: false, summary: "a removed (tombstoned) name came back as a live code" },
  { id: "status-changed", acknowledgeable: true, summary: "a code's primary HTTP status changed" },
  { id: "retryable-changed", acknowledgeable: true, summary: "a code's retryable value changed" },
  { id: "detail-removed", acknowledgeable: true, summary: "a details field was removed" },
  { id: "detail-retyped", acknowledgeable: true, summary: "a details field changed type" },
  { id: "detail-now-required", acknowledgeable: true, summary: "an optional details field became required" },
  { id: "detail-added-required", acknowledgeable: true, summary: "a required details field was added" },
  { id: "details-shape-changed", acknowledgeable: true, summary: "a code's details changed between one object and a list of objects" },
  { id: "identifier-changed", acknowledgeable: true, summary: "the generated identifier of a code changed in some language" },
  { id: "domain-changed", acknowledgeable: true, summary: "a code moved to another domain in a domain-scoped catalog" },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]["id"];

export const ACKNOWLEDGEABLE_RULES: readonly string[] = RULES.filter((r) => r.acknowledgeable).map((r) => r.id);

export function ruleOf(id: RuleId): Rule {
  return RULES.find((r) => r.id === id)!;
}
