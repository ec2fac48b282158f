// A real npm registry for a test: Verdaccio (a devDependency, pinned) on 127.0.0.1,
// with its storage in a temporary folder, a user created through the registry's own
// login endpoint, and every other package proxied from the public registry. The
// caller always stops it (afterAll); a registry that does not come up is a failure.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startLoopbackServer } from "./loopback-server.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "node_modules", "verdaccio", "bin", "verdaccio");

export interface Registry {
  readonly url: string;
  /** `.npmrc` lines that point npm at this registry with the test user's token. */
  readonly npmrc: string;
  stop(): Promise<void>;
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
  const { stop } = await startLoopbackServer("Verdaccio", process.execPath, [BIN, "--config", join(dir, "config.yaml"), "--listen", `127.0.0.1:${port}`], `${url}-/ping`, dir);
  try {
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
