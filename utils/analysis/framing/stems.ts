/**
 * The stems of one block's tokens, made only when asked for. Every word needs
 * its stem's gate key (the word lexicon's gate reads it), but only the few
 * words that pass a gate, start a candidate or follow a fear trigger need the
 * stem itself: making a new string for each of the fifth of words whose stem
 * differs cost more than all the lookups that read them.
 */
import { applyStemEdit, stemCodeAt, stemLength } from './stem';
import { gateKeyOfCodes } from './word-gate';

/** What a lookup table reads a token's key from: an array of keys, or Stems. */
export interface WordKeys {
  /** The key of token i; undefined past the end. */
  at(i: number): string | undefined;
}

/** Edit of a token that is not a word: its stem is ''. */
export const NOT_A_WORD = -1;

export class Stems implements WordKeys {
  /**
   * `norms[i]` and `edits[i]`, token i's norm and what stemEdit (stem.ts) says
   * of it (NOT_A_WORD for punctuation and quotes).
   */
  constructor(
    private readonly norms: readonly string[],
    private readonly edits: readonly number[],
  ) {}

  /** The stem of token i, made anew on each request: few are asked for, and rarely twice. */
  at(i: number): string | undefined {
    const edit = this.edits[i];
    if (edit === undefined) return undefined;
    if (edit === NOT_A_WORD) return '';
    return applyStemEdit(this.norms[i]!, edit);
  }

  /** The stems of tokens [from, to) joined by spaces: how repeated findings are recognised. */
  join(from: number, to: number): string {
    const parts: string[] = [];
    const end = Math.min(to, this.edits.length);
    for (let i = from; i < end; i++) parts.push(this.at(i)!);
    return parts.join(' ');
  }
}

/** gateKey (word-gate.ts) of the stem that `edit` (stemEdit, non-zero) makes of `norm`, read without making it. */
export function stemGateKey(norm: string, edit: number): number {
  const n = stemLength(norm.length, edit);
  if (n === 0) return 0;
  const first = stemCodeAt(norm, edit, 0);
  if (n === 1) return gateKeyOfCodes(1, first, first, first, first);
  return gateKeyOfCodes(
    n,
    first,
    stemCodeAt(norm, edit, 1),
    stemCodeAt(norm, edit, n - 2),
    stemCodeAt(norm, edit, n - 1),
  );
}
