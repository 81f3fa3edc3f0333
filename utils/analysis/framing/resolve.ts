/**
 * Overlap policy: a finding wholly inside a longer one of the same technique
 * is dropped (the longer highlight already shows it), as is the weaker of two
 * findings on identical spans. Different techniques that merely overlap are
 * kept: a loaded word inside a rhetorical question is two separate devices.
 */
import type { Candidate } from './types';

export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.from - b.from || b.to - a.to || b.score - a.score);
  const kept: Candidate[] = [];
  // Kept candidates are in start order; only those still open at `c.from` can contain c.
  let open: Candidate[] = [];
  for (const c of sorted) {
    open = open.filter((k) => k.to > c.from);
    const container = open.find(
      (k) =>
        k.from <= c.from && k.to >= c.to && (k.label === c.label || (k.from === c.from && k.to === c.to)),
    );
    if (container) continue;
    kept.push(c);
    open.push(c);
  }
  return kept;
}
