// Just enough TOML for a generated pyproject.toml: tables, `key = "string"` and
// arrays of strings (also across lines). Anything else is reported, not guessed.

export type TomlValue = string | readonly string[];
export type Toml = ReadonlyMap<string, ReadonlyMap<string, TomlValue>>;

export class TomlError extends Error {}

function parseString(text: string, line: number): string {
  if (text.startsWith('"')) return JSON.parse(text) as string;
  if (text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1);
  throw new TomlError(`pyproject.toml:${line}: expected a string, got ${text}`);
}

export function parseToml(text: string): Toml {
  const tables = new Map<string, Map<string, TomlValue>>([["", new Map()]]);
  let table = tables.get("")!;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith("#")) continue;
    const header = /^\[([A-Za-z0-9_.\-"]+)\]$/.exec(line);
    if (header) {
      table = new Map();
      tables.set(header[1]!, table);
      continue;
    }
    const kv = /^([A-Za-z0-9_\-]+)\s*=\s*(.*)$/.exec(line);
    if (!kv) throw new TomlError(`pyproject.toml:${i + 1}: cannot read ${JSON.stringify(line)}`);
    let value = kv[2]!;
    if (value.startsWith("[")) {
      while (!value.trimEnd().endsWith("]") && i + 1 < lines.length) value += lines[++i]!.trim();
      const items = value.slice(1, -1).split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((s) => s.trim()).filter(Boolean);
      table.set(kv[1]!, items.map((s) => parseString(s, i + 1)));
    } else table.set(kv[1]!, parseString(value.replace(/\s+#.*$/, ""), i + 1));
  }
  return tables;
}

export interface PythonProject {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly requiresPython: string | undefined;
  readonly dependencies: readonly string[];
  readonly classifiers: readonly string[];
  readonly license: string | undefined;
  readonly keywords: readonly string[];
  /** `[project.urls]`, in file order: label → URL. */
  readonly urls: readonly (readonly [string, string])[];
  /** hatch wheel `packages`: folders whose last element becomes a top-level package. */
  readonly packages: readonly string[];
}

export function readPythonProject(text: string): PythonProject {
  const toml = parseToml(text);
  const project = toml.get("project");
  if (!project) throw new TomlError("pyproject.toml has no [project] table");
  const str = (k: string) => {
    const v = project.get(k);
    return typeof v === "string" ? v : undefined;
  };
  const list = (v: TomlValue | undefined) => (Array.isArray(v) ? (v as readonly string[]) : []);
  const name = str("name");
  const version = str("version");
  if (!name || !version) throw new TomlError("pyproject.toml: [project] needs name and version");
  return {
    name,
    version,
    description: str("description") ?? "",
    requiresPython: str("requires-python"),
    dependencies: list(project.get("dependencies")),
    classifiers: list(project.get("classifiers")),
    license: str("license"),
    keywords: list(project.get("keywords")),
    urls: [...(toml.get("project.urls") ?? new Map<string, TomlValue>())].filter((e): e is [string, string] => typeof e[1] === "string"),
    packages: list(toml.get("tool.hatch.build.targets.wheel")?.get("packages")),
  };
}
