// Whether a recorded name is still one of a subject's forms under an `onClash: suffix`
// scheme (`AB`, then `AB2`, `AB3`… or the scheme's own suffix), so the allocator keeps it.

/** Whether `name` is `form(n)` for some n in 1…limit. */
export function someForm(form: (n: number) => string, limit: number, name: string): boolean {
  for (let n = 1; n <= limit; n++) if (form(n) === name) return true;
  return false;
}

/**
 * `someForm` for the default forms (`base`, then `base` + n for n ≥ 2) without trying every n:
 * a recorded name that is no longer a form (its base changed) would otherwise cost a loop over
 * the whole namespace, for every such name.
 */
export function isDefaultForm(base: string, limit: number, name: string): boolean {
  if (name === base) return true;
  if (!name.startsWith(base)) return false;
  const rest = name.slice(base.length);
  return /^[1-9]\d{0,15}$/.test(rest) && Number(rest) >= 2 && Number(rest) <= limit;
}
