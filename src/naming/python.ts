// Python names. Enum members are UPPER_SNAKE whatever the catalog's style: Python's
// keywords are all lower or Title case (`None`, `class`), and `mro` or `_sunder_`
// cannot arise, so no member needs renaming.
import { upperSnake } from "./words.js";

export function pythonMemberName(words: readonly string[]): string {
  return upperSnake(words);
}
