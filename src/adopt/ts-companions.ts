// Objects beside the catalog that say more about its codes, merged into the entries:
//
//   export const ERROR_META = { [ErrorCode.X]: { status: 402, message: "…" } }   metadata
//   const STATUS: Record<ErrorCode, number> = { [ERROR_CODES.X]: 401, Y: 404 }   statuses
//
// Found by their keys (members or values of the catalog) or named by a flag.
import type { Node as TsNode } from "ts-morph";
import { readMeta, type MetaContext } from "./ts-meta.js";
import type { Entry } from "./ts-read.js";
import { clip, ImportError, literalKey, numberOf, objectOf, unwrap, type Candidate } from "./ts-shapes.js";

/** What merging found, for the summary line. */
export interface Merged {
  readonly name: string;
  readonly what: "metadata" | "statuses";
  readonly count: number;
  readonly line: number;
}

const memberKey = (tsm: MetaContext["tsm"], name: TsNode, primaryName: string): string | undefined =>
  tsm.Node.isComputedPropertyName(name)
    ? new RegExp(`^\\[\\s*${primaryName.replace(/\$/g, "\\$")}\\s*\\.\\s*([\\w$]+)\\s*\\]$`).exec(name.getText())?.[1]
    : literalKey(tsm, name);

/** The best of `found`: exported first, then the one with most keys. */
function best(tsm: MetaContext["tsm"], found: readonly Candidate[]): Candidate | undefined {
  const size = (c: Candidate) => objectOf(tsm, c.node)?.getProperties().length ?? 0;
  return [...found].sort((a, b) => Number(b.exported) - Number(a.exported) || size(b) - size(a))[0];
}

/** An object keyed by the primary's members (at least half its keys), exported or not. */
function keyedByPrimary(tsm: MetaContext["tsm"], c: Candidate, primary: Candidate, entries: readonly Entry[]): boolean {
  const obj = objectOf(tsm, c.node);
  if (!obj) return false;
  const known = new Set(entries.flatMap((e) => [e.key, e.value]));
  const props = obj.getProperties().filter((p) => tsm.Node.isPropertyAssignment(p));
  const hits = props.filter((p) => {
    const k = memberKey(tsm, p.getNameNode(), primary.name);
    return k !== undefined && known.has(k);
  }).length;
  return hits > 0 && hits * 2 >= props.length;
}

/** `metaName`: named by --meta. Otherwise an object of metadata objects keyed by the primary's members. */
export function findCompanion(
  tsm: MetaContext["tsm"],
  candidates: readonly Candidate[],
  primary: Candidate,
  entries: readonly Entry[],
  metaName: string | undefined,
): Candidate | undefined {
  if (metaName !== undefined) {
    const named = candidates.find((c) => c.name === metaName && c.kind === "meta");
    if (!named) throw new ImportError(`no object of metadata objects named ${metaName} (--meta names one like { [ErrorCode.X]: { status: 402 } })`);
    return named;
  }
  return best(tsm, candidates.filter((c) => c !== primary && c.kind === "meta" && keyedByPrimary(tsm, c, primary, entries)));
}

/** `statusName`: named by --status-map. Otherwise an object of HTTP statuses keyed by the primary's members. */
export function findStatusMap(
  tsm: MetaContext["tsm"],
  candidates: readonly Candidate[],
  primary: Candidate,
  entries: readonly Entry[],
  statusName: string | undefined,
): Candidate | undefined {
  const statusLike = (c: Candidate) =>
    objectOf(tsm, c.node)
      ?.getProperties()
      .every((p) => {
        if (!tsm.Node.isPropertyAssignment(p)) return true;
        const n = numberOf(tsm, p.getInitializerOrThrow());
        return n === undefined || (Number.isInteger(n) && n >= 100 && n <= 599);
      }) ?? false;
  if (statusName !== undefined) {
    const named = candidates.find((c) => c.name === statusName && c.kind === "numbers" && objectOf(tsm, c.node));
    if (!named) throw new ImportError(`no object of numbers named ${statusName} (--status-map names one like { [ErrorCode.X]: 401 } or Record<ErrorCode, number>)`);
    return named;
  }
  return best(tsm, candidates.filter((c) => c !== primary && c.kind === "numbers" && statusLike(c) && keyedByPrimary(tsm, c, primary, entries)));
}

export function mergeCompanion(ctx: MetaContext, companion: Candidate, primaryName: string, entries: Entry[], skipped: ReadonlySet<string>): Merged {
  return mergeInto(ctx, companion, primaryName, entries, skipped, "metadata", (entry, init) => {
    if (!ctx.tsm.Node.isObjectLiteralExpression(init)) {
      ctx.warn(init, `${companion.name}.${entry.key} is not an object literal; not imported`);
      return false;
    }
    entry.meta = readMeta(ctx, init, false);
    return true;
  });
}

export function mergeStatusMap(ctx: MetaContext, map: Candidate, primaryName: string, entries: Entry[], skipped: ReadonlySet<string>): Merged {
  return mergeInto(ctx, map, primaryName, entries, skipped, "statuses", (entry, init) => {
    const n = numberOf(ctx.tsm, init);
    if (n === undefined || !Number.isInteger(n) || n < 100 || n > 599) {
      ctx.warn(init, `${map.name}.${entry.key} ${clip(init.getText())} is not a literal HTTP status; not imported`);
      return false;
    }
    if (entry.meta.statuses?.length && entry.meta.statuses[0] !== n) {
      ctx.warn(init, `${map.name}.${entry.key} says ${n} but the catalog says ${entry.meta.statuses.join(", ")}; the catalog's is kept`);
      return false;
    }
    entry.meta = { ...entry.meta, statuses: [n] };
    return true;
  });
}

function mergeInto(
  ctx: MetaContext,
  companion: Candidate,
  primaryName: string,
  entries: Entry[],
  skipped: ReadonlySet<string>,
  what: Merged["what"],
  apply: (entry: Entry, init: TsNode) => boolean,
): Merged {
  const { tsm, warn } = ctx;
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const byValue = new Map(entries.map((e) => [e.value, e]));
  const seen = new Set<Entry>();
  let count = 0;
  for (const prop of objectOf(tsm, companion.node)!.getProperties()) {
    if (tsm.Node.isSpreadAssignment(prop)) {
      warn(prop, `spread ${clip(prop.getText())} in ${companion.name} is not imported; add its ${what} to the spec by hand`);
      continue;
    }
    if (!tsm.Node.isPropertyAssignment(prop)) {
      warn(prop, `${clip(prop.getText())} in ${companion.name} is not a literal; not imported`);
      continue;
    }
    const nameNode = prop.getNameNode();
    const member = memberKey(tsm, nameNode, primaryName);
    const entry = member === undefined ? undefined : (byKey.get(member) ?? byValue.get(member));
    const init = unwrap(tsm, prop.getInitializerOrThrow());
    if (!entry && member !== undefined && skipped.has(member)) {
      warn(prop, `${companion.name}.${member} belongs to a member that was not imported; add its ${what} to the spec by hand`);
      continue;
    }
    if (!entry) {
      warn(prop, `${companion.name} key ${member ?? clip(nameNode.getText())} is not a member of ${primaryName}; not imported`);
      continue;
    }
    if (seen.has(entry)) {
      warn(prop, `${companion.name} lists ${entry.key} twice; the later entry is ignored`);
      continue;
    }
    seen.add(entry);
    if (apply(entry, init)) count++;
  }
  const line = companion.node.getSourceFile().getLineAndColumnAtPos(companion.node.getStart()).line;
  return { name: companion.name, what, count, line };
}
