// Catalog versions compare by their numeric parts (`1.10.0` after `1.9.2`), then as
// text, so any scheme (semver, calver, `v3`) orders sensibly and the same everywhere.
import { compareStrings } from "../catalog/model.js";

export function compareVersions(a: string, b: string): number {
  if (a === b) return 0; // the common case (a code added in the current version), without splitting
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (i % 2 === 1) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return diff < 0 ? -1 : 1;
    }
    return compareStrings(x, y);
  }
  return pa.length - pb.length;
}
