// The Python artifacts: a wheel (`<name>-<ver>-py3-none-any.whl`, a zip with the
// packages and `<name>-<ver>.dist-info/{METADATA,WHEEL,RECORD}`) and an sdist
// (`<name>-<ver>.tar.gz` with PKG-INFO, pyproject.toml and the sources), built from
// the generated pyproject.toml's PEP 621 metadata. No build backend runs.
import { createHash } from "node:crypto";
import { compareStrings } from "../catalog/model.js";
import { tarGz, zip, type ArchiveEntry } from "./archive.js";
import { readPythonProject, TomlError, type PythonProject } from "./pyproject.js";
import type { Artifact, Files } from "./types.js";

/** PEP 503/427 normalised name for file names: `relay-errors` → `relay_errors`. */
export const wheelName = (name: string) => name.toLowerCase().replace(/[-_.]+/g, "_");

/** Core metadata (2.1); the body is the project's README, else its summary, as Markdown. */
export function metadata(p: PythonProject, readme?: string): string {
  const lines = ["Metadata-Version: 2.1", `Name: ${p.name}`, `Version: ${p.version}`];
  if (p.description) lines.push(`Summary: ${p.description}`);
  if (p.license) lines.push(`License: ${p.license}`);
  if (p.keywords.length) lines.push(`Keywords: ${p.keywords.join(",")}`);
  for (const [label, url] of p.urls) lines.push(`Project-URL: ${label}, ${url}`);
  for (const c of p.classifiers) lines.push(`Classifier: ${c}`);
  if (p.requiresPython) lines.push(`Requires-Python: ${p.requiresPython}`);
  for (const d of p.dependencies) lines.push(`Requires-Dist: ${d}`);
  lines.push("Description-Content-Type: text/markdown");
  return `${lines.join("\n")}\n\n${readme ?? `# ${p.name}\n\n${p.description}\n`}`;
}

const b64sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("base64url");

export interface PythonDist {
  readonly project: PythonProject;
  readonly wheel: Artifact;
  readonly sdist: Artifact;
  readonly wheelContents: readonly string[];
}

export function buildPython(files: Files): { dist: PythonDist | undefined; problems: string[] } {
  const raw = files.get("pyproject.toml");
  if (!raw) return { dist: undefined, problems: ["no pyproject.toml in the Python output"] };
  let project: PythonProject;
  try {
    project = readPythonProject(Buffer.from(raw).toString("utf8"));
  } catch (e) {
    if (e instanceof TomlError || e instanceof SyntaxError) return { dist: undefined, problems: [e.message] };
    throw e;
  }
  const problems: string[] = [];
  if (project.packages.length === 0) problems.push("pyproject.toml names no packages ([tool.hatch.build.targets.wheel] packages)");
  const base = `${wheelName(project.name)}-${project.version}`;
  const enc = (s: string) => Buffer.from(s, "utf8");
  const payload: ArchiveEntry[] = [];
  for (const folder of project.packages) {
    const top = folder.split("/").pop()!;
    const inside = [...files.keys()].filter((p) => p.startsWith(`${folder}/`) && !p.includes("__pycache__/") && !p.endsWith(".pyc")).sort(compareStrings);
    if (!inside.includes(`${folder}/__init__.py`)) problems.push(`${folder}/__init__.py is missing`);
    if (!inside.includes(`${folder}/py.typed`)) problems.push(`${folder}/py.typed is missing: type checkers would ignore the package's annotations`);
    for (const p of inside) payload.push({ path: `${top}/${p.slice(folder.length + 1)}`, bytes: files.get(p)! });
  }
  const distInfo = `${base}.dist-info`;
  const readme = files.get("README.md");
  const meta = enc(metadata(project, readme && Buffer.from(readme).toString("utf8")));
  const wheelMeta = enc("Wheel-Version: 1.0\nGenerator: lockstep\nRoot-Is-Purelib: true\nTag: py3-none-any\n\n");
  const entries = [...payload, { path: `${distInfo}/METADATA`, bytes: meta }, { path: `${distInfo}/WHEEL`, bytes: wheelMeta }].sort((a, b) => compareStrings(a.path, b.path));
  const record = enc(entries.map((e) => `${e.path},sha256=${b64sha(e.bytes)},${e.bytes.length}\n`).join("") + `${distInfo}/RECORD,,\n`);
  const wheel = zip([...entries, { path: `${distInfo}/RECORD`, bytes: record }], { keepOrder: true });
  const sources = [...files.keys()].filter((p) => !p.includes("__pycache__/") && !p.endsWith(".pyc") && !p.startsWith("dist/"));
  const sdist = tarGz([...sources.map((p) => ({ path: `${base}/${p}`, bytes: files.get(p)! })), { path: `${base}/PKG-INFO`, bytes: meta }]);
  return {
    dist: { project, wheel: { file: `${base}-py3-none-any.whl`, bytes: wheel }, sdist: { file: `${base}.tar.gz`, bytes: sdist }, wheelContents: entries.map((e) => e.path) },
    problems,
  };
}
