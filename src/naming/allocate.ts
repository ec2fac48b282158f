// Generators declare, the core decides: every name scheme of the enabled generators
// is minted over the catalog, names are checked for collisions per namespace, and
// each subject gets its final name.
//
//   reserved words      claimed first, by the generator
//   `error` schemes     a clash is LS027, naming both spec locations (codes in file order)
//   `suffix` schemes    names the lockfile records claim first, so a published name is
//                       kept; a newcomer whose name is taken gets `AB2`, `AB3`…
//
// The lockfile then compares every final name with the one it recorded: a published
// identifier that changed is the breaking change `identifier-changed`.
import { declaredNaming } from "./declared.js";
import { formatLoc, type DiagnosticBag } from "../diagnostics/diagnostics.js";
import { compareStrings, type Catalog, type Domain, type ErrorCode, type SourceLoc } from "../catalog/model.js";
import type { GeneratorNaming, Names, NameScheme } from "../generate/plugin.js";
import { detailsObjects, schemeKeyProblem, stepsPath } from "./schemes.js";
import { isDefaultForm, someForm } from "./forms.js";

/** A scheme's names in a lockfile entry: one name (per code or domain) or path → name (per details object or field). */
export type LockedIdent = string | Readonly<Record<string, string>>;

/** What the lockfile recorded, by code key and domain id. */
export interface LockedNames {
  readonly codes: ReadonlyMap<string, Readonly<Record<string, LockedIdent>>>;
  readonly domains: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

export interface NamingGenerator {
  readonly name: string;
  /** A declaration, or a function of the generator's parsed options returning one (see declared.ts). */
  readonly naming?: GeneratorNaming | ((options: never) => GeneratorNaming) | undefined;
  readonly parseOptions?: (raw: Readonly<Record<string, unknown>>) => unknown;
  /** The options the config gives the generator (default: none, so its defaults). */
  readonly rawOptions?: Readonly<Record<string, unknown>>;
}

/** A spec code as the allocator sees it: live, planned or removed (removed ones keep their names reserved). */
export interface NamingCode {
  readonly code: ErrorCode;
  readonly removed: boolean;
  /** Where its details are written (for clashes of details names). */
  readonly detailsLoc: SourceLoc;
}

interface Candidate {
  readonly scheme: NameScheme;
  readonly generator: string;
  /** `CODE`, `CODE#items.[]`, `CODE#limits.max`, `@domain`. */
  readonly id: string;
  /** What a message calls it: the code key, `domain billing`. */
  readonly who: string;
  readonly loc: SourceLoc;
  /** The code it belongs to (unset for domains). */
  readonly code: string | undefined;
  readonly base: string;
  readonly locked: string | undefined;
  /** Order among candidates of one namespace. */
  order: number;
  /** Where the lockfile records it: the code key (`@id` for a domain) and, for nested objects and fields, the path. */
  readonly owner: string;
  readonly path: string | undefined;
}

/** Who holds a name in a namespace. */
type Holder = Candidate | { readonly reservedBy: string };

export class Identifiers implements Names {
  /** Every enabled scheme with its generator, in generator order. */
  readonly schemes: readonly { readonly generator: string; readonly scheme: NameScheme }[];
  private readonly names = new Map<string, Map<string, string>>();
  /** For each displaced locked name: the code key whose name took it, if one did. */
  private readonly takers = new Map<string, string>();
  /** Lockfile records by code key (`@id` for a domain). */
  private readonly records = new Map<string, Record<string, LockedIdent>>();
  /** Reserved words by generator and namespace. */
  readonly reserved = new Map<string, Readonly<Record<string, readonly string[]>>>();

  /** The catalog lists these names were minted from (a catalog built from another one is named afresh). */
  readonly builtFor: { readonly codes: readonly ErrorCode[]; readonly domains: readonly Domain[] } | undefined;

  constructor(schemes: readonly { readonly generator: string; readonly scheme: NameScheme }[], builtFor?: Pick<Catalog, "codes" | "domains">) {
    // The catalog's own scheme by identity: a plugin may itself be named "catalog".
    this.schemes = schemes.filter((s) => s.scheme !== CATALOG_ANCHOR);
    this.builtFor = builtFor && { codes: builtFor.codes, domains: builtFor.domains };
    for (const { scheme } of schemes) this.names.set(scheme.key, new Map());
  }

  set(scheme: string, id: string, name: string): void {
    this.names.get(scheme)!.set(id, name);
  }

  noteTaker(scheme: string, id: string, code: string): void {
    this.takers.set(`${scheme}\u0000${id}`, code);
  }

  /** The code whose name took the locked name of `id` under `scheme`, when one did. */
  takerOf(scheme: string, id: string): string | undefined {
    return this.takers.get(`${scheme}\u0000${id}`);
  }

  /** The generators the schemes come from, as naming declarations, in order. */
  generators(): NamingGenerator[] {
    const out = new Map<string, NameScheme[]>();
    for (const { generator, scheme } of this.schemes) out.set(generator, [...(out.get(generator) ?? []), scheme]);
    return [...out].map(([name, schemes]) => ({ name, naming: { schemes, reserved: this.reserved.get(name) ?? {} } }));
  }

  has(scheme: string): boolean {
    return this.names.has(scheme);
  }

  code(scheme: string, codeKey: string): string | undefined {
    return this.names.get(scheme)?.get(codeKey);
  }

  details(scheme: string, codeKey: string, steps: readonly string[]): string | undefined {
    return this.names.get(scheme)?.get(`${codeKey}#${stepsPath(steps)}`);
  }

  field(scheme: string, codeKey: string, parent: readonly string[], field: string): string | undefined {
    return this.names.get(scheme)?.get(`${codeKey}#${stepsPath([...parent, field])}`);
  }

  domain(scheme: string, domainId: string): string | undefined {
    return this.names.get(scheme)?.get(`@${domainId}`);
  }

  /** A code's names for the lockfile: `{ go: "CodeX", goField: { a_b: "AB" } }` (built as names are claimed). */
  codeRecord(code: ErrorCode): Record<string, LockedIdent> {
    return this.records.get(code.key) ?? {};
  }

  /** A domain's names for the lockfile: `{ rstLabel: "domain-billing" }`. */
  domainRecord(id: string): Record<string, string> {
    return (this.records.get(`@${id}`) ?? {}) as Record<string, string>;
  }

  /** Records `name` for the lockfile: under the scheme, or under the scheme and `path` (nested objects, fields). */
  record(owner: string, scheme: string, path: string | undefined, name: string): void {
    let rec = this.records.get(owner);
    if (!rec) this.records.set(owner, (rec = {}));
    if (path === undefined) rec[scheme] = name;
    else ((rec[scheme] ??= {}) as Record<string, string>)[path] = name;
  }
}

const NO_LOCK: LockedNames = { codes: new Map(), domains: new Map() };

/**
 * The catalog's own names: each code's docs anchor (`code.anchor`, the `{anchor}` of
 * docsUrl, the id of its docs entry in every docs target). Always checked, recorded once
 * as `anchor`. A generator puts its own ids beside them with `namespace: "catalog:anchors"`.
 */
export const CATALOG_NAMING: NamingGenerator = {
  name: "catalog",
  naming: { schemes: [{ key: "anchor", label: "docs anchor", per: "code", namespace: "catalog:anchors", caseInsensitive: true, mint: (code) => code.anchor }] },
};
const CATALOG_DECLARED = CATALOG_NAMING as { name: string; naming: GeneratorNaming };
const CATALOG_ANCHOR = CATALOG_DECLARED.naming.schemes[0]!;

/** A namespace's key: the shared `catalog:` ones as written, any other one the generator's own. */
const namespaceKey = (generator: string, namespace: string): string => (namespace.startsWith("catalog:") ? namespace : `${generator}:${namespace}`);

/**
 * Mints and allocates every declared name. Collisions are LS027 in `bag`; a broken
 * declaration (a bad key, a mint that throws) is LS027 at the generator's place too
 * — never a crash. Pure: the lockfile's names come in as `locked`.
 */
export function allocateNames(
  catalog: Catalog,
  codes: readonly NamingCode[],
  generators: readonly NamingGenerator[],
  bag: DiagnosticBag | undefined,
  locked: LockedNames = NO_LOCK,
  where: SourceLoc = { file: catalog.sources[0] ?? "", line: 1, col: 1 },
): Identifiers {
  const enabled: { generator: string; scheme: NameScheme }[] = [];
  const reserved = new Map<string, { name: string; by: string }[]>();
  const seenKeys = new Set<string>();
  const declared: { name: string; naming: GeneratorNaming }[] = [];
  for (const g of [...generators, CATALOG_NAMING]) {
    // A third-party declaration may be anything: what cannot be read is reported, never thrown.
    try {
      const naming = declaredNaming(g);
      if (naming === undefined) continue;
      if (!naming || typeof naming !== "object" || !Array.isArray(naming.schemes)) throw new Error("naming must be { schemes: [...] }");
      const schemes = [...naming.schemes];
      const reserved = naming.reserved === undefined ? undefined : Object.fromEntries(Object.entries(naming.reserved).map(([k, v]) => [k, Array.isArray(v) ? v.filter((w) => typeof w === "string") : []]));
      declared.push(g === CATALOG_NAMING ? CATALOG_DECLARED : { name: g.name, naming: { schemes, ...(reserved && { reserved }) } });
    } catch (e) {
      bag?.error("LS027", `generator "${g.name}": its naming declaration cannot be read: ${e instanceof Error ? e.message : String(e)}`, where);
    }
  }
  for (const g of declared) {
    const naming = g.naming;
    for (const scheme of naming.schemes) {
      if (!scheme || typeof scheme !== "object" || typeof scheme.mint !== "function" || !["code", "details", "nested", "field", "domain"].includes(scheme.per)) {
        bag?.error("LS027", `generator "${g.name}": a name scheme needs a key, a label, per: code | details | nested | field | domain, and a mint function`, where);
        continue;
      }
      const problem = (g === CATALOG_DECLARED ? undefined : schemeKeyProblem(g.name, scheme)) ?? (seenKeys.has(scheme.key) ? `name scheme key "${scheme.key}" is declared twice` : undefined);
      if (problem) {
        bag?.error("LS027", `generator "${g.name}": ${problem}`, where);
        continue;
      }
      seenKeys.add(scheme.key);
      enabled.push({ generator: g.name, scheme });
    }
    for (const [namespace, words] of Object.entries(naming.reserved ?? {})) {
      const ns = namespaceKey(g.name, namespace);
      const list = reserved.get(ns) ?? [];
      for (const word of words) list.push({ name: word, by: g.name });
      reserved.set(ns, list);
    }
  }
  const ids = new Identifiers(enabled, catalog);
  for (const g of declared) if (g.naming.reserved) ids.reserved.set(g.name, g.naming.reserved);
  // Codes in file order (the order they are written in), so the first-written one is "first" in a message.
  const ordered = [...codes].sort((a, b) => compareLoc(a.code.loc, b.code.loc));
  const live = ordered.filter((c) => !c.removed);

  const namespaces = new Map<string, { caseInsensitive: boolean; candidates: Candidate[] }>();
  const add = (ns: string, scheme: NameScheme, c: Candidate): void => {
    let space = namespaces.get(ns);
    if (!space) namespaces.set(ns, (space = { caseInsensitive: scheme.caseInsensitive === true, candidates: [] }));
    c.order = space.candidates.length;
    space.candidates.push(c);
  };
  // Each code's details objects and fields, walked once for every scheme.
  const details = live.map(({ code, detailsLoc }) => {
    const objects = detailsObjects(code);
    const fields = objects.flatMap((o) => o.fields.map((field) => ({ code, parent: o.steps, field })));
    return { code, detailsLoc, objects, fields, paths: objects.map((o) => stepsPath(o.steps)), locks: locked.codes.get(code.key) };
  });
  // Each code's lockfile names, looked up once rather than once per scheme.
  const orderedLocks = ordered.map(({ code }) => locked.codes.get(code.key));
  for (const { generator: g, scheme } of enabled) {
    // The subject is passed, not wrapped in a closure: this runs once per code and scheme.
    const minter = scheme as { mint(subject: unknown, catalog: Catalog): string | undefined };
    const mint = (subject: unknown): string | undefined => {
      try {
        const name: unknown = minter.mint(subject, catalog);
        if (name === undefined) return undefined;
        if (typeof name === "string" && name !== "") return name;
        throw new Error(`it returned ${JSON.stringify(name) ?? typeof name}, not a non-empty string`);
      } catch (e) {
        bag?.error("LS027", `generator "${g}": name scheme ${scheme.key} failed: ${e instanceof Error ? e.message : String(e)}`, where);
        return undefined;
      }
    };
    const ns = namespaceKey(g, scheme.namespace ?? scheme.key);
    const candidate = (id: string, who: string, loc: SourceLoc, code: string | undefined, base: string, locked: LockedIdent | undefined, owner: string, path: string | undefined): Candidate => ({
      scheme,
      generator: g,
      id,
      who,
      loc,
      code,
      base,
      locked: path === undefined ? (typeof locked === "string" ? locked : undefined) : typeof locked === "object" ? locked[path] : undefined,
      order: 0,
      owner,
      path,
    });
    switch (scheme.per) {
      case "code":
        for (let i = 0; i < ordered.length; i++) {
          const { code } = ordered[i]!;
          const base = mint(code);
          if (base !== undefined) add(ns, scheme, candidate(code.key, code.key, code.loc, code.key, base, orderedLocks[i]?.[scheme.key], code.key, undefined));
        }
        break;
      case "details":
        for (const { code, detailsLoc, objects, locks } of details) {
          const root = objects[0];
          const base = root && mint(root);
          if (base !== undefined) add(ns, scheme, candidate(`${code.key}#`, code.key, detailsLoc, code.key, base, locks?.[scheme.key], code.key, undefined));
        }
        break;
      case "nested":
        for (const { code, detailsLoc, objects, paths, locks } of details) {
          for (let i = 1; i < objects.length; i++) {
            const o = objects[i]!;
            const base = mint(o);
            const path = paths[i]!;
            if (base !== undefined) add(ns, scheme, candidate(`${code.key}#${path}`, `${code.key} (details ${path})`, detailsLoc, code.key, base, locks?.[scheme.key], code.key, path));
          }
        }
        break;
      case "field":
        for (const { code, detailsLoc, fields, locks } of details) {
          for (const f of fields) {
            const base = mint(f);
            const parent = stepsPath(f.parent);
            const path = parent === "" ? f.field.name : `${parent}.${f.field.name}`;
            if (base !== undefined) {
              add(`${ns}#${code.key}#${parent}`, scheme, candidate(`${code.key}#${path}`, `details field ${path} of ${code.key}`, detailsLoc, code.key, base, locks?.[scheme.key], code.key, path));
            }
          }
        }
        break;
      case "domain":
        for (const d of catalog.domains as readonly Domain[]) {
          const base = mint(d);
          if (base !== undefined) add(ns, scheme, candidate(`@${d.id}`, `domain ${d.id}`, d.loc, undefined, base, locked.domains.get(d.id)?.[scheme.key], `@${d.id}`, undefined));
        }
        break;
    }
  }

  // One message per colliding pair, naming every identifier it breaks.
  const clashes = new Map<string, { newcomer: Candidate; holder: Holder; idents: string[] }>();
  for (const [ns, space] of namespaces) {
    const fold = (name: string) => (space.caseInsensitive ? name.toLowerCase() : name);
    const taken = new Map<string, Holder>();
    for (const r of reserved.get(ns.split("#")[0]!) ?? []) taken.set(fold(r.name), { reservedBy: r.by });
    const claim = (c: Candidate, name: string): void => {
      taken.set(fold(name), c);
      ids.set(c.scheme.key, c.id, name);
      ids.record(c.owner, c.scheme.key, c.path, name);
    };
    const byLockThenOrder = (a: Candidate, b: Candidate) => Number(a.locked === undefined) - Number(b.locked === undefined) || a.order - b.order;
    const strict = space.candidates.filter((c) => c.scheme.onClash !== "suffix");
    const loose = space.candidates.filter((c) => c.scheme.onClash === "suffix");
    if (strict.some((c) => c.locked !== undefined)) strict.sort(byLockThenOrder);
    if (loose.some((c) => c.locked !== undefined)) loose.sort(byLockThenOrder);
    for (const c of strict) {
      const holder = taken.get(fold(c.base));
      if (holder === undefined) {
        claim(c, c.base);
        continue;
      }
      const pair = `${"reservedBy" in holder ? `reserved:${holder.reservedBy}` : holder.id}\u0000${c.id}`;
      const clash = clashes.get(pair) ?? { newcomer: c, holder, idents: [] };
      const other = "reservedBy" in holder || holder.scheme.label === c.scheme.label ? "" : ` (the ${holder.scheme.label} of ${holder.who})`;
      const ident = `${c.scheme.label} ${c.base}${other}`;
      if (!clash.idents.includes(ident)) clash.idents.push(ident);
      clashes.set(pair, clash);
    }
    const limit = space.candidates.length + (reserved.get(ns.split("#")[0]!)?.length ?? 0) + 2;
    for (const c of loose) {
      const form = (n: number) => (n === 1 ? c.base : c.scheme.suffix ? c.scheme.suffix(c.base, n) : `${c.base}${n}`);
      // A recorded name is kept while it is still one of this subject's forms and free.
      if (c.locked !== undefined) {
        const free = !taken.has(fold(c.locked));
        const isForm = c.scheme.suffix ? someForm(form, limit, c.locked) : isDefaultForm(c.base, limit, c.locked);
        if (free && isForm) {
          claim(c, c.locked);
          continue;
        }
        const holder = taken.get(fold(c.locked));
        if (holder && !("reservedBy" in holder) && holder.code !== undefined) ids.noteTaker(c.scheme.key, c.id, holder.code);
      }
      let n = 1;
      while (taken.has(fold(form(n)))) n++;
      claim(c, form(n));
    }
  }
  for (const { newcomer, holder, idents } of [...clashes.values()].sort((a, b) => compareLoc(a.newcomer.loc, b.newcomer.loc))) {
    if ("reservedBy" in holder) {
      bag?.error("LS027", `${newcomer.who} becomes ${idents.join(", ")}, which the ${holder.reservedBy} generator declares itself; rename it`, newcomer.loc);
    } else {
      bag?.error("LS027", `${newcomer.who} and ${holder.who} (${formatLoc(holder.loc)}) both become ${idents.join(", ")}; rename one of them`, newcomer.loc);
    }
  }
  return ids;
}

function compareLoc(a: SourceLoc, b: SourceLoc): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.col - b.col;
}

/**
 * The names for a run of `generators` over `catalog`: the compiled ones when they were
 * made for this catalog and cover every scheme; otherwise named afresh (a catalog a test
 * or tool built by hand), keeping the names the catalog carries.
 */
export function namesFor(catalog: Catalog, generators: readonly NamingGenerator[]): Identifiers {
  const have = catalog.identifiers as Identifiers | undefined;
  let covered: boolean;
  try {
    covered = generators.every((g) => (declaredNaming(g)?.schemes ?? []).every((s) => have?.has(s.key)));
  } catch {
    covered = false;
  }
  if (have?.builtFor && have.builtFor.codes === catalog.codes && have.builtFor.domains === catalog.domains && covered) return have;
  const locked: LockedNames = {
    codes: new Map(have ? catalog.codes.map((c) => [c.key, have.codeRecord(c)]) : []),
    domains: new Map(have ? catalog.domains.map((d) => [d.id, have.domainRecord(d.id)]) : []),
  };
  const codes = catalog.codes.map((code) => ({ code, removed: false, detailsLoc: code.loc }));
  const all = have ? [...new Map([...have.generators(), ...generators].map((g) => [g.name, g])).values()] : generators;
  return allocateNames(catalog, codes, all, undefined, locked);
}
