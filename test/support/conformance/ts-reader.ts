// TypeScript module, read in Node: index.ts transpiled by esbuild and imported
// (one import per out dir, all in this process), then asked about every member
// through its own exports.
//
// Checks per code: value (the wire name, also in a domain-scoped catalog), name,
// domain, title, status (from status/statuses/statusVaries), retryable, retryAfter,
// deprecated, replacement.name, aliasOf.name, lifecycle, surfacesAs.name, docsUrl,
// lookup (`getErrorCodeInfo(name[, domain])` returns the member's info), isCode
// (`isErrorCode(value)`). Members catalog.json lacks are reported as extra.
// Details types are erased at run time; ts-types-reader.ts reads them.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { transform } from "esbuild";
import { missingFile, unreadable } from "./targets.js";
import type { Facts, Mismatch, Reading, Target } from "./types.js";

interface Info {
  readonly code: string;
  readonly domain: string;
  readonly title: string;
  readonly status: number | undefined;
  readonly statuses: readonly number[];
  readonly statusVaries: boolean;
  readonly retryable: string;
  readonly retryAfter: boolean;
  readonly deprecated: boolean;
  readonly replacement: string | undefined;
  readonly aliasOf: string | undefined;
  readonly lifecycle: string;
  readonly surfacesAs: string | undefined;
  readonly docsUrl: string | undefined;
}

/** Rebuilds a status object from the three fields the module exposes. */
function statusOf(info: Info): unknown {
  const all = [...info.statuses];
  const kind = info.statusVaries ? "varies" : all.length === 0 ? "unstated" : all.length === 1 ? "single" : "multiple";
  return { kind, primary: info.status ?? null, all };
}

async function readOne(target: Target): Promise<Reading> {
  const file = join(target.dirs.ts, "index.ts");
  const base = { artifact: "ts" as const, complete: true };
  if (!existsSync(file)) return unreadable("ts", missingFile("ts", file));
  const { code: js } = await transform(readFileSync(file, "utf8"), { loader: "ts", format: "esm", target: "es2022" });
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`)) as Record<string, unknown>;
  // Export names follow the `typeName` option: ErrorCode, ERROR_CODE_INFO, getErrorCodeInfo, isErrorCode.
  const typeName = String(target.generatorOptions.ts?.typeName ?? "ErrorCode");
  const constName = typeName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
  const enumObject = mod[typeName] as Record<string, string>;
  const infos = mod[`${constName}_INFO`] as Record<string, Info>;
  const getInfo = mod[`get${typeName}Info`] as (code: string, domain?: string) => Info | undefined;
  const isCode = mod[`is${typeName}`] as (value: unknown) => boolean;
  const names = [typeName, `${constName}_INFO`, `get${typeName}Info`, `is${typeName}`];
  if (names.some((n) => mod[n] === undefined)) {
    return unreadable("ts", { code: "*", artifact: "ts", field: "exports", expected: names, actual: Object.keys(mod).sort() });
  }
  const scoped = target.catalog.uniqueness === "domain";
  const keyOf = new Map(target.catalog.codes.map((c) => [c.identifiers.ts, c.key]));
  const codes = new Map<string, Facts>();
  const extra: string[] = [];
  const problems: Mismatch[] = [];
  for (const member of new Set([...Object.keys(enumObject), ...Object.keys(infos)])) {
    const key = keyOf.get(member);
    if (key === undefined) {
      extra.push(member);
      continue;
    }
    const value = enumObject[member];
    const info = infos[member];
    if (!info) {
      problems.push({ code: key, artifact: "ts", field: "ERROR_CODE_INFO", expected: "an entry", actual: "missing" });
      continue;
    }
    codes.set(key, {
      value,
      name: info.code,
      domain: info.domain,
      title: info.title,
      status: statusOf(info),
      retryable: info.retryable,
      retryAfter: info.retryAfter,
      deprecated: info.deprecated,
      "replacement.name": info.replacement ?? null,
      "aliasOf.name": info.aliasOf ?? null,
      lifecycle: info.lifecycle,
      "surfacesAs.name": info.surfacesAs ?? null,
      docsUrl: info.docsUrl ?? null,
      lookup: (scoped ? getInfo(info.code, info.domain) : getInfo(info.code)) === info,
      isCode: isCode(value),
    });
  }
  return { ...base, codes, extra, problems };
}

export async function readTs(targets: readonly Target[]): Promise<Reading[]> {
  return Promise.all(targets.map(readOne));
}
