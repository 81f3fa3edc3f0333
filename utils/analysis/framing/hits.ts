/**
 * One scan of the word lexicon per block; loaded-language and name-calling
 * detectors both read the result.
 */
import { type WordClass, wordTable } from './lexicon';
import type { PhraseMatch } from './phrases';
import type { BlockContext } from './types';

export type WordHits = (PhraseMatch<WordClass> | undefined)[];

/** hits[i] is the longest lexicon entry starting at token i, if any. Entries may overlap. */
export function scanWords(ctx: BlockContext): WordHits {
  const table = wordTable();
  const hits: WordHits = new Array(ctx.tokens.length);
  const { tokens, stemKeys } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isWord(i) || !table.mayStartWith(stemKeys[i]!)) continue;
    const m = table.matchAt(tokens, ctx.stems, stemKeys, i);
    if (m) hits[i] = m;
  }
  return hits;
}

export function hitHas(hits: WordHits, i: number, cls: WordClass): boolean {
  return hits[i]?.values.includes(cls) ?? false;
}
