import { describe, expect, it } from 'vitest';
import { compileNatively } from './native-regex';
import { FigureScanner } from './scan';

describe('native regex compilation', () => {
  it('leaves a compiled regex as it was: lastIndex 0, same matches', () => {
    const re = /\d+/gy;
    compileNatively([re]);
    expect(re.lastIndex).toBe(0);
    expect('42 apples'.match(re)).toEqual(['42']);
  });

  it('a prepared scanner finds the same figures as an unprepared one', () => {
    const text = 'Prices rose 5% in 2024, “more than 3 million” people — about $4bn.';
    const prepared = new FigureScanner();
    prepared.prepare();
    expect(prepared.scan(text)).toEqual(new FigureScanner().scan(text));
    expect(prepared.scan(text).length).toBeGreaterThan(2);
  });
});
