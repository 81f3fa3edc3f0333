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
  it('shows dates without a year, times of day and spans', () => {
    expect(formatFigureValue({ iso: '--03' })).toBe('March');
    expect(formatFigureValue({ iso: '--12-09' })).toBe('December 9');
    expect(formatFigureValue({ iso: 'T15:00' })).toBe('15:00');
    expect(formatFigureValue({ iso: '2020-01/2020-03' })).toBe('January 2020 – March 2020');
    expect(formatFigureValue({ iso: '--13' })).toBe('--13');
    expect(formatFigureValue({ iso: '197' })).toBe('the 1970s');
    expect(formatFigureValue({ iso: '20' })).toBe('the 21st century');
    expect(formatFigureValue({ iso: '18' })).toBe('the 19th century');
  });
  it('says what a rate is per', () => {
    expect(formatFigureValue({ number: 15, unit: 'USD', per: 'hour' })).toBe('$15.00 per hour');
    expect(formatFigureValue({ number: 3600, unit: 'minutes', per: 'week' })).toBe('3,600 minutes per week');
  });
});
