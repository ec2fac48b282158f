// Informational commands: `list-generators` and `schema`.
import type { Config } from "../load/config.js";
import { planGenerators } from "../io/plan.js";
import type { Project } from "../io/project.js";
import { toJsonSchema } from "../shape/shape.js";
import { configShape, domainShape, specDefinitions } from "../load/spec-shapes.js";
import type { Io } from "./exit.js";

export const SCHEMAS = {
  config: () => toJsonSchema(configShape, specDefinitions, { id: "https://lockstep.dev/schema/config.schema.json", title: "Lockstep config" }),
  domain: () => toJsonSchema(domainShape, specDefinitions, { id: "https://lockstep.dev/schema/domain.schema.json", title: "Lockstep domain file" }),
};

export function printSchema(rest: readonly string[], io: Io): number {
  const which = rest[0];
  if (which !== "config" && which !== "domain") {
    io.err("lockstep: usage: lockstep schema <config|domain>\n");
    return 2;
  }
  io.out(JSON.stringify(SCHEMAS[which](), null, 2) + "\n");
  return 0;
}

interface DocumentedParser {
  readonly specs?: Readonly<Record<string, { readonly doc: string; readonly default: unknown }>>;
}

export async function listGenerators(config: Config, project: Project, io: Io, noPlugins = false): Promise<number> {
  const { plan, diagnostics } = await planGenerators({ ...project, config }, undefined, noPlugins);
  const lines: string[] = [];
  for (const step of plan) {
    // `out/`, not `out/./`, for a generator that writes at the output root.
    const folder = [config.outDir, step.outDir].filter((d) => d !== ".").join("/");
    lines.push(`${step.generator.name}  →  ${folder === "" ? "./" : `${folder}/`}`, `  ${step.generator.description}`);
    const specs = (step.generator.parseOptions as DocumentedParser).specs ?? {};
    for (const [key, spec] of Object.entries(specs)) lines.push(`  - ${key} (default ${JSON.stringify(spec.default)}): ${spec.doc}`);
  }
  io.out(lines.join("\n") + "\n");
  for (const d of diagnostics) io.err(`${d.loc ? `${d.loc.file}:${d.loc.line}:${d.loc.col} ` : ""}error ${d.code}: ${d.message}\n`);
  return diagnostics.length ? 2 : 0;
}
