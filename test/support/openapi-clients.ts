// The tools test/openapi-clients.test.ts runs, installed by scripts/setup-openapi-clients.sh
// in a cache outside the repository: openapi-generator-cli's jar and a venv with the
// dependencies of the Python client it generates. Missing: a failure naming the fix.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const SETUP = "run: bash scripts/setup-openapi-clients.sh (or bash scripts/setup-tools.sh)";

const cacheDir = (): string => process.env.LOCKSTEP_TOOLS_CACHE ?? join(homedir(), ".cache", "lockstep");

/** The pinned openapi-generator-cli jar. */
export function openapiGeneratorJar(): string {
  const { version } = (JSON.parse(readFileSync(join(ROOT, "scripts", "openapi-client-tools.json"), "utf8")) as { openapiGenerator: { version: string } }).openapiGenerator;
  const jar = join(cacheDir(), `openapi-generator-cli-${version}.jar`);
  if (!existsSync(jar)) throw new Error(`openapi-generator-cli ${version} is missing (${jar}); ${SETUP}`);
  return jar;
}

/** Python with pydantic, python-dateutil, urllib3 and typing-extensions (the generated client's requirements). */
export function clientPython(): string {
  const python = join(cacheDir(), "openapi-client-venv", "bin", "python");
  if (!existsSync(python)) throw new Error(`the Python client's venv is missing (${python}); ${SETUP}`);
  return python;
}
