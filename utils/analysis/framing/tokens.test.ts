import { describe, expect, it } from 'vitest';
import { QUOTE, type Tokens, tokenize, WORD } from './tokens';
import { gateKey } from './word-gate';

/** The indices of `tokens`, for reading a column of them. */
function indices(tokens: Tokens): number[] {
  return Array.from({ length: tokens.length }, (_, i) => i);
}

function norms(tokens: Tokens): string[] {
  return indices(tokens).map((i) => tokens.norm(i)!);
}

describe('tokenize', () => {
  it('keeps apostrophes and hyphens inside words and normalises them', () => {
    const t = tokenize('The mayor’s well‑known right-wing friends');
    expect(norms(t)).toEqual(['the', "mayor's", 'well-known', 'right-wing', 'friends']);
    expect(indices(t).map((i) => t.hyphenated(i))).toEqual([false, false, true, true, false]);
    expect(indices(t).map((i) => t.capitalised(i))).toEqual([true, false, false, false, false]);
  });

  it('lower-cases capitals anywhere in a word, after a hyphen too', () => {
    const t = tokenize('The McCain USA Anti-Semite Anti-État Trump’s');
    expect(norms(t)).toEqual(['the', 'mccain', 'usa', 'anti-semite', 'anti-état', "trump's"]);
  });

  it('gives UTF-16 offsets into the original text', () => {
    const text = 'A\u00a0“grand” plan 🎉 here';
    const t = tokenize(text);
    for (const i of indices(t)) expect(text.slice(t.start(i), t.end(i)).length).toBe(t.end(i) - t.start(i));
    const words = indices(t).filter((i) => t.kind(i) === WORD);
    expect(words.map((i) => text.slice(t.start(i), t.end(i)))).toEqual(['A', 'grand', 'plan', 'here']);
    expect(t.norm(words.length + 99)).toBeUndefined();
  });

  it('tells opening from closing quote marks, and their family', () => {
    const t = tokenize('a ‘b’ and "c" d');
    const quotes = indices(t).filter((i) => t.kind(i) === QUOTE);
    expect(quotes.map((i) => t.quoteSide(i))).toEqual(['open', 'close', 'open', 'close']);
    expect(quotes.map((i) => t.quoteFamily(i))).toEqual(['single', 'single', 'double', 'double']);
    expect(quotes.map((i) => t.norm(i))).toEqual(['', '', '', '']);
  });

  it('does not treat a possessive apostrophe as a quote mark', () => {
    const quotes = (text: string) => indices(tokenize(text)).filter((i) => tokenize(text).isQuote(i));
    expect(quotes('the workers’ party')).toHaveLength(1);
    expect(quotes('Maria’s plan')).toHaveLength(0);
  });

  it('cuts endless letter runs into bounded words', () => {
    const t = tokenize('x'.repeat(1000));
    expect(t.length).toBeGreaterThan(10);
    expect(Math.max(...indices(t).map((i) => t.end(i) - t.start(i)))).toBeLessThanOrEqual(64);
  });

  it('reads nothing outside its tokens', () => {
    const t = tokenize('one two');
    for (const i of [-2, -1, 2, 3]) {
      expect([t.kind(i), t.norm(i), t.isWord(i), t.capitalised(i), t.gate(i)]).toEqual([
        undefined,
        undefined,
        false,
        false,
        0,
      ]);
    }
  });

  it('refills the arrays it is given, growing them for a longer text', () => {
    const long = 'Many words here, and more! '.repeat(40);
    const reused = tokenize('A short one.');
    const again = tokenize(long, 0, long.length, reused);
    expect(again).toBe(reused);
    expect(norms(again)).toEqual(norms(tokenize(long)));
    const shorter = tokenize('Two words', 0, 9, again);
    expect(norms(shorter)).toEqual(['two', 'words']);
    expect(shorter.norm(2)).toBeUndefined();
  });
});

describe('token gate keys', () => {
  it('equal gateKey of the norm, whichever way the norm was made', () => {
    const text =
      "The McCain USA anti-Semite Anti-État x A É é-X It’s ab ABC-def a-B Ab-Cd DOG’S ﬁne İstanbul STRASSE 3rd Q1 😀x ǅa a‐b don’t DON'T “quoted” — … ⸘ O’Neill l’État rock‑solid Aʼb x’Y";
    const t = tokenize(text);
    for (const i of indices(t)) expect(t.gate(i), t.norm(i)).toBe(gateKey(t.norm(i)!));
  });
});

describe('norm codes', () => {
  it('are the codes of the norm for all-ASCII words, and -1 for the others', () => {
    const text = "The McCain USA a-B Ab-Cd DOG'S don’t É x Q1 3rd";
    const t = tokenize(text);
    const into = new Int32Array(64);
    for (const i of indices(t)) {
      if (!t.isWord(i)) continue;
      const norm = t.norm(i)!;
      const n = t.normCodes(i, into);
      if (/^[\x00-\x7f]*$/.test(text.slice(t.start(i), t.end(i)))) {
        expect(String.fromCharCode(...into.subarray(0, n)), norm).toBe(norm);
      } else expect(n, norm).toBe(-1);
    }
  });
});
