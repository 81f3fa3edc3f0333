import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';
import { gateKey } from './word-gate';

describe('tokenize', () => {
  it('keeps apostrophes and hyphens inside words and normalises them', () => {
    const t = tokenize('The mayor’s well‑known right-wing friends');
    expect(t.map((x) => x.norm)).toEqual(['the', "mayor's", 'well-known', 'right-wing', 'friends']);
  });

  it('lower-cases capitals anywhere in a word, after a hyphen too', () => {
    const t = tokenize('The McCain USA Anti-Semite Anti-État Trump’s');
    expect(t.map((x) => x.norm)).toEqual(['the', 'mccain', 'usa', 'anti-semite', 'anti-état', "trump's"]);
  });

  it('gives UTF-16 offsets into the original text', () => {
    const text = 'A\u00a0“grand” plan 🎉 here';
    for (const tok of tokenize(text)) {
      expect(text.slice(tok.start, tok.end).length).toBe(tok.end - tok.start);
    }
    const words = tokenize(text).filter((x) => x.kind === 'word');
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['A', 'grand', 'plan', 'here']);
  });

  it('tells opening from closing quote marks', () => {
    const sides = tokenize('a ‘b’ and "c" d')
      .filter((x) => x.kind === 'quote')
      .map((x) => x.quote!.side);
    expect(sides).toEqual(['open', 'close', 'open', 'close']);
  });

  it('does not treat a possessive apostrophe as a quote mark', () => {
    expect(tokenize('the workers’ party').filter((x) => x.kind === 'quote')).toHaveLength(1);
    expect(tokenize('Maria’s plan').filter((x) => x.kind === 'quote')).toHaveLength(0);
  });

  it('cuts endless letter runs into bounded words', () => {
    const t = tokenize('x'.repeat(1000));
    expect(t.length).toBeGreaterThan(10);
    expect(Math.max(...t.map((x) => x.end - x.start))).toBeLessThanOrEqual(64);
  });
});

describe('token gate keys', () => {
  it('equal gateKey of the norm, whichever way the norm was made', () => {
    const text =
      "The McCain USA anti-Semite Anti-État x A É é-X It’s ab ABC-def a-B Ab-Cd DOG’S ﬁne İstanbul STRASSE 3rd Q1 😀x ǅa a‐b don’t DON'T “quoted” — … ⸘";
    for (const t of tokenize(text)) expect(t.gate, t.norm).toBe(gateKey(t.norm));
  });
});
