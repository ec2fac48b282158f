// Template loading from disk: a user's override folder first, then the generator's
// own folder (built-ins: `templates/<generator>/`). Names are validated by the
// renderer before they reach here, so they cannot climb out of either folder.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TemplateLoader } from "../templates.js";
import { PRECOMPILED } from "../precompiled.js";
import { packageRoot } from "./package-root.js";

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    return undefined;
  }
}

export function fsTemplateLoader(overrideDir: string | undefined): TemplateLoader {
  return (generator, name, ownDir) => {
    const override = overrideDir === undefined ? undefined : readIfExists(join(overrideDir, generator, `${name}.hbs`));
    if (override !== undefined) return { source: override };
    if (ownDir !== undefined) return readIfExists(join(ownDir, `${name}.hbs`));
    const precompiled = PRECOMPILED[`${generator}/${name}`];
    if (precompiled) return { precompiled };
    return readIfExists(join(packageRoot(), "templates", generator, `${name}.hbs`));
  };
}
