// Release notes: the catalog changelog's section for the released version, cut from
// the `changelog` generator's CHANGELOG.md (fresh, since release checks out/ first).

/** The `## Version <v>` section (heading included, up to the next version), or undefined. */
export function releaseNotes(changelog: string, version: string): string | undefined {
  const lines = changelog.split("\n");
  const start = lines.findIndex((l) => l.trim() === `## Version ${version}`);
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  return `${lines.slice(start, end).join("\n").trimEnd()}\n`;
}
