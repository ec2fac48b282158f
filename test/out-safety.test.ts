// What generate may do to the output root and what check must see there: files Lockstep
// never wrote (LS061, --force), read-only folders (checked before the first write),
// leftovers of a killed run, links replacing generated files, one run at a time (the
// lock) and --no-plugins. The read-only cases run the built CLI as another user when
// the tests run as root, since root writes through any file mode.
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { lockPathFor } from "../src/io/out-lock.js";
import { TempProject } from "./support/project.js";

const CONFIG = 'catalog:\n  name: demo\n  version: "1.0.0"\ngenerators:\n  ts: {}\n  go: {}\nbuiltins: none\n';
const SPEC = "codes:\n  - name: NOT_FOUND\n    status: 404\n  - name: RATE_LIMITED\n    status: 429\n    retryable: yes\n";
const BIN = new URL("../bin/lockstep.mjs", import.meta.url).pathname;

function demo(config = CONFIG): TempProject {
  return new TempProject().write("lockstep.config.yaml", config).write("spec/core.yaml", SPEC);
}

/** Every file and folder under the project with its bytes and mtime. */
function tree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      const st = statSync(join(root, path));
      out.set(path, e.isDirectory() ? `dir ${st.mtimeMs}` : `${st.mtimeMs} ${readFileSync(join(root, path), "utf8")}`);
      if (e.isDirectory()) walk(path);
    }
  };
  walk("");
  return out;
}

const STACK = /^\s+at .+:\d+:\d+\)?$|internal error/m;

describe("files lockstep never wrote (LS061)", () => {
  test("a file at a generated path that is not in the manifest stops generate before anything is written", async () => {
    // `out: .` with the TypeScript package at the root: the project's own package.json is in the way.
    const p = demo('catalog:\n  name: demo\nout: .\ngenerators:\n  ts: { out: . }\n  go: {}\nbuiltins: none\n').write("package.json", '{ "name": "my-app" }\n');
    const before = tree(p.root);
    const r = await p.run();
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "package.json:1:1 error LS061: package.json was not written by lockstep (it is not in .lockstep-manifest.json) and differs from what would be generated; nothing was written. Move it away, or run generate --force to overwrite it",
    );
    expect(tree(p.root)).toEqual(before);
    // check reports it too, and writes nothing
    const check = await p.run("check");
    expect(check.code).toBe(1);
    expect(check.err).toContain("  package.json: not written by lockstep (generate refuses to overwrite it: move it away, or adopt it with generate --force)\n");
    expect(tree(p.root)).toEqual(before);
  });

  test("--force adopts it: overwritten with a warning, then it is lockstep's like any other", async () => {
    const p = demo();
    p.write("out/go/go.mod", "module example.com/mine\n");
    expect((await p.run()).code).toBe(2);
    expect(p.read("out/go/go.mod")).toBe("module example.com/mine\n");
    const forced = await p.run("--force", "-q");
    expect(forced).toEqual({ code: 0, out: "", err: "lockstep: warning: overwrote out/go/go.mod, which lockstep had not written (--force); it is generated from now on\n" });
    expect(p.read("out/go/go.mod")).toContain("module ");
    expect(await p.run("check", "-q")).toEqual({ code: 0, out: "", err: "" });
  });

  test("a file identical to what would be written is adopted silently, and a hand-edited generated file is still overwritten", async () => {
    const p = demo();
    await p.run("-q");
    const mod = p.read("out/go/go.mod");
    rmSync(join(p.root, "out/.lockstep-manifest.json"));
    expect(await p.run("-q")).toEqual({ code: 0, out: "", err: "" }); // same bytes: nothing to protect
    p.write("out/go/go.mod", "// mine\n");
    expect((await p.run("-q")).err).toBe("lockstep: warning: overwrote out/go/go.mod, which had been edited by hand\n");
    expect(p.read("out/go/go.mod")).toBe(mod);
  });
});

describe("check sees what generate would fix", () => {
  test("a temp file of a killed run fails the full check", async () => {
    const p = demo();
    await p.run("-q");
    p.write("out/go/.999999999.k1ll3d.lockstep-tmp", "partial");
    const r = await p.run("check");
    expect(r.code).toBe(1);
    expect(r.err).toContain("  out/go/.999999999.k1ll3d.lockstep-tmp: left behind by an interrupted generate (generate removes it; never commit it)\n");
    expect((await p.run("-q")).code).toBe(0);
    expect(existsSync(join(p.root, "out/go/.999999999.k1ll3d.lockstep-tmp"))).toBe(false);
    expect((await p.run("check", "-q")).code).toBe(0);
  });

  test("the cached check refuses a generated file replaced by a link to the same bytes, like the full check", () => {
    const p = demo().write("node_modules/.keep", "");
    const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: p.root, encoding: "utf8" });
    expect(cli("-q").status).toBe(0);
    expect(cli("check").stdout).toBe("lockstep: out/ is up to date (unchanged since the last generate)\n");
    writeFileSync(join(p.root, "elsewhere.go"), p.read("out/go/codes.go"));
    unlinkSync(join(p.root, "out/go/codes.go"));
    symlinkSync(join(p.root, "elsewhere.go"), join(p.root, "out/go/codes.go"));
    const r = cli("check");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("out/go/codes.go:1:1 error LS060: out/go/codes.go is a symbolic link; lockstep does not write through links");
  });

});

/** A pid no process has: a child that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", "0"]).pid!;
}

describe("one generate at a time (the lock)", () => {
  test("a live lock makes a second run wait, then exit 2 naming the holder; nothing is written", async () => {
    const p = demo();
    const holder = process.ppid; // alive while this test runs, and not this process
    const lock = lockPathFor(join(p.root, "out"));
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(lock, `${holder}\n`);
    const before = tree(p.root);
    let err = "";
    const { main } = await import("../src/cli/main.js");
    const started = Date.now();
    const code = await main(["generate"], { cwd: p.root, env: { LOCKSTEP_LOCK_WAIT_MS: "300" }, out: () => {}, err: (t) => (err += t) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(code).toBe(2);
    expect(err).toContain(
      `lockstep.config.yaml:1:1 error LS060: another lockstep generate (pid ${holder}) is writing out/; nothing was written. Run again when it has finished (if no such process runs, delete ${lock})`,
    );
    expect(tree(p.root)).toEqual(before);
    unlinkSync(lock);
  });

  test("a lock whose process is dead is taken over, and the lock is gone after the run", async () => {
    const p = demo();
    const lock = lockPathFor(join(p.root, "out"));
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(lock, `${deadPid()}\n`);
    expect((await p.run("-q")).code).toBe(0);
    expect(existsSync(lock)).toBe(false);
    expect(existsSync(join(p.root, "out/go/codes.go"))).toBe(true);
    expect(lockPathFor(join(p.root, "out"))).toBe(lock); // the same lock before and after out/ exists
  });

  test.each([["left empty", ""], ["holding no pid", "not a pid"]])("a lock %s (a run killed while taking it) is taken over at once", async (_, text) => {
    const p = demo();
    const lock = lockPathFor(join(p.root, "out"));
    mkdirSync(dirname(lock), { recursive: true });
    writeFileSync(lock, text);
    // No wait for a holder: with the default wait, a lock taken for live would fail the run.
    expect(await p.run("-q")).toEqual({ code: 0, out: "", err: "" });
    expect(existsSync(lock)).toBe(false);
    expect(readdirSync(dirname(lock)).filter((f) => f.startsWith(basename(lock)))).toEqual([]);
  });

  test("two concurrent processes on one out/: both succeed, one after the other, and the output is whole", async () => {
    const p = demo();
    const { spawn } = await import("node:child_process");
    const run = () =>
      new Promise<number>((resolve) => spawn(process.execPath, [BIN, "-q"], { cwd: p.root, env: { ...process.env, LOCKSTEP_LOCK_WAIT_MS: "30000" } }).on("exit", (c) => resolve(c ?? -1)));
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect(spawnSync(process.execPath, [BIN, "check", "-q"], { cwd: p.root, encoding: "utf8" }).status).toBe(0);
    expect(existsSync(lockPathFor(join(p.root, "out")))).toBe(false);
  });
});

describe("--no-plugins", () => {
  test("refuses a from: generator at its from line, before loading it", async () => {
    const p = demo('catalog:\n  name: demo\ngenerators:\n  ts: {}\n  evil:\n    from: ./evil.mjs\nbuiltins: none\n');
    p.write("evil.mjs", 'import { writeFileSync } from "node:fs";\nwriteFileSync(new URL("./pwned", import.meta.url), "x");\nexport default {};\n');
    for (const argv of [["generate", "--no-plugins"], ["check", "--no-plugins"], ["list-generators", "--no-plugins"]]) {
      const r = await p.run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        'lockstep.config.yaml:6:11 error LS042: generator "evil" is a third-party plugin (from: ./evil.mjs), which runs code from the project; --no-plugins refuses to load it',
      );
    }
    expect(existsSync(join(p.root, "pwned"))).toBe(false);
    expect(existsSync(join(p.root, "out"))).toBe(false);
  });
});

/** Runs the built CLI as a user that cannot write where `readOnly` says (root ignores file modes). */
function asUnprivileged(p: TempProject, readOnly: readonly string[], ...args: string[]) {
  const root = process.getuid?.() === 0;
  const nobody = 65534;
  if (root) {
    const chownTree = (abs: string) => {
      chownSync(abs, nobody, nobody);
      if (statSync(abs).isDirectory()) for (const n of readdirSync(abs)) chownTree(join(abs, n));
    };
    chownTree(p.root);
    for (const rel of readOnly) chownSync(join(p.root, rel), 0, 0);
  }
  for (const rel of readOnly) chmodSync(join(p.root, rel), 0o555);
  try {
    return spawnSync(process.execPath, [BIN, ...args], { cwd: p.root, encoding: "utf8", ...(root && { uid: nobody, gid: nobody }) });
  } finally {
    for (const rel of readOnly) chmodSync(join(p.root, rel), 0o755);
  }
}

describe("read-only folders: a located error before the first write, never exit 3", () => {
  test("a read-only out/", async () => {
    const p = demo();
    await p.run("-q");
    p.write("spec/core.yaml", SPEC.replace("status: 404", "status: 410"));
    const before = tree(p.root);
    const r = asUnprivileged(p, ["out"]);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("lockstep.config.yaml:1:1 error LS060: cannot write out/.lockstep-manifest.json: out/ is not writable (EACCES); nothing was written");
    expect(tree(p.root)).toEqual(before);
  });

  test("one read-only folder inside out/: nothing else is written either", async () => {
    const p = demo('catalog:\n  name: demo\n  version: "1.0.0"\nout: gen\ngenerators:\n  ts: {}\n  go: {}\nbuiltins: none\n');
    await p.run("-q");
    p.write("spec/core.yaml", SPEC.replace("status: 404", "status: 410"));
    const before = tree(p.root);
    const r = asUnprivileged(p, ["gen/go"]);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("gen/go:1:1 error LS060: cannot write gen/go/code.go: gen/go/ is not writable (EACCES); nothing was written");
    expect(tree(p.root)).toEqual(before);
  });

  test("a read-only spec/ when the lockfile must change", async () => {
    const p = demo();
    await p.run("-q");
    p.write("spec/core.yaml", SPEC + "  - name: GONE_AWAY\n    status: 410\n");
    const before = tree(p.root);
    const r = asUnprivileged(p, ["spec"]);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("spec:1:1 error LS060: cannot write spec/lockstep.lock.json: spec/ is not writable (EACCES); nothing was written");
    expect(tree(p.root)).toEqual(before);
  });
});

describe("refusals have a place and the right culprit", () => {
  test("out: spec is blamed on the config's out: line (LS051)", async () => {
    const r = await demo('catalog:\n  name: demo\nout: spec\n').run();
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^lockstep\.config\.yaml:3:6 error LS051: generator "\w+" would write spec\/[^ ]+, which is an input/);
  });

  test("a generator's own out: aimed at an input is blamed on that line", async () => {
    const r = await demo('catalog:\n  name: demo\nout: .\ngenerators:\n  go:\n    out: spec\nbuiltins: none\n').run();
    expect(r.code).toBe(2);
    expect(r.err).toContain('lockstep.config.yaml:6:10 error LS051: generator "go" would write spec/');
  });

  test("LS060: a link inside out/ at the link, out/ itself a link at the config's out: line", async () => {
    const p = demo('catalog:\n  name: demo\nout: gen\ngenerators:\n  go: {}\nbuiltins: none\n');
    await p.run("-q");
    const { mkdtempSync, renameSync } = await import("node:fs");
    const elsewhere = mkdtempSync(join(p.root, "..", "lockstep-elsewhere-"));
    renameSync(join(p.root, "gen/go"), join(elsewhere, "go"));
    symlinkSync(join(elsewhere, "go"), join(p.root, "gen/go"));
    expect((await p.run()).err).toContain("gen/go:1:1 error LS060: gen/go is a symbolic link; lockstep does not write through links");
    renameSync(join(p.root, "gen"), join(elsewhere, "gen"));
    symlinkSync(join(elsewhere, "gen"), join(p.root, "gen"));
    expect((await p.run("check")).err).toContain("lockstep.config.yaml:3:6 error LS060: gen is a symbolic link; lockstep does not write through links");
  });

  test("a linked templates folder is blamed on templates:, a linked override on its generator, by project-relative paths", async () => {
    const p = demo('catalog:\n  name: demo\ntemplates: tpl\ngenerators:\n  ts: {}\n  go: {}\nbuiltins: none\n').write("real/go/codes.go.hbs", "x\n").write("one.hbs", "x\n");
    symlinkSync(join(p.root, "real"), join(p.root, "tpl"));
    const folder = await p.run();
    expect(folder.code).toBe(2);
    expect(folder.err).toContain("lockstep.config.yaml:3:12 error LS053: templates folder tpl is a symbolic link; lockstep reads templates only from plain folders inside the project");
    unlinkSync(join(p.root, "tpl"));
    p.write("tpl/ts/.keep", "");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(join(p.root, "tpl/go"));
    symlinkSync(join(p.root, "one.hbs"), join(p.root, "tpl/go/codes.go.hbs"));
    const file = await p.run();
    expect(file.err).toContain('lockstep.config.yaml:6:3 error LS053: generator "go" failed: template override tpl/go/codes.go.hbs is a symbolic link');
    expect(file.err).not.toContain(p.root);
  });

  test("anchors in the config are called anchors in the config", async () => {
    const r = await demo('catalog: &c\n  name: demo\n').run();
    expect(r.code).toBe(2);
    expect(r.err).toContain("lockstep.config.yaml:2:3 error LS003: YAML anchors and aliases are not allowed in the config");
    expect(r.err).not.toContain("spec files");
  });
});
