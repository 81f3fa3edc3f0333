import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

const figures = (text: string) =>
  analyze(text)
    .filter((f) => f.kind === 'figure')
    .map((f) => ({
      text: text.slice(f.start, f.end),
      label: f.label,
      value: f.value,
      explanation: f.explanation,
    }));

describe('rates', () => {
  it('reads an amount per span of time as one figure', () => {
    expect(figures('He earns $50,000 a year.')).toEqual([
      {
        text: '$50,000 a year',
        label: 'money',
        value: { unit: 'USD', number: 50000, per: 'year' },
        explanation: 'An amount of money: $50,000 (50,000 USD) per year.',
      },
    ]);
    expect(figures('Prices rose 2 percent a year.').map((f) => [f.text, f.value?.per])).toEqual([
      ['rose 2 percent a year', 'year'],
    ]);
    expect(figures('Some 3,000 people a day cross the border.').map((f) => f.value?.per)).toEqual(['day']);
  });

  it('does not add a rate to the duration it follows', () => {
    expect(figures('She works 60 hours a week.').map((f) => [f.text, f.value])).toEqual([
      ['60 hours a week', { number: 3600, unit: 'minutes', per: 'week' }],
    ]);
    // Joined by "and", the parts are one longer duration.
    expect(figures('It took one hour and forty minutes.').map((f) => f.value)).toEqual([
      { number: 100, unit: 'minutes' },
    ]);
  });

  it('reads amounts shared among people or things', () => {
    expect(figures('It costs $1,200 per person.').map((f) => [f.text, f.value?.per])).toEqual([
      ['$1,200 per person', 'person'],
    ]);
    expect(figures('Oil hit $80 a barrel.').map((f) => f.value?.per)).toEqual(['barrel']);
    expect(figures('It pumps 2 million barrels a day.').map((f) => [f.label, f.value?.per])).toEqual([
      ['measurement', 'day'],
    ]);
  });

  it('leaves a time that follows a figure alone', () => {
    expect(figures('He was 30 a year ago.').map((f) => f.text)).toEqual(['30', 'a year ago']);
    expect(figures('One day a student saw her.').every((f) => f.value?.per === undefined)).toBe(true);
    expect(figures('In 2010 a year passed.').map((f) => f.text)).toEqual(['2010', 'a year']);
  });
});
