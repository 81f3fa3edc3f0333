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
  // One array, compacted in place: a filtered copy per candidate was most of what this allocated.
  const open: S[] = [];
  for (const c of sorted) {
    let n = 0;
    for (const k of open) if (k.end > c.start) open[n++] = k;
    open.length = n;
    if (anyContains(open, c)) continue;
    kept.push(c);
    open.push(c);
  }
  return kept;
}

function anyContains(spans: readonly Span[], c: Span): boolean {
  for (const k of spans) if (contains(k, c)) return true;
  return false;
}

/** k hides c: it covers c, and is of the same technique or on the very same span. */
function contains(k: Span, c: Span): boolean {
  return (
    k.start <= c.start && k.end >= c.end && (k.label === c.label || (k.start === c.start && k.end === c.end))
  );
}
