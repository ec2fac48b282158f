// The located YAML tree the shape reader walks. Two parsers produce it: a fast one
// for the plain subset spec files use (fast.ts), and the `yaml` library for
// everything else, which also reports every syntax error precisely (parse.ts).

export interface YScalar {
  readonly kind: "scalar";
  /** Resolved with the YAML 1.2 core schema: `yes` stays a string, `1.10` is 1.1, `~` is null. */
  readonly value: string | number | boolean | null;
  /** The scalar as written (quotes included), for hints such as `quote it: "2.1"`. */
  readonly source: string;
  /** Offset of the first character (an opening quote, a block-scalar indicator). */
  readonly start: number;
  /** Offset just past the value. */
  readonly end: number;
}

export interface YPair {
  readonly key: YScalar;
  /** null for an empty value (`key:` with nothing after it). */
  readonly value: YNode | null;
}

export interface YMap {
  readonly kind: "map";
  readonly items: readonly YPair[];
  /** Offset of the first key (block) or of `{` (flow). */
  readonly start: number;
  readonly end: number;
}

export interface YSeq {
  readonly kind: "seq";
  /** null for an empty item (`-` with nothing after it). */
  readonly items: readonly (YNode | null)[];
  /** Offset of the first `-` (block) or of `[` (flow). */
  readonly start: number;
  readonly end: number;
}

export type YNode = YScalar | YMap | YSeq;

export interface YDocument {
  /** null for an empty document. */
  readonly root: YNode | null;
  /** 1-based line and column of an offset. */
  linePos(offset: number): { line: number; col: number };
}

/** Line/column lookup by binary search over line-start offsets. */
export function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
}
