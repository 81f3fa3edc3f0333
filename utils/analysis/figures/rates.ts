/**
 * Rates: a figure followed by what it is counted per ("$15 an hour", "60 hours
 * a week", "3,000 people a day", "2 percent a year", "$1,200 per person").
 * Read as one figure with a `per` in its value, so "a year" after a salary is
 * not also shown as a duration of one year.
 */

/** Spans of time a figure can be per: "60 hours a week", "2 percent a year". */
const TIME_UNITS = ['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'year', 'decade'];

/**
 * What else an amount is shared among: "$1,200 per person", "$80 a barrel". After "a" only
 * money takes these ("$15 a head"): "One day a student saw…" is a clause going on.
 */
const SHARE_UNITS = [
  'person',
  'capita',
  'head',
  'household',
  'family',
  'resident',
  'citizen',
  'taxpayer',
  'voter',
  'worker',
  'employee',
  'student',
  'child',
  'patient',
  'vote',
  'barrel',
  'gallon',
  'litre',
  'liter',
  'share',
  'unit',
  'ton',
  'tonne',
  'pupil',
  'ounce',
  'pound',
  'kilo',
  'kilogram',
  'acre',
  'mile',
  'dose',
  'ticket',
];

/** "a year ago", "a week later", "a year and a half": a time, not a rate. */
const NOT_A_RATE = String.raw`[ \u00a0,]+(?:ago|earlier|later|before|after|from|and|or|old)(?![\p{L}])`;
/** Spaces, or the hyphens of a compound adjective: "a $15-an-hour wage", "a $2,000-a-year cut". */
const SPACE = String.raw`(?:[ \u00a0]{1,2}|[-‐‑])`;
const END = String.raw`(?![\p{L}\p{N}])(?!${NOT_A_RATE})`;
const TIME_RATE = new RegExp(`^${SPACE}(?:an?|per|each|every)${SPACE}(${TIME_UNITS.join('|')})${END}`, 'iu');
const SHARE_RATE = new RegExp(`^${SPACE}(?:per|each|every)${SPACE}(${SHARE_UNITS.join('|')})${END}`, 'iu');
const MONEY_SHARE_RATE = new RegExp(
  `^${SPACE}(?:an?|per|each|every)${SPACE}(${SHARE_UNITS.join('|')})${END}`,
  'iu',
);

export interface Rate {
  /** Offset just after the rate's words. */
  end: number;
  /** What the figure is per, singular and lower case ("year", "person"). */
  per: string;
}

/** The rate right after a figure of `label` ending at `end` ("… a week"), if there is one. */
export function rateAfter(text: string, end: number, label: string): Rate | null {
  const after = text.slice(end, end + 24);
  const m =
    TIME_RATE.exec(after) ??
    (label === 'duration' ? null : (label === 'money' ? MONEY_SHARE_RATE : SHARE_RATE).exec(after));
  if (!m) return null;
  return { end: end + m[0].length, per: (m[1] as string).toLowerCase() };
}
