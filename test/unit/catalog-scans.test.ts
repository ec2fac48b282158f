// Every built-in generator reads the catalog's code list a fixed number of times, however
// many codes there are: a catalog-wide question asked once per code (usesCanonical was)
// makes a generator quadratic, which at 50,000 codes turned a 30 s run into minutes.
// Counted, not timed: speed figures belong to bench/.
import { describe, expect, it } from "vitest";
import { BUILTIN_GENERATORS } from "../../generators/index.js";
import type { Catalog } from "../../src/catalog/model.js";
import { catalogOf, generateWith } from "./catalog-support.js";

function catalogWith(codes: number, canonical: boolean): Catalog {
  const lines = Array.from({ length: codes }, (_, i) => `  - name: CODE_${i}\n    status: ${[400, 404, 429][i % 3]}\n    description: Code ${i}.`);
  return catalogOf(canonical ? "envelope: aip193\n" : "", { "a.yaml": `codes:\n${lines.join("\n")}\n` });
}

/** How many times `generator` reads `catalog.codes` while it runs. */
function codeListReads(name: string, catalog: Catalog): number {
  let reads = 0;
  const counted = new Proxy(catalog, {
    get(target, key, receiver) {
      if (key === "codes") reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  generateWith(BUILTIN_GENERATORS.find((g) => g.name === name)!, counted);
  return reads;
}

describe("catalog-wide scans", () => {
  for (const canonical of [false, true]) {
    for (const generator of BUILTIN_GENERATORS.map((g) => g.name)) {
      it(`${generator}${canonical ? " (canonical codes)" : ""} reads the code list as often for 200 codes as for 20`, () => {
        expect(codeListReads(generator, catalogWith(200, canonical))).toBe(codeListReads(generator, catalogWith(20, canonical)));
      });
    }
  }
});
