// `check(text)`: does the fast YAML parser agree with the `yaml` library on `text`?
// Values, offsets, sources and line/columns; the library must report nothing when the
// fast parser accepts. Used by test/yaml-fast.test.ts and the unit tests of the fast
// parser's own files (test/unit/yaml-fast-*.test.ts).
import { isMap, isPair, isScalar, isSeq, LineCounter, parse, parseDocument, type Node } from "yaml";
import { parseFast } from "../../src/yaml/fast.js";
import type { YNode } from "../../src/yaml/node.js";

/** The tree as plain JS, keyed as the library keys JS objects. */
export function toPlain(node: YNode | null): unknown {
  if (node === null) return null;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const { key, value } of node.items) {
    const name = key.value === null ? "" : String(key.value);
    Object.defineProperty(out, name, { value: toPlain(value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Deep equality with Object.is on primitives (so -0 and NaN count). */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Do the ends agree? Exactly for scalars and flow collections; for block collections
 * up to trailing white space and comments, which the library sometimes counts in
 * (after an empty last value, or comment lines that follow the last item).
 */
function sameEnd(text: string, node: YNode, end: number): boolean {
  if (node.end === end) return true;
  if (node.kind === "scalar" || text[node.start] === "{" || text[node.start] === "[") return false;
  const between = text.slice(Math.min(node.end, end), Math.max(node.end, end));
  return /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?:#[^\n]*)?$/.test(between);
}

/** Walks both trees in parallel; returns the differences in offsets, sources and line/columns. */
function positionProblems(text: string, mine: YNode | null, lib: unknown, linePos: (o: number) => unknown): string[] {
  const lines = new LineCounter();
  parseDocument(text, { lineCounter: lines });
  const problems: string[] = [];
  const walk = (a: YNode | null, b: unknown, path: string): void => {
    if (a === null) {
      // An empty value: the library has an empty null scalar there (or nothing).
      if (b != null && !(isScalar(b) && b.value === null && b.range![0] === b.range![1])) problems.push(`${path}: null vs a node`);
      return;
    }
    const node = b as Node;
    const [start, end] = node.range!;
    if (a.start !== start) problems.push(`${path}: start ${a.start} vs ${start}`);
    if (!sameEnd(text, a, end)) problems.push(`${path}: end ${a.end} vs ${end}`);
    if (!same(linePos(a.start), lines.linePos(a.start))) problems.push(`${path}: linePos`);
    if (a.kind === "scalar") {
      if (!isScalar(node)) problems.push(`${path}: scalar vs ${String(node)}`);
      if (a.source !== text.slice(a.start, a.end)) problems.push(`${path}: source`);
    } else if (a.kind === "map") {
      if (!isMap(node) || node.items.length !== a.items.length) return void problems.push(`${path}: map shape`);
      a.items.forEach((p, i) => {
        const q = node.items[i]!;
        if (!isPair(q)) return;
        walk(p.key, q.key, `${path}.${p.key.source}(key)`);
        walk(p.value, q.value, `${path}.${p.key.source}`);
      });
    } else {
      if (!isSeq(node) || node.items.length !== a.items.length) return void problems.push(`${path}: seq shape`);
      a.items.forEach((x, i) => walk(x, node.items[i], `${path}[${i}]`));
    }
  };
  walk(mine, lib, "$");
  return problems;
}

/**
 * "undefined" if parseFast gives up; "ok" if it agrees with the library (which must
 * then report no error or warning, with the options parse.ts uses); throws otherwise.
 */
export function check(text: string): "undefined" | "ok" {
  const doc = parseFast(text);
  if (!doc) return "undefined";
  const lib = parseDocument(text, { version: "1.2", uniqueKeys: true, strict: true, prettyErrors: false });
  const where = `\n--- input ---\n${text}\n-------------`;
  const errors = [...lib.errors, ...lib.warnings].map((e) => `${e.code}: ${e.message.split("\n")[0]}`);
  if (errors.length) throw new Error(`parseFast accepted what the library rejects: ${errors.join("; ")}${where}`);
  const mine = toPlain(doc.root);
  const theirs: unknown = parse(text, { version: "1.2", uniqueKeys: true });
  if (!same(mine, theirs)) throw new Error(`values differ: ${JSON.stringify(mine)} vs ${JSON.stringify(theirs)}${where}`);
  const problems = positionProblems(text, doc.root, lib.contents, doc.linePos);
  if (problems.length) throw new Error(`positions differ: ${problems.slice(0, 5).join("; ")}${where}`);
  return "ok";
}

