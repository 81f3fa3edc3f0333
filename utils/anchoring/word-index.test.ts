import { describe, expect, it } from 'vitest';
import { buildWordIndex, candidateRegions, seedWords, wholeWords } from './word-index';

describe('word index', () => {
  it('indexes words of 3+ letters or digits, unicode included', () => {
    const index = buildWordIndex('Le président, 2019: président! a été 😀 ok');
    expect(index.get('président')).toEqual([3, 20]);
    expect(index.get('2019')).toEqual([14]);
    expect(index.has('Le')).toBe(false);
    expect(index.get('été')).toEqual([33]);
  });

  it('leaves out words cut by the passage edges', () => {
    expect(wholeWords('ent says the minister wa').map((w) => w.word)).toEqual(['says', 'the', 'minister']);
  });

  it('picks the rarest words present and maps them to regions', () => {
    const text = 'the cat and the dog. the zebra ran. the cat slept.';
    const index = buildWordIndex(text);
    const seeds = seedWords(index, 'x the zebra ran and x', 2)!;
    expect(seeds.map((s) => s.word)).toEqual(['zebra', 'ran']);
    const regions = candidateRegions(index, seeds, 21, 2, text.length);
    // 'zebra' is at 25 in the text and at 6 in the passage: the passage starts near 19.
    expect(regions).toEqual([[19 - 2, 19 + 21 + 2]]);
    expect(seedWords(index, 'x unknown words y')).toBeNull();
  });
});
