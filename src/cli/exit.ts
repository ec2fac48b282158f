// What every command shares: its exit codes and the I/O it is given. Its own module,
// so commands import it without importing main.ts (which loads them): no cycles.

export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  out(text: string): void;
  err(text: string): void;
  /** Tunes the process for a spec of this many characters, once it is read (the real process only: src/cli/run.ts). */
  tune?(specChars: number): void;
  /** The generators have run (the real process only: its code cache is then worth saving, see code-cache.ts). */
  ranGenerators?(): void;
}

export const EXIT = { ok: 0, stale: 1, invalid: 2, internal: 3 } as const;

/** A command that parses its own arguments (everything after its name). */
export interface Subcommand {
  run(argv: readonly string[], io: Io): Promise<number>;
}
