// `lockstep generate --watch`: generate, then regenerate whenever the config, a spec
// file or a template override changes, until SIGINT/SIGTERM (or `options.signal`).
//
// - Invalid input prints its diagnostics and writes nothing; the watch keeps going.
// - Bursts of events (editors' atomic saves: write a temp file, rename it over the
//   original; formatters; `git checkout`) are debounced into one run, and a change
//   during a run schedules one more run after it.
// - Folders are watched one by one, without `recursive`: Node 20's recursive watch on
//   Linux misses events in new folders and can throw on deletions. After each run the
//   set of watched folders is re-derived from the config, so new or deleted spec and
//   template folders, and a changed `spec:`/`templates:` setting, are picked up. A
//   folder that does not exist yet is watched through its nearest existing parent.
// - Every run compiles from disk and never consults the up-to-date cache, so it cannot
//   answer from a stale fingerprint; it still records one, so a later `check` is fast.
import { readdirSync, statSync, watch as watchFolder, type FSWatcher } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { DEFAULT_CONFIG_FILE, type Config } from "../load/config.js";
import { loadPlugins } from "../io/plan.js";
import { compileProject, readProject, type Project } from "../io/project.js";
import { inputsFingerprint } from "../io/up-to-date.js";
import type { Args } from "./args.js";
import { EXIT, type Io } from "./exit.js";
import { report } from "./report.js";

export interface WatchOptions {
  /** Stops the watch (tests; the CLI stops on SIGINT and SIGTERM). */
  readonly signal?: AbortSignal;
  /** Quiet period after the last change before regenerating, in ms. */
  readonly debounceMs?: number;
}

export const DEFAULT_DEBOUNCE_MS = 100;

/** What the watch is interested in, as absolute paths. */
interface Targets {
  readonly root: string;
  readonly configPath: string;
  readonly specDir: string | undefined;
  readonly templatesDir: string | undefined;
  readonly outDir: string | undefined;
}

const inside = (path: string, dir: string): boolean => path === dir || path.startsWith(dir + sep);

/** Editors' swap, backup and temporary files; their final rename reports the real name. */
const scratch = (path: string): boolean => /(^|[\\/])(\.[^\\/]*|[^\\/]*~|\d+)$|\.(swp|swx|tmp|bak)$/.test(path);

function relevant(t: Targets, path: string | undefined): boolean {
  if (path === undefined) return true; // the platform did not say which file: assume ours
  if (path === t.configPath) return true;
  if (t.outDir && inside(path, t.outDir)) return false;
  // The spec or templates folder itself, or a folder on the way to it, appeared or went away.
  if ((t.specDir && inside(t.specDir, path)) || (t.templatesDir && inside(t.templatesDir, path))) return true;
  if (t.specDir && dirname(path) === t.specDir) return /\.ya?ml$/.test(path);
  return !!t.templatesDir && inside(path, t.templatesDir) && !scratch(path);
}

function isFolder(path: string): number | undefined {
  try {
    const s = statSync(path);
    return s.isDirectory() ? s.ino : undefined;
  } catch {
    return undefined;
  }
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== "node_modules" && !e.name.startsWith("."))
      .map((e) => join(dir, e.name));
  } catch {
    return [];
  }
}

/** The folders to watch: the config's, the spec folder and the template tree (or their nearest existing parents). */
function foldersFor(t: Targets): Set<string> {
  const folders = new Set<string>([dirname(t.configPath)]);
  const nearest = (dir: string): string => {
    let d = dir;
    while (isFolder(d) === undefined && d !== t.root && inside(d, t.root)) d = dirname(d);
    return d;
  };
  if (t.specDir) folders.add(nearest(t.specDir));
  if (t.templatesDir) {
    folders.add(nearest(t.templatesDir));
    const walk = (dir: string): void => {
      if (isFolder(dir) === undefined || (t.outDir && inside(dir, t.outDir))) return;
      folders.add(dir);
      for (const sub of subfolders(dir)) walk(sub);
    };
    walk(t.templatesDir);
  }
  return folders;
}

export async function watch(args: Args, io: Io, options: WatchOptions = {}): Promise<number> {
  const configPath = args.config ? (isAbsolute(args.config) ? args.config : join(io.cwd, args.config)) : join(io.cwd, DEFAULT_CONFIG_FILE);
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let targets: Targets = { root: dirname(configPath), configPath, specDir: undefined, templatesDir: undefined, outDir: undefined };
  const watchers = new Map<string, { watcher: FSWatcher; ino: number }>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const runOnce = async (): Promise<void> => {
    const files = readProject(configPath);
    if (files.config) targets = targetsOf(files.root, configPath, files.config);
    const project: Project = files.config ? compileProject(files, await loadPlugins({ root: files.root, config: files.config }, args.noPlugins)) : { ...files, catalog: undefined };
    let code: number = EXIT.invalid;
    try {
      if (project.catalog && project.config) {
        const inputs = args.only || files.diagnostics.length ? undefined : inputsFingerprint(files.root, project.config, files.texts);
        code = await (await import("./generate.js")).generate(args, io, project as Project & { config: Config }, inputs);
      } else report(io, args, project, project.diagnostics);
    } catch (e) {
      io.err(`lockstep: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      code = EXIT.internal;
    }
    if (code !== EXIT.ok) io.err(`lockstep: nothing written; waiting for changes\n`);
    sync();
  };

  const sync = (): void => {
    if (stopped) return;
    const wanted = foldersFor(targets);
    for (const [dir, w] of watchers) {
      if (!wanted.has(dir) || isFolder(dir) !== w.ino) {
        w.watcher.close();
        watchers.delete(dir);
      }
    }
    for (const dir of wanted) {
      const ino = isFolder(dir);
      if (ino === undefined || watchers.has(dir)) continue;
      try {
        const watcher = watchFolder(dir, (_event, name) => {
          if (relevant(targets, name ? join(dir, name.toString()) : undefined)) schedule();
        });
        // A deleted folder ends its watcher; the next run's sync watches its replacement.
        watcher.on("error", () => {
          watcher.close();
          watchers.delete(dir);
          schedule();
        });
        watchers.set(dir, { watcher, ino });
      } catch {
        // vanished between the check and the watch: the parent's watcher reports it
      }
    }
  };

  const schedule = (): void => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };

  const fire = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = runOnce().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        schedule();
      }
    });
  };

  // Listen for the end first, so an interrupt during the first run still ends cleanly.
  const ended = new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      options.signal?.removeEventListener("abort", stop);
      resolve();
    };
    if (options.signal?.aborted) return stop();
    options.signal?.addEventListener("abort", stop);
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await (running = runOnce().finally(() => (running = undefined)));
  if (!args.quiet) {
    const shown = [targets.configPath, targets.specDir, targets.templatesDir].filter((p): p is string => p !== undefined);
    const names = shown.map((p, i) => (relative(io.cwd, p) || ".") + (i > 0 ? "/" : ""));
    io.out(`lockstep: watching ${names.join(", ")} for changes (Ctrl+C to stop)\n`);
  }
  await ended;
  stopped = true;
  clearTimeout(timer);
  for (const w of watchers.values()) w.watcher.close();
  watchers.clear();
  await running; // never leave a half-written out/ behind
  if (!args.quiet) io.out("lockstep: stopped watching\n");
  return EXIT.ok;
}

function targetsOf(root: string, configPath: string, config: Config): Targets {
  return {
    root,
    configPath,
    specDir: join(root, config.specDir),
    templatesDir: config.templatesDir === undefined ? undefined : join(root, config.templatesDir),
    outDir: join(root, config.outDir),
  };
}
