/**
 * Number forms beyond the common ones in figures.test.ts: open bounds ("no
 * more than", "10 or more"), hyphenated percentages, fractions of a scale,
 * and ranges whose two ends must share a unit.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../segment';
import type { Finding } from '../types';
import { detectFigures } from './index';

function figures(text: string): (Finding & { text: string })[] {
  return detectFigures(segment(text)).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}

function figure(text: string, span: string) {
  const all = figures(text);
  const hit = all.find((f) => f.text === span);
  if (!hit) throw new Error(`no figure "${span}" in ${JSON.stringify(all.map((f) => f.text))}`);
  return hit;
}

const spans = (text: string) => figures(text).map((f) => f.text);

describe('bounds before and after an amount', () => {
  it('keeps the negation of "no more than" in the span', () => {
    const f = figure('No more than 50 people attended.', 'No more than 50 people');
    expect(f.value).toEqual({ number: 50, unit: 'count' });
    expect(f.explanation).toBe('A count: no more than 50 people.');
    expect(spans('It lasted not less than five years.')).toEqual(['not less than five years']);
  });
  it('reads "above", "below" and "greater than" as qualifiers', () => {
    expect(spans('The rate is above 5% and below 10%.')).toEqual(['above 5%', 'below 10%']);
    expect(spans('It is greater than 4,565.')).toEqual(['greater than 4,565']);
  });
  it('reads "or more" and "and over" after an amount as a bound', () => {
    expect(figure('10 or more people stayed.', '10 or more people').explanation).toBe(
      'A count: at least 10 people.',
    );
    expect(figure('Gifts of $200 or less are exempt.', '$200 or less').value).toEqual({
      number: 200,
      unit: 'USD',
    });
    expect(figure('People aged 65 and over are at risk.', '65 and over').explanation).toBe(
      'An age: at least 65 years old.',
    );
  });
  it('does not join "and more than" to the amount before it', () => {
    expect(spans('The toll hit 124 and more than 1,300 are ill.')).toEqual(['124', 'more than 1,300']);
  });
});

describe('percent forms', () => {
  it('reads hyphenated percentages and percentage points', () => {
    expect(figure('It was a 5-percent rise.', '5-percent rise').value).toEqual({
      number: 0.05,
      unit: 'ratio',
    });
    expect(figure('A 10-per-cent cut.', '10-per-cent cut').value).toEqual({ number: -0.1, unit: 'ratio' });
    expect(figure('A 2-percentage-point gap.', '2-percentage-point').value).toEqual({
      number: 2,
      unit: 'percentage points',
    });
  });
});

describe('fractions of a scale', () => {
  it.each([
    ['A quarter million people marched.', 'A quarter million people', 250_000],
    ['They spent three-quarters billion dollars.', 'three-quarters billion dollars', 750_000_000],
    ['A half-million homes lost power.', 'A half-million homes', 500_000],
  ])('%s', (text, span, number) => {
    expect(figure(text, span).value?.number).toBe(number);
  });
});

describe('ranges', () => {
  it('needs a percent sign on both ends when the first has one', () => {
    expect(spans('It lifts capacity by 25% to 34,500 tonnes.')).toEqual(['25%', '34,500 tonnes']);
    expect(figure('It rose from 3% to 5%.', 'from 3% to 5%').value).toEqual({
      unit: 'ratio',
      low: 0.03,
      high: 0.05,
    });
  });
});

describe('temperatures', () => {
  it.each([
    ['Temperatures hit 35C in London.', '35C', 35, '°C'],
    ['It was 30 degrees celsius.', '30 degrees celsius', 30, '°C'],
    ['A fever of 100.2 degrees F.', '100.2 degrees F', 100.2, '°F'],
    ['It is 90 Fahrenheit in Texas.', '90 Fahrenheit', 90, '°F'],
    ['It fell to minus 40 Celsius.', 'minus 40 Celsius', -40, '°C'],
    ['Lows of -5C are due.', '-5C', -5, '°C'],
  ])('%s', (text, span, number, unit) => {
    const f = figure(text, span);
    expect(f.label).toBe('temperature');
    expect(f.value).toEqual({ number, unit });
  });
  it('leaves a glued letter that cannot be a temperature or follows a name', () => {
    expect(spans('He lives in Room 12C and flat 412C.')).toEqual([]);
  });
});

describe('signs in words', () => {
  it('reads "minus" and "negative" before digits', () => {
    expect(figure('Growth was negative 0.3% last year.', 'negative 0.3%').value).toEqual({
      number: -0.003,
      unit: 'ratio',
    });
    expect(figure('The answer is minus 5.', 'minus 5').value).toEqual({ number: -5 });
  });
});

describe('currencies', () => {
  it.each([
    ['They won 5 million Mexican pesos.', '5 million Mexican pesos', 5e6, 'MXN'],
    ['A fine of 10,000 Swiss francs.', '10,000 Swiss francs', 1e4, 'CHF'],
    ['It cost 300 South Korean won.', '300 South Korean won', 300, 'KRW'],
    ['He paid 40 Deutsche marks.', '40 Deutsche marks', 40, 'DEM'],
    ['He earned 1.2 million naira.', '1.2 million naira', 1.2e6, 'NGN'],
    ['It cost RMB 10bn.', 'RMB 10bn', 1e10, 'CNY'],
    ['Tickets are 10 € each.', '10 €', 10, 'EUR'],
    ['It cost 13 dollars and 45 cents.', '13 dollars and 45 cents', 13.45, 'USD'],
    ['It cost 3 pounds 50 pence.', '3 pounds 50 pence', 3.5, 'GBP'],
    ['I barely put a million bucks into it.', 'a million bucks', 1e6, 'USD'],
  ])('%s', (text, span, number, unit) => {
    const f = figure(text, span);
    expect(f.label).toBe('money');
    expect(f.value).toEqual({ number, unit });
  });
  it('needs a nationality for words that are not only currencies', () => {
    expect(spans('They passed the 1,000 mark and won 5 games.')).toEqual(['1,000', '5 games']);
    expect(spans('It cost 50 cents and 20 pence.')).toEqual(['50 cents', '20 pence']);
  });
});

describe('fractions', () => {
  it.each([
    ['A two-thirds majority is needed.', 'two-thirds', 2 / 3],
    ['The bill passed by two thirds.', 'two thirds', 2 / 3],
    ['She holds a one-fifth stake.', 'one-fifth', 0.2],
    ['Five eighths remain unspent.', 'Five eighths', 0.625],
    ['They hold a fourth of the territory.', 'a fourth', 0.25],
  ])('%s', (text, span, share) => {
    const f = figure(text, span);
    expect(f.label).toBe('proportion');
    expect(f.value?.number).toBeCloseTo(share, 6);
  });
  it('leaves spaced quarters without "of" and a lone "a fifth" alone', () => {
    expect(figures('Profits fell in three quarters.').map((f) => f.label)).not.toContain('proportion');
    expect(figures('He won a fifth term.').map((f) => f.label)).not.toContain('proportion');
  });
  it('reads a fraction in digits before a unit, alone or after a whole number', () => {
    expect(figure('A 1/4 mile track.', '1/4 mile').value).toEqual({ number: 402.336, unit: 'm' });
    expect(figure('It is 10 1/2 miles long.', '10 1/2 miles').value?.number).toBeCloseTo(16898.112, 3);
    expect(figure('It took 2 1/2 years.', '2 1/2 years').value).toEqual({ number: 1314900, unit: 'minutes' });
    expect(spans('We met on 3/4 at noon.')).not.toContain('3/4');
  });
});

describe('ordinals in words', () => {
  it.each([
    ['It is the ninth outbreak since 1976.', 'ninth', 9],
    ['He came twenty-third in the race.', 'twenty-third', 23],
    ['The world’s fourth-largest economy.', 'fourth', 4],
  ])('%s', (text, span, number) => {
    const f = figure(text, span);
    expect(f.label).toBe('rank');
    expect(f.value).toEqual({ number, unit: 'rank' });
  });
  it('leaves names, discourse ordinals, idioms and the ones dates and quarters use', () => {
    expect(
      spans('The Fifth Amendment applies. First, we act. It is the eleventh hour for the fourth estate.'),
    ).toEqual([]);
    expect(spans('Sales fell in the fourth quarter.')).toEqual(['the fourth quarter']);
    expect(figure('On the fourth of July we met.', 'the fourth of July').label).toBe('date');
  });
  it('dates a hyphenated century', () => {
    expect(figure('A fifteenth-century text.', 'fifteenth-century').value).toEqual({ iso: '14' });
    expect(figure('It is 21st-century politics.', '21st-century').value).toEqual({ iso: '20' });
  });
});

describe('ranges of ages and "through"', () => {
  it('reads a range of years old, or after "aged", as ages in years', () => {
    const f = figure('They range from 18 to 62 years old.', 'from 18 to 62 years old');
    expect(f.value).toEqual({ low: 18, high: 62, unit: 'years' });
    expect(f.measures).toBe('age');
    expect(figure('Men aged 18-24 voted.', '18-24').value).toEqual({ low: 18, high: 24, unit: 'years' });
    expect(figure('It lasted 3-5 years.', '3-5 years').value?.unit).toBe('minutes');
  });
  it('reads "through" as the end of a range', () => {
    expect(figure('Grades 3 through 8 were tested.', '3 through 8').value).toEqual({
      unit: 'count',
      low: 3,
      high: 8,
    });
    expect(figure('It ran from 2010 through 2015.', 'from 2010 through 2015').value?.iso).toBe('2010/2015');
  });
});

describe('more fractions, signs and scales', () => {
  it('reads "one fifth" but not "one third-party" or "one quarter"', () => {
    expect(figure('Just one fifth agreed.', 'Just one fifth').value).toEqual({ number: 0.2, unit: 'ratio' });
    expect(spans('He was one third-party candidate in one quarter.')).toEqual([]);
  });
  it('reads "minus" before a number in words', () => {
    expect(figure('It was minus five percent.', 'minus five percent').value).toEqual({
      number: -0.05,
      unit: 'ratio',
    });
  });
  it('reads a lower-case scale letter after "degrees"', () => {
    expect(figure('98.6 degrees f is normal.', '98.6 degrees f').value).toEqual({ number: 98.6, unit: '°F' });
  });
});

describe('what a number counts', () => {
  it('does not take "vs" for the counted noun', () => {
    expect(figure('It was 1 million vs 2 million.', '1 million').value).toEqual({ number: 1e6 });
  });
});
