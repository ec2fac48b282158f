// A real Python package index for a test: pypiserver (pinned in scripts/tools-requirements.txt,
// installed into .tools/venv) on 127.0.0.1 with its packages in a temporary folder and
// open uploads (`-a . -P .`). The caller always stops it; a server that is missing or
// does not come up is a failure with the fix, never a skip.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPyIndex(): Promise<PyIndex> {
  if (!existsSync(BIN)) throw new Error(`pypiserver is missing (${BIN}). Run: bash scripts/setup-tools.sh`);
  const packages = mkdtempSync(join(tmpdir(), "lockstep-pypi-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  let child: ChildProcess | undefined = spawn(BIN, ["run", "-i", "127.0.0.1", "-p", String(port), "-a", ".", "-P", ".", packages], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child!.once("exit", () => resolve()));
  const stop = async () => {
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    child = undefined;
    rmSync(packages, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`pypiserver exited with ${child.exitCode}:\n${log}`);
      try {
        if ((await fetch(`${url}simple/`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`pypiserver did not answer on ${url} within 60 s:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return { url, simple: `${url}simple/`, packages, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
