// Every file below a folder, as sorted absolute paths; none when it cannot be read.
// The template-override folder is hashed this way both for the manifest's recorded
// inputs and for the unchanged-check fingerprint.
import { readdirSync } from "node:fs";
import { join } from "node:path";

export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []))
      .sort();
  } catch {
    return [];
  }
}
