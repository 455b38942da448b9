/**
 * "Did you mean …?" for every name an author types: tag keys, criteria, risks, concepts,
 * variables, decision ids, rubric ids, YAML field names. One measure everywhere, so a typo is
 * recognised the same way in ink, in YAML and in the checker.
 */

/** Edits between two words, counting a swap of two neighbouring letters as one ("cleint" → "client"). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many edits still count as a typo of a word this long: 1 up to four letters, then about a third. */
export const typoBudget = (word: string) => (word.length <= 4 ? 1 : Math.max(2, Math.floor(word.length / 3)));

/** The known name closest to `word`, when it is close enough to be a typo of it. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    if (c === word) return undefined;
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= typoBudget(word) ? best : undefined;
}

/** `; did you mean "x"?` when a candidate is near, else "" (for the end of a message). */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const near = nearest(word, candidates);
  return near === undefined ? '' : `; did you mean "${near}"?`;
}
