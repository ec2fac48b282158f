// `info.license` and `info.contact` from the config's `license` and `repository`, which
// linters ask of every document (Redocly `info-license`, Spectral `info-contact`).
//
//   license: { name: MIT, identifier: MIT }                                  # 3.1: SPDX expression
//   license: { name: MIT, url: "https://spdx.org/licenses/MIT.html" }       # 3.0: a URL (the SPDX list for an expression)
//   contact: { name: Relay API errors, url: "https://github.com/…" }
import type { Catalog } from "../catalog/model.js";
import { normaliseText } from "../escape/text.js";
import type { OasVersion } from "./types.js";

interface InfoMetadata {
  license?: { name: string; identifier?: string; url?: string };
  contact?: { name: string; url: string };
}

/** A single SPDX license id (not an expression such as `MIT OR Apache-2.0`). */
const SPDX_ID = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;

export function infoMetadata(catalog: Catalog, version: OasVersion): InfoMetadata {
  const meta: InfoMetadata = {};
  const license = catalog.package?.license;
  if (license) {
    const name = normaliseText(license);
    if (version === "3.1") meta.license = { name, identifier: name };
    // An expression (`MIT OR Apache-2.0`) has no page of its own: the SPDX list defines its ids.
    else meta.license = { name, url: SPDX_ID.test(name) ? `https://spdx.org/licenses/${name}.html` : "https://spdx.org/licenses/" };
  }
  const repository = catalog.package?.repository;
  if (repository) meta.contact = { name: normaliseText(catalog.title), url: normaliseText(repository) };
  return meta;
}
