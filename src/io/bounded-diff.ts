// A unified diff of two generated files that costs what their difference costs, not
// what their size costs. At 50,000 codes one edited description makes eleven stale files
// of up to 48 MB; the diff library, given them whole, splits every line and walks them all
// (~20 s, more than the generate it reports on). Here the common head and tail are found
// by comparing bytes, and only the lines between them (with a margin of unchanged lines
// wider than the context) are diffed; hunk line numbers are shifted back to the whole file.
import { lazyDiff } from "../generate/lazy.js";

/**
 * Below this many bytes (both files together) the files are diffed whole. Above it the cut
 * gives the same hunks for a fraction of the cost: at 500 codes the eleven stale files of one
 * edited description (up to 0.7 MB each) took 40 ms to diff whole.
 */
export const WHOLE_DIFF_BYTES = 1 << 16;
/** Unchanged lines kept on each side of the changed region: more than the 3 lines of context. */
const MARGIN_LINES = 8;
/** A changed region longer than this many lines is diffed whole only if it holds at most MAX_EDITS edits. */
const MAX_REGION_LINES = 1_000;
/** Beyond it, only the region's first MAX_REGION_LINES lines are compared: the report shows 200 lines per file anyway. */
const MAX_EDITS = 400;

const NL = 0x0a;

/** Index of the first byte where a and b differ (their common length when one is a prefix of the other). */
function commonPrefix(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  const BLOCK = 4096;
  let i = 0;
  while (i + BLOCK <= n && a.subarray(i, i + BLOCK).equals(b.subarray(i, i + BLOCK))) i += BLOCK;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Length of the common tail of a and b, not reaching below `floor` in either. */
function commonSuffix(a: Buffer, b: Buffer, floor: number): number {
  const n = Math.min(a.length, b.length) - floor;
  const BLOCK = 4096;
  let s = 0;
  while (s + BLOCK <= n && a.subarray(a.length - s - BLOCK, a.length - s).equals(b.subarray(b.length - s - BLOCK, b.length - s))) s += BLOCK;
  while (s < n && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return s;
}

/** Start of the line `lines` lines before the line holding byte `at` (at ≤ buf.length). */
function backLines(buf: Buffer, at: number, lines: number): number {
  let start = at === 0 ? 0 : buf.lastIndexOf(NL, at - 1) + 1;
  for (let k = 0; k < lines && start > 0; k++) start = buf.lastIndexOf(NL, start - 2) + 1;
  return start;
}

/** Just past the `lines`-th newline at or after `from`, or the end of buf. */
function forwardLines(buf: Buffer, from: number, lines: number): number {
  let end = from;
  for (let k = 0; k < lines && end < buf.length; k++) {
    const nl = buf.indexOf(NL, end);
    end = nl === -1 ? buf.length : nl + 1;
  }
  return end;
}

function countLines(buf: Buffer, end: number): number {
  let count = 0;
  for (let i = buf.indexOf(NL); i !== -1 && i < end; i = buf.indexOf(NL, i + 1)) count++;
  return count;
}

/**
 * `diff -u`-style lines of before → after (headers `--- a/…`, `+++ b/…`, hunks; no
 * `=====` line). Small files are diffed whole; large ones around their changed region.
 */
export function boundedPatchLines(oldName: string, newName: string, before: Buffer, after: Buffer, context = 3, wholeBelow = WHOLE_DIFF_BYTES): string[] {
  const patch = (a: string, b: string, maxEditLength?: number): string[] | undefined => {
    const { createTwoFilesPatch } = lazyDiff();
    const text = maxEditLength === undefined ? createTwoFilesPatch(oldName, newName, a, b, undefined, undefined, { context }) : createTwoFilesPatch(oldName, newName, a, b, undefined, undefined, { context, maxEditLength });
    return text?.split("\n").filter((l) => !l.startsWith("====="));
  };
  if (before.length + after.length < wholeBelow) return patch(before.toString("utf8"), after.toString("utf8"))!;

  const first = commonPrefix(before, after);
  if (first === before.length && first === after.length) return patch("", "")!;
  // Both cuts fall just after a newline inside the common bytes, so each side is whole lines.
  const start = backLines(before, first, MARGIN_LINES);
  const tail = commonSuffix(before, after, first);
  const tailStart = tail === 0 ? before.length : forwardLines(before, before.length - tail, 1);
  const endA = tailStart === before.length ? before.length : forwardLines(before, tailStart, MARGIN_LINES);
  // The bytes from endA to the end lie in the common tail: after ends with the same bytes.
  const endB = after.length - (before.length - endA);
  const offset = countLines(before, start); // lines above the region, the same in both files
  const shifted = (lines: string[]): string[] =>
    lines.map((line) =>
      line.startsWith("@@ ") ? line.replace(/^@@ -(\d+)((?:,\d+)?) \+(\d+)((?:,\d+)?) @@/, (_, a: string, al: string, b: string, bl: string) => `@@ -${Number(a) + offset}${al} +${Number(b) + offset}${bl} @@`) : line,
    );
  const capA = forwardLines(before, start, MAX_REGION_LINES);
  const capB = forwardLines(after, start, MAX_REGION_LINES);
  if (capA >= endA && capB >= endB) return shifted(patch(before.toString("utf8", start, endA), after.toString("utf8", start, endB))!);
  // A long region: few edits far apart are still diffed exactly (the cost grows with the edits);
  // a rewrite is compared only over its first lines.
  if (endA > start && endB > start) {
    const few = patch(before.toString("utf8", start, endA), after.toString("utf8", start, endB), MAX_EDITS);
    if (few) return shifted(few);
  }
  const lines = shifted(patch(before.toString("utf8", start, Math.min(endA, capA)), after.toString("utf8", start, Math.min(endB, capB)))!);
  lines.push(`… (only the first ${MAX_REGION_LINES} lines of the changed region were compared)`);
  return lines;
}
