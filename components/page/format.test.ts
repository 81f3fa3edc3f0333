import { describe, expect, it } from 'vitest';
import { formatFigureValue } from './format';

describe('formatFigureValue', () => {
  it('shows ratios as percentages, money with its currency, durations with their unit', () => {
    expect(formatFigureValue({ number: 0.85, unit: 'ratio' })).toBe('85 %');
    expect(formatFigureValue({ number: 5, unit: 'USD' })).toBe('$5.00');
    expect(formatFigureValue({ number: 100, unit: 'minutes' })).toBe('100 minutes');
    expect(formatFigureValue({ number: 80, unit: 'count' })).toBe('80');
  });
  it('shows dates in words and ranges with both bounds', () => {
    expect(formatFigureValue({ iso: '2026-02-03' })).toBe('February 3, 2026');
    expect(formatFigureValue({ iso: '2026-05' })).toBe('May 2026');
    expect(formatFigureValue({ iso: '2010' })).toBe('2010');
    expect(formatFigureValue({ low: 0.1, high: 0.2, unit: 'ratio' })).toBe('10 % – 20 %');
    expect(formatFigureValue(undefined)).toBeNull();
    expect(formatFigureValue({})).toBeNull();
  });
  it('says what a rate is per', () => {
    expect(formatFigureValue({ number: 15, unit: 'USD', per: 'hour' })).toBe('$15.00 per hour');
    expect(formatFigureValue({ number: 3600, unit: 'minutes', per: 'week' })).toBe('3,600 minutes per week');
  });
});
