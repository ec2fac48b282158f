// Template loading from disk: a user's override folder first, then the generator's
// own folder (built-ins: `templates/<generator>/`). Names are validated by the
// renderer before they reach here, so they cannot climb out of either folder.
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PARTIAL_NAME, TemplateError, type TemplateLoader } from "../generate/templates.js";
import { PRECOMPILED } from "../generate/precompiled.js";
import { compileBuiltinSource } from "../generate/hbs-compile.js";
import { lazyHandlebars } from "../generate/lazy.js";
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
  const folders = name.split("/").slice(0, -1).map((_, i, all) => join(overrideDir, generator, ...all.slice(0, i + 1)));
  for (const path of [overrideDir, join(overrideDir, generator), ...folders, file]) {
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

/** The partial names in a folder (`<name>.hbs` files); none when it does not exist. */
function partialsIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(".hbs"))
      .map((f) => f.slice(0, -4))
      .filter((n) => PARTIAL_NAME.test(n));
  } catch {
    return [];
  }
}

/** `shownDir`: the override folder as the config names it (for messages). */
export function fsTemplateLoader(overrideDir: string | undefined, shownDir = overrideDir ?? ""): TemplateLoader {
  const partials = (generator: string, ownDir: string | undefined): string[] => {
    const prefix = `${generator}/partials/`;
    const own =
      ownDir !== undefined
        ? partialsIn(join(ownDir, "partials"))
        : Object.keys(PRECOMPILED).some((k) => k.startsWith(`${generator}/`))
          ? Object.keys(PRECOMPILED).flatMap((k) => (k.startsWith(prefix) ? [k.slice(prefix.length)] : []))
          : partialsIn(join(packageRoot(), "templates", generator, "partials"));
    // An override may add partials its overridden templates use; read (with the link checks) when rendered.
    const extra = overrideDir === undefined ? [] : partialsIn(join(overrideDir, generator, "partials"));
    return [...new Set([...own, ...extra])].sort();
  };
  return Object.assign(load(overrideDir, shownDir), { partials });
}

function load(overrideDir: string | undefined, shownDir: string): TemplateLoader {
  return (generator, name, ownDir) => {
    const override = overrideDir === undefined ? undefined : readOverride(overrideDir, generator, name, shownDir);
    if (override !== undefined) return { source: override };
    if (ownDir !== undefined) return readIfExists(join(ownDir, `${name}.hbs`));
    const builtin = PRECOMPILED[`${generator}/${name}`];
    if (builtin) return builtin;
    // From sources: compiled as the build compiles it (a declined template stays Handlebars source).
    const source = readIfExists(join(packageRoot(), "templates", generator, `${name}.hbs`));
    if (source === undefined) return undefined;
    const compiled = compileBuiltinSource(source, (text) => lazyHandlebars().parse(text));
    return compiled ? { compiled } : source;
  };
}
