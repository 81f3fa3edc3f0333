/**
 * Finds a note's passage again in the (possibly changed) article text.
 *
 * Order of attempts, cheapest first:
 * 1. the exact quote, everywhere it occurs (repeats are told apart by their
 *    context and their distance from the stored position);
 * 2. approximate matches of the quote (approx-string-match, Myers' algorithm)
 *    in a window around the stored position, then in the whole text;
 * 3. approximate matches of the quote *with its context*, which finds an
 *    edited passage even when an unrelated exact copy of a short quote exists;
 * beyond the window, 2 and 3 run only where the passage's rarer words occur
 * (./word-index.ts), or over the whole text when it has no such word.
 *
 * Every candidate is scored on quote, prefix, suffix and position; only a
 * candidate passing the acceptance rules is returned. Anything else is an
 * orphan (null): showing a note on the wrong sentence is worse than showing
 * it in the orphan list.
 */
import search from 'approx-string-match';
import type { NoteTarget } from '../notes/model';
import { prefixSimilarity, suffixSimilarity } from './similarity';
import { buildWordIndex, candidateRegions, seedWords, type WordIndex } from './word-index';

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

/** Exact occurrences of the quote starting in text[from, to). */
function exactCandidates(text: string, target: NoteTarget, from = 0, to = text.length): ScoredCandidate[] {
  const { exact } = target.quote;
  const out: ScoredCandidate[] = [];
  for (
    let at = text.indexOf(exact, from);
    at !== -1 && at < to && out.length < MAX_EXACT_CANDIDATES;
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

/**
 * Anchors notes on one text. Keeps what can be shared between notes (the word
 * index, built only if some note needs a search beyond its window).
 */
export class Anchorer {
  private words: WordIndex | undefined;
  /**
   * How far the last anchored passage moved from its stored position. Content
   * inserted above (late content, a new lead paragraph) moves every later
   * passage by the same amount, so the next window is centred accordingly.
   */
  private shift = 0;

  constructor(readonly text: string) {}

  /** Where the passage of `target` is now, or null when it cannot be found with confidence. */
  anchor(target: NoteTarget): Anchor | null {
    const { text } = this;
    const { exact, prefix, suffix } = target.quote;
    if (!exact || !text) return null;
    const pick = (c: ScoredCandidate | null): Anchor | null =>
      c ? { start: c.start, end: c.end, score: c.score } : null;
    const attempt = (ranges: [number, number][]): Anchor | null => {
      for (const find of [fuzzyQuoteCandidates, fuzzyContextCandidates]) {
        const candidates = ranges.flatMap(([from, to]) => find(text, target, from, to));
        const hit = bestAcceptable(candidates, exact.length);
        if (hit) return pick(hit);
      }
      return null;
    };

    const expected = target.position.start + this.shift;
    const reach = WINDOW + exact.length;
    const windowStart = Math.max(0, expected - reach);
    const windowEnd = Math.min(text.length, expected + exact.length + reach);

    // An acceptable exact copy near where the passage was is taken without
    // scanning the rest of the text (repeats inside the window still compete).
    const near = bestAcceptable(exactCandidates(text, target, windowStart, windowEnd), exact.length);
    if (near) return this.found(target, pick(near));
    const exactHit = bestAcceptable(exactCandidates(text, target), exact.length);
    if (exactHit) return this.found(target, pick(exactHit));

    const inWindow = attempt([[windowStart, windowEnd]]);
    if (inWindow || (windowStart === 0 && windowEnd === text.length)) return this.found(target, inWindow);

    // Beyond the window: only where the passage's rarer words occur, or everywhere when it has none.
    this.words ??= buildWordIndex(text);
    const passage = prefix + exact + suffix;
    const seeds = seedWords(this.words, passage);
    if (!seeds) return this.found(target, attempt([[0, text.length]]));
    const slack = maxErrorsFor(passage) + 16;
    const regions = candidateRegions(this.words, seeds, passage.length, slack, text.length);
    return this.found(target, attempt(regions));
  }

  private found(target: NoteTarget, anchor: Anchor | null): Anchor | null {
    if (anchor) this.shift = anchor.start - target.position.start;
    return anchor;
  }
}

/** Where the passage of `target` is in `text` now, or null when it cannot be found with confidence. */
export function anchor(text: string, target: NoteTarget): Anchor | null {
  return new Anchorer(text).anchor(target);
}

/** Anchors many targets on one text; the result is parallel to `targets`. */
export function anchorAll(text: string, targets: readonly NoteTarget[]): (Anchor | null)[] {
  const anchorer = new Anchorer(text);
  // In text order, so each passage's shift predicts the next one's.
  const order = targets
    .map((_, i) => i)
    .sort((a, b) => targets[a]!.position.start - targets[b]!.position.start);
  const results: (Anchor | null)[] = new Array(targets.length).fill(null);
  for (const i of order) results[i] = anchorer.anchor(targets[i]!);
  return results;
}
