import { describe, expect, it } from 'vitest';
import { compileNatively, representationOf } from './native-regex';
import { FigureScanner } from './scan';

describe('native regex compilation', () => {
  it('tells one-byte text (Latin-1 only) from two-byte text', () => {
    expect(representationOf('Café prices rose 5% in 2024.')).toBe('one-byte');
    expect(representationOf('He said “5 percent” — twice.')).toBe('two-byte');
  });

  it('leaves a compiled regex as it was: lastIndex 0, same matches', () => {
    const re = /\d+/gy;
    compileNatively([re], 'two-byte');
    expect(re.lastIndex).toBe(0);
    expect('42 apples'.match(re)).toEqual(['42']);
  });

  it('a prepared scanner finds the same figures as an unprepared one', () => {
    const text = 'Prices rose 5% in 2024, “more than 3 million” people — about $4bn.';
    const prepared = new FigureScanner();
    prepared.prepareFor(text);
    expect(prepared.scan(text)).toEqual(new FigureScanner().scan(text));
    expect(prepared.scan(text).length).toBeGreaterThan(2);
  });
});
