// Template loading from disk: a user's override folder first, then the generator's
// own folder (built-ins: `templates/<generator>/`). Names are validated by the
// renderer before they reach here, so they cannot climb out of either folder.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TemplateLoader } from "../templates.js";
import { packageRoot } from "./package-root.js";

export function fsTemplateLoader(overrideDir: string | undefined): TemplateLoader {
  return (generator, name, ownDir) => {
    const candidates = [
      ...(overrideDir ? [join(overrideDir, generator, `${name}.hbs`)] : []),
      ownDir ? join(ownDir, `${name}.hbs`) : join(packageRoot(), "templates", generator, `${name}.hbs`),
    ];
    for (const file of candidates) {
      try {
        return readFileSync(file, "utf8");
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      }
    }
    return undefined;
  };
}
