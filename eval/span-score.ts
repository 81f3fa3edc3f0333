/**
 * Character-level span scoring in the manner of SemEval-2020 Task 11 span
 * identification: each predicted span earns the fraction of its characters
 * that fall in gold spans (precision), each gold span the fraction of its
 * characters that predictions cover (recall), averaged over spans and pooled
 * over articles. Overlapping spans on the same side are merged first, so a
 * character is never counted twice.
 */

export interface Span {
  start: number;
  end: number;
}

export interface SpanTally {
  /** Sum over predicted spans of |overlap| / |predicted|. */
  precisionSum: number;
  predicted: number;
  /** Sum over gold spans of |overlap| / |gold|. */
  recallSum: number;
  gold: number;
}

export function emptyTally(): SpanTally {
  return { precisionSum: 0, predicted: 0, recallSum: 0, gold: 0 };
}

/** Sorted, non-overlapping spans covering the same characters. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Adds one article's predictions and gold spans to a running tally. */
export function tallyArticle(tally: SpanTally, predicted: readonly Span[], gold: readonly Span[]): void {
  const p = mergeSpans(predicted);
  const g = mergeSpans(gold);
  for (const s of p) tally.precisionSum += overlapWith(s, g) / (s.end - s.start);
  for (const t of g) tally.recallSum += overlapWith(t, p) / (t.end - t.start);
  tally.predicted += p.length;
  tally.gold += g.length;
}

/** Characters of `s` covered by the merged, sorted `others`. */
function overlapWith(s: Span, others: readonly Span[]): number {
  let n = 0;
  for (const o of others) {
    if (o.start >= s.end) break;
    const lo = Math.max(s.start, o.start);
    const hi = Math.min(s.end, o.end);
    if (hi > lo) n += hi - lo;
  }
  return n;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(t: SpanTally): Prf {
  const precision = t.predicted ? t.precisionSum / t.predicted : 0;
  const recall = t.gold ? t.recallSum / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Gold spans in PTC sometimes carry surrounding spaces or quote marks; scoring ignores them. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  const junk = /[\s"'“”‘’«»]/;
  while (start < end && junk.test(text[start]!)) start++;
  while (end > start && junk.test(text[end - 1]!)) end--;
  return { start, end };
}
