// Shared shapes of the release core: files in, artifacts out.

/** A package folder's files: relative POSIX path → bytes (read by the CLI edge). */
export type Files = ReadonlyMap<string, Uint8Array>;

/** One file to write into the release folder (and publish). */
export interface Artifact {
  readonly file: string;
  readonly bytes: Uint8Array;
}
