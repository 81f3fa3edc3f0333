/**
 * Phrase tables: multi-word lexicon entries looked up token by token. Entries
 * are keyed by the stem of their first word, so matching a document is one Map
 * lookup per word plus a short comparison for the few entries that start there.
 */
import { stem } from './stem';
import type { WordKeys } from './stems';
import type { Tokens } from './tokens';
import { PairGate, WordGate } from './word-gate';

export interface PhraseMatch<T> {
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
  /** Everything the lexicon says about this phrase (a word can be in several lists). */
  values: T[];
}

interface Entry<T> {
  stems: string[];
  values: T[];
}

/** Entries sharing a first word: the one-word entry, and longer ones indexed by their second word. */
interface Bucket<T> {
  single?: Entry<T>;
  bySecond: Map<string, Entry<T>[]>;
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Bucket<T>>();
  /** First words of entries behind the pre-filter of word-gate.ts: most words of a text start no entry. */
  private readonly gate = new WordGate();
  /** First words of one-word entries: without one, a match needs a pair that passes `pairGate`. */
  private readonly singleGate = new WordGate();
  /** First and second words of multi-word entries, as pairs: most common first words ("the", "it") start none with the word after them. */
  private readonly pairGate = new PairGate();

  /**
   * `key` maps a lexicon word to what it is compared by: the stemmer for word
   * lists (inflections match), identity for set phrases, where "clearly" must
   * not match "clear". Callers pass token keys made by the same function.
   */
  constructor(private readonly key: (word: string) => string = stem) {}

  add(phrase: string, value: T): this {
    const stems = phrase
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w.length > 0)
      .map((w) => this.key(w.replace(/’/g, "'")));
    if (stems.length === 0) return this;
    let bucket = this.byFirst.get(stems[0]!);
    if (!bucket) {
      bucket = { bySecond: new Map() };
      this.byFirst.set(stems[0]!, bucket);
      this.gate.add(stems[0]!);
    }
    if (stems.length === 1) {
      this.singleGate.add(stems[0]!);
      bucket.single ??= { stems, values: [] };
      if (!bucket.single.values.includes(value)) bucket.single.values.push(value);
      return this;
    }
    const list = bucket.bySecond.get(stems[1]!) ?? [];
    const same = list.find((e) => e.stems.join(' ') === stems.join(' '));
    if (same) {
      if (!same.values.includes(value)) same.values.push(value);
      return this;
    }
    list.push({ stems, values: [value] });
    this.pairGate.add(stems[0]!, stems[1]!);
    // Longest first, so "the truth is this" wins over "the truth is".
    list.sort((a, b) => b.stems.length - a.stems.length);
    bucket.bySecond.set(stems[1]!, list);
    return this;
  }

  addAll(phrases: readonly string[], value: T): this {
    for (const p of phrases) this.add(p, value);
    return this;
  }

  /** Adds each phrase under every spelling `forms` gives for it (one-word entries only). */
  addForms(phrases: readonly string[], value: T, forms: (w: string) => string[]): this {
    for (const p of phrases) {
      if (p.includes(' ')) this.add(p, value);
      else for (const f of forms(p)) this.add(f, value);
    }
    return this;
  }

  /**
   * Every entry starting at word token `i`, longest first; words must be
   * adjacent. `keys.at(i)` is token i's key, `gates[i]` its gateKey (word-gate.ts).
   */
  matchesAt(tokens: Tokens, keys: WordKeys, gates: ArrayLike<number>, i: number): PhraseMatch<T>[] {
    return this.mayStartAt(tokens, gates, i) ? this.matchesFrom(tokens, keys, gates, i) : NONE;
  }

  /** matchesAt where mayStartAt(tokens, gates, i) is known to be true: the gates are not asked again. */
  matchesFrom(tokens: Tokens, keys: WordKeys, gates: ArrayLike<number>, i: number): PhraseMatch<T>[] {
    const bucket = this.byFirst.get(keys.at(i)!);
    if (!bucket) return NONE;
    // Allocated only when something matches: common first words ("the", "it") usually match nothing.
    let out: PhraseMatch<T>[] | undefined;
    const list = this.entriesBySecond(bucket, tokens, keys, gates, i);
    if (list) {
      for (const e of list) {
        if (!matchesRest(tokens, keys, i, e.stems)) continue;
        out ??= [];
        out.push({ from: i, to: i + e.stems.length, values: e.values });
      }
    }
    if (bucket.single) {
      out ??= [];
      out.push({ from: i, to: i + 1, values: bucket.single.values });
    }
    return out ?? NONE;
  }

  /** Longest entry starting at word token `i`, or null; allocates only on a match. Arguments as for matchesAt. */
  matchAt(tokens: Tokens, keys: WordKeys, gates: ArrayLike<number>, i: number): PhraseMatch<T> | null {
    return this.mayStartAt(tokens, gates, i) ? this.matchFrom(tokens, keys, gates, i) : null;
  }

  /** matchAt where mayStartAt(tokens, gates, i) is known to be true. */
  matchFrom(tokens: Tokens, keys: WordKeys, gates: ArrayLike<number>, i: number): PhraseMatch<T> | null {
    const bucket = this.byFirst.get(keys.at(i)!);
    if (!bucket) return null;
    const list = this.entriesBySecond(bucket, tokens, keys, gates, i);
    if (list) {
      for (const e of list) {
        if (matchesRest(tokens, keys, i, e.stems))
          return { from: i, to: i + e.stems.length, values: e.values };
      }
    }
    return bucket.single ? { from: i, to: i + 1, values: bucket.single.values } : null;
  }

  /**
   * False when no entry can start at token `i`, decided from the gates alone:
   * the common words that do start entries ("the", "of", "it") mostly start
   * multi-word ones, and the word after them rules those out before any lookup.
   * The scans over every word of a block ask this themselves, then call
   * matchFrom or matchesFrom (most words fail it, and a call per word showed
   * in profiles; asked again inside matchAt, it cost a second round of gates
   * for the third of words that pass the first).
   */
  mayStartAt(tokens: Tokens, gates: ArrayLike<number>, i: number): boolean {
    const key = gates[i]!;
    if (!this.gate.mayHoldKey(key)) return false;
    return this.singleGate.mayHoldKey(key) || this.secondMayFollow(tokens, gates, i);
  }

  /** Whether token `i` and the word after it may be the first two words of some entry. */
  private secondMayFollow(tokens: Tokens, gates: ArrayLike<number>, i: number): boolean {
    return tokens.isWord(i + 1) && this.pairGate.mayHoldKeys(gates[i]!, gates[i + 1]!);
  }

  /** Multi-word entries of `bucket` whose second word is the word after token `i`. */
  private entriesBySecond(
    bucket: Bucket<T>,
    tokens: Tokens,
    keys: WordKeys,
    gates: ArrayLike<number>,
    i: number,
  ): Entry<T>[] | undefined {
    if (bucket.bySecond.size === 0 || !this.secondMayFollow(tokens, gates, i)) return undefined;
    return bucket.bySecond.get(keys.at(i + 1)!);
  }
}

/** Words 3.. of an entry whose first two already matched at `i`. */
function matchesRest(tokens: Tokens, keys: WordKeys, i: number, stems: readonly string[]): boolean {
  if (i + stems.length > tokens.length) return false;
  for (let k = 2; k < stems.length; k++) {
    if (!tokens.isWord(i + k) || keys.at(i + k) !== stems[k]) return false;
  }
  return true;
}

// biome-ignore lint/suspicious/noExplicitAny: a shared empty result for every table
const NONE: PhraseMatch<any>[] = [];

/** Splits a lexicon block (one entry a line, `#` comments allowed) into entries. */
export function lines(block: string): string[] {
  const out: string[] = [];
  for (const raw of block.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line) out.push(line);
  }
  return out;
}
