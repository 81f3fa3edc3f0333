/**
 * A cheap pre-filter for word lookups. Most words of a text are in no table,
 * and for them two bitmap reads answer without hashing the word, which is the
 * dearest step of a Set or Map lookup on a freshly sliced string. One bitmap
 * is indexed by (length, first letter, last letter), the other by (length,
 * second letter, last but one): common words that share the outer letters of
 * a table word ("government" and "grievant") rarely share the inner ones too.
 */
import { bitmap, hasBit, setBit } from '../bitmap';
import type { WordKeys } from './stems';

const SIZE = 32 << 10;
const INNER_BITS = 15;
const INNER_MASK = SIZE - 1;

/**
 * Both bitmap indices of a non-empty word of `length` code units, from its
 * first, second, last-but-one and last codes (for a one-letter word, all four
 * are its only code), packed in one number: the outer index (length capped
 * at 31, first and last code) above the inner one (length, second and
 * last-but-one). The tokenizer computes it from the page text as it reads each
 * word: token words are slices of page text in several string representations,
 * and reading their characters again in every gate of every detector was the
 * largest part of the lexicon lookups in profiles.
 */
export function gateKeyOfCodes(
  length: number,
  first: number,
  second: number,
  beforeLast: number,
  last: number,
): number {
  const n = Math.min(length, 31) << 10;
  const outer = n | ((first & 31) << 5) | (last & 31);
  const inner = n | ((second & 31) << 5) | (beforeLast & 31);
  return (outer << INNER_BITS) | inner;
}

/** gateKeyOfCodes for a string; 0 for the empty word, which no gate holds. */
export function gateKey(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  const first = word.charCodeAt(0);
  return n === 1
    ? gateKeyOfCodes(1, first, first, first, first)
    : gateKeyOfCodes(n, first, word.charCodeAt(1), word.charCodeAt(n - 2), word.charCodeAt(n - 1));
}

/** The last code's low five bits as gateKeyOfCodes stored them. */
export function gateLast(key: number): number {
  return (key >>> INNER_BITS) & 31;
}

/** The length as gateKeyOfCodes stored it (capped at 31). */
export function gateLength(key: number): number {
  return key >>> (INNER_BITS + 10);
}

/** Size of the bitmaps indexed by a hash of whole keys (mostly empty). */
const JOINT_SIZE = 1 << 16;

/** Spreads a key's bits over the joint bitmap's index. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) & (JOINT_SIZE - 1);
}

/**
 * Says "no" for sure or "maybe" for a word: may a table of words hold it?
 * Besides the outer and inner bitmaps, a third indexed by the whole key:
 * a common word may match one table word's outer letters and another's inner
 * ones, and each such "maybe" cost a Map lookup.
 */
export class WordGate {
  private readonly outer = bitmap(SIZE);
  private readonly inner = bitmap(SIZE);
  private readonly joint = bitmap(JOINT_SIZE);

  add(word: string): void {
    if (word.length === 0) return;
    const key = gateKey(word);
    setBit(this.outer, key >>> INNER_BITS);
    setBit(this.inner, key & INNER_MASK);
    setBit(this.joint, mix(key));
  }

  mayHold(word: string): boolean {
    return this.mayHoldKey(gateKey(word));
  }

  /** mayHold for the word whose gateKey is `key`. */
  mayHoldKey(key: number): boolean {
    return (
      hasBit(this.outer, key >>> INNER_BITS) &&
      hasBit(this.inner, key & INNER_MASK) &&
      hasBit(this.joint, mix(key))
    );
  }
}

/** The same pre-filter for pairs of adjacent words, by their keys: may a phrase start with these two? */
export class PairGate {
  private readonly pairs = bitmap(JOINT_SIZE);

  add(first: string, second: string): void {
    setBit(this.pairs, pairIndex(gateKey(first), gateKey(second)));
  }

  mayHoldKeys(first: number, second: number): boolean {
    return hasBit(this.pairs, pairIndex(first, second));
  }
}

function pairIndex(first: number, second: number): number {
  return mix(Math.imul(first, 0x9e3779b1) ^ second);
}

/** Words by index, each with its gateKey, made only on request (framing/tokens.ts Tokens). */
export interface KeyedWords {
  gate(i: number): number;
  norm(i: number): string | undefined;
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

  /**
   * has() for the word `words.at(i)` whose gateKey is `key`: the word is made only
   * when the key passes the gate (for a stem, `key` is the block's stemKeys[i]).
   */
  hasKeyed(key: number, words: WordKeys, i: number): boolean {
    return this.gate.mayHoldKey(key) && this.words.has(words.at(i)!);
  }

  /** has() for token `i`: its norm is made only when its key passes the gate, which most words do not. */
  hasToken(tokens: KeyedWords, i: number): boolean {
    return this.gate.mayHoldKey(tokens.gate(i)) && this.words.has(tokens.norm(i)!);
  }
}
