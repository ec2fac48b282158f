// The one Python process of a conformance call: read_artifacts.py gets every
// Python-package and RST task on stdin and answers them all in order.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { toolsPython } from "../toolchains.js";

const SCRIPT = join(import.meta.dirname, "read_artifacts.py");

export type PythonTask =
  | { readonly kind: "python"; readonly package: string; readonly scoped: boolean; readonly details: Readonly<Record<string, string>> }
  | { readonly kind: "rst"; readonly file: string };

export async function runPythonTasks(tasks: readonly PythonTask[]): Promise<unknown[]> {
  if (tasks.length === 0) return [];
  const python = toolsPython();
  // -B: no __pycache__ written into the out dirs being checked.
  const child = spawn(python, ["-B", SCRIPT], { stdio: ["pipe", "pipe", "pipe"] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (b: Buffer) => out.push(b));
  child.stderr.on("data", (b: Buffer) => err.push(b));
  child.stdin.end(JSON.stringify(tasks));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`conformance: ${python} ${SCRIPT} exited ${code}:\n${Buffer.concat(err).toString("utf8")}`);
  return JSON.parse(Buffer.concat(out).toString("utf8")) as unknown[];
}
