/**
 * Finds a note's passage again in the (possibly changed) article text.
 *
 * Order of attempts, cheapest first:
 * 1. the exact quote, everywhere it occurs (repeats are told apart by their
 *    context and their distance from the stored position);
 * 2. approximate matches of the quote (approx-string-match, Myers' algorithm)
 *    in a window around the stored position, then in the whole text;
 * 3. approximate matches of the quote *with its context*, which finds an
 *    edited passage even when an unrelated exact copy of a short quote exists.
 *
 * Every candidate is scored on quote, prefix, suffix and position; only a
 * candidate passing the acceptance rules is returned. Anything else is an
 * orphan (null): showing a note on the wrong sentence is worse than showing
 * it in the orphan list.
 */
import search from 'approx-string-match';
import type { NoteTarget } from '../notes/model';
import { prefixSimilarity, suffixSimilarity } from './similarity';

export interface Anchor {
  start: number;
  end: number;
  /** 0..1, see scoreCandidate. */
  score: number;
}

export interface ScoredCandidate extends Anchor {
  /** 1 - edit errors / quote length. */
  quote: number;
  /** Agreement of the stored prefix and suffix with the text around the candidate. */
  context: number;
}

/** A quote this long that still matches this well cannot be another passage by chance. */
const DISTINCTIVE_LENGTH = 32;
const LONG_QUOTE_LENGTH = 64;
/** Below this quote similarity a candidate is never accepted (also bounds the errors searched for). */
const MIN_QUOTE_SIMILARITY = 0.75;
/** Context needed for a short quote: "the president" alone says little about where it was. */
const MIN_CONTEXT_FOR_SHORT = 0.5;
const MIN_SCORE = 0.75;
/** Characters searched on each side of the stored position before the whole text. */
const WINDOW = 2048;
/** Exact occurrences scored at most (a very short quote can occur thousands of times). */
const MAX_EXACT_CANDIDATES = 2000;

const WEIGHTS = { quote: 0.6, context: 0.35, position: 0.05 };

export function scoreCandidate(
  text: string,
  target: NoteTarget,
  start: number,
  end: number,
  errors: number,
): ScoredCandidate {
  const { exact, prefix, suffix } = target.quote;
  const quote = Math.max(0, 1 - errors / exact.length);
  const before = prefixSimilarity(text, start, prefix);
  const after = suffixSimilarity(text, end, suffix);
  let context: number;
  if (before === null && after === null) context = quote;
  else if (before === null) context = after as number;
  else if (after === null) context = before;
  else context = (before * prefix.length + after * suffix.length) / (prefix.length + suffix.length);
  const distance = Math.abs(start - target.position.start);
  const position = 1 - Math.min(1, distance / Math.max(1, text.length));
  const score = WEIGHTS.quote * quote + WEIGHTS.context * context + WEIGHTS.position * position;
  return { start, end, score, quote, context };
}

/** The acceptance rules: a false anchor must be much rarer than an orphan. */
export function isAcceptable(c: ScoredCandidate, quoteLength: number): boolean {
  if (c.quote < MIN_QUOTE_SIMILARITY) return false;
  // A long exact quote is the passage itself, whatever happened around it.
  if (c.quote === 1 && quoteLength >= DISTINCTIVE_LENGTH) return true;
  if (quoteLength >= LONG_QUOTE_LENGTH && c.quote >= 0.9) return true;
  if (quoteLength < DISTINCTIVE_LENGTH && c.context < MIN_CONTEXT_FOR_SHORT) return false;
  return c.score >= MIN_SCORE;
}

function bestAcceptable(candidates: ScoredCandidate[], quoteLength: number): ScoredCandidate | null {
  let best: ScoredCandidate | null = null;
  for (const c of candidates) {
    if (isAcceptable(c, quoteLength) && (!best || c.score > best.score)) best = c;
  }
  return best;
}

function exactCandidates(text: string, target: NoteTarget): ScoredCandidate[] {
  const { exact } = target.quote;
  const out: ScoredCandidate[] = [];
  for (
    let at = text.indexOf(exact);
    at !== -1 && out.length < MAX_EXACT_CANDIDATES;
    at = text.indexOf(exact, at + 1)
  ) {
    out.push(scoreCandidate(text, target, at, at + exact.length, 0));
  }
  return out;
}

function maxErrorsFor(pattern: string): number {
  return Math.max(1, Math.floor(pattern.length * (1 - MIN_QUOTE_SIMILARITY)));
}

/** Approximate matches of the quote in text[from, to). */
function fuzzyQuoteCandidates(text: string, target: NoteTarget, from: number, to: number): ScoredCandidate[] {
  const { exact } = target.quote;
  return search(text.slice(from, to), exact, maxErrorsFor(exact)).map((m) =>
    scoreCandidate(text, target, from + m.start, from + m.end, m.errors),
  );
}

/**
 * Approximate matches of prefix + quote + suffix in text[from, to); inside each,
 * the quote is then located and scored. Finds the edited passage even when the
 * quote alone matches better somewhere else.
 */
function fuzzyContextCandidates(
  text: string,
  target: NoteTarget,
  from: number,
  to: number,
): ScoredCandidate[] {
  const { exact, prefix, suffix } = target.quote;
  if (!prefix && !suffix) return [];
  const passage = prefix + exact + suffix;
  const out: ScoredCandidate[] = [];
  for (const m of search(text.slice(from, to), passage, maxErrorsFor(passage))) {
    const regionStart = from + m.start;
    const regionEnd = from + m.end;
    const region = text.slice(regionStart, regionEnd);
    for (const q of search(region, exact, maxErrorsFor(exact))) {
      out.push(scoreCandidate(text, target, regionStart + q.start, regionStart + q.end, q.errors));
    }
  }
  return out;
}

/** Where the passage of `target` is in `text` now, or null when it cannot be found with confidence. */
export function anchor(text: string, target: NoteTarget): Anchor | null {
  const { exact } = target.quote;
  if (!exact || !text) return null;
  const pick = (c: ScoredCandidate | null): Anchor | null =>
    c ? { start: c.start, end: c.end, score: c.score } : null;

  const exactHit = bestAcceptable(exactCandidates(text, target), exact.length);
  if (exactHit) return pick(exactHit);

  const reach = WINDOW + exact.length;
  const windowStart = Math.max(0, target.position.start - reach);
  const windowEnd = Math.min(text.length, target.position.start + exact.length + reach);
  const ranges: [number, number][] = [[windowStart, windowEnd]];
  if (windowStart > 0 || windowEnd < text.length) ranges.push([0, text.length]);

  for (const [from, to] of ranges) {
    const hit = bestAcceptable(fuzzyQuoteCandidates(text, target, from, to), exact.length);
    if (hit) return pick(hit);
  }
  for (const [from, to] of ranges) {
    const hit = bestAcceptable(fuzzyContextCandidates(text, target, from, to), exact.length);
    if (hit) return pick(hit);
  }
  return null;
}

/** Anchors many targets on one text; the result is parallel to `targets`. */
export function anchorAll(text: string, targets: readonly NoteTarget[]): (Anchor | null)[] {
  return targets.map((target) => anchor(text, target));
}
