/**
 * Word lookup straight from the text: is text[start, end), lower-cased, one
 * of these words, and what is stored for it? Answered without slicing,
 * lower-casing or hashing a string: page text is usually a two-byte string,
 * for which `toLowerCase` takes V8's slow path, and those three steps were
 * the dearest part of the claim features' tokenizer. A small open-addressing
 * table whose probe compares characters case-folded in place.
 */

/** The word has a character outside ASCII (other than ’): the caller looks it up the slow way. */
export const EXOTIC = -2;
/** Not in the table. */
export const ABSENT = -1;

const RIGHT_QUOTE = 0x2019;

/** ASCII lower-casing of one code unit; the curly apostrophe reads as a straight one. */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === RIGHT_QUOTE ? 39 : c;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}

export class WordTable {
  private readonly keys: (string | undefined)[];
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(entries: ReadonlyMap<string, number>) {
    let size = 16;
    while (size < entries.size * 4) size <<= 1;
    this.mask = size - 1;
    this.keys = new Array(size).fill(undefined);
    this.values = new Int32Array(size);
    for (const [key, value] of entries) {
      let h = 0;
      for (let k = 0; k < key.length; k++) h = (Math.imul(h, 31) + key.charCodeAt(k)) | 0;
      let slot = mix(h) & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = value;
    }
  }

  /**
   * The slot of the entry equal to text[start, end) lower-cased (ASCII case
   * and ’ folded), ABSENT, or EXOTIC when the word has other non-ASCII
   * characters, whose lower-casing this table does not attempt.
   */
  find(text: string, start: number, end: number): number {
    let h = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 && c !== RIGHT_QUOTE) return EXOTIC;
      h = (Math.imul(h, 31) + fold(c)) | 0;
    }
    const n = end - start;
    const keys = this.keys;
    for (let slot = mix(h) & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = keys[slot];
      if (key === undefined) return ABSENT;
      if (key.length === n && sameFolded(text, start, key)) return slot;
    }
  }

  key(slot: number): string {
    return this.keys[slot]!;
  }

  value(slot: number): number {
    return this.values[slot]!;
  }
}

function sameFolded(text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++)
    if (fold(text.charCodeAt(start + k)) !== key.charCodeAt(k)) return false;
  return true;
}
