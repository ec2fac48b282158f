// The cross-language conformance suite: every generated artifact is loaded in its
// own runtime (Node, the TypeScript checker, Go, Python, swagger-parser, markdown-it,
// docutils, parse5 for the HTML page), asked what it says about each code, and compared with catalog.json.
//
//   const mismatches = await checkConformance("out");          // [] when all agree
//   const perDir = await checkConformanceMany([dirA, { dir: dirB, generatorOptions: { ts: { typeName: "E" } } }]);
//
// checkConformanceMany runs one Go build, one Python process and one TypeScript
// program for all out dirs, Go and Python in the background while Node reads the rest.
// An out dir has the default layout: ts/, go/, python/, openapi/, markdown/ or docs/
// (errors.md), rst/ or docs/ (errors.rst), html/ or docs/ (errors.html), catalog.json at the root. Give the generator
// options an out dir was generated with when they are not the defaults. A missing
// toolchain throws (with what to install); a missing or unreadable artifact, or a Go
// package that does not build, is a mismatch.
import { existsSync } from "node:fs";
import { compareReading } from "./compare.js";
import { readGo } from "./go-reader.js";
import { readHtml } from "./html-reader.js";
import { readMarkdown } from "./markdown-reader.js";
import { readOpenapi } from "./openapi-reader.js";
import { runPythonTasks, type PythonTask } from "./python-runtime.js";
import { pythonReading, pythonTask } from "./python-reader.js";
import { rstFile, rstReading } from "./rst-reader.js";
import { loadTarget } from "./targets.js";
import { readTs } from "./ts-reader.js";
import { readTsTypes } from "./ts-types-reader.js";
import { ARTIFACTS, type Artifact, type ConformanceOptions, type Mismatch, type OutDir, type Reading, type Target } from "./types.js";

export { ARTIFACTS, type Artifact, type ConformanceOptions, type GeneratorOptions, type Mismatch, type OutDir } from "./types.js";
export { writeOutDir } from "./out-dir.js";

/** Python packages and RST pages of all targets, answered by one Python process. */
async function readPythonAndRst(targets: readonly Target[], want: ReadonlySet<Artifact>): Promise<Reading[][]> {
  if (!want.has("python") && !want.has("rst")) return [];
  const tasks: PythonTask[] = [];
  const slots = targets.map((t) => {
    const py = want.has("python") ? pythonTask(t) : undefined;
    const rst = want.has("rst") && existsSync(rstFile(t)) ? ({ kind: "rst", file: rstFile(t) } as const) : undefined;
    return { py: py ? tasks.push(py) - 1 : -1, rst: rst ? tasks.push(rst) - 1 : -1 };
  });
  const results = await runPythonTasks(tasks);
  return [
    want.has("python") ? targets.map((t, i) => pythonReading(t, slots[i]!.py < 0 ? undefined : results[slots[i]!.py])) : [],
    want.has("rst") ? targets.map((t, i) => rstReading(t, slots[i]!.rst < 0 ? undefined : results[slots[i]!.rst])) : [],
  ];
}

/** Mismatches per out dir, in the order given; each runtime runs once for all of them. */
export async function checkConformanceMany(outDirs: readonly OutDir[], options: ConformanceOptions = {}): Promise<Mismatch[][]> {
  const want = new Set<Artifact>(options.artifacts ?? ARTIFACTS);
  const loaded = outDirs.map((dir) => loadTarget(dir, options));
  const targets = loaded.flatMap((l) => (l.target ? [l.target] : []));
  // Go and Python run as child processes while the in-process readers work.
  const external = Promise.all([want.has("go") ? readGo(targets) : [], readPythonAndRst(targets, want)]);
  external.catch(() => {}); // awaited below; a failure must not count as unhandled meanwhile
  const inProcess: Reading[][] = [
    want.has("ts") ? await readTs(targets) : [],
    want.has("openapi") ? await readOpenapi(targets) : [],
    want.has("ts-types") ? readTsTypes(targets) : [],
    want.has("markdown") ? readMarkdown(targets) : [],
    want.has("html") ? readHtml(targets) : [],
  ];
  const [go, pythonAndRst] = await external;
  const readings = [...inProcess, go, ...pythonAndRst];
  let next = 0;
  return loaded.map(({ target, problems }) => {
    if (!target) return problems;
    const i = next++;
    return readings.flatMap((list) => (list.length ? compareReading(target.catalog, list[i]!) : []));
  });
}

/** Every disagreement between the artifacts under `outDir` and its catalog.json. */
export async function checkConformance(outDir: OutDir, options: ConformanceOptions = {}): Promise<Mismatch[]> {
  return (await checkConformanceMany([outDir], options))[0]!;
}
