/**
 * Where each word of the article occurs. Searching a removed or far-moved
 * passage with approx-string-match over the whole text costs a full pass per
 * note; instead, the passage's rarest words point at the few places it could
 * be, and only those are searched. Built once per text, on first need.
 */

const WORD = /[\p{L}\p{N}]{3,}/gu;

export type WordIndex = Map<string, number[]>;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Same test as WORD's character class, with a fast path for ASCII (most of the text, most of the time). */
function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdfff)
    return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) ?? code));
  return LETTER_OR_DIGIT.test(text[at] as string);
}

/** Word → positions, for words of 3+ letters/digits (the same words as `wholeWords` yields). */
export function buildWordIndex(text: string): WordIndex {
  const index: WordIndex = new Map();
  const length = text.length;
  let at = 0;
  while (at < length) {
    while (at < length && !isWordChar(text.charCodeAt(at), text, at)) at++;
    const start = at;
    while (at < length && isWordChar(text.charCodeAt(at), text, at)) at++;
    if (at - start >= 3) {
      const word = text.slice(start, at);
      const list = index.get(word);
      if (list) list.push(start);
      else index.set(word, [start]);
    }
  }
  return index;
}

/** A whole word of a passage and its offset in the passage. */
export interface PassageWord {
  word: string;
  offset: number;
}

/**
 * The whole words of `passage`: a word touching either end of it is left out,
 * since the selection may have cut it in half.
 */
export function wholeWords(passage: string): PassageWord[] {
  const out: PassageWord[] = [];
  for (const match of passage.matchAll(WORD)) {
    const end = match.index + match[0].length;
    if (match.index === 0 || end === passage.length) continue;
    out.push({ word: match[0], offset: match.index });
  }
  return out;
}

/**
 * Up to `count` of the passage's words that occur in the text at least once and
 * at most `maxOccurrences` times, rarest first; null when no word qualifies
 * (the caller then searches the whole text).
 */
export function seedWords(
  index: WordIndex,
  passage: string,
  count = 3,
  maxOccurrences = 64,
): PassageWord[] | null {
  const seen = new Set<string>();
  const usable: { word: PassageWord; occurrences: number }[] = [];
  for (const word of wholeWords(passage)) {
    if (seen.has(word.word)) continue;
    seen.add(word.word);
    const occurrences = index.get(word.word)?.length ?? 0;
    if (occurrences > 0 && occurrences <= maxOccurrences) usable.push({ word, occurrences });
  }
  if (usable.length === 0) return null;
  usable.sort((a, b) => a.occurrences - b.occurrences);
  return usable.slice(0, count).map((u) => u.word);
}

/**
 * Merged ranges of the text where the passage could start and end, given that
 * it contains the seed words: each occurrence of a seed at position p implies
 * the passage starts near p - offset. `slack` absorbs insertions and deletions.
 */
export function candidateRegions(
  index: WordIndex,
  seeds: PassageWord[],
  passageLength: number,
  slack: number,
  textLength: number,
): [number, number][] {
  const raw: [number, number][] = [];
  for (const seed of seeds) {
    for (const at of index.get(seed.word) ?? []) {
      const start = at - seed.offset;
      raw.push([Math.max(0, start - slack), Math.min(textLength, start + passageLength + slack)]);
    }
  }
  raw.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const region of raw) {
    const last = merged[merged.length - 1];
    if (last && region[0] <= last[1]) last[1] = Math.max(last[1], region[1]);
    else merged.push([region[0], region[1]]);
  }
  return merged;
}
