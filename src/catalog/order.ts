// The order every artifact lists domains and codes in. `sorted` (the default) makes
// output independent of how the spec is laid out; `source` keeps the spec's own order
// (files by path, codes as written), so an imported module keeps its member order.
import type { CatalogSettings } from "../load/config.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import type { DiagnosticBag } from "../diagnostics/diagnostics.js";
import { compareStrings, type Domain, type ErrorCode, type Tombstone } from "./model.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** A domain while normalise fills it. */
export type DomainDraft = Omit<Mutable<Domain>, "codes" | "tombstones"> & { codes: ErrorCode[]; tombstones: Tombstone[] };

/** Orders `domains` and each one's codes in place, and `codes` (the catalog-wide list) to match. */
export function orderCatalog(domains: DomainDraft[], codes: ErrorCode[], settings: CatalogSettings, bag: DiagnosticBag): void {
  if (settings.order === "source") {
    orderDomains(domains, settings.domainOrder, bag);
    // Refilled in place, not spread into one call: a catalog may hold more codes than a call takes arguments.
    codes.length = 0;
    for (const d of domains) for (const c of d.codes) codes.push(c);
    return;
  }
  for (const d of domains) {
    d.codes.sort((a, b) => compareStrings(a.name, b.name));
    d.tombstones.sort((a, b) => compareStrings(a.name, b.name));
  }
  domains.sort((a, b) => compareStrings(a.id, b.id));
}

/** `order: source`: the domains `domainOrder` names, in its order, then the rest by id. */
function orderDomains(domains: DomainDraft[], domainOrder: CatalogSettings["domainOrder"], bag: DiagnosticBag): void {
  const rank = new Map<string, number>();
  for (const { id, loc } of domainOrder) {
    if (rank.has(id)) bag.error("LS013", `domainOrder lists ${id} twice`, loc);
    else if (!domains.some((d) => d.id === id)) {
      const hint = didYouMean(id, domains.map((d) => d.id));
      bag.error("LS013", `domainOrder names ${id}, which is not a domain${hint ? ` (did you mean ${hint}?)` : ""}`, loc);
    } else rank.set(id, rank.size);
  }
  const last = rank.size;
  domains.sort((a, b) => (rank.get(a.id) ?? last) - (rank.get(b.id) ?? last) || compareStrings(a.id, b.id));
}
