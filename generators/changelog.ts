// CHANGELOG.md per catalog version, built from the lockfile's history (catalog.releases):
// acknowledged breaking changes first, then added, deprecated and removed codes.
//
//   ## Version 2.0.0
//   ### Breaking changes
//   - `PAYMENT_TIMEOUT`: the primary status of PAYMENT_TIMEOUT changed from 504 to 503. 504 was wrong.
//   ### Removed
//   - `INVALID_AMOUNT` (Invalid amount): use `AMOUNT_OUT_OF_RANGE` instead.
import { md, mdHeading, mdNotice, type MdPart } from "../src/escape/markdown.js";
import type { Catalog, Release } from "../src/catalog/model.js";
import { opt, parseOptionsWith } from "../src/generate/options.js";
import { defineGenerator, type TemplateHelper } from "../src/generate/plugin.js";

const parseOptions = parseOptionsWith({
  mdx: opt.boolean(false, "Write the generated-file notice as an MDX comment `{/* … */}` instead of `<!-- … -->`."),
});

interface Section {
  readonly heading: readonly MdPart[];
  readonly items: readonly MdPart[][];
}

const nameOf = (key: string) => key.slice(key.indexOf("/") + 1);
/** How a code is named on the page: its key in a domain-scoped catalog (names repeat across domains). */
const shown = (catalog: Catalog, key: string): MdPart => ({ code: catalog.uniqueness === "domain" ? key : nameOf(key) });

/** Facts about a key that may be a live code or a tombstone (the lockfile knows both). */
function titleOf(catalog: Catalog, key: string): string | undefined {
  return (catalog.codeIndex.get(key) ?? catalog.tombstones.find((t) => t.key === key))?.title;
}

function codeRef(catalog: Catalog, key: string): MdPart[] {
  const title = titleOf(catalog, key);
  return title === undefined ? [shown(catalog, key)] : [shown(catalog, key), " (", { text: title }, ")"];
}

function sections(catalog: Catalog, release: Release): Section[] {
  const out: Section[] = [];
  if (release.breaking.length) {
    out.push({
      heading: ["Breaking changes"],
      items: release.breaking.map((b) => [shown(catalog, b.code), ": ", b.change, ". ", b.reason, " (", { code: b.rule }, ")"]),
    });
  }
  if (release.added.length) out.push({ heading: ["Added"], items: release.added.map((k) => codeRef(catalog, k)) });
  if (release.deprecated.length) {
    out.push({
      heading: ["Deprecated"],
      items: release.deprecated.map((k) => {
        const replacement = catalog.codeIndex.get(k)?.deprecated?.replacement ?? catalog.tombstones.find((t) => t.key === k)?.replacement;
        return [...codeRef(catalog, k), ...(replacement ? [": use ", shown(catalog, replacement), " instead."] : ["."])];
      }),
    });
  }
  if (release.removed.length) {
    out.push({
      heading: ["Removed"],
      items: release.removed.map((k) => {
        const t = catalog.tombstones.find((x) => x.key === k);
        const parts = codeRef(catalog, k);
        parts.push(...(t?.replacement ? [": use ", shown(catalog, t.replacement), " instead."] : ["."]));
        if (t?.reason) parts.push(" ", t.reason);
        return parts;
      }),
    });
  }
  return out;
}

/** The data of `CHANGELOG.md`. */
export function changelogView(catalog: Catalog, notice: string, mdx: boolean) {
  const releases = catalog.releases.map((r) => ({ heading: [`Version ${r.version}`], sections: sections(catalog, r) }));
  return {
    notice,
    mdx,
    title: [{ text: catalog.title }, " changelog"],
    intro: [
      "Changes to the error codes by catalog version, newest first. Generated from ",
      { code: "lockstep.lock.json" },
      "; published codes are never removed without a deprecation first.",
    ],
    releases,
    empty: releases.length === 0,
  };
}

export default defineGenerator({
  name: "changelog",
  description: "CHANGELOG.md per catalog version from the lockfile history: breaking changes, added, deprecated and removed codes",
  defaultOut: "docs",
  helpers: { md, mdHeading, mdNotice } as unknown as Record<string, TemplateHelper>,
  parseOptions,
  generate(catalog, ctx) {
    const view = changelogView(catalog, ctx.notice, ctx.options.mdx);
    return [{ path: "CHANGELOG.md", contents: ctx.render("CHANGELOG.md", view) }];
  },
});
