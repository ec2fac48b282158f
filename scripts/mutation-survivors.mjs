// Lists the surviving and uncovered mutants of the committed results, for writing the
// tests that kill them: `node scripts/mutation-survivors.mjs [path-prefix]`.
import { readFileSync } from "node:fs";
import { INCREMENTAL_FILE } from "./mutation-modules.mjs";

const prefix = process.argv[2] ?? "";
const report = JSON.parse(readFileSync(INCREMENTAL_FILE, "utf8"));
for (const [file, result] of Object.entries(report.files)) {
  if (!file.startsWith(prefix)) continue;
  const lines = result.source.split("\n");
  for (const m of result.mutants) {
    if (m.status !== "Survived" && m.status !== "NoCoverage") continue;
    const { start, end } = m.location;
    const original = start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : `${lines[start.line - 1].slice(start.column - 1)} …`;
    console.log(`${file}:${start.line}:${start.column} ${m.status} ${m.mutatorName}${m.static ? " (static)" : ""}: ${original.trim().slice(0, 90)} → ${String(m.replacement).slice(0, 90)}`);
  }
}
