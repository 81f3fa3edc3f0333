/**
 * Overlap policy: a finding wholly inside a longer one of the same technique
 * is dropped (the longer highlight already shows it), as is the weaker of two
 * findings on identical spans. Different techniques that merely overlap are
 * kept: a loaded word inside a rhetorical question is two separate devices.
 */
interface Span {
  start: number;
  end: number;
  label: string;
  score: number;
}

export function resolveOverlaps<S extends Span>(cands: readonly S[]): S[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end || b.score - a.score);
  const kept: S[] = [];
  // Kept spans are in start order; only those still open at `c.start` can contain c.
  let open: S[] = [];
  for (const c of sorted) {
    open = open.filter((k) => k.end > c.start);
    const container = open.find(
      (k) =>
        k.start <= c.start &&
        k.end >= c.end &&
        (k.label === c.label || (k.start === c.start && k.end === c.end)),
    );
    if (container) continue;
    kept.push(c);
    open.push(c);
  }
  return kept;
}
