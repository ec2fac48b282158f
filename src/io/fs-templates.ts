// Template loading from disk: a user's override folder first, then the generator's
// own folder (built-ins: `templates/<generator>/`). Names are validated by the
// renderer before they reach here, so they cannot climb out of either folder.
import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TemplateError, type TemplateLoader } from "../generate/templates.js";
import { PRECOMPILED } from "../generate/precompiled.js";
import { packageRoot } from "./package-root.js";

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    return undefined;
  }
}

/**
 * An override must be a plain file in a plain folder: a symbolic link (the templates
 * folder itself, a generator folder or the file) could pull any file on the machine
 * into out/, so it is refused.
 */
function readOverride(overrideDir: string, generator: string, name: string, shownDir: string): string | undefined {
  const file = join(overrideDir, generator, `${name}.hbs`);
  for (const path of [overrideDir, join(overrideDir, generator), file]) {
    try {
      if (lstatSync(path).isSymbolicLink()) {
        const shown = shownDir + path.slice(overrideDir.length); // as the project names it, not an absolute path
        throw new TemplateError(`template override ${shown} is a symbolic link; lockstep reads templates only from plain files`);
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
  }
  return readIfExists(file);
}

/** `shownDir`: the override folder as the config names it (for messages). */
export function fsTemplateLoader(overrideDir: string | undefined, shownDir = overrideDir ?? ""): TemplateLoader {
  return (generator, name, ownDir) => {
    const override = overrideDir === undefined ? undefined : readOverride(overrideDir, generator, name, shownDir);
    if (override !== undefined) return { source: override };
    if (ownDir !== undefined) return readIfExists(join(ownDir, `${name}.hbs`));
    const precompiled = PRECOMPILED[`${generator}/${name}`];
    if (precompiled) return { precompiled };
    return readIfExists(join(packageRoot(), "templates", generator, `${name}.hbs`));
  };
}
