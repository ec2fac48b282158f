// YAML 1.2 parsing with positions. The fast subset parser handles ordinary spec
// files; anything else (and every file with an error) goes through the `yaml`
// library, which reports problems precisely. Duplicate keys are errors; anchors,
// aliases and tags are rejected, so alias bombs cannot expand.
import type { Node, Pair } from "yaml";
import { lazyYaml } from "../generate/lazy.js";
import type { DiagnosticBag, DiagnosticCode } from "../diagnostics/diagnostics.js";
import { parseFast } from "./fast.js";
import { prescan } from "./prescan.js";
import { lineIndex, type YDocument, type YNode, type YPair, type YScalar } from "./node.js";

const CODES: Record<string, DiagnosticCode> = {
  DUPLICATE_KEY: "LS002",
  MULTIPLE_DOCS: "LS004",
  TAG_RESOLVE_FAILED: "LS003",
  BAD_ALIAS: "LS003",
};

/** `kind`: what the file is, for messages ("the config", "spec files"). */
export function parseYaml(file: string, text: string, bag: DiagnosticBag, kind = "spec files"): YDocument | undefined {
  const quick = parseFast(text);
  if (quick) return quick;
  // Directives and deep nesting are refused before the library's recursive descent.
  const refused = prescan(text);
  if (refused) {
    const at = lineIndex(text)(refused.offset);
    bag.error(refused.code, refused.message, { file, ...at }, { start: refused.offset, end: refused.offset + 1 });
    return undefined;
  }
  const { LineCounter, parseDocument } = lazyYaml();
  const lines = new LineCounter();
  // The library makes an Error per problem; their stack traces (never shown) were a quarter
  // of the time on a file with 300,000 bad escapes.
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter: lines, version: "1.2", uniqueKeys: true, prettyErrors: false, strict: true });
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  const problems = [...doc.errors, ...doc.warnings];
  for (const e of problems) {
    if (bag.isFull(file)) {
      bag.countOmitted(file); // a hopeless file: count the rest without describing them
      continue;
    }
    const { line, col } = lines.linePos(e.pos[0]);
    let message = e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    if (e.code === "DUPLICATE_KEY") {
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n#]+)/.exec(text.slice(e.pos[0], e.pos[0] + 200))?.[0]?.trim() ?? "";
      message = `duplicate key ${key.startsWith('"') || key.startsWith("'") ? key : JSON.stringify(key)}`;
    }
    if (message.startsWith("Maximum call stack")) message = "nesting too deep"; // what the pre-scan missed
    if (e.code === "MULTIPLE_DOCS") message = "a spec file holds one YAML document; remove the --- separator";
    bag.error(CODES[e.code] ?? "LS001", message, { file, line, col }, { start: e.pos[0], end: e.pos[1] });
  }
  if (problems.length > 0) return undefined;
  const linePos = lineIndex(text);
  const before = bag.count;
  const root = convert(doc.contents as Node | null, file, linePos, bag, kind);
  return bag.count > before ? undefined : { root, linePos };
}

type LinePos = YDocument["linePos"];

function convert(node: Node | null | undefined, file: string, linePos: LinePos, bag: DiagnosticBag, kind: string): YNode | null {
  if (node == null) return null;
  const { isAlias, isMap, isScalar, isSeq } = lazyYaml();
  const [start, end] = (node as { range?: [number, number, number] }).range ?? [0, 0, 0];
  const reject = (message: string): null => {
    bag.error("LS003", message, { file, ...linePos(start) }, { start, end });
    return null;
  };
  if (isAlias(node) || node.anchor) return reject(`YAML anchors and aliases are not allowed in ${kind}`);
  if (node.tag && !node.tag.startsWith("tag:yaml.org,2002:")) return reject(`YAML tag ${node.tag} is not allowed in ${kind}`);
  if (isScalar(node)) {
    const value = node.value;
    if (value !== null && typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      return reject("unsupported YAML value");
    }
    const source = (node as { source?: string }).source ?? String(value);
    if (value === null && source === "") return null; // an empty value, as the fast parser reports it
    return { kind: "scalar", value, source, start, end };
  }
  if (isSeq(node)) return { kind: "seq", items: (node.items as Node[]).map((i) => convert(i, file, linePos, bag, kind)), start, end };
  if (isMap(node)) {
    const items: YPair[] = [];
    for (const pair of node.items as Pair<Node, Node>[]) {
      const key = convert(pair.key, file, linePos, bag, kind);
      if (key === null) continue;
      if (key.kind !== "scalar") {
        bag.error("LS011", "keys must be plain strings", { file, ...linePos(key.start) }, { start: key.start, end: key.end });
        continue;
      }
      items.push({ key: key as YScalar, value: convert(pair.value, file, linePos, bag, kind) });
    }
    return { kind: "map", items, start, end };
  }
  return reject("unsupported YAML node");
}
