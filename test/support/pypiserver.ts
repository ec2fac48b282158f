// A real Python package index for a test: pypiserver (pinned in scripts/tools-requirements.txt,
// installed into .tools/venv) on 127.0.0.1 with its packages in a temporary folder and
// open uploads (`-a . -P .`). The caller always stops it; a server that is missing or
// does not come up is a failure with the fix, never a skip.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startLoopbackServer } from "./loopback-server.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, ".tools", "venv", "bin", "pypi-server");

export interface PyIndex {
  /** Upload URL for twine (TWINE_REPOSITORY_URL). */
  readonly url: string;
  /** PEP 503 simple index for pip (--index-url). */
  readonly simple: string;
  readonly packages: string;
  stop(): Promise<void>;
}

export async function startPyIndex(): Promise<PyIndex> {
  if (!existsSync(BIN)) throw new Error(`pypiserver is missing (${BIN}). Run: bash scripts/setup-tools.sh`);
  const packages = mkdtempSync(join(tmpdir(), "lockstep-pypi-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const { stop } = await startLoopbackServer("pypiserver", BIN, ["run", "-i", "127.0.0.1", "-p", String(port), "-a", ".", "-P", ".", packages], `${url}simple/`, packages);
  return { url, simple: `${url}simple/`, packages, stop };
}
