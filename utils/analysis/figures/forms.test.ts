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
    expect(figure('It ranged from 3% to 5%.', 'from 3% to 5%').value).toEqual({
      unit: 'ratio',
      low: 0.03,
      high: 0.05,
    });
  });
});

describe('changes given by their ends or as a spread', () => {
  it('reads "rose from 3% to 5%" and "dropped from 400 to 350" as the change between the ends', () => {
    const rose = figure('It rose from 3% to 5%.', 'from 3% to 5%');
    expect(rose.label).toBe('change');
    expect(rose.value).toEqual({ number: 2, unit: 'percentage points' });
    expect(rose.explanation).toBe('A change from 3% to 5%: up 2 percentage points.');
    expect(figure('Membership dropped from 400 to 350.', 'from 400 to 350').value).toEqual({
      number: -50,
      unit: 'count',
    });
    expect(
      figure('The deficit rose from $2 billion to $3 billion.', 'from $2 billion to $3 billion').explanation,
    ).toBe('A change from $2 billion to $3 billion: up 1 billion USD.');
  });
  it('keeps a rising "from … to" without a change word a range, and hours a range', () => {
    expect(figure('Scores from 40 to 60 passed.', 'from 40 to 60').label).toBe('range');
    expect(figure('The office is open from 9 to 5 on weekdays.', 'from 9 to 5').label).not.toBe('change');
  });
  it('reads "rose 3 to 5 percent" as one change between the two', () => {
    const spread = figure('Prices rose 3 to 5 percent last year.', 'rose 3 to 5 percent');
    expect(spread.label).toBe('change');
    expect(spread.value).toEqual({ low: 0.03, high: 0.05, unit: 'ratio' });
    expect(spread.explanation).toBe('A change: up between 3% and 5%.');
    expect(figure('Inflation fell 1 to 2 per cent.', 'fell 1 to 2 per cent').value).toEqual({
      low: -0.02,
      high: -0.01,
      unit: 'ratio',
    });
    expect(figure('Support dropped by 2 to 4 points.', 'dropped by 2 to 4 points').value).toEqual({
      low: -4,
      high: -2,
      unit: 'points',
    });
  });
  it('reads "rose 0.25 to 5.5 percent" as a change in points and the level it reached', () => {
    const level = figure('The yield rose 0.25 to 5.5 percent.', 'rose 0.25 to 5.5 percent');
    expect(level.value).toEqual({ number: 0.25, unit: 'percentage points' });
    expect(level.explanation).toBe('A change: up 0.25 percentage points, to 5.5%.');
  });
  it('reads present and bare verbs of change, but not a season before a year', () => {
    expect(figure('Emissions must fall 45% by 2030.', 'fall 45%').value).toEqual({
      number: -0.45,
      unit: 'ratio',
    });
    expect(figure('The index falls 3 points.', 'falls 3 points').label).toBe('change');
    expect(figure('Costs could increase 10% next year.', 'increase 10%').label).toBe('change');
    expect(spans('In the fall 2023 semester, fees fell 5%.')).toEqual(['2023', 'fell 5%']);
  });
  it('keeps "rose by 25% to 34,500 tonnes" a change and the level it reached', () => {
    expect(spans('It rose by 25% to 34,500 tonnes.')).toEqual(['rose by 25%', '34,500 tonnes']);
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
    ['The world’s fourth-largest economy.', 'fourth-largest', 4],
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

describe('cents and pence', () => {
  it.each([
    ['Bread is 80 cents, and a dollar buys less.', '80 cents', 0.8, 'USD'],
    ['A can costs 99p in Leeds.', '99p', 0.99, 'GBP'],
    ['It costs 20 pence.', '20 pence', 0.2, 'GBP'],
    ['A euro coffee, 80 cents in Rome.', '80 cents', 0.8, 'EUR'],
  ])('%s', (text, span, number, unit) => {
    const f = figure(text, span);
    expect(f.label).toBe('money');
    expect(f.value).toEqual({ number, unit });
  });
  it('says when it takes cents for US cents, and keeps a rate', () => {
    const f = figure('Diesel is 50 cents a gallon.', '50 cents a gallon');
    expect(f.value).toEqual({ number: 0.5, unit: 'USD', per: 'gallon' });
    expect(f.explanation).toBe('An amount of money: 50 cents (0.5 USD, if US cents) per gallon.');
  });
  it('reads changes and ranges in cents in the whole unit', () => {
    expect(figure('Gas is $3.10, up 5 cents.', 'up 5 cents').value).toEqual({ number: 0.05, unit: 'USD' });
    expect(figure('Fares fell 3 pence.', 'fell 3 pence').value).toEqual({ number: -0.03, unit: 'GBP' });
    expect(figure('It costs between 5 and 10 cents, in dollars.', 'between 5 and 10 cents').value).toEqual({
      unit: 'USD',
      low: 0.05,
      high: 0.1,
    });
    // Whole units and cents together stay as they were.
    expect(figure('It cost 13 dollars and 45 cents.', '13 dollars and 45 cents').value).toEqual({
      number: 13.45,
      unit: 'USD',
    });
  });
  it('leaves video resolutions and clock times alone', () => {
    expect(spans('Stream it in 720p.')).toEqual([]);
    expect(figure('Meet at 5pm.', '5pm').label).toBe('date');
  });
});

describe('basis points', () => {
  it.each([
    ['The Fed raised rates by 25 basis points.', '25 basis points', 0.25],
    ['Spreads widened 50bp.', '50bp', 0.5],
    ['Spreads were 120 bps wide.', '120 bps', 1.2],
  ])('%s', (text, span, points) => {
    const f = figure(text, span);
    expect(f.label).toBe('percent');
    expect(f.value).toEqual({ number: points, unit: 'percentage points' });
  });
  it('explains them as percentage points, as a change after "by"', () => {
    expect(figure('The Fed raised rates by 25 basis points.', '25 basis points').explanation).toBe(
      'A change of a rate: 25 basis points, that is 0.25 percentage points (a basis point is a hundredth of one).',
    );
  });
  it('reads changes and ranges of basis points', () => {
    expect(figure('Yields fell 25bps.', 'fell 25bps').value).toEqual({
      number: -0.25,
      unit: 'percentage points',
    });
    expect(figure('A 75-basis-point hike.', '75-basis-point hike').value).toEqual({
      number: 0.75,
      unit: 'percentage points',
    });
    expect(figure('Cuts of between 25 and 50 basis points.', 'between 25 and 50 basis points').value).toEqual(
      {
        unit: 'percentage points',
        low: 0.25,
        high: 0.5,
      },
    );
  });
  it('leaves the company BP alone', () => {
    expect(figures('He sold 50 BP shares.').map((f) => f.label)).not.toContain('percent');
  });
});

describe('ranks in lists and by superlatives', () => {
  it.each([
    ['She made the top 10 again.', 'top 10', 10],
    ['It was a top-five finish.', 'top-five', 5],
    ['The top three reasons were cost and time.', 'top three', 3],
  ])('reads "top N" as the first N places: %s', (text, span, high) => {
    const f = figure(text, span);
    expect(f.label).toBe('rank');
    expect(f.value).toEqual({ low: 1, high, unit: 'rank' });
  });
  it.each([
    ['It is the 3rd-largest city.', '3rd-largest', 3, 'largest'],
    ['China is the world’s second-largest economy.', 'second-largest', 2, 'largest'],
    ['It is the third most populous state.', 'third most populous', 3, 'most populous'],
    ['It is the 5th busiest airport.', '5th busiest', 5, 'busiest'],
  ])('reads an ordinal before a superlative: %s', (text, span, number, by) => {
    const f = figure(text, span);
    expect(f.label).toBe('rank');
    expect(f.value).toEqual({ number, unit: 'rank' });
    expect(f.measures).toBe(by);
  });
  it('leaves "the top 1%", a discourse "second" and "on top of" alone', () => {
    expect(figure('the top 1% of earners', '1%').label).toBe('percent');
    expect(figure('the top ten percent of earners', 'ten percent').label).toBe('percent');
    expect(spans('Second, most people agree. It is the second most of them.')).toEqual([]);
    expect(spans('Pile it on top of the desk.')).toEqual([]);
    expect(spans('He rose to the top 2 years ago.')).toEqual(['2 years ago']);
  });
});

describe('decades written without an apostrophe', () => {
  it('reads "the 80s" as the 1980s and "the 20s" as the 1920s, saying it may be the 2020s', () => {
    expect(figure('The music of the 80s was loud.', 'the 80s').value).toEqual({ iso: '198' });
    expect(figure('In the mid-90s it boomed.', 'the mid-90s').explanation).toBe(
      'A date: the mid-90s, read as the 1990s (about 1994–1997).',
    );
    expect(figure('The 20s roared.', 'The 20s').explanation).toContain('or the 2020s');
  });
  it('keeps "in his 80s" an age', () => {
    expect(figure('He is in his 80s.', '80s').value).toEqual({ low: 80, high: 89, unit: 'years' });
  });
  it('reads "in the 90s" after words of the weather as a temperature', () => {
    const f = figure('Temperatures will be in the 90s all week.', 'the 90s');
    expect(f.label).toBe('temperature');
    expect(f.value).toEqual({ low: 90, high: 99, unit: '°F' });
    // Below 50 the scale could be either.
    expect(figure('Highs will be in the low 30s.', 'the low 30s').value).toEqual({
      low: 30,
      high: 33,
      unit: 'degrees',
    });
  });
  it('reads "the low 40s" elsewhere as a range of numbers, not a decade', () => {
    const f = figure('His approval is in the low 40s.', 'the low 40s');
    expect(f.label).toBe('range');
    expect(f.value).toEqual({ low: 40, high: 43 });
  });
});

describe('split years', () => {
  it.each([
    ['The 2022/23 season was long.', '2022/23', 'the season'],
    ['In the 2022-23 season they lost.', '2022-23', 'the season'],
    ['The 2019–20 budget was cut.', '2019–20', 'a financial year'],
    ['In 2019-20, sales fell.', '2019-20', 'a season or financial year'],
    ['The 2019-2020 school year ended.', '2019-2020', 'the school year'],
  ])('%s', (text, span, what) => {
    const f = figure(text, span);
    expect(f.label).toBe('date');
    expect(f.value?.iso).toBe(`${span.slice(0, 4)}/${Number(span.slice(0, 4)) + 1}`);
    expect(f.explanation).toContain(what);
  });
  it('keeps ranges of years that are not one season', () => {
    expect(figure('He governed from 1990–1994.', '1990–1994').label).toBe('range');
    expect(figure('In 2019-2020 it grew.', '2019-2020').label).toBe('range');
    expect(figure('In 2019-21 it grew.', '2019-21').label).toBe('range');
  });
  it('reads fiscal years written across two years', () => {
    expect(figure('In FY2022/23 revenue fell.', 'FY2022/23').value).toEqual({ iso: '2022/2023' });
    expect(figure('In fiscal 2019-20 it rose.', 'fiscal 2019-20').value).toEqual({ iso: '2019/2020' });
  });
});

describe('half-years', () => {
  it.each([
    ['In H1 2023 sales rose.', 'H1 2023', '2023', 'January to June'],
    ['In the second half of 2024 sales rose.', 'the second half of 2024', '2024', 'July to December'],
    ['The H2 FY25 results.', 'H2 FY25', '2025', 'fiscal year'],
  ])('%s', (text, span, iso, shown) => {
    const f = figure(text, span);
    expect(f.value).toEqual({ iso });
    expect(f.explanation).toContain(shown);
  });
  it('leaves "H1N1" and "the first half of the year" alone', () => {
    expect(spans('The H1N1 virus spread in the first half of the year.')).toEqual([]);
  });
});

describe('clock times in words', () => {
  it.each([
    ['We met at half past nine.', 'half past nine', 'T09:30', 'morning or evening not given'],
    ['It ended at quarter to five.', 'quarter to five', 'T04:45', '4:45'],
    ['We met at a quarter past ten in the evening.', 'quarter past ten in the evening', 'T22:15', '22:15'],
    ['Doors close at ten to six.', 'ten to six', 'T05:50', '5:50'],
    ['They left at half past 9 p.m.', 'half past 9 p.m.', 'T21:30', '21:30'],
  ])('%s', (text, span, iso, shown) => {
    const f = figure(text, span);
    expect(f.label).toBe('date');
    expect(f.value).toEqual({ iso });
    expect(f.explanation).toContain(shown);
  });
  it('needs a preposition before "ten to six", and no share or count after "quarter to five"', () => {
    expect(figures('It was ten to one odds.').map((f) => f.label)).not.toContain('date');
    expect(figures('From a quarter to five percent.').map((f) => f.label)).not.toContain('date');
  });
});

describe('phone numbers', () => {
  it('are not figures', () => {
    expect(spans('Call 202-555-0143, 1-800-273-8255 or +1 202 555 0143.')).toEqual([]);
  });
});

describe('fractions of a point and points', () => {
  it.each([
    ['The Fed made a quarter-point cut.', 'quarter-point cut', 'change', -0.25],
    ['A half-point rise is likely.', 'half-point rise', 'change', 0.5],
    ['A three-quarter-point hike came.', 'three-quarter-point hike', 'change', 0.75],
    ['The bank cut rates by a quarter point.', 'quarter point', 'percent', 0.25],
  ])('%s', (text, span, label, points) => {
    const f = figure(text, span);
    expect(f.label).toBe(label);
    expect(f.value).toEqual({ number: points, unit: 'percentage points' });
  });
  it('leaves a half point that is not a rate alone, and a quarter of voters a share', () => {
    expect(spans('He scored a half point.')).toEqual([]);
    expect(figure('A quarter of voters agreed.', 'A quarter').label).toBe('proportion');
  });
  it('keeps "points" in a change', () => {
    expect(figure('Approval is down 3 points.', 'down 3 points').value).toEqual({
      number: -3,
      unit: 'points',
    });
  });
});

describe('shares of a vote', () => {
  it('reads a falling pair of percentages as a tally, with "fell from" as a change', () => {
    expect(figure('He won 52% to 48%.', '52% to 48%').explanation).toBe(
      'A tally (shares of a vote or a poll): 52% to 48%.',
    );
    expect(figure('It fell from 52% to 48%.', 'from 52% to 48%').label).toBe('change');
    expect(figure('About 40% to 50% agreed.', 'About 40% to 50%').label).toBe('range');
  });
});

describe('decades in words', () => {
  it('reads "the sixties" as the 1960s and "in her sixties" as an age', () => {
    expect(figure('The sixties changed it.', 'The sixties').value).toEqual({ iso: '196' });
    expect(figure('In the late seventies it fell.', 'the late seventies').explanation).toContain(
      'about 1977–1979',
    );
    expect(figure('She is in her sixties.', 'sixties').value).toEqual({ low: 60, high: 69, unit: 'years' });
    expect(figure('Men in their early forties.', 'forties').value).toEqual({
      low: 40,
      high: 43,
      unit: 'years',
    });
  });
});

describe('prices in a base year and rates in compound adjectives', () => {
  it('reads "in 2024 dollars" as a price base, "paid 2024 dollars" as money', () => {
    const f = figure('It cost $1.5 trillion in 2024 dollars.', '2024 dollars');
    expect(f.label).toBe('date');
    expect(f.value).toEqual({ iso: '2024' });
    expect(figure('He paid 2024 dollars for it.', '2024 dollars').label).toBe('money');
  });
  it('reads "$15-an-hour" and "$2,000-a-year" as rates', () => {
    expect(figure('A $15-an-hour wage.', '$15-an-hour').value).toEqual({
      number: 15,
      unit: 'USD',
      per: 'hour',
    });
    expect(figure('A $2,000-a-year cut.', '$2,000-a-year').value).toEqual({
      number: 2000,
      unit: 'USD',
      per: 'year',
    });
  });
});

describe('ages after names, years before nouns, records and codes', () => {
  it('reads ", 55," after a name as an age, not after a month or in a list', () => {
    expect(figure('Haig, 55, appeared in court.', '55').value).toEqual({ number: 55, unit: 'years' });
    expect(figure('John Smith, 45, of Leeds, was charged.', '45').explanation).toBe('An age: 45 years old.');
    expect(figure('In March, 20, or so, left.', '20').value).toEqual({ number: 20 });
    expect(figure('Items 3, 55, 60 were sold.', '55').value).toEqual({ number: 55 });
  });
  it('reads a year before the noun it describes as a date, not before a plural or a verb', () => {
    expect(figure('It was a similar 2014 standoff.', '2014').value).toEqual({ iso: '2014' });
    expect(figure('He sparked the U.S. 2016 armed standoff.', '2016').label).toBe('date');
    expect(figure('Some 2000 troops came.', 'Some 2000 troops').label).toBe('count');
    expect(figure('Then 2000 died in battle.', '2000').label).toBe('number');
  });
  it('reads "a 50-year low" as a record', () => {
    const f = figure('Unemployment is at a 50-year low.', '50-year low');
    expect(f.explanation).toBe('A record over time: the lowest level in 50 years.');
    expect(figure('It hit a 1-year high.', '1-year high').explanation).toContain('highest level in a year');
  });
  it('marks long digit runs, zero-led numbers and hyphenated codes as codes, not amounts', () => {
    expect(figure('Account 12345678 was closed.', '12345678').score).toBeLessThan(0.4);
    expect(figure('Dial 0143 now.', '0143').explanation).toContain('code');
    expect(spans('ISBN 978-0-306-40615-7.')).toEqual([]);
    expect(figure('Form 1040 is due.', '1040').explanation).toContain('name or identifier');
    expect(figure('On 2024-01-15 it began.', '2024-01-15').explanation).toBe('A date: 2024-01-15.');
  });
});

describe('fractions of a percent, multipliers, digits of an amount', () => {
  it.each([
    ['Growth slowed by half a percent.', 'half a percent', { number: 0.005, unit: 'ratio' }],
    ['It is three-tenths of a percent.', 'three-tenths of a percent', { number: 0.003, unit: 'ratio' }],
    [
      'It rose a tenth of a percentage point.',
      'a tenth of a percentage point',
      { number: 0.1, unit: 'percentage points' },
    ],
  ])('%s', (text, span, value) => {
    const f = figure(text, span);
    expect(f.label).toBe('percent');
    expect(f.value).toEqual(value);
  });
  it('reads "double the", "triple its" as factors, not "a double standard"', () => {
    expect(figure('They want to double the rate.', 'double').value).toEqual({ number: 2, unit: 'factor' });
    expect(figure('Triple its size.', 'Triple').value).toEqual({ number: 3, unit: 'factor' });
    expect(spans('A double standard; prices may double.')).toEqual([]);
  });
  it('reads "six figures" of pay and "a seven-figure" amount as a range of amounts', () => {
    expect(figure('He earns six figures.', 'six figures').value).toEqual({ low: 100_000, high: 999_999 });
    expect(figure('A seven-figure salary.', 'seven-figure').value).toEqual({ low: 1e6, high: 9_999_999 });
    expect(figure('She has six figures on the wall.', 'six figures').label).toBe('count');
  });
  it('reads "20 cents on the dollar" as a share', () => {
    expect(figure('Creditors got 20 cents on the dollar.', '20 cents').value).toEqual({
      number: 0.2,
      unit: 'ratio',
    });
  });
  it('reads prices per ounce and per pupil as rates, and "a four-decade high" as a record', () => {
    expect(figure('Gold is $2,000 an ounce.', '$2,000 an ounce').value?.per).toBe('ounce');
    expect(figure('It is $15,000 per pupil.', '$15,000 per pupil').value?.per).toBe('pupil');
    expect(figure('Inflation hit a four-decade high.', 'four-decade high').explanation).toBe(
      'A record over time: the highest level in 4 decades.',
    );
  });
});

describe('ratios written with a colon', () => {
  it('reads odds and named ratios', () => {
    expect(figure('The odds were 3:1 against him.', '3:1').value).toEqual({ number: 3, unit: 'odds' });
    expect(figure('Bookmakers offered 5:1 odds on a draw.', '5:1').label).toBe('proportion');
    expect(figure('Voters backed it by a 2:1 margin.', '2:1').value).toEqual({ number: 2, unit: 'ratio' });
    expect(figure('The ratio of men to women was 3:2.', '3:2').explanation).toBe(
      'A ratio: 3 to 2 (1.5 to 1).',
    );
  });
  it('reports no verse, score or time as a ratio', () => {
    expect(spans('Read Matthew 24:12 again.')).toEqual([]);
    expect(spans('They won 3:1 at home.')).toEqual([]);
  });
});

describe('durations explained without repeating themselves', () => {
  it('gives minutes once, and the rough size only where the text did not say it', () => {
    expect(figure('Wait roughly 15 minutes.', 'roughly 15 minutes').explanation).toBe(
      'A duration: roughly 15 minutes.',
    );
    expect(figure('Four minutes passed.', 'Four minutes').explanation).toBe('A duration: Four minutes.');
    expect(figure('It is a 10-minute walk.', '10-minute').explanation).toBe('A duration: 10 minutes.');
    expect(figure('He served three months.', 'three months').explanation).toBe(
      'A duration: three months (131,490 minutes).',
    );
    expect(figure('It took one hour and forty minutes.', 'one hour and forty minutes').explanation).toBe(
      'A duration: one hour and forty minutes, 100 minutes (about 1.7 hours).',
    );
  });
});

describe('South Asian scales', () => {
  it('reads "lakh crore" as one scale', () => {
    expect(figure('The budget is Rs 48 lakh crore.', 'Rs 48 lakh crore').value).toEqual({
      unit: 'INR',
      number: 48e12,
    });
    expect(figure('Rs 500 crore was spent.', 'Rs 500 crore').value).toEqual({ unit: 'INR', number: 5e9 });
  });
});

describe('a level with the one it came from ("45 per cent, down from 52 per cent")', () => {
  it('reads "down from" after a percentage as a change in points from the earlier level', () => {
    const text = 'Support fell to 45 per cent, down from 52 per cent in May.';
    expect(figure(text, '45 per cent').label).toBe('percent');
    const f = figure(text, 'down from 52 per cent');
    expect(f.label).toBe('change');
    expect(f.value).toEqual({ number: -7, unit: 'percentage points' });
    expect(f.explanation).toBe('A change: down from 52% to 45%, −7 percentage points.');
  });
  it('reads money and plain counts the same way, with the noun between them', () => {
    const money = figure('Revenue was $3.2 billion, up from $2.9 billion.', 'up from $2.9 billion');
    expect(money.value).toEqual({ number: 300_000_000, unit: 'USD' });
    expect(money.explanation).toBe('A change: up from $2.9 billion to $3.2 billion, +300,000,000 USD.');
    const count = figure(
      'Agents detained 41,400 undocumented immigrants, up from 37,544 in August.',
      'up from 37,544',
    );
    expect(count.value).toEqual({ number: 3856, unit: 'count' });
  });
  it('says only the earlier level when the current one is not beside it', () => {
    const f = figure('Turnout is up from 61% last time.', 'up from 61%');
    expect(f.label).toBe('change');
    expect(f.value).toBeUndefined();
    expect(f.explanation).toBe('A change: up from 61%.');
  });
  it('does not take a year for the earlier level, nor a level of another unit', () => {
    expect(spans('Sales are down from 2019.')).toEqual(['2019']);
    const afterYear = figure(
      'It deported 81,000 in 2017 alone, up from 85,000 the year before.',
      'up from 85,000',
    );
    expect(afterYear.value).toBeUndefined();
    const f = figure('The fund holds $40 million, down from 52% of assets.', 'down from 52%');
    expect(f.value).toBeUndefined();
  });
});

describe('a change in degrees', () => {
  it('keeps the unit of "dropped by 20 degrees", and its scale when given', () => {
    const f = figure('Temperatures dropped by 20 degrees overnight.', 'dropped by 20 degrees');
    expect(f.value).toEqual({ number: -20, unit: 'degrees' });
    expect(f.explanation).toBe('A change: down 20 degrees.');
    const c = figure('Sea temperatures rose 1.5 degrees Celsius in a century.', 'rose 1.5 degrees Celsius');
    expect(c.value).toEqual({ number: 1.5, unit: '°C' });
    expect(c.explanation).toBe('A change: up 1.5 degrees Celsius.');
  });
  it('leaves a turn of 180 degrees to the idiom', () => {
    expect(spans('Policy made a 180-degree turn.').some((s) => s.includes('180'))).toBe(false);
  });
});
