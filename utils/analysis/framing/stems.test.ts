import { describe, expect, it } from 'vitest';
import { stem, stemEdit } from './stem';
import { Stems, stemGateKey } from './stems';
import { tokenize } from './tokens';
import { gateKey } from './word-gate';

const WORDS = [
  'begged',
  'begging',
  'hated',
  'puppets',
  'cronies',
  'worried',
  "party's",
  "parties'",
  'plotted',
  'loved',
  'demonised',
  'bus',
  'status',
  'cat',
  'said',
  "'s's",
];

describe('stem edits', () => {
  it('say how stem() changes a word, and its gate key, without making the stem', () => {
    for (const w of WORDS) {
      const edit = stemEdit(w);
      expect(edit === 0, w).toBe(stem(w) === w);
      if (edit !== 0) expect(stemGateKey(w, edit), w).toBe(gateKey(stem(w)));
    }
  });

  it('are made into stems on request, empty for tokens that are not words', () => {
    const stems = new Stems(tokenize('the cronies, begged'));
    expect([0, 1, 2, 3, 4].map((i) => stems.at(i))).toEqual(['the', 'crony', '', 'beg', undefined]);
    expect(stems.join(1, 4)).toBe('crony  beg');
    expect(stems.join(3, 9)).toBe('beg');
  });
});
