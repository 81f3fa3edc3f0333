/**
 * The stems of one block's tokens, made only when asked for. Every word needs
 * its stem's gate key (the word lexicon's gate reads it), but only the few
 * words that pass a gate, start a candidate or follow a fear trigger need the
 * stem itself: making a new string for each of the fifth of words whose stem
 * differs cost more than all the lookups that read them.
 */
import { stem, stemCodeAt, stemLength, wordCodes } from './stem';
import type { Tokens } from './tokens';
import { gateKeyOfCodes } from './word-gate';

/** What a lookup table reads a token's key from: an array of keys, or Stems. */
export interface WordKeys {
  /** The key of token i; undefined past the end. */
  at(i: number): string | undefined;
}

export class Stems implements WordKeys {
  constructor(private readonly tokens: Tokens) {}

  /** The stem of token i ('' for punctuation and quotes), made anew on each request: few are asked for. */
  at(i: number): string | undefined {
    const { tokens } = this;
    if (!tokens.has(i)) return undefined;
    return tokens.isWord(i) ? stem(tokens.norm(i)!) : '';
  }

  /** The stems of tokens [from, to) joined by spaces: how repeated findings are recognised. */
  join(from: number, to: number): string {
    const parts: string[] = [];
    const end = Math.min(to, this.tokens.length);
    for (let i = from; i < end; i++) parts.push(this.at(i)!);
    return parts.join(' ');
  }
}

/** gateKey (word-gate.ts) of the stem that `edit` (stemEdit, non-zero) makes of `norm`, read without making it. */
export function stemGateKey(norm: string, edit: number): number {
  return stemGateKeyOfCodes(wordCodes(norm), norm.length, edit);
}

/** stemGateKey of the word whose codes are w[0, n) (see stemEditOfCodes). */
export function stemGateKeyOfCodes(w: Int32Array, n: number, edit: number): number {
  const length = stemLength(n, edit);
  if (length === 0) return 0;
  const first = stemCodeAt(w, n, edit, 0);
  if (length === 1) return gateKeyOfCodes(1, first, first, first, first);
  return gateKeyOfCodes(
    length,
    first,
    stemCodeAt(w, n, edit, 1),
    stemCodeAt(w, n, edit, length - 2),
    stemCodeAt(w, n, edit, length - 1),
  );
}
