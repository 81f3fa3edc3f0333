import { describe, expect, it } from 'vitest';
import { CLOSES, isCapitalised, OPENS, type Tokens, tokenize } from './tokens';
import { gateKey } from './word-gate';

function indices(t: Tokens): number[] {
  return Array.from({ length: t.length }, (_, i) => i);
}

describe('tokenize', () => {
  it('keeps apostrophes and hyphens inside words and normalises them', () => {
    const t = tokenize('The mayor’s well‑known right-wing friends');
    expect(t.norms).toEqual(['the', "mayor's", 'well-known', 'right-wing', 'friends']);
  });

  it('lower-cases capitals anywhere in a word, after a hyphen too', () => {
    const t = tokenize('The McCain USA Anti-Semite Anti-État Trump’s');
    expect(t.norms).toEqual(['the', 'mccain', 'usa', 'anti-semite', 'anti-état', "trump's"]);
  });

  it('gives UTF-16 offsets into the original text', () => {
    const text = 'A\u00a0“grand” plan 🎉 here';
    const t = tokenize(text);
    for (let i = 0; i < t.length; i++) {
      expect(text.slice(t.starts[i], t.ends[i]).length).toBe(t.ends[i]! - t.starts[i]!);
    }
    const words = indices(t).filter((i) => t.kinds[i] === 'word');
    expect(words.map((i) => text.slice(t.starts[i], t.ends[i]))).toEqual(['A', 'grand', 'plan', 'here']);
  });

  it('tells opening from closing quote marks', () => {
    const t = tokenize('a ‘b’ and "c" d');
    const sides = indices(t)
      .filter((i) => t.kinds[i] === 'quote')
      .map((i) => (t.flags[i]! & OPENS ? 'open' : t.flags[i]! & CLOSES ? 'close' : 'either'));
    expect(sides).toEqual(['open', 'close', 'open', 'close']);
  });

  it('does not treat a possessive apostrophe as a quote mark', () => {
    expect(tokenize('the workers’ party').kinds.filter((k) => k === 'quote')).toHaveLength(1);
    expect(tokenize('Maria’s plan').kinds.filter((k) => k === 'quote')).toHaveLength(0);
  });

  it('cuts endless letter runs into bounded words', () => {
    const t = tokenize('x'.repeat(1000));
    expect(t.length).toBeGreaterThan(10);
    expect(Math.max(...indices(t).map((i) => t.ends[i]! - t.starts[i]!))).toBeLessThanOrEqual(64);
  });
});

describe('token gate keys', () => {
  it('equal gateKey of the norm, whichever way the norm was made', () => {
    const text =
      "The McCain USA anti-Semite Anti-État x A É é-X It’s ab ABC-def a-B Ab-Cd DOG’S ﬁne İstanbul STRASSE 3rd Q1 😀x ǅa a‐b don’t DON'T “quoted” — … ⸘";
    const t = tokenize(text);
    for (let i = 0; i < t.length; i++) expect(t.normKeys[i], t.norms[i]).toBe(gateKey(t.norms[i]!));
  });
});

describe('token columns', () => {
  it('have one entry per token and read as undefined past the last', () => {
    const t = tokenize('Hello, “World” again');
    for (const column of [t.kinds, t.starts, t.ends, t.norms, t.normKeys, t.flags]) {
      expect(column).toHaveLength(t.length);
    }
    expect(t.kinds).toEqual(['word', 'punct', 'quote', 'word', 'quote', 'word']);
    expect(t.kinds[t.length]).toBeUndefined();
    expect(isCapitalised(t, 0)).toBe(true);
    expect(isCapitalised(t, 5)).toBe(false);
    expect(isCapitalised(t, t.length)).toBe(false);
  });
});
