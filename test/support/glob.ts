// The glob dialect shared by Turborepo, Nx, lint-staged and lefthook for the simple
// patterns the docs use: `**` (any path, including none), `*` (within one segment),
// `{a,b}` alternatives, and a leading `!` that excludes.

export function globRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (glob.startsWith("**/", i)) {
      re += "(?:.*/)?";
      i += 2;
    } else if (glob.startsWith("**", i)) {
      re += ".*";
      i += 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "{") re += "(?:";
    else if (c === "}") re += ")";
    else if (c === ",") re += "|";
    else re += c.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Whether `path` is selected by `globs`: matched by one without `!` and by none with it. */
export function selects(globs: readonly string[], path: string): boolean {
  const include = globs.filter((g) => !g.startsWith("!"));
  const exclude = globs.filter((g) => g.startsWith("!")).map((g) => g.slice(1));
  return include.some((g) => globRegExp(g).test(path)) && !exclude.some((g) => globRegExp(g).test(path));
}

/** The code blocks of a Markdown page that carry a file name after the language (```json turbo.json). */
export function namedBlocks(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const m of markdown.matchAll(/^```\w+ (\S+)\n([\s\S]*?)^```$/gm)) blocks.set(m[1]!, m[2]!);
  return blocks;
}
