// Parses the files worth parsing on every core: the main thread scans one share and
// worker threads the others (each loads its own ts-morph), and the results join back
// in path order, so findings never depend on scheduling. Small scans stay on one
// thread: a worker pays the compiler's start-up (~0.3 s) before it parses anything.
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { scanSource, type ScanRules, type Usage } from "./audit-scan.js";
import { loadTsMorph } from "./ts-morph.js";

export interface ScanJob {
  /** Absolute path (for the parser's script kind). */
  readonly path: string;
  readonly text: string;
}

/** Below this many files per thread, another thread costs more than it saves. */
const MIN_FILES_PER_THREAD = 500;
const MAX_THREADS = 4;
const TAG = "lockstep-audit-scan";

interface WorkerInput {
  readonly [TAG]: true;
  readonly cwd: string;
  readonly rules: ScanRules;
  readonly jobs: readonly ScanJob[];
}

/**
 * Usages of every job, in job order. `LOCKSTEP_AUDIT_THREADS` sets the thread count
 * (1: no workers), for tests and for machines whose cores are taken.
 */
export async function scanAll(jobs: readonly ScanJob[], rules: ScanRules, cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<Usage[][]> {
  const threads = threadCount(jobs.length, env.LOCKSTEP_AUDIT_THREADS);
  const inThread = (share: readonly ScanJob[]) => {
    const ts = loadTsMorph("audit", cwd).ts;
    return share.map((j) => scanSource(ts, j.path, j.text, rules));
  };
  if (threads <= 1) return inThread(jobs);
  const size = Math.ceil(jobs.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => jobs.slice(i * size, (i + 1) * size));
  // Workers start first, so their compiler loads while this thread parses its own share.
  const pending = shares.slice(1).map((share) => inWorker(share, rules, cwd).catch(() => inThread(share)));
  const own = inThread(shares[0]!);
  return [own, ...(await Promise.all(pending))].flat();
}

function threadCount(files: number, forced: string | undefined): number {
  // A worker runs this bundled module; under a TypeScript loader (the test runner) it cannot.
  if (!/\.m?js$/.test(new URL(import.meta.url).pathname)) return 1;
  if (forced !== undefined && /^[1-9]\d*$/.test(forced)) return Math.min(Number(forced), MAX_THREADS);
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS, Math.floor(files / MIN_FILES_PER_THREAD)));
}

function inWorker(jobs: readonly ScanJob[], rules: ScanRules, cwd: string): Promise<Usage[][]> {
  return new Promise((resolve, reject) => {
    const input: WorkerInput = { [TAG]: true, cwd, rules, jobs };
    const worker = new Worker(new URL(import.meta.url), { workerData: input });
    worker.once("message", (usages: Usage[][]) => {
      resolve(usages);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`audit worker exited with ${code}`)));
  });
}

// In a worker started by `inWorker`: scan the share and post the usages back.
if (!isMainThread && parentPort && (workerData as Partial<WorkerInput> | null)?.[TAG]) {
  const { cwd, rules, jobs } = workerData as WorkerInput;
  const ts = loadTsMorph("audit", cwd).ts;
  parentPort.postMessage(jobs.map((j) => scanSource(ts, j.path, j.text, rules)));
}
