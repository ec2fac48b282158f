// A real npm registry for a test: Verdaccio (a devDependency, pinned) on 127.0.0.1,
// with its storage in a temporary folder, a user created through the registry's own
// login endpoint, and every other package proxied from the public registry. The
// caller always stops it (afterAll); a registry that does not come up is a failure.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "node_modules", "verdaccio", "bin", "verdaccio");

export interface Registry {
  readonly url: string;
  /** `.npmrc` lines that point npm at this registry with the test user's token. */
  readonly npmrc: string;
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

export async function startRegistry(): Promise<Registry> {
  if (!existsSync(BIN)) throw new Error(`Verdaccio is missing (${BIN}). Run: pnpm install`);
  const dir = mkdtempSync(join(tmpdir(), "lockstep-verdaccio-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  writeFileSync(
    join(dir, "config.yaml"),
    [
      `storage: ${JSON.stringify(join(dir, "storage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(join(dir, "htpasswd"))}`,
      "    max_users: 10",
      "uplinks:",
      "  npmjs:",
      "    url: https://registry.npmjs.org/",
      "    timeout: 60s",
      "packages:",
      "  'lockstep':",
      "    access: $all",
      "    publish: $authenticated",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "    proxy: npmjs",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  let child: ChildProcess | undefined = spawn(process.execPath, [BIN, "--config", join(dir, "config.yaml"), "--listen", `127.0.0.1:${port}`], { stdio: ["ignore", "pipe", "pipe"] });
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
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Verdaccio exited with ${child.exitCode}:\n${log}`);
      try {
        if ((await fetch(`${url}-/ping`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`Verdaccio did not answer on ${url} within 60 s:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const res = await fetch(`${url}-/user/org.couchdb.user:tester`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "tester", password: "tester-password", type: "user", roles: [] }),
    });
    const { token } = (await res.json()) as { token?: string };
    if (!res.ok || !token) throw new Error(`Verdaccio refused to create the test user (${res.status})`);
    const hostPath = url.replace(/^http:/, "");
    return { url, npmrc: `registry=${url}\n${hostPath}:_authToken=${token}\n`, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
