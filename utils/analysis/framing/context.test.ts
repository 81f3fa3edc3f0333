import { describe, expect, it } from 'vitest';
import { quoteText } from './context';

describe('quoteText', () => {
  it('collapses every run of whitespace to one space, and leaves text with single spaces as it is', () => {
    for (const text of [
      'a plain phrase',
      'two  spaces',
      'a\ttab',
      'a\nnew line',
      'no\u00a0break',
      'thin\u2009space',
      'ends with space ',
      ' starts',
      '“quoted” — dash',
    ]) {
      expect(quoteText(text, 0, text.length), text).toBe(text.replace(/\s+/g, ' '));
    }
  });

  it('shortens long quotes', () => {
    expect(quoteText('x'.repeat(80), 0, 80)).toBe(`${'x'.repeat(59)}…`);
  });
});
