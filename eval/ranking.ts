/** Ranking metrics for check-worthiness: average precision and precision at k. */

/** Sorts by score, descending; ties keep input order so results are deterministic. */
function ranked(scores: readonly number[], labels: readonly (0 | 1)[]): (0 | 1)[] {
  return scores
    .map((s, i) => [s, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .map(([, i]) => labels[i]!);
}

/** Mean of precision at each relevant item's rank; 0 when nothing is relevant. */
export function averagePrecision(scores: readonly number[], labels: readonly (0 | 1)[]): number {
  let hits = 0;
  let sum = 0;
  ranked(scores, labels).forEach((label, i) => {
    if (label === 1) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return hits === 0 ? 0 : sum / hits;
}

export function precisionAt(k: number, scores: readonly number[], labels: readonly (0 | 1)[]): number {
  const top = ranked(scores, labels).slice(0, k);
  return top.filter((l) => l === 1).length / k;
}
