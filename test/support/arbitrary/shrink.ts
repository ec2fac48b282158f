// Shrinks a failing sample to a small catalog that still fails the same way: greedy
// deletion of domains, codes, optional fields and list items, then halving texts,
// each candidate re-checked by the one stage that failed. Bounded by attempts and time
// (a toolchain check costs seconds), so the result is small, not necessarily minimal.
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Failure } from "./batch.js";
import type { Sample } from "./catalog.js";
import { runBatch, stageOf } from "./run-batch.js";

/** What identifies "the same failure": its check and an error code when the tool gives one. */
export function signature(f: Failure): string {
  const code = /\b(TS\d{4}|LS\d{3})\b/.exec(f.message)?.[1] ?? /\[([a-z-]+)\]\s*$/m.exec(f.message)?.[1] ?? /\((?:ERROR|SEVERE|WARNING)\/\d\) ([^.:]{0,40})/.exec(f.message)?.[1] ?? "";
  return `${f.check}${code ? ` ${code}` : ""}`;
}

/** Lists whose items are [key, value] pairs: delete whole pairs, never half of one. */
const PAIR_LISTS = new Set(["details", "fields", "upstream", "constants"]);
/** Identifiers and references: deleting or halving them only makes the catalog invalid. */
const FIXED = new Set(["name", "id", "declareId", "style", "nearCollision", "type", "aliasOf", "replacement", "surfacesAs", "code", "naming", "uniqueness", "preset", "detailsShape"]);
/** Structure every sample keeps. */
const KEEP = new Set(["config", "domains", "codes"]);

type Json = unknown;
type Path = (string | number)[];

function setAt(root: Json, path: Path, value: Json | typeof DELETE): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    const next = setAt(copy[head as number], rest, value);
    if (next === DELETE) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy = { ...(root as Record<string, Json>) };
  const next = setAt(copy[head as string], rest, value);
  if (next === DELETE) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}
const DELETE = Symbol("delete");

/** Candidate edits, biggest first: one domain or one code alone, then single deletions, then shorter texts. */
function* candidates(sample: Sample): Generator<Sample> {
  // Big jumps first: a toolchain check costs seconds, so few candidates get tried.
  if (sample.domains.length > 1) for (const d of sample.domains) yield { ...sample, domains: [d] };
  for (const [i, d] of sample.domains.entries()) {
    if (d.codes.length > 1) for (const c of d.codes) yield { ...sample, domains: sample.domains.map((x, j) => (j === i ? { ...x, codes: [c] } : x)) };
  }
  const deletions: Path[] = [];
  const texts: [Path, string][] = [];
  const walk = (value: Json, path: Path, key: string | number | undefined, inPair: boolean): void => {
    if (Array.isArray(value)) {
      const pairs = typeof key === "string" && PAIR_LISTS.has(key);
      value.forEach((v, i) => {
        if (!inPair) deletions.push([...path, i]);
        walk(v, [...path, i], pairs ? "pair" : i, pairs);
      });
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (!FIXED.has(k) && !KEEP.has(k)) deletions.push([...path, k]);
        walk(v, [...path, k], k, false);
      }
    } else if (typeof value === "string" && value.length > 1 && !FIXED.has(String(key)) && !path.includes("generators")) {
      texts.push([path, value]);
    }
  };
  walk(sample, [], undefined, false);
  deletions.sort((a, b) => a.length - b.length);
  for (const path of deletions) yield setAt(sample, path, DELETE) as Sample;
  for (const [path, text] of texts) {
    const chars = [...text];
    const half = Math.ceil(chars.length / 2);
    yield setAt(sample, path, chars.slice(0, half).join("")) as Sample;
    yield setAt(sample, path, chars.slice(half).join("")) as Sample;
  }
}

export interface ShrinkResult {
  readonly sample: Sample;
  readonly attempts: number;
  readonly failure: Failure;
}

/** Shrinks `sample`, which fails with `failure`, within `budget` attempts and `ms` milliseconds. */
export async function shrink(sample: Sample, failure: Failure, budget = 150, ms = 90_000): Promise<ShrinkResult> {
  const want = signature(failure);
  const stage = stageOf(failure.check);
  const root = join(tmpdir(), `lockstep-shrink-${process.pid}`);
  const deadline = Date.now() + ms;
  let best = { sample, failure };
  let attempts = 0;
  const stillFails = async (candidate: Sample): Promise<Failure | undefined> => {
    attempts++;
    try {
      const result = await runBatch([candidate], { root, mypyCache: join(root, "..", `lockstep-shrink-mypy-${process.pid}`), stages: new Set(stage === "compile" ? [] : [stage]) });
      return result.failures.find((f) => signature(f) === want);
    } catch {
      return undefined;
    }
  };
  search: for (;;) {
    for (const candidate of candidates(best.sample)) {
      if (attempts >= budget || Date.now() > deadline) break search;
      const found = await stillFails(candidate);
      if (found) {
        best = { sample: candidate, failure: found };
        continue search;
      }
    }
    break;
  }
  return { ...best, attempts };
}
