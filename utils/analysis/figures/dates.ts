/**
 * Dates and periods: absolute ("3 February", "January 8, 2026", "in 2010",
 * "the 1990s"), relative ("last year", "this May", "a month ago") and periods
 * ("the past year"). Absolute dates get an ISO 8601 value, partial where the
 * text is partial ("--02-03" for a day without a year).
 */
import type { FigureValue } from '../types';
import { formatMinutes, tidy } from './format';
import { CLOCK_WORDS } from './grammar';
import { DAY_ORDINALS, DECADE_PARTS, DECADE_WORDS, MONTHS, ORDINALS } from './lexicon';
import type { RawFigure } from './scan';

export interface Interpretation {
  label: string;
  value?: FigureValue;
  measures?: string;
  /** Overrides the raw end when the span grows (a counted noun). */
  end?: number;
  explanation: string;
  score: number;
}

const MONTH_WORD =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const YEAR = /(?<!\d)(1\d{3}|20\d{2})(?!\d)/;
const DAY = /(?<!\d)(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)/;

const DAY_RUN =
  /(?<!\d)(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s?[-‐‑‒–—−]\s?(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)/;

const pad = (n: number) => String(n).padStart(2, '0');

const QUARTER_MONTHS = ['January to March', 'April to June', 'July to September', 'October to December'];
const QUARTER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4 };

/**
 * "1/6/2021", "21.07.2022": day and month are told apart when one of them is
 * over 12; otherwise the order depends on the writer's country, so the value
 * keeps only the year and the explanation gives both readings.
 */
function numericDate(text: string): Interpretation | null {
  const m = /^(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = m[4]!.length === 4 ? m[4]! : `${Number(m[4]) <= 40 ? 20 : 19}${m[4]}`;
  const iso = (month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
  if (a > 12 || b > 12) {
    const [month, day] = a > 12 ? [b, a] : [a, b];
    return absolute(text, iso(month, day));
  }
  if (a === b) return absolute(text, iso(a, b));
  const us = humanDate(a, b, year);
  const other = humanDate(b, a, year);
  return {
    label: 'date',
    value: { iso: year },
    explanation: `A date: ${text}, ${us} in US order or ${other} in most other countries.`,
    score: 0.8,
  };
}

const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const humanDate = (month: number, day: number, year: string) => `${day} ${MONTH_NAMES_EN[month - 1]} ${year}`;

/** "Q3 2024", "the third quarter of 2024", "first-quarter"; null for anything else. */
function quarter(text: string): Interpretation | null {
  const m = /^Q([1-4])\b|^([1-4])Q|\b(first|second|third|fourth|final)[-‐‑\s]+quarter\b/i.exec(text);
  if (!m) return null;
  const n = m[1] ? Number(m[1]) : m[2] ? Number(m[2]) : QUARTER_WORDS[m[3]!.toLowerCase()]!;
  // "3Q23", "Q3 FY24": a year of two digits after the Q or after FY.
  const short = /^[1-4]Q\s?(\d{2})$|FY\s?(\d{2})$/i.exec(text);
  const year = short ? String(2000 + Number(short[1] ?? short[2])) : YEAR.exec(text)?.[1];
  if (/FY/i.test(text) && year) {
    return {
      label: 'date',
      value: { iso: year },
      explanation: `A date: the ${ordinal(n)} quarter of the fiscal year ${year}, whose months depend on the organisation.`,
      score: 0.9,
    };
  }
  return {
    label: 'date',
    value: year ? { iso: year } : undefined,
    explanation: `A date: the ${ordinal(n)} quarter${year ? ` of ${year}` : ''} (${QUARTER_MONTHS[n - 1]}${year ? ` ${year}` : ', year not given'}).`,
    score: year ? 0.9 : 0.7,
  };
}

/** "H1 2024", "H2 FY25", "the first half of 2023": a half of a (fiscal) year. */
function halfYear(text: string): Interpretation | null {
  const m =
    /^H([12])\s+(FY\s?)?(\d{2}|\d{4})$|^(?:the\s+)?(first|second)[-‐‑\s]+half(?:\s+of|,)?\s+(\d{4})$/i.exec(
      text,
    );
  if (!m) return null;
  const n = m[1] ? Number(m[1]) : m[4]!.toLowerCase() === 'first' ? 1 : 2;
  const digits = m[3] ?? m[5]!;
  const year = digits.length === 2 ? String(2000 + Number(digits)) : digits;
  const fiscal = m[2] !== undefined;
  return absolute(
    text,
    year,
    `the ${n === 1 ? 'first' : 'second'} half of ${fiscal ? 'the fiscal year ' : ''}${year}${fiscal ? ' (its months depend on the organisation)' : n === 1 ? ' (January to June)' : ' (July to December)'}`,
  );
}

export function interpretDate(raw: RawFigure): Interpretation {
  const t = tidy(raw.text);
  if (raw.family === 'period') return period(t);
  if (raw.family === 'monthSpan') {
    // The family also reads a month listed after another ("in March and May"): a single month, read below.
    const span = monthSpan(t);
    if (span) return span;
  }
  if (/^\d{1,2}(?::\d\d|\s?[ap]|\s+o['’]clock)/.test(t)) return timeOfDay(t);
  if (CLOCK_WORDS.includes(t)) {
    const iso = t === 'midnight' ? 'T00:00' : 'T12:00';
    return {
      label: 'date',
      value: { iso },
      explanation: `A time of day: ${t} (${iso.slice(1)}).`,
      score: 0.7,
    };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return absolute(t, t);
  const q = quarter(t);
  if (q) return q;
  const fiscal = /^(?:FY\s?|fiscal\s+(?:year\s+)?)(\d{2}|\d{4})(?:[-‐‑–/](\d{2}))?$/i.exec(t);
  if (fiscal) {
    const year = fiscal[1]!.length === 2 ? String(2000 + Number(fiscal[1])) : fiscal[1]!;
    // "FY2022/23", "fiscal 2019-20": one fiscal year running across two calendar years.
    const next = fiscal[2] ? Number(year.slice(0, 2) + fiscal[2]) : undefined;
    if (next === Number(year) + 1)
      return absolute(
        t,
        `${year}/${next}`,
        `the fiscal year ${year}–${fiscal[2]}, running across ${year} and ${next} (its months depend on the organisation)`,
      );
    if (!fiscal[2])
      return absolute(t, year, `the fiscal year ${year}, whose months depend on the organisation`);
  }
  const half = halfYear(t);
  if (half) return half;
  const numeric = numericDate(t);
  if (numeric) return numeric;
  const month = MONTH_WORD.exec(t);
  if (month) {
    const m = MONTHS[month[1]!.toLowerCase()]!;
    const rest = t.replace(month[0], ' ');
    const year = YEAR.exec(rest)?.[1];
    const days = DAY_RUN.exec(rest.replace(YEAR, ' '));
    const day =
      DAY.exec(rest.replace(YEAR, ' '))?.[1] ?? (rest.includes(' of ') ? dayInWords(rest) : undefined);
    if (/^(?:this|last|next)\s/i.test(t)) return relative(t);
    if (days) {
      const from = `${year ?? '-'}-${pad(m)}-${pad(Number(days[1]))}`;
      const to = `${year ?? '-'}-${pad(m)}-${pad(Number(days[2]))}`;
      return {
        label: 'date',
        value: { iso: `${from}/${to}` },
        explanation: `A run of days: ${t} (${year ? `${from} to ${to}` : 'year not given'}).`,
        score: 0.9,
      };
    }
    if (day) return absolute(t, `${year ?? '-'}-${pad(m)}-${pad(Number(day))}`);
    if (year) return absolute(t, `${year}-${pad(m)}`);
    return absolute(t, `--${pad(m)}`);
  }
  // "’98" after "in", "class of": a year written short, read as this century's up to ’30.
  const shortYear = /^[’'](\d\d)$/.exec(t);
  if (shortYear) {
    const year = String(Number(shortYear[1]) + (Number(shortYear[1]) <= 30 ? 2000 : 1900));
    return absolute(t, year, `${t}, read as the year ${year}`);
  }
  const decade = /(\d{3})0[’']?s$/.exec(t) ?? /(?:[’']|\s|-)(\d)0s$/.exec(t);
  if (decade) return decadeOf(t, decade[1]!);
  // "the sixties": the 1900s' decade, as "the 60s".
  const inWords = DECADE_WORDS[/[a-z]+$/i.exec(t)?.[0]?.toLowerCase() ?? ''];
  if (inWords) return decadeOf(t, String(inWords));
  // "the 21st century", "a fifteenth-century text".
  const century =
    /(\d{1,2})(?:st|nd|rd|th)[\s‐‑-]+century|([a-z]+(?:-(?!century)[a-z]+)?)[\s‐‑-]+century/i.exec(t);
  if (century) {
    const n = century[1] ? Number(century[1]) : ORDINALS.indexOf(century[2]!.toLowerCase()) + 1;
    if (n > 0) return absolute(t, pad(n - 1), `the ${ordinal(n)} century, ${n - 1}00–${n - 1}99`);
  }
  const year = /^\d{4}$/.test(t) ? t : undefined;
  if (year) return absolute(t, year);
  const midYear = /^mid[-‐‑](\d{4})$/i.exec(t);
  if (midYear) return absolute(t, midYear[1]!, `the middle of ${midYear[1]}`);
  return relative(t);
}

const MONTH_SPAN = new RegExp(
  `^(?:(?:from|between)\\s+)?${MONTH_WORD.source}\\.?(?:\\s+(?:to|through|until|and)\\s+|\\s?[-–—]\\s?)${MONTH_WORD.source}`,
  'i',
);

/** "from March to May 2020" → 2020-03/2020-05; null when the text is not a span of months. */
function monthSpan(text: string): Interpretation | null {
  const m = MONTH_SPAN.exec(text);
  if (!m) return null;
  const year = YEAR.exec(text.slice(m[0].length))?.[1] ?? '-';
  const from = `${year}-${pad(MONTHS[m[1]!.toLowerCase()]!)}`;
  const to = `${year}-${pad(MONTHS[m[2]!.toLowerCase()]!)}`;
  return {
    label: 'date',
    value: { iso: `${from}/${to}` },
    explanation: `A span of months: ${text} (${year === '-' ? 'year not given' : `${from} to ${to}`}).`,
    score: 0.85,
  };
}

/** "the fifth of November" → 5. */
function dayInWords(text: string): number | undefined {
  const word = /([a-z]+(?:-[a-z]+)?)\s+of\b/i.exec(text)?.[1]?.toLowerCase();
  const n = word ? DAY_ORDINALS.indexOf(word) + 1 : 0;
  return n > 0 ? n : undefined;
}

/** "10:30 p.m." → T22:30; a range keeps its first time in the value. */
function timeOfDay(text: string): Interpretation {
  const m = /^(\d{1,2})(?::(\d\d))?/.exec(text)!;
  let hour = Number(m[1]);
  const pm = /p\.?m/i.test(text);
  if (pm && hour < 12) hour += 12;
  if (/a\.?m/i.test(text) && hour === 12) hour = 0;
  const iso = `T${pad(hour)}:${m[2] ?? '00'}`;
  return {
    label: 'date',
    value: { iso },
    explanation: `A time of day: ${text.replace(/\.$/, '')} (${iso.slice(1)}).`,
    score: 0.7,
  };
}

const CLOCK_MINUTES: Record<string, number> = {
  half: 30,
  quarter: 15,
  five: 5,
  ten: 10,
  twenty: 20,
  'twenty-five': 25,
};

/** "half past nine" → T09:30, "quarter to five p.m." → T16:45; morning or evening only when the text says. */
export function clockInWords(raw: RawFigure): Interpretation | null {
  const t = tidy(raw.text);
  const m = /^([a-z-]+)\s+(?:minutes\s+)?(past|to)\s+([a-z]+|\d{1,2})(.*)$/i.exec(t);
  if (!m) return null;
  const minutes = CLOCK_MINUTES[m[1]!.toLowerCase()];
  const named = NUMBER_WORDS.indexOf(m[3]!.toLowerCase());
  const hour = named > 0 ? named : Number(m[3]);
  if (minutes === undefined || !(hour >= 1 && hour <= 12)) return null;
  const after = m[2]!.toLowerCase() === 'past';
  let h = after ? hour : hour - 1;
  const min = after ? minutes : 60 - minutes;
  if (h === 0) h = 12;
  const tail = m[4]!.toLowerCase();
  const pm = /p\.?m|afternoon|evening|night/.test(tail);
  const am = /a\.?m|morning/.test(tail);
  let h24 = h;
  if (pm && h < 12) h24 = h + 12;
  if (am && h === 12) h24 = 0;
  const iso = `T${pad(h24)}:${pad(min)}`;
  const clock = `${h}:${pad(min)}`;
  return {
    label: 'date',
    value: { iso },
    explanation: `A time of day: ${t} (${pm || am ? iso.slice(1) : `${clock}, morning or evening not given`}).`,
    score: 0.7,
  };
}

/**
 * A decade, its ISO 8601 form the first three digits of its years ("197").
 * Written short ("the ’70s") it is taken as the 1900s', or this century's for
 * the ’00s and ’10s, and the explanation says so.
 */
function decadeOf(text: string, digits: string): Interpretation {
  const short = digits.length === 1;
  const d = short ? `${Number(digits) < 2 ? 20 : 19}${digits}` : digits;
  const part = /\b(early|mid|late)\b/i.exec(text)?.[1]?.toLowerCase();
  const [from, to] = DECADE_PARTS[part ?? ''] ?? [0, 9];
  const years = `${part ? 'about ' : ''}${d}${from}–${d}${to}`;
  // "the 20s": the Roaring Twenties, or this century's.
  const other = d === '192' ? ', or the 2020s' : '';
  return absolute(text, d, short ? `${text}, read as the ${d}0s (${years})${other}` : `${text}, ${years}`);
}

function absolute(text: string, iso: string, shown?: string): Interpretation {
  const explanation = shown
    ? `A date: ${shown}.`
    : iso === text
      ? /^\d{4}$/.test(iso)
        ? `A date: the year ${iso}.`
        : `A date: ${iso}.`
      : `A date: ${text} (${iso.startsWith('-') ? 'year not given' : iso}).`;
  return {
    label: 'date',
    value: { iso },
    explanation,
    score: 0.9,
  };
}

function relative(text: string): Interpretation {
  const weekday = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(text);
  const shown = text.toLowerCase() === text ? text : lowerFirst(text);
  return {
    label: 'date',
    explanation: weekday
      ? `A date: ${text}, a weekday whose date the text does not give.`
      : /\s(?:earlier|later)$/i.test(text)
        ? `A date counted from another date or event in the text: ${shown}.`
        : `A date relative to when the text was written: ${shown}.`,
    score: 0.6,
  };
}

function period(text: string): Interpretation {
  const minutes = periodMinutes(text);
  return {
    label: 'duration',
    value: minutes === undefined ? { unit: 'minutes' } : { number: minutes, unit: 'minutes' },
    explanation: `A period counted back or forward from when the text was written: ${lowerFirst(text)}${minutes === undefined ? '' : `, ${formatMinutes(minutes)}`}.`,
    score: 0.6,
  };
}

const PERIOD_UNITS: Record<string, number> = {
  minute: 1,
  hour: 60,
  day: 1440,
  week: 10080,
  fortnight: 20160,
  month: 43830,
  year: 525960,
  decade: 5259600,
  century: 52596000,
};
const NUMBER_WORDS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

function periodMinutes(text: string): number | undefined {
  const m =
    /(?:(\d+)|([a-z]+))?\s*(minute|hour|day|week|fortnight|month|year|decade|centur)(?:y|ies|s)?$/i.exec(
      text,
    );
  if (!m) return undefined;
  const unit = m[3]!.toLowerCase() === 'centur' ? 'century' : m[3]!.toLowerCase();
  const word = m[2]?.toLowerCase();
  let n = 1;
  if (m[1]) n = Number(m[1]);
  else if (word && NUMBER_WORDS.includes(word)) n = NUMBER_WORDS.indexOf(word);
  else if (word === 'few' || word === 'several' || word === 'couple') return undefined;
  return n * PERIOD_UNITS[unit]!;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
