// Upstream provider names as people write them ("Meta (WhatsApp Cloud API)"): the
// display name is kept for every artifact, and a stable slug derived from it is the
// provider's id (the runtime lookup tables, catalog.json's `provider`).

/** A name that is already an id is kept as written (so existing specs keep their bytes). */
export const PROVIDER_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** `Meta (WhatsApp Cloud API)` → `meta-whatsapp-cloud-api`; `Crédit Agricole` → `credit-agricole`; "" when nothing is left. */
export function providerSlug(name: string): string {
  if (PROVIDER_ID.test(name)) return name;
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The names `fromUpstream` accepts for a provider: its id, then its display name when it has one. */
export function providerNames(u: { readonly provider: string; readonly name?: string }): string[] {
  return u.name === undefined ? [u.provider] : [u.provider, u.name];
}
