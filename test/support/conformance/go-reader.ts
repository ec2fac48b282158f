// Go package, read by Go: one generated program in a temp module holds a copy of
// every out dir's package (`p0`, `p1`, …: generated modules often share a module
// path, so they cannot all be `replace`d into one build) and prints, as JSON, what
// each package's own methods say about every code constant. One `go run` per call.
//
// Checks per code: value (the key: `domain/name` in a domain-scoped catalog), name
// (`Name()`), domain, title, status (HTTPStatus/HTTPStatuses/HTTPStatusVaries),
// retryable (`Retryable().String()`), retryAfter, docsUrl (`DocsURL()`), deprecated,
// replacement, aliasOf, surfacesAs (the keys their Code values are), lifecycle
// (`Planned()`), known, parse (`Parse(name)` / `Parse(domain, name)` gives the key
// back) and details (the details struct by reflection: json tag names, omitempty =
// optional, Go kinds; enums are plain strings in Go). `All()` values catalog.json
// lacks are reported as extra. A package that does not build (e.g. a constant
// catalog.json names is missing) is one `build` mismatch; the others still run.
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { promisify } from "node:util";
import { join } from "node:path";
import { GO_ENV, requireTool } from "../toolchains.js";
import type { DetailsProfile } from "./compare.js";
import { missingFile, unreadable } from "./targets.js";
import type { Facts, JsonDetailField, Reading, Target } from "./types.js";

const execFileAsync = promisify(execFile);

const PROFILE: DetailsProfile = { integer: true, enumValues: false, enumOrder: true };

const PRELUDE = `package main

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
%IMPORTS%)

type entry[C any] struct {
	code    C
	ident   string
	details reflect.Type
}

type result struct {
	All   []string         \`json:"all"\`
	Codes []map[string]any \`json:"codes"\`
}

func opt(s string, ok bool) any {
	if !ok {
		return nil
	}
	return s
}

// typeOf describes a details type in catalog.json's terms.
func typeOf(t reflect.Type) map[string]any {
	switch t.Kind() {
	case reflect.Pointer:
		return typeOf(t.Elem())
	case reflect.String:
		return map[string]any{"kind": "string"}
	case reflect.Int:
		return map[string]any{"kind": "integer"}
	case reflect.Float64:
		return map[string]any{"kind": "number"}
	case reflect.Bool:
		return map[string]any{"kind": "boolean"}
	case reflect.Slice:
		return map[string]any{"kind": "list", "of": typeOf(t.Elem())}
	case reflect.Map:
		return map[string]any{"kind": "map", "of": typeOf(t.Elem())}
	case reflect.Struct:
		return map[string]any{"kind": "object", "fields": fieldsOf(t)}
	}
	return map[string]any{"kind": "unsupported " + t.String()}
}

func fieldsOf(t reflect.Type) []map[string]any {
	fields := []map[string]any{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		fields = append(fields, map[string]any{"name": name, "required": opts != "omitempty", "type": typeOf(f.Type)})
	}
	return fields
}

func main() {
	out := []result{%CALLS%}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
`;

/** The reader of one package, `pN`; `scoped` picks the Parse signature. */
function readerFunc(n: number, target: Target): string {
  const p = `p${n}`;
  const entries = target.catalog.codes
    .map((c) => {
      const { go: constant, goDetails: detailsType } = c.identifiers;
      return `\t\t{${p}.${constant}, ${JSON.stringify(constant)}, ${detailsType ? `reflect.TypeOf(${p}.${detailsType}{})` : "nil"}},\n`;
    })
    .join("");
  const parse = target.catalog.uniqueness === "domain" ? `${p}.Parse(c.Domain(), c.Name())` : `${p}.Parse(c.Name())`;
  return `
func read${n}() result {
	codes := []entry[${p}.Code]{
${entries}	}
	out := result{All: []string{}, Codes: []map[string]any{}}
	for _, c := range ${p}.All() {
		out.All = append(out.All, string(c))
	}
	for _, e := range codes {
		c := e.code
		r, rok := c.Replacement()
		a, aok := c.AliasOf()
		s, sok := c.SurfacesAs()
		parsed, pok := ${parse}
		m := map[string]any{
			"ident": e.ident, "value": string(c), "name": c.Name(), "domain": c.Domain(), "title": c.Title(),
			"status": c.HTTPStatus(), "statuses": c.HTTPStatuses(), "varies": c.HTTPStatusVaries(),
			"retryable": c.Retryable().String(), "retryAfter": c.RetryAfter(), "docsUrl": c.DocsURL(),
			"deprecated": c.Deprecated(), "replacement": opt(string(r), rok), "aliasOf": opt(string(a), aok),
			"planned": c.Planned(), "surfacesAs": opt(string(s), sok), "known": c.Known(), "parse": opt(string(parsed), pok),
		}
		if e.details != nil {
			m["details"] = fieldsOf(e.details)
		}
		out.Codes = append(out.Codes, m)
	}
	return out
}
`;
}

interface GoCode {
  readonly ident: string;
  readonly value: string;
  readonly status: number;
  readonly statuses: number[] | null;
  readonly varies: boolean;
  readonly docsUrl: string;
  readonly planned: boolean;
  readonly details?: JsonDetailField[];
  readonly [fact: string]: unknown;
}

function facts(code: GoCode): Facts {
  const all = code.statuses ?? [];
  const kind = code.varies ? "varies" : all.length === 0 ? "unstated" : all.length === 1 ? "single" : "multiple";
  const out: Facts = {
    value: code.value,
    name: code.name,
    domain: code.domain,
    title: code.title,
    status: { kind, primary: code.status === 0 ? null : code.status, all },
    retryable: code.retryable,
    retryAfter: code.retryAfter,
    docsUrl: code.docsUrl === "" ? null : code.docsUrl,
    deprecated: code.deprecated,
    replacement: code.replacement,
    aliasOf: code.aliasOf,
    lifecycle: code.planned ? "planned" : "live",
    surfacesAs: code.surfacesAs,
    known: code.known,
    parse: code.parse,
  };
  if (code.details) out.details = { fields: code.details, profile: PROFILE };
  return out;
}

/** `go run` of the reader program over `used` packages; a package that does not build is left out and retried without. */
async function runProgram(goBin: string, dir: string, targets: readonly Target[], used: number[]): Promise<{ results: Map<number, { all: string[]; codes: GoCode[] }>; failed: Map<number, string> }> {
  const failed = new Map<number, string>();
  for (;;) {
    const imports = used.map((i) => `\tp${i} "conformance/p${i}"\n`).join("");
    const calls = used.map((i) => `read${i}()`).join(", ");
    writeFileSync(join(dir, "main.go"), PRELUDE.replace("%IMPORTS%", imports).replace("%CALLS%", calls) + used.map((i) => readerFunc(i, targets[i]!)).join(""));
    try {
      // No optimisation, no debug info: the program runs once, the build is what takes time.
      const { stdout: out } = await execFileAsync(goBin, ["run", "-gcflags=-N -l", "-ldflags=-s -w", "."], { cwd: dir, env: GO_ENV, encoding: "utf8", maxBuffer: 1 << 30 });
      const list = JSON.parse(out) as { all: string[]; codes: GoCode[] }[];
      return { results: new Map(used.map((i, n) => [i, list[n]!])), failed };
    } catch (e) {
      const output = `${(e as { stderr?: string }).stderr ?? ""}`;
      // Compiler errors name the package (`p3/code.go:…`) or a reference to it (`undefined: p3.CodeX`).
      const broken = new Set([...output.matchAll(/\bp(\d+)[./]/g)].map((m) => Number(m[1])).filter((i) => used.includes(i)));
      if (broken.size === 0) throw new Error(`conformance: go run failed:\n${output}\n${(e as Error).message}`);
      for (const i of broken) failed.set(i, output.split("\n").filter((l) => new RegExp(`\\bp${i}[./]`).test(l)).join("\n"));
      used = used.filter((i) => !broken.has(i));
    }
  }
}

export async function readGo(targets: readonly Target[]): Promise<Reading[]> {
  const goBin = requireTool("go", "install Go 1.21 or later (https://go.dev/dl/) and put `go` on PATH");
  const dir = mkdtempSync(join(tmpdir(), "lockstep-conformance-go-"));
  try {
    const present = targets.map((t) => existsSync(join(t.dirs.go, "go.mod")));
    const used = targets.flatMap((t, i) => (present[i] ? [i] : []));
    for (const i of used) {
      const from = targets[i]!.dirs.go;
      mkdirSync(join(dir, `p${i}`));
      for (const f of readdirSync(from).filter((f) => f.endsWith(".go"))) copyFileSync(join(from, f), join(dir, `p${i}`, f));
    }
    writeFileSync(join(dir, "go.mod"), "module conformance\n\ngo 1.21\n");
    const { results, failed } = await runProgram(goBin, dir, targets, used);
    return targets.map((t, i): Reading => {
      if (!present[i]) return unreadable("go", missingFile("go", join(t.dirs.go, "go.mod")));
      const result = results.get(i);
      if (!result) return unreadable("go", { code: "*", artifact: "go", field: "build", expected: "a package that builds with every catalog.json identifier", actual: failed.get(i) });
      const keys = new Set(t.catalog.codes.map((c) => c.key));
      const keyOf = new Map(t.catalog.codes.map((c) => [c.identifiers.go, c.key]));
      const codes = new Map(result.codes.map((c) => [keyOf.get(c.ident)!, facts(c)]));
      // Constants are looked up by catalog.json's identifiers; All() shows the ones it does not know.
      return { artifact: "go", complete: true, codes, extra: result.all.filter((v) => !keys.has(v)), problems: [] };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
