/**
 * A cheap pre-filter for word lookups. Most words of a text are in no table,
 * and for them two bitmap reads answer without hashing the word, which is the
 * dearest step of a Set or Map lookup on a freshly sliced string. One bitmap
 * is indexed by (length, first letter, last letter), the other by (length,
 * second letter, last but one): common words that share the outer letters of
 * a table word ("government" and "grievant") rarely share the inner ones too.
 */

const SIZE = 32 << 10;

/** Bitmap index of a non-empty word: length (capped at 31), low five bits of its first and last code. */
function outerIndex(word: string): number {
  const n = word.length;
  return (Math.min(n, 31) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(n - 1) & 31);
}

/** The same from the second and last-but-one codes (the only code, for one-letter words). */
function innerIndex(word: string): number {
  const n = word.length;
  const second = n > 1 ? word.charCodeAt(1) : word.charCodeAt(0);
  const beforeLast = n > 1 ? word.charCodeAt(n - 2) : word.charCodeAt(0);
  return (Math.min(n, 31) << 10) | ((second & 31) << 5) | (beforeLast & 31);
}

/** Says "no" for sure or "maybe" for a word: may a table of words hold it? */
export class WordGate {
  private readonly outer = new Uint8Array(SIZE);
  private readonly inner = new Uint8Array(SIZE);

  add(word: string): void {
    if (word.length === 0) return;
    this.outer[outerIndex(word)] = 1;
    this.inner[innerIndex(word)] = 1;
  }

  mayHold(word: string): boolean {
    return word.length > 0 && this.outer[outerIndex(word)] === 1 && this.inner[innerIndex(word)] === 1;
  }
}

/** A set of words behind the gate. */
export class GatedSet {
  private readonly words: Set<string>;
  private readonly gate = new WordGate();

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) this.gate.add(w);
  }

  has(word: string): boolean {
    return this.gate.mayHold(word) && this.words.has(word);
  }
}
