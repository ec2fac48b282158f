// `generate` and `check` once the spec is valid: run the generators, compare with
// out/, then write (or report). Loaded by main.ts only when there is work to do.
import { join } from "node:path";
import type { Config } from "../config.js";
import { checkReport } from "../io/check-report.js";
import { lockfileReport, lockfileStale, writeLockfile, type LockfileState } from "../io/lockfile-state.js";
import { fsTemplateLoader } from "../io/fs-templates.js";
import { readOutState } from "../io/out-state.js";
import { planGenerators } from "../io/plan.js";
import type { Project } from "../io/project.js";
import { inputsFingerprint, recordUpToDate } from "../io/up-to-date.js";
import { applyOutState } from "../io/writer.js";
import { runGenerators } from "../pipeline.js";
import type { Args } from "./args.js";
import { EXIT, type Io } from "./main.js";
import { fixCommand, report } from "./report.js";

export async function generate(args: Args, io: Io, project: Project & { config: Config }, inputs: string | undefined): Promise<number> {
  const { config, root } = project;
  const catalog = project.catalog!;
  const planned = await planGenerators(project, args.only);
  if (planned.diagnostics.length) {
    report(io, args, project, planned.diagnostics);
    return EXIT.invalid;
  }
  const templatesDir = config.templatesDir === undefined ? undefined : join(root, config.templatesDir);
  const { files, diagnostics } = runGenerators(catalog, planned.plan, fsTemplateLoader(templatesDir));
  if (diagnostics.length) {
    report(io, args, project, diagnostics);
    return EXIT.invalid;
  }
  // The output root may contain the project (`out: .`): no output may land on an input.
  const isInput = (rel: string): boolean =>
    rel === config.file ||
    (config.specDir === "." ? !rel.includes("/") && /\.(ya?ml|json)$/.test(rel) : rel.startsWith(`${config.specDir}/`)) ||
    (config.templatesDir !== undefined && (config.templatesDir === "." || rel.startsWith(`${config.templatesDir}/`)));
  const clash = files.find((f) => isInput(config.outDir === "." ? f.path : `${config.outDir}/${f.path}`));
  if (clash) {
    const rel = config.outDir === "." ? clash.path : `${config.outDir}/${clash.path}`;
    io.err(`error LS051: generator "${clash.generator}" would write ${rel}, which is an input (the config, a spec file or a template); give it another output folder\n1 error\n`);
    return EXIT.invalid;
  }
  // --only regenerates a subset: other generators' files are neither orphans nor stale.
  const state = readOutState(root, config.outDir, files, args.only ? new Set(planned.plan.map((p) => p.generator.name)) : undefined);
  if (state.refusals.length) {
    io.err(state.refusals.map((r) => `error LS060: ${r}\n`).join("") + `${state.refusals.length} error${state.refusals.length === 1 ? "" : "s"}\n`);
    return EXIT.invalid;
  }
  const lock: LockfileState = { path: project.lockfile!.path, current: project.lockfile!.current, next: project.lockfile!.next! };
  if (args.check) {
    const result = checkReport(config.outDir, state, fixCommand(io, args));
    if (!result.ok || lockfileStale(lock)) {
      const lockLines = lockfileStale(lock) ? lockfileReport(lock) : [];
      if (result.ok) io.err([`lockstep: the lockfile is out of date:`, ...lockLines, "", `Fix: run \`${fixCommand(io, args)}\` and commit the result.`].join("\n") + "\n");
      else io.err(lockLines.length ? result.text.replace(/\n\nFix: /, `\n\nThe lockfile is out of date too:\n${lockLines.join("\n")}\n\nFix: `) : result.text);
      return EXIT.stale;
    }
    if (!args.quiet) io.out(`lockstep: ${config.outDir}/ is up to date (${files.length} files)\n`);
    return EXIT.ok;
  }
  const summary = applyOutState(join(root, config.outDir), state);
  // The lockfile goes last: an interrupted run leaves the old one, so the next run redoes the work.
  const lockWritten = writeLockfile(root, lock);
  if (inputs) {
    const texts = new Map(project.texts).set(lock.path, lock.next);
    recordUpToDate(root, config, lockWritten ? inputsFingerprint(root, config, texts) ?? inputs : inputs, state.hashes);
  }
  for (const path of summary.kept) io.err(`lockstep: warning: kept ${config.outDir}/${path}: no longer generated, but edited by hand; delete it yourself\n`);
  for (const path of summary.overwritten) io.err(`lockstep: warning: overwrote ${config.outDir}/${path}, which had been edited by hand\n`);
  if (!args.quiet) {
    const parts = [`${summary.written.length} written`, `${summary.unchanged} unchanged`];
    if (summary.removed.length) parts.push(`${summary.removed.length} removed`);
    if (lockWritten) parts.push(`${lock.path} updated`);
    io.out(`lockstep: ${catalog.codes.length} codes in ${catalog.domains.length} domains → ${config.outDir}/ (${parts.join(", ")})\n`);
  }
  return EXIT.ok;
}
