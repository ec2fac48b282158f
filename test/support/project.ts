// A throwaway project on disk plus an in-process `lockstep` runner that captures output.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { main } from "../../src/cli/main.js";
import { FIXTURES } from "./fixture.js";

export interface Result {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export class TempProject {
  readonly root = mkdtempSync(join(tmpdir(), "lockstep-project-"));

  static fromFixture(name: string): TempProject {
    const p = new TempProject();
    cpSync(join(FIXTURES, name), p.root, { recursive: true, filter: (src) => !src.includes(`${name}/out`) });
    return p;
  }

  write(path: string, text: string): this {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), text);
    return this;
  }

  read(path: string): string {
    return readFileSync(join(this.root, path), "utf8");
  }

  /** Every file under `dir` (relative POSIX paths → contents), for before/after comparisons. */
  snapshot(dir = "out"): Map<string, string> {
    const files = new Map<string, string>();
    const walk = (abs: string) => {
      for (const entry of readdirSync(abs, { withFileTypes: true })) {
        const path = join(abs, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.isFile()) files.set(relative(join(this.root, dir), path), readFileSync(path, "utf8"));
      }
    };
    try {
      if (statSync(join(this.root, dir)).isDirectory()) walk(join(this.root, dir));
    } catch {
      // no folder: empty snapshot
    }
    return files;
  }

  async run(...argv: string[]): Promise<Result> {
    let out = "";
    let err = "";
    const code = await main(argv, { cwd: this.root, env: {}, out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  }
}
