// A server process a test needs (a package registry, an index), started on 127.0.0.1
// with a free port and always stopped by its caller. A server that exits early or does
// not answer within a minute is a failure that carries its log, never a skip.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface LoopbackServer {
  /** Stops the process (TERM, then KILL after 5 s) and deletes `scratch`. */
  stop(): Promise<void>;
}

/** Spawns `command args`, waits until `probe` answers with a 2xx; `scratch` (its data folder) goes with it. */
export async function startLoopbackServer(name: string, command: string, args: readonly string[], probe: string, scratch: string): Promise<LoopbackServer> {
  let child: ChildProcess | undefined = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  let failed: Error | undefined; // e.g. ENOENT: spawn reports it as an event, not a throw
  child.once("error", (e) => (failed = e));
  child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => {
    child!.once("exit", () => resolve());
    child!.once("error", () => resolve());
  });
  const stop = async () => {
    if (child && child.exitCode === null && !failed) {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    child = undefined;
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (failed) throw new Error(`${name} could not start (${command}): ${failed.message}`);
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${log}`);
      try {
        if ((await fetch(probe)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${name} did not answer on ${probe} within 60 s:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return { stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
