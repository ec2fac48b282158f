// `generate` and `check` once the spec is valid: run the generators, compare with
// out/, then write (or report). Loaded by main.ts only when there is work to do.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../load/config.js";
import type { Diagnostic } from "../diagnostics/diagnostics.js";
import { WHOLE_DIFF_BYTES } from "../io/bounded-diff.js";
import { checkReport, filePatch } from "../io/check-report.js";
import { lockfileReport, lockfileStale, writeLockfile, type LockfileState } from "../io/lockfile-state.js";
import { fsTemplateLoader } from "../io/fs-templates.js";
import { inputFacts, staleReason } from "../io/input-facts.js";
import { lockOutRoot } from "../io/out-lock.js";
import { packageRoot } from "../io/package-root.js";
import { MANIFEST, OutStateBuilder, symlinkOnPath, type OutState, type Refusal } from "../io/out-state.js";
import { openStaging } from "../io/staging.js";
import { planGenerators } from "../io/plan.js";
import type { Project } from "../io/project.js";
import { inputsFingerprint, recordUpToDate, vouchedOutputs } from "../io/up-to-date.js";
import { unwritableFolders } from "../io/writable.js";
import { applyOutState, leftoverTemps } from "../io/writer.js";
import type { SourceLoc } from "../catalog/model.js";
import { streamGenerators, type OutputEntry, type PlannedGenerator } from "../generate/pipeline.js";
import { collectGarbage, RECLAIM_FROM_CODES } from "../generate/reclaim.js";
import type { Args } from "./args.js";
import { plural } from "../catalog/code-text.js";
import { EXIT, type Io } from "./exit.js";
import { addedWarning, droppedWarning } from "./generator-warnings.js";
import { BUILTIN_GENERATORS } from "../../generators/index.js";
import { fixCommand, report } from "./report.js";

/** How long a second `generate` on one out/ waits for the first (LOCKSTEP_LOCK_WAIT_MS overrides). */
const LOCK_WAIT_MS = 5000;

export async function generate(args: Args, io: Io, project: Project & { config: Config }, inputs: string | undefined): Promise<number> {
  const { config, root } = project;
  const catalog = project.catalog!;
  const planned = await planGenerators(project, args.only, args.noPlugins);
  if (planned.diagnostics.length) {
    report(io, args, project, planned.diagnostics);
    return EXIT.invalid;
  }
  const templatesDir = config.templatesDir === undefined ? undefined : join(root, config.templatesDir);
  // A linked templates folder is the config's doing, not the first generator's that reads it.
  const linkedTemplates = config.templatesDir === undefined ? undefined : symlinkOnPath(root, config.templatesDir);
  if (linkedTemplates) {
    const message = `templates folder ${linkedTemplates} is a symbolic link; lockstep reads templates only from plain folders inside the project`;
    report(io, args, project, [{ code: "LS053", severity: "error", message, loc: config.templatesLoc }]);
    return EXIT.invalid;
  }
  const loadTemplate = fsTemplateLoader(templatesDir, config.templatesDir);
  const ran = args.only ? new Set(planned.plan.map((p) => p.generator.name)) : undefined;
  if (args.check) {
    // --only regenerates a subset: other generators' files are neither orphans nor stale.
    const builder = new OutStateBuilder(root, config.outDir, ran);
    builder.vouched = vouchedOutputs(root, config);
    builder.patch = { fromBytes: WHOLE_DIFF_BYTES, diff: (path, before, after) => filePatch(config.outDir, path, before, after) };
    const reclaim = catalog.codes.length >= RECLAIM_FROM_CODES ? collectGarbage : undefined;
    reclaim?.(); // the compile's garbage, before the first generator adds its own
    const { outputs, diagnostics } = streamGenerators(catalog, planned.plan, loadTemplate, (f) => builder.add(f), reclaim);
    io.ranGenerators?.();
    const stop = invalidOutput(args, io, project, planned.plan, outputs, diagnostics);
    if (stop !== undefined) return stop;
    return check(args, io, project, builder, outputs);
  }
  // The lock comes first: the output is staged (outside out/, one generator's files at a
  // time, then released) while the generators run, and renamed into place once all succeeded.
  const outRoot = join(root, config.outDir);
  const wait = Number(io.env.LOCKSTEP_LOCK_WAIT_MS ?? LOCK_WAIT_MS);
  const held = await lockOutRoot(outRoot, Number.isFinite(wait) && wait >= 0 ? wait : LOCK_WAIT_MS);
  if (!held.ok) {
    const who = held.pid === undefined ? "another lockstep generate" : `another lockstep generate (pid ${held.pid})`;
    const message = `${who} is writing ${config.outDir}/; nothing was written. Run again when it has finished (if no such process runs, delete ${held.path})`;
    report(io, args, project, [{ code: "LS060", severity: "error", message, loc: config.outLoc }]);
    return EXIT.invalid;
  }
  const builder = new OutStateBuilder(root, config.outDir, ran);
  builder.vouched = vouchedOutputs(root, config);
  // Staging touches nothing under the project's out/ or spec/, so whatever stops the run
  // below (a read-only folder included) still leaves them as they were.
  const staging = openStaging(root);
  try {
    builder.stage = staging && ((bytes) => staging.put(bytes));
    const reclaim = catalog.codes.length >= RECLAIM_FROM_CODES ? collectGarbage : undefined;
    reclaim?.(); // the compile's garbage, before the first generator adds its own
    let streamed: ReturnType<typeof streamGenerators>;
    try {
      streamed = streamGenerators(catalog, planned.plan, loadTemplate, (f) => builder.add(f), reclaim);
    } catch (e) {
      // Staging a file failed (disk full): nothing was renamed into place. Anything else is a bug.
      if (typeof (e as NodeJS.ErrnoException)?.syscall !== "string") throw e;
      return diskFailure(io, args, project, e);
    }
    const { outputs, diagnostics } = streamed;
    io.ranGenerators?.();
    const stop = invalidOutput(args, io, project, planned.plan, outputs, diagnostics);
    if (stop !== undefined) return stop;
    return writeOutput(args, io, project, planned.plan, builder, outputs, inputs);
  } finally {
    staging?.discard(); // what was not renamed into place: all of it when the run stopped
    held.release();
  }
}

/** Diagnostics of the generators, or an output that would land on an input: exit 2 before anything is written. */
function invalidOutput(args: Args, io: Io, project: Project & { config: Config }, plan: readonly PlannedGenerator[], outputs: readonly OutputEntry[], diagnostics: readonly Diagnostic[]): number | undefined {
  const { config } = project;
  if (diagnostics.length) {
    report(io, args, project, diagnostics);
    return EXIT.invalid;
  }
  const under = (path: string): string => (config.outDir === "." ? path : `${config.outDir}/${path}`);
  // The output root may contain the project (`out: .`): no output may land on an input.
  const isInput = (rel: string): boolean =>
    rel === config.file ||
    (config.specDir === "." ? !rel.includes("/") && /\.(ya?ml|json)$/.test(rel) : rel.startsWith(`${config.specDir}/`)) ||
    (config.templatesDir !== undefined && (config.templatesDir === "." || rel.startsWith(`${config.templatesDir}/`)));
  const clash = outputs.find((f) => isInput(under(f.path)));
  if (clash) {
    const step = plan.find((p) => p.generator.name === clash.generator);
    const loc = step?.outLoc ?? config.outLoc; // the `out:` that aims the generator at an input
    report(io, args, project, [
      { code: "LS051", severity: "error", message: `generator "${clash.generator}" would write ${under(clash.path)}, which is an input (the config, a spec file or a template); give it another output folder`, loc },
    ]);
    return EXIT.invalid;
  }
  return undefined;
}

function lockState(project: Project): LockfileState {
  return { path: project.lockfile!.path, current: project.lockfile!.current, next: project.lockfile!.next! };
}

function check(args: Args, io: Io, project: Project & { config: Config }, builder: OutStateBuilder, files: readonly OutputEntry[]): number {
  const { config, root } = project;
  const outRoot = join(root, config.outDir);
  const lock = lockState(project);
  const facts = inputFacts(root, config, project.texts, lock.path, lockstepVersion());
  const state = builder.finish(facts);
  if (state.refusals.length) return refuse(io, args, project, state.refusals);
  const strays = leftoverTemps(outRoot, state.files.map((f) => f.path)).map((p) => p.slice(outRoot.length + 1));
  const result = checkReport(config.outDir, state, fixCommand(io, args), strays, staleReason(state.recordedInputs, facts));
  // Files a config written for the old "exactly these" meaning now asks for: say why.
  const added = result.ok || args.only ? undefined : addedWarning(config, state, files, BUILTIN_GENERATORS.map((g) => g.name));
  if (added) io.err(added);
  if (!result.ok || lockfileStale(lock)) {
    const lockLines = lockfileStale(lock) ? lockfileReport(lock) : [];
    if (result.ok) io.err([`lockstep: the lockfile is out of date:`, ...lockLines, "", `Fix: run \`${fixCommand(io, args)}\` and commit the result.`].join("\n") + "\n");
    else io.err(lockLines.length ? result.text.replace(/\n\nFix: /, `\n\nThe lockfile is out of date too:\n${lockLines.join("\n")}\n\nFix: `) : result.text);
    return EXIT.stale;
  }
  if (!args.quiet) io.out(`lockstep: ${config.outDir}/ is up to date (${files.length} files)\n`);
  return EXIT.ok;
}

/**
 * Everything that stops the run is found before anything is written: what is in the way
 * in out/, files lockstep never wrote, folders that are not writable. Runs under the lock.
 */
function writeOutput(
  args: Args,
  io: Io,
  project: Project & { config: Config },
  plan: readonly PlannedGenerator[],
  builder: OutStateBuilder,
  files: readonly OutputEntry[],
  inputs: string | undefined,
): number {
  const { config, root } = project;
  const under = (path: string): string => (config.outDir === "." ? path : `${config.outDir}/${path}`);
  const lock = lockState(project);
  const state = builder.finish(inputFacts(root, config, project.texts, lock.path, lockstepVersion()));
  const stop = blocked(args, io, project, state);
  if (stop !== undefined) return stop;
  if (!args.only) {
    const dropped = droppedWarning(config, state, plan.map((p) => p.generator.name));
    const added = addedWarning(config, state, files, BUILTIN_GENERATORS.map((g) => g.name));
    if (dropped) io.err(dropped);
    if (added) io.err(added);
  }
  const targets = [under(MANIFEST), ...files.map((f) => under(f.path)), ...(lockfileStale(lock) ? [lock.path] : [])];
  const readOnly = unwritableFolders(root, targets);
  if (readOnly.length) return refuse(io, args, project, readOnly);
  return write(args, io, project, state, lock, inputs);
}

/** This Lockstep's package version, as `--version` prints it. */
function lockstepVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}


/** The exit code when `state` must stop the run (something in the way, a file lockstep never wrote), else undefined. */
function blocked(args: Args, io: Io, project: Project & { config: Config }, state: OutState): number | undefined {
  const { config } = project;
  const under = (path: string): string => (config.outDir === "." ? path : `${config.outDir}/${path}`);
  if (state.refusals.length) return refuse(io, args, project, state.refusals);
  const foreign = args.force ? [] : state.files.filter((f) => f.kind === "foreign");
  if (foreign.length) {
    const manifest = under(".lockstep-manifest.json");
    report(
      io,
      args,
      project,
      foreign.map((f): Diagnostic => ({
        code: "LS061",
        severity: "error",
        message: `${under(f.path)} was not written by lockstep (it is not in ${manifest}) and differs from what would be generated; nothing was written. Move it away, or run generate --force to overwrite it`,
        loc: { file: under(f.path), line: 1, col: 1 },
      })),
    );
    return EXIT.invalid;
  }
  return undefined;
}

function write(args: Args, io: Io, project: Project & { config: Config }, state: OutState, lock: LockfileState, inputs: string | undefined): number {
  const { config, root } = project;
  const catalog = project.catalog!;
  const under = (path: string): string => (config.outDir === "." ? path : `${config.outDir}/${path}`);
  const outRoot = join(root, config.outDir);
  let summary: ReturnType<typeof applyOutState>;
  let lockWritten: boolean;
  try {
    summary = applyOutState(outRoot, state);
    // The lockfile goes last: an interrupted run leaves the old one, so the next run redoes the work.
    lockWritten = writeLockfile(root, lock);
  } catch (e) {
    // Checked up front (writable folders, nothing in the way); what is left is the disk itself (full, failing).
    return diskFailure(io, args, project, e);
  }
  if (inputs) {
    const texts = new Map(project.texts).set(lock.path, lock.next);
    recordUpToDate(root, config, lockWritten ? inputsFingerprint(root, config, texts) ?? inputs : inputs, state.hashes);
  }
  for (const path of summary.kept) io.err(`lockstep: warning: kept ${under(path)}: no longer generated, but edited by hand; delete it yourself\n`);
  for (const path of summary.overwritten) io.err(`lockstep: warning: overwrote ${under(path)}, which had been edited by hand\n`);
  for (const path of summary.adopted) io.err(`lockstep: warning: overwrote ${under(path)}, which lockstep had not written (--force); it is generated from now on\n`);
  if (!args.quiet) {
    const parts = [`${summary.written.length} written`, `${summary.unchanged} unchanged`];
    if (summary.removed.length) parts.push(`${summary.removed.length} removed`);
    if (lockWritten) parts.push(`${lock.path} updated`);
    io.out(`lockstep: ${plural(catalog.codes.length, "code")} in ${plural(catalog.domains.length, "domain")} → ${config.outDir}/ (${parts.join(", ")})\n`);
  }
  return EXIT.ok;
}

/** LS060 for a write the disk refused (full, failing). */
function diskFailure(io: Io, args: Args, project: Project & { config: Config }, e: unknown): number {
  const { config, root } = project;
  const err = e as NodeJS.ErrnoException;
  const path = typeof err.path === "string" && err.path.startsWith(`${root}/`) ? err.path.slice(root.length + 1) : undefined;
  const loc: SourceLoc = path && existsSync(join(root, path)) ? { file: path, line: 1, col: 1 } : config.outLoc;
  report(io, args, project, [{ code: "LS060", severity: "error", message: `writing ${config.outDir}/ failed: ${err.code ?? String(e)}${path ? ` (${path})` : ""}; every file is whole (old or new): run generate again`, loc }]);
  return EXIT.invalid;
}

/** LS060 at what is in the way, or at the config's `out:` when the output root itself is. */
function refuse(io: Io, args: Args, project: Project & { config: Config }, refusals: readonly Refusal[]): number {
  const { config } = project;
  const isOutRootOrAbove = (path: string): boolean => path === "" || config.outDir === path || config.outDir.startsWith(`${path}/`);
  report(
    io,
    args,
    project,
    refusals.map((r): Diagnostic => ({ code: "LS060", severity: "error", message: r.message, loc: isOutRootOrAbove(r.path) ? config.outLoc : { file: r.path, line: 1, col: 1 } })),
  );
  return EXIT.invalid;
}
