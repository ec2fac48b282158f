// TypeScript names. Enum members and object keys accept any identifier, keywords
// included, so a code keeps its name; a domain-scoped catalog prefixes the domain.
import type { NamingStyle } from "../model.js";
import { lowerSnake, upperSnake } from "./words.js";

/** `["invalid", "phone"]` → `INVALID_PHONE` (or `invalid_phone` in a lower_snake catalog). */
export function tsMemberName(words: readonly string[], naming: NamingStyle): string {
  return naming === "UPPER_SNAKE" ? upperSnake(words) : lowerSnake(words);
}
