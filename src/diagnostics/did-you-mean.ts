// "did you mean" hints for unknown keys: the closest candidate by edit distance,
// only when it is close enough to be a plausible typo.

/** Optimal-string-alignment distance: a swap of two neighbours (`nmae`) counts as one edit. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** Longer input is no typo of a key or a name; comparing it would cost time and memory quadratic in its length. */
const MAX_HINT_INPUT = 64;

export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > MAX_HINT_INPUT) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  const lower = input.toLowerCase();
  const limit = Math.max(1, Math.floor(input.length / 3));
  for (const c of [...candidates].sort()) {
    if (Math.abs(c.length - input.length) > limit) continue; // the distance is at least the difference in length
    const score = editDistance(lower, c.toLowerCase());
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return bestScore <= limit ? best : undefined;
}
