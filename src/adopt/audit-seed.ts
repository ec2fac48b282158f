// What `lockstep import ts` learns from the catalog module for `lockstep audit`: the
// classes, functions and properties that take a code, so a plain `lockstep audit`
// finds what `--new ApiError --call fail --key code` would.
//
//   export class ApiError extends Error {
//     constructor(readonly code: ErrorCode, message: string) { … }   → constructors: [ApiError], keys: [code]
//   }
//   export function fail(code: ErrorCode): never { … }               → calls: [fail]
//   export interface ErrorBody { code: ErrorCode }                  → keys: [code]
import type { Node as TsNode, SourceFile } from "ts-morph";
import { compareStrings } from "../catalog/model.js";
import type { TsMorph } from "./ts-morph.js";

export interface AuditSeed {
  readonly constructors: readonly string[];
  readonly calls: readonly string[];
  readonly keys: readonly string[];
}

/**
 * `files`: the catalog module and the modules beside it; `typeNames`: the names a
 * code's type goes by (the export and its aliases).
 */
export function auditSeed(tsm: TsMorph, files: readonly SourceFile[], typeNames: readonly string[]): AuditSeed {
  const names = typeNames.map((n) => n.replace(/\$/g, "\\$")).join("|");
  const mentions = new RegExp(`(?<![\\w$])(?:${names})(?![\\w$])`);
  const typed = (node: TsNode | undefined) => node !== undefined && mentions.test(node.getText());
  const constructors = new Set<string>();
  const calls = new Set<string>();
  const keys = new Set<string>();

  const classes = files.flatMap((sf) => sf.getClasses());
  for (const c of classes) {
    const name = c.getName();
    for (const ctor of c.getConstructors()) {
      for (const p of ctor.getParameters()) {
        if (!typed(p.getTypeNode())) continue;
        if (name) constructors.add(name);
        if (p.isParameterProperty()) keys.add(p.getName());
      }
    }
    for (const prop of c.getProperties()) if (typed(prop.getTypeNode())) keys.add(prop.getName());
  }
  // Subclasses of a class that takes a code take one too (`class NotFound extends ApiError`).
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of classes) {
      const base = c.getExtends()?.getExpression().getText();
      const name = c.getName();
      if (name && base && constructors.has(base) && !constructors.has(name)) {
        constructors.add(name);
        grew = true;
      }
    }
  }
  for (const f of files.flatMap((sf) => sf.getFunctions())) {
    const name = f.getName();
    if (name && f.getParameters().some((p) => typed(p.getTypeNode()))) calls.add(name);
  }
  for (const v of files.flatMap((sf) => sf.getVariableDeclarations())) {
    const init = v.getInitializer();
    if (init && (tsm.Node.isArrowFunction(init) || tsm.Node.isFunctionExpression(init)) && init.getParameters().some((p) => typed(p.getTypeNode())))
      calls.add(v.getName());
  }
  for (const i of files.flatMap((sf) => sf.getInterfaces())) for (const p of i.getProperties()) if (typed(p.getTypeNode())) keys.add(p.getName());
  for (const t of files.flatMap((sf) => sf.getTypeAliases())) {
    const node = t.getTypeNode();
    if (node && tsm.Node.isTypeLiteral(node)) for (const p of node.getProperties()) if (typed(p.getTypeNode())) keys.add(p.getName());
  }
  const sorted = (s: Set<string>) => [...s].sort(compareStrings);
  return { constructors: sorted(constructors), calls: sorted(calls), keys: sorted(keys) };
}

/** `lockstep.audit.yaml` for a code base whose catalog module was `source` (relative to the config). */
export function renderAuditSettings(source: string, enums: readonly string[], seed: AuditSeed): string {
  const dir = source.includes("/") ? source.slice(0, source.indexOf("/")) : "";
  const list = (items: readonly string[]) => `[${items.map((i) => JSON.stringify(i)).join(", ")}]`;
  const lines = [
    `# Written by \`lockstep import ts\` from what ${source.replace(/[\r\n]/g, " ")} declares; \`lockstep audit\` reads it.`,
    `include: ${list([`${dir ? `${dir}/` : ""}**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}`])}`,
    "# The hand-written module itself (replace it with the generated one) and generated output.",
    `exclude: ${list([source, "out/**", "**/*.d.ts"])}`,
    `enums: ${list(enums)}`,
  ];
  if (seed.constructors.length) lines.push(`constructors: ${list(seed.constructors)}`);
  if (seed.calls.length) lines.push(`calls: ${list(seed.calls)}`);
  if (seed.keys.length) lines.push(`keys: ${list(seed.keys)}`);
  return lines.join("\n") + "\n";
}
