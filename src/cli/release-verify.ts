// `lockstep release --verify`: downloads the catalog version's published artifacts and
// compares them with a rebuild from the spec, so CI can prove a release never drifted
// from its source. npm and Python artifacts must be byte-identical (the builds are
// reproducible); a Go module is compared by its go.sum hash (h1:), which any proxy keeps.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { escapeModulePath } from "../release/gomod.js";
import { sha256, type ReleasePlan } from "../release/plan.js";
import { wheelName } from "../release/python.js";
import { goH1 } from "../release/unzip.js";
import type { Io } from "./main.js";
import { simpleIndexUrl } from "./release.js";

/** The body, or why not; a dropped connection is tried again (twice), an HTTP error is not. */
async function download(url: string): Promise<Buffer | string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url);
      if (!res.ok) return `${url} answered ${res.status}`;
      return Buffer.from(await res.arrayBuffer());
    } catch (e) {
      if (attempt === 3) return `cannot fetch ${url}: ${(e as Error).message}`;
    }
  }
}

/** Exit 0 when every published artifact matches, 1 when one differs, 2 when one cannot be found. */
export async function verify(plan: ReleasePlan, npmTarball: (name: string, version: string) => string | undefined, goProxy: string | undefined, io: Io): Promise<number> {
  const lines: string[] = [];
  let differs = false;
  let missing = false;
  const compare = (what: string, got: Buffer | string, want: string, digest: (b: Buffer) => string) => {
    if (typeof got === "string") {
      missing = true;
      lines.push(`  ${what}: not found (${got})`);
    } else if (digest(got) !== want) {
      differs = true;
      lines.push(`  ${what}: DIFFERS from the rebuild (published ${digest(got)}, rebuilt ${want})`);
    } else lines.push(`  ${what}: matches`);
  };
  if (plan.npm) {
    const url = npmTarball(plan.npm.name, plan.npm.version);
    compare(`npm ${plan.npm.name}@${plan.npm.version}`, url ? await download(url) : "npm view found no tarball", sha256(plan.npm.artifact.bytes), sha256);
  }
  if (plan.python) {
    const index = `${simpleIndexUrl(io.env)}${wheelName(plan.python.project.name).replace(/_/g, "-")}/`;
    const page = await download(index);
    for (const a of [plan.python.wheel, plan.python.sdist]) {
      const href = typeof page === "string" ? undefined : new RegExp(`href="([^"#]*${a.file.replace(/[.+]/g, "\\$&")})[#"]`).exec(page.toString("utf8"))?.[1];
      compare(`python ${a.file}`, href ? await download(new URL(href, index).href) : typeof page === "string" ? page : `not listed on ${index}`, sha256(a.bytes), sha256);
    }
  }
  if (plan.go) {
    const at = `${escapeModulePath(plan.go.path)}/@v/${plan.go.version}.zip`;
    const proxy = goProxy ?? io.env.GOPROXY?.split(/[,|]/).find((p) => /^(https?|file):\/\//.test(p));
    let got: Buffer | string = "no Go proxy to ask: pass --go-proxy or set GOPROXY";
    if (proxy?.startsWith("file://") || (proxy && !/^https?:/.test(proxy))) {
      const file = join(proxy.replace(/^file:\/\//, ""), at);
      got = existsSync(file) ? readFileSync(file) : `${file} does not exist`;
    } else if (proxy) got = await download(`${proxy.replace(/\/$/, "")}/${at}`);
    compare(`go ${plan.go.path}@${plan.go.version}`, got, goH1(Buffer.from(plan.go.zip.bytes)), goH1);
  }
  (differs || missing ? io.err : io.out)(`lockstep release --verify ${plan.version}:\n${lines.join("\n")}\n`);
  return differs ? 1 : missing ? 2 : 0;
}
