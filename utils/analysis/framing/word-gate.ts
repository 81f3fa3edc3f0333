/**
 * A cheap pre-filter for word lookups: a bitmap over (length, first letter,
 * last letter) of the words a table holds. Most words of a text are in no
 * table, and for them the bitmap answers without hashing the word, which is
 * the dearest step of a Set or Map lookup on a freshly sliced string.
 */

/** Bitmap index of a non-empty word: length (capped at 31), low five bits of its first and last code. */
export function gateIndex(word: string): number {
  const n = word.length;
  return (Math.min(n, 31) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(n - 1) & 31);
}

export const GATE_SIZE = 32 << 10;

/** A set of words behind the bitmap pre-filter. */
export class GatedSet {
  private readonly words: Set<string>;
  private readonly gate = new Uint8Array(GATE_SIZE);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) if (w.length > 0) this.gate[gateIndex(w)] = 1;
  }

  has(word: string): boolean {
    return word.length > 0 && this.gate[gateIndex(word)] === 1 && this.words.has(word);
  }
}
