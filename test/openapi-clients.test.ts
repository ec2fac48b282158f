// Clients generated from `errors.yaml` with their tools' default settings decode error
// bodies at run time: openapi-generator's Go and Python clients, and openapi-typescript's
// types compiled by tsc --strict and run by node. Three bodies of the project's own catalog
// (Relay): a code with details (API_KEY_REVOKED), one without (CALL_BUSY), and a code the
// document does not list (a code added later: not a breaking change, so a client must take it).
// openapi-generator runs once (batch mode, both clients in one JVM); its jar and the Python
// client's dependencies come from scripts/setup-openapi-clients.sh.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, expect, test } from "vitest";
import openapi from "../generators/openapi.js";
import type { Catalog } from "../src/catalog/model.js";
import type { Generator } from "../src/generate/plugin.js";
import { generate } from "./support/fixture.js";
import { clientPython, openapiGeneratorJar } from "./support/openapi-clients.js";
import { GO_ENV, requireTool, run } from "./support/toolchains.js";
import { loadProject } from "../src/io/project.js";

const ROOT = join(import.meta.dirname, "..");
const UNKNOWN = "CODE_ADDED_LATER";

type Body = { error: { code: string; details?: Record<string, unknown> } } & Record<string, unknown>;
let dir: string;
let bodies: Record<string, Body>;
let yaml: string;
let catalog: Catalog;

/** The example body the document gives for `code`. */
function exampleBody(doc: { components: { responses: Record<string, { content: Record<string, { examples?: Record<string, { value: Body }> }> }> } }, code: string): Body {
  for (const response of Object.values(doc.components.responses)) {
    const example = response.content["application/json"]?.examples?.[code];
    if (example) return example.value;
  }
  throw new Error(`no example for ${code}`);
}

/** Each body file's expected decoded line: `<file> known=<bool> code=<code> status=<n> details=<json|none> typed=<…>`. */
const EXPECTED = [
  'api_key_revoked.json known=true code=API_KEY_REVOKED status=401 details={"revoked_at":"revoked_at","revoked_by":"account_owner"} typed=revoked_at/account_owner',
  "call_busy.json known=true code=CALL_BUSY status=500 details=none typed=-",
  `unknown.json known=false code=${UNKNOWN} status=418 details={"hint":"new"} typed=-`,
];

beforeAll(() => {
  const project = loadProject(join(ROOT, "lockstep.config.yaml"));
  if (!project.catalog) throw new Error("the project's catalog does not compile");
  catalog = project.catalog;
  const files = generate(openapi as Generator<unknown>, catalog);
  yaml = files.get("errors.yaml")!;
  const doc = JSON.parse(files.get("errors.json")!);
  const revoked = exampleBody(doc, "API_KEY_REVOKED");
  const busy = { ...exampleBody(doc, "CALL_BUSY") };
  busy.error = { ...busy.error, status: 500 } as Body["error"];
  const unknown = { ...busy, error: { ...busy.error, code: UNKNOWN, message: "Something new", status: 418, details: { hint: "new" } } };
  bodies = { "api_key_revoked.json": revoked, "call_busy.json": busy, "unknown.json": unknown };
  expect(revoked.error.details).toBeDefined();
  expect(busy.error.details).toBeUndefined();

  dir = mkdtempSync(join(tmpdir(), "lockstep-openapi-clients-"));
  writeFileSync(join(dir, "errors.yaml"), yaml);
  mkdirSync(join(dir, "bodies"));
  for (const [name, body] of Object.entries(bodies)) writeFileSync(join(dir, "bodies", name), JSON.stringify(body));
  // Default generator options; only docs and test stubs are skipped.
  const skip = { apiDocs: false, modelDocs: false, apiTests: false, modelTests: false };
  const config = (generatorName: string, out: string) =>
    JSON.stringify({ generatorName, inputSpec: join(dir, "errors.yaml"), outputDir: join(dir, out), packageName: "errclient", gitUserId: "example", gitRepoId: "errclient", globalProperties: skip });
  writeFileSync(join(dir, "go.json"), config("go", "go"));
  writeFileSync(join(dir, "python.json"), config("python", "py"));
  const java = requireTool("java", "install a JDK (11 or later): openapi-generator runs on the JVM");
  run(java, ["-jar", openapiGeneratorJar(), "batch", "--fail-fast", join(dir, "go.json"), join(dir, "python.json")], { cwd: dir });
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const bodyFiles = () => Object.keys(bodies).map((name) => join(dir, "bodies", name));

const GO_MAIN = `package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	errclient "github.com/example/errclient"
)

func main() {
	for _, path := range os.Args[1:] {
		data, err := os.ReadFile(path)
		if err != nil {
			panic(err)
		}
		var body errclient.Error
		if err := json.Unmarshal(data, &body); err != nil {
			fmt.Printf("%s decode error: %v\\n", filepath.Base(path), err)
			continue
		}
		code, known := "", body.Error.Code.ErrorCodeKnown != nil
		if known {
			code = string(*body.Error.Code.ErrorCodeKnown)
		} else {
			code = *body.Error.Code.String
		}
		details, typed := "none", "-"
		if body.Error.Details != nil {
			raw, _ := json.Marshal(body.Error.Details)
			details = string(raw)
			if known && *body.Error.Code.ErrorCodeKnown == errclient.API_KEY_REVOKED {
				var d errclient.APIKeyRevokedDetails
				if err := json.Unmarshal(raw, &d); err != nil {
					panic(err)
				}
				typed = d.RevokedAt + "/" + d.GetRevokedBy()
			}
		}
		fmt.Printf("%s known=%v code=%s status=%d details=%s typed=%s\\n", filepath.Base(path), known, code, body.Error.Status, details, typed)
	}
}
`;
import { TSC } from "./support/tsc.js";

test("openapi-generator's Go client (default options) decodes a known code with details, one without, and an unknown code", () => {
  const go = requireTool("go", "install Go 1.21 or later");
  const app = join(dir, "goapp");
  mkdirSync(app);
  writeFileSync(join(app, "go.mod"), `module example.com/app\n\ngo 1.21\n\nrequire github.com/example/errclient v0.0.0\n\nreplace github.com/example/errclient => ../go\n`);
  writeFileSync(join(app, "main.go"), GO_MAIN);
  // The default shape needs no module; one that does (gopkg.in/validator.v2 for a oneOf) may fetch it.
  const env: NodeJS.ProcessEnv = { ...GO_ENV, GOFLAGS: "-mod=mod", GOSUMDB: "off" };
  delete env.GOPROXY;
  if (process.env.GOPROXY) env.GOPROXY = process.env.GOPROXY;
  const out = run(go, ["run", ".", ...bodyFiles()], { cwd: app, env });
  expect(out.trim().split("\n")).toEqual(EXPECTED);
}, 180_000);

const PY_MAIN = `import json, os, sys
from errclient.models.error import Error
from errclient.models.error_code_known import ErrorCodeKnown
from errclient.models.api_key_revoked_details import APIKeyRevokedDetails

for path in sys.argv[1:]:
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        try:
            body = Error.from_json(f.read())
        except Exception as e:  # the line says why
            print(f"{name} decode error: {e!r}".replace("\\n", " "))
            continue
    code = body.error.code.actual_instance
    known = isinstance(code, ErrorCodeKnown)
    text = code.value if known else code
    details, typed = "none", "-"
    if body.error.details is not None:
        details = json.dumps(body.error.details, separators=(",", ":"))
        if code == ErrorCodeKnown.API_KEY_REVOKED:
            d = APIKeyRevokedDetails.from_dict(body.error.details)
            typed = f"{d.revoked_at}/{d.revoked_by}"
    print(f"{name} known={str(known).lower()} code={text} status={body.error.status} details={details} typed={typed}")
`;

test("openapi-generator's Python client (default options) decodes the same three bodies", () => {
  writeFileSync(join(dir, "decode.py"), PY_MAIN);
  const out = run(clientPython(), [join(dir, "decode.py"), ...bodyFiles()], { cwd: dir, env: { ...process.env, PYTHONPATH: join(dir, "py"), PYTHONDONTWRITEBYTECODE: "1" } });
  expect(out.trim().split("\n")).toEqual(EXPECTED);
}, 60_000);

// No @types/node (tsc would spend most of its time there): the bodies are inlined as JSON text.
const tsMain = (knownCodes: readonly string[], files: Record<string, string>) => `import type { components } from "./errors.js";
declare const console: { log(line: string): void };

type Body = components["schemas"]["Error"];
type Code = components["schemas"]["ErrorCode"];
type RevokedDetails = components["schemas"]["APIKeyRevokedDetails"];

// Every known code is a literal of ErrorCodeKnown (tsc checks the list), and a code added later is still a Code.
const KNOWN = ${JSON.stringify(knownCodes)} as const;
const known: readonly string[] = KNOWN satisfies readonly components["schemas"]["ErrorCodeKnown"][];
const later: Code = "${UNKNOWN}";

const FILES: Record<string, string> = ${JSON.stringify(files)};
for (const [name, text] of Object.entries(FILES)) {
  const body = JSON.parse(text) as Body;
  const code: Code = body.error.code;
  let typed = "-";
  if (code === "API_KEY_REVOKED" && body.error.details) {
    const d = body.error.details as RevokedDetails;
    typed = d.revoked_at + "/" + (d.revoked_by ?? "");
  }
  const details = body.error.details === undefined ? "none" : JSON.stringify(body.error.details);
  console.log(\`\${name} known=\${known.includes(code) && code !== later} code=\${code} status=\${body.error.status} details=\${details} typed=\${typed}\`);
}
`;

test("openapi-typescript's types: tsc --strict compiles a decoder that takes an unknown code, and node runs it", async () => {
  const ts = join(dir, "ts");
  mkdirSync(ts);
  writeFileSync(join(ts, "errors.ts"), astToString(await openapiTS(yaml, { silent: true })));
  const knownCodes = (JSON.parse(generate(openapi as Generator<unknown>, catalog).get("errors.json")!) as { components: { schemas: { ErrorCodeKnown: { enum: string[] } } } }).components.schemas.ErrorCodeKnown.enum;
  const texts = Object.fromEntries(Object.entries(bodies).map(([name, body]) => [name, JSON.stringify(body)]));
  writeFileSync(join(ts, "main.ts"), tsMain(knownCodes, texts));
  writeFileSync(join(ts, "package.json"), JSON.stringify({ type: "module" }));
  const compilerOptions = { strict: true, target: "ES2022", lib: ["ES2022"], module: "NodeNext", moduleResolution: "NodeNext", types: [], outDir: "dist" };
  writeFileSync(join(ts, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["main.ts"] }));
  run(TSC, ["-p", join(ts, "tsconfig.json")]);
  const out = run(process.execPath, [join(ts, "dist", "main.js")]);
  expect(out.trim().split("\n")).toEqual(EXPECTED);
}, 60_000);
