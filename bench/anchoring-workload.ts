/**
 * The anchoring benchmark's workload, free of Node and DOM APIs so the same
 * code runs in Node and, bundled, inside a Chromium page.
 *
 * A seeded generator writes a ~100,000-word article; 500 notes are described
 * on it; the article is then edited the way live pages change (paragraphs
 * inserted, words changed near some quotes, some passages removed) and every
 * note is anchored again. The reference is what a naive re-anchorer does:
 * approx-string-match over the whole text for each note.
 */
import search from 'approx-string-match';
import { anchorAll } from '../utils/anchoring/anchor';
import { describe } from '../utils/anchoring/describe';
import type { NoteTarget } from '../utils/notes/model';

/** The most frequent words, in rank order; rarer ranks are made-up words (see vocabulary()). */
const COMMON = (
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they ' +
  'you were her she there been one all we their has would when if so no will more can said who them some could ' +
  'government minister election oil prices voters policy senate border economy percent million billion report'
).split(' ');

const SYLLABLES =
  'ba ce di fo gu ha je ki lo mu na pe ri so tu va we xi yo zu bra cre dri fla glo pri spa tre'.split(' ');

/**
 * A 20,000-word vocabulary drawn with Zipf's law (frequency ~ 1/rank), as
 * natural language is: a few words everywhere, most words rare. A uniform
 * vocabulary would make every passage look like every other.
 */
function vocabulary(next: () => number, size = 20_000): { words: string[]; cumulative: Float64Array } {
  const words = [...COMMON];
  const seen = new Set(words);
  while (words.length < size) {
    let word = '';
    const syllables = 2 + Math.floor(next() * 3);
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / (rank + 1);
    cumulative[rank] = total;
  }
  for (let rank = 0; rank < size; rank++) cumulative[rank] = (cumulative[rank] as number) / total;
  return { words, cumulative };
}

function pickWord(vocab: { words: string[]; cumulative: Float64Array }, r: number): string {
  let lo = 0;
  let hi = vocab.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((vocab.cumulative[mid] as number) < r) lo = mid + 1;
    else hi = mid;
  }
  return vocab.words[lo] as string;
}

/** Small deterministic PRNG (mulberry32) so every run measures the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Vocabulary = ReturnType<typeof vocabulary>;

function paragraph(next: () => number, vocab: Vocabulary, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    let word = pickWord(vocab, next());
    if (next() < 0.08) word = `${Math.floor(next() * 1000)}`;
    out.push(i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word);
    if (i < words - 1 && next() < 0.07) out[out.length - 1] += '.';
  }
  return `${out.join(' ')}.`;
}

export interface Workload {
  original: string;
  edited: string;
  words: number;
  targets: NoteTarget[];
  /** Where each note's passage is in `edited`, or null when its passage was removed. */
  expected: ({ start: number; end: number } | null)[];
}

export function makeWorkload(words = 100_000, notes = 500, seed = 42): Workload {
  const next = random(seed);
  const vocab = vocabulary(next);
  const paragraphs: string[] = [];
  for (let total = 0; total < words; ) {
    const n = 40 + Math.floor(next() * 120);
    paragraphs.push(paragraph(next, vocab, n));
    total += n;
  }
  const original = paragraphs.join('\n\n');
  // One note per chosen paragraph, on a span of 20-200 characters inside it.
  const starts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    starts.push(offset);
    offset += p.length + 2;
  }
  const step = Math.floor(paragraphs.length / notes);
  const chosen = new Map<number, { from: number; to: number }>();
  for (let i = 0; i < notes; i++) {
    const index = i * step;
    const p = paragraphs[index] as string;
    const length = Math.min(p.length - 1, 20 + Math.floor(next() * 180));
    const from = Math.floor(next() * (p.length - length));
    chosen.set(index, { from, to: from + length });
  }
  const targets: NoteTarget[] = [];
  for (const [index, span] of chosen) {
    const base = starts[index] as number;
    const target = describe(original, base + span.from, base + span.to);
    if (!target) throw new Error('empty benchmark passage');
    targets.push(target);
    // describe() trims whitespace at the edges: keep the span it actually quoted.
    span.from = target.position.start - base;
    span.to = target.position.end - base;
  }

  // Edit: every 7th noted paragraph gets two words changed just before its quote,
  // every 20th is removed, and a new paragraph is inserted every 25 paragraphs.
  const noted = [...chosen.keys()];
  const removed = new Set(noted.filter((_, i) => i % 20 === 19));
  const touched = new Set(noted.filter((_, i) => i % 7 === 3));
  const editedParagraphs: string[] = [];
  const quoteIn: { paragraph: number; from: number; to: number }[] = [];
  paragraphs.forEach((p, index) => {
    if (index % 25 === 0) editedParagraphs.push(paragraph(next, vocab, 60));
    if (removed.has(index)) return;
    let text = p;
    const span = chosen.get(index);
    let shift = 0;
    if (span && touched.has(index) && span.from > 30) {
      // Replace the two words ending nearest before the quote's context start.
      const before = text.slice(0, span.from);
      const changed = before.replace(/(\S+) (\S+) (\S*)$/, 'altered words $3');
      shift = changed.length - before.length;
      text = changed + text.slice(span.from);
    }
    if (span)
      quoteIn.push({ paragraph: editedParagraphs.length, from: span.from + shift, to: span.to + shift });
    editedParagraphs.push(text);
  });
  const edited = editedParagraphs.join('\n\n');
  const editedStarts: number[] = [];
  offset = 0;
  for (const p of editedParagraphs) {
    editedStarts.push(offset);
    offset += p.length + 2;
  }
  const expected: Workload['expected'] = [];
  let q = 0;
  for (const index of chosen.keys()) {
    if (removed.has(index)) {
      expected.push(null);
      continue;
    }
    const where = quoteIn[q++]!;
    const base = editedStarts[where.paragraph] as number;
    expected.push({ start: base + where.from, end: base + where.to });
  }
  return { original, edited, words, targets, expected };
}

export interface AnchoringFigures {
  words: number;
  characters: number;
  notes: number;
  /** Our re-anchoring of every note on the edited text: median of RUNS passes. */
  anchorMs: number;
  /** The first pass, before the JIT has warmed up (what a page load sees). */
  firstPassMs: number;
  /** Reference: approx-string-match over the whole text per note. */
  referenceMs: number;
  anchored: number;
  orphans: number;
  /** Notes anchored somewhere other than their passage (must be 0). */
  wrong: number;
  /** Removed passages correctly reported as orphans. */
  expectedOrphans: number;
}

const now = () => globalThis.performance.now();
const RUNS = 5;

export function measure(work: Workload): AnchoringFigures {
  const { edited, targets, expected } = work;
  const passes: number[] = [];
  let results: ReturnType<typeof anchorAll> = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = now();
    results = anchorAll(edited, targets);
    passes.push(now() - t0);
  }
  const firstPassMs = passes[0] as number;
  const anchorMs = [...passes].sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;

  const t1 = now();
  for (const t of targets) search(edited, t.quote.exact, Math.floor(t.quote.exact.length / 4));
  const referenceMs = now() - t1;

  let anchored = 0;
  let wrong = 0;
  let orphans = 0;
  results.forEach((r, i) => {
    const want = expected[i];
    if (!r) orphans++;
    else if (want && r.start === want.start && r.end === want.end) anchored++;
    else wrong++;
  });
  return {
    words: work.words,
    characters: edited.length,
    notes: targets.length,
    anchorMs,
    firstPassMs,
    referenceMs,
    anchored,
    orphans,
    wrong,
    expectedOrphans: expected.filter((e) => e === null).length,
  };
}
