import { describe, expect, it } from 'vitest';
import { segment } from '../segment';
import type { Finding } from '../types';
import { detectFigures } from './index';

function figures(text: string): (Finding & { text: string })[] {
  return detectFigures(segment(text)).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}

/** The figure whose span is exactly `span`, failing the test when there is none. */
function figure(text: string, span: string) {
  const all = figures(text);
  const hit = all.find((f) => f.text === span);
  if (!hit) throw new Error(`no figure "${span}" in ${JSON.stringify(all.map((f) => f.text))}`);
  return hit;
}

const spans = (text: string) => figures(text).map((f) => f.text);

describe('thousands grouped with points', () => {
  it('reads "1.000.000" as a million, but not a version number nor one group', () => {
    expect(figure('The deficit reached 1.000.000 pesos.', '1.000.000 pesos').value).toEqual({
      number: 1e6,
      unit: 'peso',
    });
    expect(figure('Some 2.500.000 people left.', 'Some 2.500.000 people').value).toEqual({
      number: 2.5e6,
      unit: 'count',
    });
    expect(spans('Version 2.1.3 shipped.')).toEqual([]);
  });
});

describe('percentages', () => {
  it('reads a decimal written without its leading zero', () => {
    expect(figure('Support was .5% higher.', '.5%').value).toEqual({ number: 0.005, unit: 'ratio' });
    expect(figure('It fell .75 percent lower.', '.75 percent').explanation).toBe(
      'A percentage: 0.75% (0.0075).',
    );
    // A calibre is not a quantity.
    expect(spans('He bought a .22 rifle and a .308-caliber round.')).toEqual([]);
  });
  it('does not take a time phrase for what a percentage measures', () => {
    expect(figure('The rate is 3.2%, compared with 2.9% last year.', '2.9%').measures).toBeUndefined();
    expect(figure('Inflation hit 7.5% year-on-year.', '7.5%').explanation).toBe(
      'A percentage: 7.5% (0.075).',
    );
  });
  it('normalises to a ratio and reads what is measured', () => {
    const f = figure('The mayor left office with a 72 percent approval rating.', '72 percent');
    expect(f.label).toBe('percent');
    expect(f.value).toEqual({ number: 0.72, unit: 'ratio' });
    expect(f.measures).toBe('approval rating');
    expect(f.explanation).toBe('A percentage: 72% (0.72), measuring approval rating.');
  });
  it('accepts %, per cent and percentage points', () => {
    expect(figure('Turnout rose to 61.5% this time.', '61.5%').value).toEqual({
      number: 0.615,
      unit: 'ratio',
    });
    expect(figure('Only 9 per cent of voters agreed.', 'Only 9 per cent').measures).toBe('voters');
    expect(figure('The gap is 4 percentage points.', '4 percentage points').value).toEqual({
      number: 4,
      unit: 'percentage points',
    });
  });
});

describe('money', () => {
  it.each([
    ['The deal is worth $3bn to the port.', '$3bn', 3e9, 'USD'],
    ['Debt reached US$1.2 trillion last spring.', 'US$1.2 trillion', 1.2e12, 'USD'],
    ['A grant of €40 million was approved.', '€40 million', 4e7, 'EUR'],
    ['They paid 3 billion dollars for it.', '3 billion dollars', 3e9, 'USD'],
    ['The fine was £250,000 in the end.', '£250,000', 250000, 'GBP'],
    ['Farmers lost COP 500,000 each.', 'COP 500,000', 500000, 'COP'],
    ['It cost twenty-five euros.', 'twenty-five euros', 25, 'EUR'],
  ])('%s', (text, span, number, unit) => {
    const f = figure(text, span);
    expect(f.label).toBe('money');
    expect(f.value).toEqual({ number, unit });
  });
  it('does not turn "a few more dollars" into an amount', () => {
    expect(spans('They would do anything for a few more dollars.')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['The summit finally took place on 14 March.', '14 March', '--03-14'],
    ['It was signed on March 14, 2025 in Lima.', 'March 14, 2025', '2025-03-14'],
    ['Talks resumed on 2 June 2024 after a pause.', '2 June 2024', '2024-06-02'],
    ['The agency was founded in August 1998.', 'August 1998', '1998-08'],
    ['The law passed on 2019-11-05.', '2019-11-05', '2019-11-05'],
    ['Rents doubled in the 1980s across the city.', 'the 1980s', '198'],
  ])('%s', (text, span, iso) => {
    const f = figure(text, span);
    expect(f.label).toBe('date');
    expect(f.value).toEqual({ iso });
  });
  it('takes a bare year only in a date context, without the preposition', () => {
    expect(figure('The party lost power in 1997 and never recovered.', '1997').value).toEqual({
      iso: '1997',
    });
    expect(figure('Prices have risen since 2015.', '2015').label).toBe('date');
    const bare = figure('Order the model 2048 from the catalogue.', '2048');
    expect(bare.label).toBe('number');
  });
  it('finds relative dates', () => {
    const text =
      'Since last year the council has met twice. A week ago it voted; this May it votes again. He called last night.';
    expect(spans(text)).toEqual(
      expect.arrayContaining(['last year', 'A week ago', 'this May', 'last night']),
    );
    for (const f of figures(text)) expect(f.label).toBe('date');
  });
  it('needs a capital for May and March', () => {
    expect(spans('Voters may march on the capital; this may change.')).toEqual([]);
  });
  it('reads times of day only when marked as times', () => {
    expect(figure('The polls close at 8:30 p.m. tonight.', '8:30 p.m.').value).toEqual({ iso: 'T20:30' });
    expect(figure('Doors open at 19:45 sharp.', '19:45').value).toEqual({ iso: 'T19:45' });
    expect(figure('Kick-off is 9:00 GMT.', '9:00 GMT').value).toEqual({ iso: 'T09:00' });
    // Verse references and scores are not clock times, nor two numbers.
    expect(spans('As Psalm 23:4 says, the team won 3:1.')).toEqual([]);
  });
  it('reads a year that closes a phrase after "of" or "to", but not a count', () => {
    expect(figure('It was the scandal of 2019.', '2019').label).toBe('date');
    expect(figure('The camp held 2000 people.', '2000 people').label).toBe('count');
    expect(figure('Preview the 2030 budget now.', '2030').label).toBe('date');
  });
});

describe('durations', () => {
  it('adds up compound durations in minutes', () => {
    const f = figure(
      'The hearing lasted two hours and fifteen minutes before the break.',
      'two hours and fifteen minutes',
    );
    expect(f.label).toBe('duration');
    expect(f.value).toEqual({ number: 135, unit: 'minutes' });
  });
  it('keeps qualifiers and articles, not prepositions', () => {
    expect(figure('The dispute has dragged on for over a decade.', 'over a decade').value).toEqual({
      number: 5259600,
      unit: 'minutes',
    });
    expect(spans('Over the past month the army withdrew.')).toEqual(['the past month']);
    expect(figure('It collapsed within just weeks of opening.', 'just weeks').label).toBe('duration');
    expect(figure('Peasants have farmed here for generations and for centuries.', 'centuries').label).toBe(
      'duration',
    );
  });
  it('handles fractions and hyphenated forms', () => {
    expect(figure('a 3-day strike', '3-day').value).toEqual({ number: 4320, unit: 'minutes' });
    expect(figure('The flight takes 2½ hours.', '2½ hours').value).toEqual({ number: 150, unit: 'minutes' });
  });
});

describe('counts', () => {
  it('includes what is counted in the span', () => {
    const f = figure('The raid left 43 people dead.', '43 people');
    expect(f.label).toBe('count');
    expect(f.value).toEqual({ number: 43, unit: 'count' });
    expect(f.measures).toBe('people');
    expect(figure('Police detained more than 200 protesters.', 'more than 200 protesters').measures).toBe(
      'protesters',
    );
  });
  it('treats plural scale words as vague counts', () => {
    const f = figure('The president mobilised thousands across the south.', 'thousands');
    expect(f.label).toBe('count');
    expect(f.value).toEqual({ number: 1000, unit: 'count' });
    expect(
      figure('Hundreds of thousands of workers struck.', 'Hundreds of thousands of workers').measures,
    ).toBe('workers');
  });
  it('reads separators, decimals and signs', () => {
    expect(figure('It housed 1,250,000 refugees.', '1,250,000 refugees').value?.number).toBe(1250000);
    expect(figure('It housed 1\u202F250 families.', '1\u202F250 families').value?.number).toBe(1250);
    expect(figure('Growth was -0.4 overall.', '-0.4').value?.number).toBe(-0.4);
    expect(figure('About 1 000 families and 2\u2009500 more.', 'About 1 000 families').value?.number).toBe(
      1000,
    );
    expect(figure('About 1 000 families and 2\u2009500 more.', '2\u2009500').value?.number).toBe(2500);
    expect(figure('It weighs 1.5 tonnes.', '1.5 tonnes').value).toEqual({ number: 1500, unit: 'kg' });
  });
});

describe('ranks, ranges and changes', () => {
  it('reads #1 as a rank but not hashtags', () => {
    expect(figure('the nation’s #1 exporter', '#1').label).toBe('rank');
    expect(spans('Follow #Vote2024 and #MeToo now.')).toEqual([]);
  });
  it('reads ranges with a shared unit', () => {
    const f = figure('Inflation will stay between 2 and 4 percent.', 'between 2 and 4 percent');
    expect(f.label).toBe('range');
    expect(f.value).toEqual({ unit: 'ratio', low: 0.02, high: 0.04 });
    expect(figure('He governed from 1990–1994.', '1990–1994').value).toEqual({
      low: 1990,
      high: 1994,
      unit: 'year',
      iso: '1990/1994',
    });
  });
  it('reads changes with their direction and baseline', () => {
    const f = figure('Exports were up 7% from 2022 despite the war.', 'up 7% from 2022');
    expect(f.label).toBe('change');
    expect(f.value).toEqual({ number: 0.07, unit: 'ratio' });
    expect(figure('Wages fell 3 percent in real terms.', 'fell 3 percent').value).toEqual({
      number: -0.03,
      unit: 'ratio',
    });
  });
  it.each([
    ['Exports fell by a third in two years.', 'fell by a third', -1 / 3],
    ['Output was cut by half.', 'cut by half', -0.5],
    ['Prices rose by two-fifths.', 'rose by two-fifths', 0.4],
    ['Costs fell by three quarters.', 'fell by three quarters', -0.75],
  ])('reads a change by a fraction: %s', (text, span, share) => {
    const f = figure(text, span);
    expect(f.label).toBe('change');
    expect(f.value?.unit).toBe('ratio');
    expect(f.value?.number).toBeCloseTo(share, 6);
  });
  it('explains a change by a fraction as a percentage', () => {
    expect(figure('Sales rose by a quarter.', 'rose by a quarter').explanation).toBe(
      'A change: up by a quarter (25%).',
    );
  });
  it('reads a range after a change word as the range, and "rose 3-fold" as a factor', () => {
    expect(figure('Prices rose 5-7% over the summer.', '5-7%').value).toEqual({
      unit: 'ratio',
      low: 0.05,
      high: 0.07,
    });
    expect(figure('Sales fell 20 - 30 percent in May.', '20 - 30 percent').label).toBe('range');
    expect(figure('Costs rose 3-fold.', '3-fold').value).toEqual({ number: 3, unit: 'factor' });
  });
});

describe('proportions, factors, temperatures', () => {
  it.each([
    ['Only 1 in 5 voters turned out.', 'Only 1 in 5', 0.2],
    ['Nine out of ten doctors agree.', 'Nine out of ten', 0.9],
    ['Two-thirds of them were under 30.', 'Two-thirds', 2 / 3],
    ['About a third of voters backed it.', 'About a third', 1 / 3],
    ['Three quarters of the budget went to defence.', 'Three quarters', 0.75],
    ['Half of the country voted.', 'Half', 0.5],
  ])('%s', (text, span, share) => {
    const f = figure(text, span);
    expect(f.label).toBe('proportion');
    expect(f.value?.unit).toBe('ratio');
    expect(f.value?.number).toBeCloseTo(share, 6);
  });
  it('leaves fractions that are not shares alone', () => {
    expect(figures('They met on the third of July.').map((f) => f.label)).not.toContain('proportion');
    expect(spans('Sales rose in the first half of the year.')).toEqual([]);
    expect(spans('It cooled by several tenths of a degree.')).toEqual([]);
    expect(figures('He waited a quarter of an hour.').map((f) => f.label)).not.toContain('proportion');
  });
  it('reads "half a million" as 500,000', () => {
    expect(figure('Half a million people marched.', 'Half a million people').value).toEqual({
      number: 500_000,
      unit: 'count',
    });
  });
  it.each([
    ['Prices rose fivefold in a decade.', 'fivefold', 5],
    ['a 10-fold rise in cases', '10-fold', 10],
    ['They were three times as likely to vote.', 'three times as likely', 3],
    ['Wages grew twice as fast as prices.', 'twice as fast', 2],
    ['The new rule costs half as much as the old one.', 'half as much', 0.5],
    ['Half as many people applied.', 'Half as many', 0.5],
  ])('factor: %s', (text, span, n) => {
    expect(figure(text, span).value).toEqual({ number: n, unit: 'factor' });
  });
  it('does not read "doubled down" as a change', () => {
    expect(spans('The senator doubled down on his claim.')).toEqual([]);
  });
  it('reads temperatures', () => {
    expect(figure('It reached 30°C by noon.', '30°C').value).toEqual({ number: 30, unit: '°C' });
    expect(figure('Lows of -5 °F are expected.', '-5 °F').value).toEqual({ number: -5, unit: '°F' });
  });
});

describe('more money and date shapes', () => {
  it('reads compound-adjective money', () => {
    expect(figure('They backed a 2.3-trillion-yuan plan.', '2.3-trillion-yuan').value).toEqual({
      number: 2.3e12,
      unit: 'CNY',
    });
  });
  it('reads quarters and runs of days', () => {
    expect(figure('Growth slowed in Q3 2024.', 'Q3 2024').value).toEqual({ iso: '2024' });
    expect(figure('Profits fell in the third quarter of 2023.', 'the third quarter of 2023').label).toBe(
      'date',
    );
    expect(figure('The poll was conducted Jan. 5-9, 2026.', 'Jan. 5-9, 2026').value).toEqual({
      iso: '2026-01-05/2026-01-09',
    });
  });
  it('reads "between 2010 and 2020" as a range of years', () => {
    expect(figure('It grew between 2010 and 2020.', 'between 2010 and 2020').value).toEqual({
      low: 2010,
      high: 2020,
      unit: 'year',
      iso: '2010/2020',
    });
  });
});

describe('numeric dates, tallies and rates', () => {
  it('reads all-numeric dates, and says when day and month could be swapped', () => {
    expect(figure('They met on 21.07.2022 in Bogotá.', '21.07.2022').value).toEqual({ iso: '2022-07-21' });
    expect(figure('It happened on 12/25/2020.', '12/25/2020').value).toEqual({ iso: '2020-12-25' });
    const ambiguous = figure('The riot on 1/6/2021 shocked everyone.', '1/6/2021');
    expect(ambiguous.value).toEqual({ iso: '2021' });
    expect(ambiguous.explanation).toContain('6 January 2021 in US order');
  });
  it('does not read version numbers or phone numbers as figures', () => {
    expect(spans('Update to Python 3.10.12 now.')).not.toContain('3.10.12');
    expect(spans('Call 555-1234 for details.')).toEqual([]);
  });
  it('reads a falling pair as a tally, not a range', () => {
    const f = figure('The Senate voted 52-48 to confirm.', '52-48');
    expect(f.label).toBe('count');
    expect(f.explanation).toBe('A tally (a score or a vote): 52 to 48.');
  });
  it('reads "7 of the 10" as a share but not "one of five"', () => {
    expect(figure('Seven of the 10 biggest banks agreed.', 'Seven of the 10').value).toEqual({
      number: 0.7,
      unit: 'ratio',
    });
    expect(figures('The punishment is one of five things.').map((f) => f.label)).not.toContain('proportion');
  });
  it('reads scales in words and abbreviations', () => {
    expect(
      figure('Nearly a quarter of a million people live there.', 'Nearly a quarter of a million people')
        .value,
    ).toEqual({ number: 250_000, unit: 'count' });
    expect(figure('The 1.3bn people of India vote.', '1.3bn people').value).toEqual({
      number: 1.3e9,
      unit: 'count',
    });
    expect(figure('They raised $5K more.', '$5K').value).toEqual({ number: 5000, unit: 'USD' });
    expect(figure('They spend Rs 500 crore a year.', 'Rs 500 crore a year').value).toEqual({
      number: 5e9,
      unit: 'INR',
      per: 'year',
    });
  });
  it('reads rates per thousand', () => {
    expect(figure('About 3 per 1,000 residents are homeless.', 'About 3 per 1,000').value).toEqual({
      number: 0.003,
      unit: 'ratio',
    });
  });
});

describe('not figures', () => {
  it('ignores plain-word ordinals and pronoun "one"', () => {
    expect(
      spans(
        'The first step is hard. It is one of the oldest towns, and no one disputes it once and for all. Every single one agreed.',
      ),
    ).toEqual([]);
  });
  it('ignores digits in URLs, handles, e-mails, hashtags and model names', () => {
    expect(
      spans(
        'See https://example.org/2024/05/story, pic.twitter.com/aB3xY9, mail ana99@example.com, ask @user42, #G20 and the F-35 or COVID-19.',
      ),
    ).toEqual([]);
  });
  it('skips idioms and footnote markers', () => {
    expect(spans('He made a 180-degree turn on trade.[3]')).toEqual([]);
    expect(spans('One day we will be free, she said, open 24/7.')).toEqual([]);
    expect(figure('The strike lasted one day, then ended.', 'one day').label).toBe('duration');
  });
  it('marks numbers inside names as likely identifiers, with a low score', () => {
    const f = figure('The crew of Apollo 11 landed safely.', '11');
    expect(f.score).toBeLessThan(0.4);
    expect(f.explanation).toContain('name or identifier');
    expect(figure('Then 11 landed.', '11').score).toBeGreaterThan(0.4);
  });
  it('skips blocks that are not English', () => {
    const text =
      'El gobierno anunció que 300 personas fueron detenidas en la capital durante la semana pasada.';
    expect(figures(text)).toEqual([]);
  });
});

describe('typography', () => {
  it('handles no-break spaces, curly quotes and en dashes', () => {
    expect(figure('It cost $5\u00A0million.', '$5\u00A0million').value).toEqual({ number: 5e6, unit: 'USD' });
    expect(figure('“Nearly 90 percent,” she said.', 'Nearly 90 percent').value?.number).toBe(0.9);
    expect(figure('from 3–5 days', '3–5 days').label).toBe('range');
  });
});

describe('offsets and determinism', () => {
  it('gives offsets into the original text across blocks', () => {
    const text = 'Heading\n\nThe vote was on 4 May 2021.\n\nTurnout hit 64 percent.';
    for (const f of figures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(spans(text)).toEqual(['4 May 2021', '64 percent']);
  });
  it('returns the same findings every time', () => {
    const text = 'In 2019, 3,400 people earned $2.5bn, up 4% from 2018.';
    expect(figures(text)).toEqual(figures(text));
  });
});

describe('hostile input stays bounded', () => {
  const cases: [string, string][] = [
    ['1 MB line without punctuation', 'word '.repeat(200_000)],
    ['1 MB of digits', '7'.repeat(1_000_000)],
    ['digits and commas', '1,'.repeat(500_000)],
    ['currency symbols', '$'.repeat(1_000_000)],
    ['hashes', '#'.repeat(1_000_000)],
    ['number words (every word an anchor)', 'one two three '.repeat(20_000)],
    ['range openers', 'between 1 and '.repeat(20_000)],
    [
      'binary garbage',
      Array.from({ length: 500_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
    ],
    ['emoji', '😀🎉 5 👍🏽 '.repeat(100_000)],
    ['right-to-left', 'שלום עולם 2024 مرحبا بالعالم ٣٤ '.repeat(30_000)],
  ];
  it.each(cases)(
    '%s',
    (_name, text) => {
      const t = performance.now();
      expect(() => detectFigures(segment(text))).not.toThrow();
      // Generous bound for a shared CI machine; quadratic behaviour would take minutes.
      expect(performance.now() - t).toBeLessThan(15_000);
    },
    60_000,
  );
  it('handles empty text', () => {
    expect(figures('')).toEqual([]);
  });
});

describe('shapes common in news copy', () => {
  it.each([
    ['Some 4.5m people voted.', 'Some 4.5m people', 4.5e6],
    ['The clip had 2.3M views.', '2.3M views', 2.3e6],
    ['It came from 1.2K donors.', '1.2K donors', 1200],
    ['A dozen were arrested.', 'A dozen', 12],
    ['Two dozen officers came.', 'Two dozen officers', 24],
    ['Half a dozen officers came.', 'Half a dozen officers', 6],
  ])('counts abbreviated and dozen amounts: %s', (text, span, number) => {
    expect(figure(text, span).value?.number).toBe(number);
  });
  it('reads one-letter lower-case scales as metres when no plural noun follows', () => {
    const found = figures('He won the 100m sprint; the wall is 5m tall.');
    expect(found.map((f) => [f.text, f.label, f.value?.number])).toEqual([
      ['100m', 'measurement', 100],
      ['5m', 'measurement', 5],
    ]);
  });
  it('reads a compound count with what it describes', () => {
    const f = figure('Polls give Labour a 10-point lead today.', '10-point lead');
    expect(f.label).toBe('count');
    expect(f.value).toEqual({ number: 10, unit: 'count' });
    expect(f.measures).toBe('point');
    expect(figure('A 12-member panel met.', '12-member panel').value?.number).toBe(12);
  });
  it('leaves compounds with scales and time units to their own shapes', () => {
    expect(figure('It is a 5-year plan for growth.', '5-year').label).toBe('duration');
    expect(spans('A 3-billion deal was signed.')).not.toContain('3-billion deal');
  });
  it('reads slash fractions that name their share, not lone dates', () => {
    expect(figure('About 3/4 of voters agreed.', 'About 3/4').value).toEqual({ number: 0.75, unit: 'ratio' });
    expect(figure('It needs a 2/3 majority.', '2/3').label).toBe('proportion');
    expect(figure('It needs a 2/3 majority.', '2/3').explanation).toBe(
      'A proportion: 2/3 (66.7%), the size of a majority.',
    );
    expect(spans('We met on 3/4 at noon.')).not.toContain('3/4');
    // A slash pair no rule reads is not cut into numbers.
    expect(spans('The 7/7 bombings; open 24/7; the events of 1/6.')).toEqual([]);
  });
  it('reads fraction characters that name their share', () => {
    const f = figure('Only ¼ of voters agreed.', 'Only ¼');
    expect(f.value).toEqual({ number: 0.25, unit: 'ratio' });
    expect(f.explanation).toBe('A proportion: only ¼ (25%), of voters.');
    expect(figure('A ⅔ majority passed it.', '⅔').label).toBe('proportion');
    expect(figure('He ran 2½ miles.', '2½ miles').label).toBe('measurement');
  });
  it('dates a decade written with a hyphenated "mid-" and a fiscal year', () => {
    expect(figure('In the mid-2000s it boomed.', 'the mid-2000s').label).toBe('date');
    expect(figure('Revenue in fiscal 2023 rose.', 'fiscal 2023').label).toBe('date');
  });
  it.each([
    ["The agency's FY2025 budget was cut.", 'FY2025', '2025'],
    ['Revenue in FY 2023 rose slightly.', 'FY 2023', '2023'],
    ['The FY24 results disappointed.', 'FY24', '2024'],
    ['In fiscal year 2022, sales rose.', 'fiscal year 2022', '2022'],
  ])('reads a fiscal year: %s', (text, span, iso) => {
    const f = figure(text, span);
    expect(f.value).toEqual({ iso });
    expect(f.explanation).toBe(`A date: the fiscal year ${iso}, whose months depend on the organisation.`);
  });
  it('says which years "early", "mid" and "late" mean in a decade', () => {
    expect(figure('In the late 1990s it boomed.', 'the late 1990s').explanation).toContain('about 1997–1999');
    expect(figure('In the 1990s it boomed.', 'the 1990s').explanation).toContain('1990–1999');
  });
  it('reads a decade written short as the 1900s’ (or, for ’00s and ’10s, this century’s), and says so', () => {
    const seventies = figure('Inflation was high in the ’70s.', 'the ’70s');
    expect(seventies.value).toEqual({ iso: '197' });
    expect(seventies.explanation).toContain('read as the 1970s');
    expect(figure("Prices fell in the mid-'80s.", "the mid-'80s").explanation).toContain('about 1984–1987');
    expect(figure('It was the ’00s.', 'the ’00s').value).toEqual({ iso: '200' });
    // A quoted number keeps its own reading.
    expect(figure("He said '70 percent' twice.", '70 percent').label).toBe('percent');
  });
  it('reads a year written short after a word that dates it', () => {
    const f = figure("He graduated in '69 and moved west.", "'69");
    expect(f.value).toEqual({ iso: '1969' });
    expect(f.explanation).toBe("A date: '69, read as the year 1969.");
    expect(figure('She was in the class of ’98.', '’98').value).toEqual({ iso: '1998' });
    expect(figure('It was founded in ’05 by three friends.', '’05').value).toEqual({ iso: '2005' });
    // A quoted title is not a year.
    expect(spans("It aired in '60 Minutes' last week.")).not.toContain("'60");
  });
  it('reads a span of months as one date', () => {
    expect(figure('From March to May, 300 people left.', 'March to May').value).toEqual({
      iso: '--03/--05',
    });
    expect(figure('It fell between January and March 2020.', 'between January and March 2020').value).toEqual(
      {
        iso: '2020-01/2020-03',
      },
    );
    expect(figure('It ran June–August 2021.', 'June–August 2021').label).toBe('date');
    // Two months named side by side are two dates, not a span.
    expect(spans('In March and May, prices rose.')).not.toContain('March and May');
  });
  it('reads a month listed after another month as a month', () => {
    expect(figure('In March and May, prices rose.', 'May').value).toEqual({ iso: '--05' });
    expect(figure('It shut in June or July of that year.', 'July').value).toEqual({ iso: '--07' });
    expect(spans('Inspections ran in April, May and June.')).toEqual(['April', 'May', 'June']);
    // A comma alone does not make a list, and a capital after the month makes a name.
    expect(spans('In January, May said she would quit.')).toEqual(['January']);
    expect(spans('Theresa May and June Sarpong spoke.')).toEqual([]);
  });
  it('dates a year written with a hyphenated "mid-"', () => {
    expect(figure('The plant closed by mid-2019.', 'mid-2019').value).toEqual({ iso: '2019' });
    expect(figure('Mid-2020 was the low point.', 'Mid-2020').explanation).toBe('A date: the middle of 2020.');
  });
  it('does not make a range of a year and an amount', () => {
    const found = spans('It grew from 7.8 billion in 2020 to 8 billion in 2022.');
    expect(found).toContain('2020');
    expect(found).toContain('8 billion');
    expect(spans('From 2010 to 2015 it grew.')).toEqual(['From 2010 to 2015']);
  });
});

describe('times, tallies and abbreviations', () => {
  it('reads "9 o\'clock" as a time and "the end of 2019" as a date', () => {
    expect(figure("We meet at 9 o'clock sharp.", "9 o'clock").value).toEqual({ iso: 'T09:00' });
    expect(figure('At the end of 2019 it was dropped.', '2019').label).toBe('date');
  });
  it('reads a falling or level pair as a tally, one after "fell from" as a change', () => {
    expect(figure('The bill passed 51 to 49 on Friday.', '51 to 49').explanation).toMatch(/tally/);
    expect(figure('It was a 50-50 split.', '50-50').explanation).toMatch(/tally/);
    expect(figure('Support fell from 51 to 49 overall.', 'from 51 to 49').value).toEqual({
      number: -2,
      unit: 'count',
    });
  });
  it('reads one-letter money scales only when glued to the number', () => {
    expect(figure('The plan costs $1.5T in all.', '$1.5T').value?.number).toBe(1.5e12);
    expect(figure('He sold $5 t-shirts.', '$5').value?.number).toBe(5);
  });
  it('counts "scores" only as "scores of"', () => {
    expect(spans('Scores were low.')).toEqual([]);
    expect(figure('Scores of people came.', 'Scores of people').label).toBe('count');
  });
});

describe('British newspaper percentages', () => {
  it('reads "5pc" and "3pct" glued to the number', () => {
    expect(figure('Inflation hit 5pc in May.', '5pc').value).toEqual({ number: 0.05, unit: 'ratio' });
    expect(figure('Prices rose 3pct last year.', 'rose 3pct').value).toEqual({ number: 0.03, unit: 'ratio' });
  });
});

describe('counted acronyms', () => {
  it('reads "MPs" and "CEOs" as the plural nouns counted', () => {
    expect(figure('One-third of MPs agreed.', 'One-third').measures).toBe('MPs');
    expect(figure('Then 40 CEOs resigned.', '40 CEOs').measures).toBe('CEOs');
  });
});

describe('qualified ranges', () => {
  it('reads "About 40% to 50%" as one range, not a percentage and another', () => {
    const f = figure('About 40% to 50% of the vote went to them.', 'About 40% to 50%');
    expect(f.value).toEqual({ unit: 'ratio', low: 0.4, high: 0.5 });
  });
});

describe('lower-case one-letter scales', () => {
  it('need a plural noun after them, not "this" or "across"', () => {
    expect(figures('He swam 5m this time and 10m across.').map((f) => f.value)).toEqual([
      { number: 5, unit: 'm' },
      { number: 10, unit: 'm' },
    ]);
    expect(figure('They hired 3m voters.', '3m voters').value?.number).toBe(3e6);
  });
});

describe('measurements', () => {
  it.each([
    ['The wall runs 700 miles.', '700 miles', 1126540.8, 'm', 'length', '700 miles (about 1,130 km)'],
    ['A 5km race.', '5km', 5000, 'm', 'length', '5km'],
    ['He carried 10kg.', '10kg', 10, 'kg', 'weight', '10kg'],
    ['They shipped 3,000 tons of grain.', '3,000 tons', 3e6, 'kg', 'weight', '3,000 tons'],
    [
      'Fires burned 40 square miles.',
      '40 square miles',
      103599524.41344,
      'm²',
      'area',
      '40 square miles (about 104 km²)',
    ],
    ['It covers about 5,000 hectares.', 'about 5,000 hectares', 5e7, 'm²', 'area', 'about 5,000 hectares'],
    [
      'The field holds 2 million barrels.',
      '2 million barrels',
      317974589.856,
      'L',
      'volume',
      '2 million barrels (about 318,000 m³)',
    ],
    ['Winds reached 70 mph.', '70 mph', 112.65408, 'km/h', 'speed', '70 mph (about 113 km/h)'],
    ['Winds reached 150 km/h.', '150 km/h', 150, 'km/h', 'speed', '150 km/h'],
    ['The plant made 1.2 TWh in 2024.', '1.2 TWh', 1.2e9, 'kWh', 'energy', '1.2 TWh'],
    ['It will produce 500 megawatts.', '500 megawatts', 5e8, 'W', 'power', '500 megawatts'],
    ['He is 6 ft 2 in tall.', '6 ft 2 in', 1.8796, 'm', 'length', '6 ft 2 in (about 1.88 m)'],
    ['A 10-mile stretch of road.', '10-mile', 16093.44, 'm', 'length', '10 miles (about 16.1 km)'],
  ])('%s', (text, span, number, unit, dimension, shown) => {
    const f = figure(text, span);
    expect(f.label).toBe('measurement');
    expect(f.value).toEqual({ number, unit });
    expect(f.measures).toBe(dimension);
    expect(f.explanation).toBe(`A measurement of ${dimension}: ${shown}.`);
  });
  it('leaves "pounds" to money and a spaced "m" or "in" alone', () => {
    expect(figure('It costs 5 pounds.', '5 pounds').label).toBe('money');
    expect(figure('They hired 3m voters.', '3m voters').label).toBe('count');
    expect(figure('Six in 10 voters agree.', 'Six in 10').label).toBe('proportion');
  });
});

describe('times and days without digits of a date', () => {
  it('reads noon and midnight after a preposition', () => {
    expect(figure('The polls close at midnight.', 'midnight').value).toEqual({ iso: 'T00:00' });
    expect(figure('It is set for noon on Friday.', 'noon').value).toEqual({ iso: 'T12:00' });
    expect(spans('A midnight raid; Midnight Oil played.')).toEqual([]);
  });
  it('reads "on the 21st" as a day of the month, "the 3rd floor" as a rank', () => {
    expect(figure('The hearing is on the 21st.', '21st').value).toEqual({ iso: '---21' });
    expect(figure('Rent is due on the 3rd of each month.', '3rd').label).toBe('date');
    expect(figure('He lives on the 3rd floor.', '3rd').label).toBe('rank');
  });
});

describe('numbers that belong to a name', () => {
  it.each([
    ['Its Boeing 737 jets were grounded.', '737'],
    ['Section 230 protects platforms.', '230'],
    ['Outside 10 Downing Street, they waited.', '10'],
    ['He lives at 1600 Pennsylvania Avenue.', '1600'],
    ['Analysts expect iPhone 15 sales to slow.', '15'],
  ])('%s', (text, span) => {
    const f = figure(text, span);
    expect(f.label).toBe('number');
    expect(f.score).toBeLessThan(0.5);
  });
  it('names a product in camel case whole', () => {
    expect(figure('Analysts expect iPhone 15 sales to slow.', '15').explanation).toBe(
      'A number, probably part of a name or identifier ("iPhone 15").',
    );
  });
  it('still counts after a name given something, months and headline words', () => {
    expect(figure('He told CNN 40 people died.', '40 people').label).toBe('count');
    expect(figure('They gave Ukraine 300 tanks.', '300 tanks').label).toBe('count');
    expect(figure('The Democrats 12 votes short of a majority.', '12 votes').label).toBe('count');
    expect(figure('In May 300 people marched.', '300 people').label).toBe('count');
    expect(figure('Storm Kills 12 People', '12 People').label).toBe('count');
  });
});

describe('halves, factors, ages, weights and ranges of a unit', () => {
  it.each([
    ['Some two and a half million people left.', 'Some two and a half million people', 2.5e6],
    ['It cost three and a half thousand dollars.', 'three and a half thousand dollars', 3500],
    ['It needs a million and a half more.', 'a million and a half', 1.5e6],
  ])('puts the half before the scale: %s', (text, span, number) => {
    expect(figure(text, span).value?.number).toBe(number);
  });
  it('reads "2.5x" as a factor, not a change of 2.5', () => {
    expect(figure('Output rose 2.5x in a year.', '2.5x').value).toEqual({ number: 2.5, unit: 'factor' });
    expect(spans('A 3x3 grid.')).toEqual([]);
  });
  it('reads "aged 78" as an age', () => {
    expect(figure('He died aged 78.', '78').value).toEqual({ number: 78, unit: 'years' });
  });
  it('reads pounds after a weighing verb as weight, otherwise as money', () => {
    expect(figure('It weighs 150 pounds now.', '150 pounds').value).toEqual({
      number: 68.0388555,
      unit: 'kg',
    });
    expect(figure('It costs 150 pounds now.', '150 pounds').value).toEqual({ number: 150, unit: 'GBP' });
  });
  it('reads heights in prime marks, and pounds after a height as weight', () => {
    const tall = figure('The centre, who is 6′11″ and 250 pounds, was drafted.', '6′11″');
    expect(tall.label).toBe('measurement');
    expect(tall.value).toEqual({ number: 2.1082, unit: 'm' });
    expect(tall.explanation).toBe('A measurement of length: 6′11″ (about 2.11 m).');
    expect(figure('The centre, who is 6′11″ and 250 pounds, was drafted.', '250 pounds').value).toEqual({
      number: 113.3980925,
      unit: 'kg',
    });
    expect(figure(`He stands 6'2" tall.`, `6'2"`).value).toEqual({ number: 1.8796, unit: 'm' });
    expect(figure("She is 5'9'' tall.", "5'9''").value).toEqual({ number: 1.7526, unit: 'm' });
    expect(figure('A 6-foot-5, 250-pound forward.', '250-pound').value).toEqual({
      number: 113.3980925,
      unit: 'kg',
    });
    // A bare foot mark, an apostrophe before a decade: not heights.
    expect(spans("The 7' ceiling of the '90s.")).toEqual(['7', "the '90s"]);
    expect(figure('He won 250 pounds at the fair, aged 6.', '250 pounds').label).toBe('money');
  });
  it('gives a range of a unit in its base unit, with the unit in the span', () => {
    const f = figure('The route is between 3 and 5 miles long.', 'between 3 and 5 miles');
    expect(f.value).toEqual({ unit: 'm', low: 4828.032, high: 8046.72 });
    expect(f.explanation).toBe('A range: between 3 and 5 miles (about 4.83 to 8.05 km).');
    expect(figure('The lake is 10 to 12 km wide.', '10 to 12 km').value).toEqual({
      unit: 'm',
      low: 1e4,
      high: 12e3,
    });
  });
});

describe('the middle of a month', () => {
  it('reads "mid-November" and "mid-May 2020" as dates', () => {
    expect(figure('Results are due by mid-November.', 'mid-November').value).toEqual({ iso: '--11' });
    expect(figure('In mid-May 2020 it rained.', 'mid-May 2020').value).toEqual({ iso: '2020-05' });
    expect(spans('The mid-term vote was close.')).toEqual([]);
  });
});

describe('dates counted from another date', () => {
  it('reads "a year earlier" and "two decades later" as dates, not durations', () => {
    const f = figure('The deficit fell to 2.1% from 3.5% a year earlier.', 'a year earlier');
    expect(f.label).toBe('date');
    expect(f.explanation).toBe('A date counted from another date or event in the text: a year earlier.');
    expect(figure('Two decades later, the mill closed.', 'Two decades later').explanation).toBe(
      'A date counted from another date or event in the text: two decades later.',
    );
    expect(figure('It took a year to build.', 'a year').label).toBe('duration');
  });
});

describe('days in words and the decades of a life', () => {
  it('reads "the fifth of November" as a date', () => {
    expect(figure('It happened on the fifth of November.', 'the fifth of November').value).toEqual({
      iso: '--11-05',
    });
    expect(
      figure('Polls close on the thirty-first of May, 2020.', 'the thirty-first of May, 2020').value,
    ).toEqual({
      iso: '2020-05-31',
    });
  });
  it('reads "in his 70s" as an age range, narrowed by "early" or "late"', () => {
    expect(figure('He is in his 70s.', '70s').value).toEqual({ low: 70, high: 79, unit: 'years' });
    expect(figure('She is in her early 40s.', '40s').value).toEqual({ low: 40, high: 43, unit: 'years' });
    expect(figure('They are in their late 20s.', '20s').value).toEqual({ low: 27, high: 29, unit: 'years' });
    // Without a possessive, "the 70s" is a decade, not an age.
    expect(figure('The 70s were wild.', 'The 70s').label).toBe('date');
  });
});

describe('tallies, odds, quarters, loan terms and bill numbers', () => {
  it('reads "67 votes to 33" as one tally, and "Biden 51, Trump 47" as numbers beside names', () => {
    const f = figure('The Senate passed the bill 67 votes to 33 on Tuesday.', '67 votes to 33');
    expect(f.label).toBe('count');
    expect(f.explanation).toBe('A tally (a vote): 67 to 33.');
    expect(spans('The Senate passed the bill 67 votes to 33 on Tuesday.')).not.toContain('33');
    expect(figure('It cleared the chamber in a 67-33 vote.', '67-33').explanation).toMatch(/tally/);
    const text = 'The poll showed Biden 51, Trump 47 among likely voters.';
    for (const span of ['51', '47']) {
      expect(figure(text, span).explanation).toBe(
        'A number beside a name in a tally ("Biden 51, Trump 47"): a score, share or vote, not part of the name.',
      );
    }
  });
  it('keeps rising counts, percentages and lists of one kind of name out of tallies', () => {
    expect(spans('It won 33 votes to 67 percent approval.')).not.toContain('33 votes to 67');
    expect(figure('Crews flew Apollo 11, Apollo 13 and more.', '11').explanation).toMatch(
      /name or identifier/,
    );
    expect(figure('See Article 2, Section 4 of the text.', '4').explanation).toMatch(/name or identifier/);
  });
  it('reads odds as a ratio, not a range, a tally or a time', () => {
    const ten = figure('He gave ten to one odds on the outcome.', 'ten to one');
    expect(ten.label).toBe('proportion');
    expect(ten.value).toEqual({ number: 10, unit: 'odds' });
    expect(ten.explanation).toBe('Odds: ten to one, a ratio of chances (10 to 1), not a range.');
    expect(figure('Bookmakers put the odds of 3 to 1 against him.', '3 to 1').value).toEqual({
      number: 3,
      unit: 'odds',
    });
    // Without odds: a tally, a range and a clock time as before.
    expect(figure('The vote was 10 to 1 against the plan.', '10 to 1').explanation).toMatch(/tally/);
    expect(figure('Estimates run 3 to 5 percent.', '3 to 5 percent').label).toBe('range');
    expect(figure('We met at ten to one.', 'ten to one').label).toBe('date');
  });
  it('reads quarters written number first or with a fiscal year', () => {
    expect(figure('Revenue rose in 3Q23.', '3Q23').explanation).toBe(
      'A date: the 3rd quarter of 2023 (July to September 2023).',
    );
    expect(figure('Revenue rose in 2Q 2024.', '2Q 2024').value).toEqual({ iso: '2024' });
    const fiscal = figure('Sales in Q3 FY24 beat estimates.', 'Q3 FY24');
    expect(fiscal.value).toEqual({ iso: '2024' });
    expect(fiscal.explanation).toMatch(/3rd quarter of the fiscal year 2024/);
    // Without a year, or glued to more digits, not a quarter.
    expect(spans('The 2Q model and the 3Q2024X code.')).toEqual([]);
    expect(spans('Part 4Q is missing.')).toEqual([]);
  });
  it('says a bond or loan term names a maturity, and leaves other spans as durations', () => {
    for (const [text, span] of [
      ['The 10-year Treasury yield rose.', '10-year'],
      ['A 30-year mortgage now costs more.', '30-year'],
      ['The 10-year yield hit 4.5%.', '10-year'],
    ] as const) {
      const f = figure(text, span);
      expect(f.label).toBe('duration');
      expect(f.explanation).toMatch(/^A bond or loan term: .*its maturity/);
    }
    expect(figure('Their 10-year war ended.', '10-year').explanation).not.toMatch(/loan term/);
    expect(figure('He served 10 years in prison.', '10 years').explanation).toMatch(/^A duration/);
  });
  it('reads bill numbers as names', () => {
    const text = 'He signed H.R. 1 and S. 2155 into law, while HB 1557 and SB 8 passed in the states.';
    expect(figure(text, '1').explanation).toBe('A number naming a bill ("H.R. 1"), not an amount.');
    expect(figure(text, '2155').explanation).toMatch(/bill \("S\. 2155"\)/);
    expect(figure(text, '1557').explanation).toMatch(/bill \("HB 1557"\)/);
    expect(figure(text, '8').explanation).toMatch(/bill \("SB 8"\)/);
    // The S of "U.S." is no bill.
    expect(figure('The U.S. 300 troops stayed.', '300 troops').label).toBe('count');
    expect(figure('The U.S. 300 stayed.', '300').explanation).not.toMatch(/bill/);
  });
});
