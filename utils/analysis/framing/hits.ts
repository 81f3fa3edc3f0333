/**
 * One scan of the word lexicon per block; loaded-language and name-calling
 * detectors both read the result.
 */
import { type WordClass, wordTable } from './lexicon';
import type { PhraseMatch } from './phrases';
import type { BlockContext } from './types';

export type WordHits = (PhraseMatch<WordClass> | undefined)[];

/**
 * The hits of the last block scanned, reused by the next: a new array per
 * block, a slot per token for the few words that hit, was a twentieth of all
 * the analysis allocated.
 */
const reused: WordHits = [];
/** How many slots of `reused` the last block may have written. */
let reusedLength = 0;

/**
 * hits[i] is the longest lexicon entry starting at token i, if any. Entries may overlap.
 * The array is valid until the next call: blocks are analysed one at a time.
 */
export function scanWords(ctx: BlockContext): WordHits {
  const table = wordTable();
  const hits = reused;
  hits.fill(undefined, 0, reusedLength);
  reusedLength = ctx.tokens.length;
  // Grown a slot at a time, never written far past its end, so V8 keeps it a plain array.
  while (hits.length < reusedLength) hits.push(undefined);
  const { tokens, stemKeys } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isWord(i) || !table.mayStartAt(tokens, stemKeys, i)) continue;
    const m = table.matchFrom(tokens, ctx.stems, stemKeys, i);
    if (m) hits[i] = m;
  }
  return hits;
}

export function hitHas(hits: WordHits, i: number, cls: WordClass): boolean {
  return hits[i]?.values.includes(cls) ?? false;
}
