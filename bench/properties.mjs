// The large property-based run: ≥ 10,000 random valid catalogs (hostile text, names
// near every target's reserved words, every field combination) through every
// generator, checked by tsc, gofmt/go vet/go build, mypy --strict, the OpenAPI
// validator, docutils and a GFM parser in batches, plus the conformance comparison.
// Prints catalogs tried, outputs checked, failures, rejections and time; exits 1 on
// any failure.
//
//   node bench/properties.mjs                          # 10,000 catalogs, 250 per batch, random seed
//   node bench/properties.mjs --count 2000 --seed 42   # fewer, reproducible
//   options: --batch N, --stages files,openapi,markdown,tsc,go,mypy,docutils,conformance,
//            --shrink K (failure kinds to shrink, default 8), --show N, --work DIR
//
// Needs the Python tools (bash scripts/setup-tools.sh) and Go. The TypeScript sources
// are bundled with esbuild into node_modules/.cache first (so bare imports resolve);
// `import.meta.dirname`/`url` keep pointing at each source file.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "node_modules", ".cache", "lockstep-properties", "main.mjs");

/** Replaces import.meta.dirname / import.meta.url with the source file's own values. */
const sourceLocation = {
  name: "source-location",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, "utf8")
        .replaceAll("import.meta.dirname", JSON.stringify(dirname(args.path)))
        .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
      return { contents: text, loader: "ts" };
    });
  },
};

await build({
  entryPoints: [join(root, "bench", "properties", "main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
  plugins: [sourceLocation],
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2));
