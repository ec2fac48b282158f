// RST pages through docutils, one Python process per batch, warnings as errors: and
// each code label exists once with the code's anchor as its id, and each domain with
// codes has one table with a row per code, every row as wide as the table.
import { join } from "node:path";
import { toolsPython } from "../toolchains.js";
import { tool, type BatchItem, type Failure } from "./batch.js";

const SCRIPT = join(import.meta.dirname, "rst_batch.py");

interface Checked {
  path: string;
  halted: string | null;
  messages: string[];
  targets: { names: string[]; ids: string[] }[];
  sections: { names: string[]; tables: { cols: number; rows: number[] }[] }[];
}

export async function checkRst(root: string, items: readonly BatchItem[]): Promise<Failure[]> {
  const pages = items.flatMap((item) => item.run.files.filter((f) => f.generator === "rst" && f.path.endsWith(".rst")).map((f) => ({ item, path: `${item.dir}/${f.path}` })));
  if (pages.length === 0) return [];
  const r = await tool(toolsPython(), [SCRIPT], { cwd: root, input: pages.map((p) => p.path).join("\n") + "\n" });
  if (r.status !== 0) return [{ index: -1, check: "docutils", message: r.output.slice(0, 4000) }];
  const results = new Map(r.output.trim().split("\n").map((line) => {
    const checked = JSON.parse(line) as Checked;
    return [checked.path, checked];
  }));
  const failures: Failure[] = [];
  for (const { item, path } of pages) {
    const fail = (message: string) => failures.push({ index: item.index, check: "docutils", message: `${path}: ${message}` });
    const checked = results.get(path);
    if (!checked) {
      fail("no result");
      continue;
    }
    if (checked.halted !== null) {
      fail(`docutils halted: ${checked.halted}`);
      continue;
    }
    for (const m of checked.messages) fail(m);
    const catalog = item.run.catalog!;
    for (const code of catalog.codes) {
      const holders = checked.targets.filter((t) => t.names.includes(code.anchor));
      if (holders.length !== 1 || !holders[0]!.ids.includes(code.anchor)) fail(`label ${code.anchor} of ${code.key}: ${JSON.stringify(holders)}`);
    }
    for (const domain of catalog.domains) {
      const label = new RegExp(`^domain-${domain.id}(?:-\\d+)?$`);
      const section = checked.sections.find((s) => s.names.some((n) => label.test(n)));
      if (!section) {
        fail(`no section for domain ${domain.id}`);
        continue;
      }
      const want = domain.codes.length ? 1 : 0;
      if (section.tables.length !== want) fail(`domain ${domain.id}: ${section.tables.length} tables, want ${want}`);
      const table = section.tables[0];
      if (!table || !domain.codes.length) continue;
      if (table.rows.length !== domain.codes.length) fail(`domain ${domain.id}: ${table.rows.length} rows for ${domain.codes.length} codes`);
      if (table.rows.some((n) => n !== table.cols)) fail(`domain ${domain.id}: row widths ${JSON.stringify(table.rows)} in a ${table.cols}-column table`);
    }
  }
  return failures;
}
