import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { text } from '../export/testing/notes';
import { foldText, searchTerms, words } from './terms';

/** The plain definition the fast paths must agree with: fold, then one Unicode word pattern. */
function referenceWords(input: string): string[] {
  const folded = input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return [...folded.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) =>
    m[0].replace(/’/g, "'").slice(0, 32),
  );
}

describe('search terms', () => {
  it('folds case and accents and keeps apostrophes inside words', () => {
    expect(foldText('Élysée ÇA')).toBe('elysee ca');
    expect(words('L’Élysée said: "It’s 40% of ÖPEC!"')).toEqual([
      "l'elysee",
      'said',
      "it's",
      '40',
      'of',
      'opec',
    ]);
    expect(searchTerms('a Tariff tariff', undefined, 'TARIFFS b')).toEqual(['tariff', 'tariffs']);
  });

  it('cuts very long words', () => {
    expect(words(`x${'y'.repeat(100)}`)[0]).toHaveLength(32);
  });

  it('folds like a whole-text NFKD, even where decomposition or case depends on neighbours', () => {
    for (const tricky of ['e\u0301te\u0301', 'ÅΣ', 'AΣ b', 'ﬁne ½ ㍱ ①', 'a\u0327\u0301b', 'İstanbul']) {
      expect(words(tricky), tricky).toEqual(referenceWords(tricky));
    }
  });

  it('gives the terms of several texts in order, as if each were read alone', () => {
    const anyText = fc.oneof(text({ long: false }), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(fc.array(fc.option(anyText, { nil: undefined }), { maxLength: 4 }), (texts) => {
        const alone = [...new Set(texts.flatMap((t) => (t ? referenceWords(t) : [])))];
        expect(searchTerms(...texts)).toEqual(alone.filter((w) => w.length >= 2));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same words as the plain definition on ASCII and non-ASCII text', () => {
    const anyText = fc.oneof(
      text({ long: false }),
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(anyText, (input) => {
        expect(words(input)).toEqual(referenceWords(input));
      }),
      { numRuns: 500 },
    );
  });
});
