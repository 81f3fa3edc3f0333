/**
 * Where figures can be: the anchor scan (digits, symbols and the keywords a
 * figure hinges on), the prefix words a figure may start with before its
 * anchor ("more than", "between", "the past"), and which families are worth
 * trying for a given anchor.
 */
import {
  CLOCK_WORDS,
  FAMILIES,
  type Family,
  FRACTION_CHARS,
  MONTH_NAMES,
  RANK_WORDS,
  RELATIVE_ONLY_UNITS,
  TIME_UNIT_NAMES,
} from './grammar';
import {
  CHANGE_NOUNS,
  CHANGE_WORDS,
  CURRENCY_CODES,
  DECADE_WORDS,
  FOLD_WORDS,
  FRACTION_WORDS,
  MONTHS,
  QUALIFIERS,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_COUNTS,
  WEEKDAYS,
} from './lexicon';
import { alt } from './regex-kit';

/**
 * Where a figure can have its core: digits, currency symbols, # and @, and the
 * keywords a figure can hinge on (number words, months, weekdays, time units).
 * Cheap to scan for; the families then only run at these positions.
 */
const ANCHOR_WORDS = [
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(SCALE_WORDS),
  ...Object.keys(VAGUE_COUNTS),
  'dozen',
  'half',
  ...TIME_UNIT_NAMES,
  'yesterday',
  'tomorrow',
  'tonight',
  ...RELATIVE_ONLY_UNITS,
  'doubled',
  'tripled',
  'trebled',
  'quadrupled',
  'halved',
  ...Object.keys(FRACTION_WORDS),
  ...RANK_WORDS,
  ...Object.keys(FOLD_WORDS),
  'twice',
  'double',
  'triple',
  'quadruple',
  ...CLOCK_WORDS,
  ...Object.keys(DECADE_WORDS),
];
// Case-insensitive with \b: measured ~2× faster than case variants behind a lookbehind.
// Lower-case "may" or "march" become anchors too; the case-sensitive families reject them.
// "3Q23", "2Q 2024" (a quarter written number first) before the digit alternative, which would take its "3".
// A digit after a point is an anchor only where the point starts a percentage or points (".5%", ".25 points";
// see leadingPoint in index.ts), not in a calibre (".22", ".308-caliber") nor inside "1.5".
const ANCHOR_SOURCE = `\\b[1-4]Q(?=\\s?\\d)|(?<![\\w.,/])[0-9]|[0-9](?<=(?:^|[\\s(~<>±≈])\\.[0-9])(?=\\d{0,7}\\s?(?:%|per|points?\\b))|[${FRACTION_CHARS.slice(1, -1)}€£¥₹₩₽₺₪#@$]|[-−–](?=\\d)|\\b(?:${alt([...new Set([...ANCHOR_WORDS, ...MONTH_NAMES, ...WEEKDAYS])])})\\b|\\bQ[1-4]\\b|\\bFY(?=\\s?\\d)`;
export function anchorPattern(): RegExp {
  return new RegExp(ANCHOR_SOURCE, 'gi');
}

/**
 * Words that may stand before an anchor as part of a figure ("more than",
 * "between", "the past", "up", "a few"). Read backwards from the anchor through
 * a lookbehind, so the figure families know which earlier word starts to try.
 */
const PREFIX_WORDS = [
  ...QUALIFIERS.flatMap((q) => q.split(' ')),
  ...Object.keys(CHANGE_WORDS),
  ...Object.keys(CHANGE_NOUNS),
  'by',
  'of',
  'between',
  'from',
  'and',
  'to',
  'the',
  'past',
  'last',
  'next',
  'coming',
  'previous',
  'following',
  'first',
  'second',
  'third',
  'fourth',
  'final',
  'this',
  'few',
  'several',
  'many',
  'mere',
  'countless',
  'couple',
  'half',
  'number',
  'top',
  'tens',
  'hundreds',
  'early',
  'mid',
  'late',
  'low',
  'high',
  'upper',
  'lower',
  'fiscal',
  'minus',
  'negative',
  'US',
  'U.S.',
  'American',
  'Canadian',
  'Australian',
  'Rs',
  'Rs.',
  ...CURRENCY_CODES,
];
/** First words of a figure that begins before its anchor (lower case). */
export const START_WORDS = new Set([
  ...QUALIFIERS.map((q) => q.split(' ')[0]!),
  ...Object.keys(CHANGE_WORDS),
  ...Object.keys(CHANGE_NOUNS),
  'between',
  'from',
  'the',
  'this',
  'first',
  'second',
  'third',
  'fourth',
  'final',
  'last',
  'next',
  'a',
  'an',
  'several',
  'many',
  'mere',
  'countless',
  'half',
  'number',
  'no.',
  'top',
  'tens',
  'hundreds',
  'early',
  'mid',
  'late',
  'fiscal',
  'minus',
  'negative',
  'us',
  'u.s.',
  'american',
  'canadian',
  'australian',
  'rs',
  'rs.',
  ...CURRENCY_CODES.map((c) => c.toLowerCase()),
]);

/** Lower-case words that may stand before an anchor inside a figure. */
export const PREFIX_WORD_SET = new Set(PREFIX_WORDS.map((x) => x.toLowerCase()).concat('no.'));

const ALL_FAMILIES = Object.keys(FAMILIES) as Family[];
/**
 * A figure starting with digits is never a period ("the past year"), a vague count, a quarter ("Q3"),
 * a clock time in words ("half past nine") or a year written short ("’98": it starts at the apostrophe, where every family is tried).
 */
const DIGIT_FAMILIES = ALL_FAMILIES.filter(
  (f) =>
    f !== 'period' &&
    f !== 'vague' &&
    f !== 'quarter' &&
    f !== 'monthSpan' &&
    f !== 'shortYear' &&
    f !== 'clock',
);
/** Nor one starting with a number word; "3% rise", "18:22", "1/6/2021" and "30°C" need digits too. */
const NUMBER_WORD_FAMILIES = ALL_FAMILIES.filter(
  (f) =>
    ![
      'period',
      'vague',
      'change',
      'colon',
      'numericDate',
      'temperature',
      'monthSpan',
      'shortYear',
      'clock',
    ].includes(f),
);
/** The words a clock time in words begins with: "half past", "quarter to", "ten past". */
const CLOCK_START_WORDS = new Set(['half', 'quarter', 'five', 'ten', 'twenty']);
const CLOCK_START_FAMILIES = ALL_FAMILIES.filter((f) => f === 'clock' || NUMBER_WORD_FAMILIES.includes(f));

/** Families worth trying for an anchor, by what the anchor is; the rest cannot match there. */
const MONTH_OR_WEEKDAY = new Set([
  ...CLOCK_WORDS,
  ...Object.keys(MONTHS),
  ...WEEKDAYS.map((d) => d.toLowerCase()),
  ...RELATIVE_ONLY_UNITS,
]);
const TIME_WORDS = new Set([...TIME_UNIT_NAMES, 'yesterday', 'tomorrow', 'tonight']);
const CHANGE_ONLY = new Set(['doubled', 'tripled', 'trebled', 'quadrupled', 'halved']);
// Shared answers: the scanner asks once per anchor, so none of them is built per call.
const RANK: readonly Family[] = ['rank'];
const MONEY_SYMBOL: readonly Family[] = ['change', 'range', 'money'];
const DATE: readonly Family[] = ['date'];
const MONTH_DATE: readonly Family[] = ['date', 'monthSpan'];
const MONTH_WORDS = new Set(Object.keys(MONTHS));
const TIME: readonly Family[] = ['date', 'period', 'duration', 'quarter'];
/** "second" is also an ordinal: "the second-largest economy". */
const SECOND: readonly Family[] = [...TIME, 'rank'];
const QUARTER: readonly Family[] = ['quarter'];
const CHANGE: readonly Family[] = ['change'];
const FACTOR: readonly Family[] = ['factor'];
const FACTOR_WORDS = new Set([...Object.keys(FOLD_WORDS), 'twice', 'double', 'triple', 'quadruple']);

const VAGUE: readonly Family[] = ['money', 'vague'];
const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₪']);

export function familiesForAnchor(anchor: string): readonly Family[] {
  const c = anchor[0]!;
  if (c === '#') return RANK;
  if (CURRENCY_SYMBOLS.has(c)) return MONEY_SYMBOL;
  // "3Q23": a quarter anchor (anchorPattern), the only family it can start.
  if (anchor.length === 2 && (anchor[1] === 'Q' || anchor[1] === 'q')) return QUARTER;
  const code = c.charCodeAt(0);
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (!letter) return DIGIT_FAMILIES;
  const word = anchor.toLowerCase();
  // Fractions first: "quarter" is also a date word ("last quarter"), which the number-word families include.
  if (CLOCK_START_WORDS.has(word)) return CLOCK_START_FAMILIES;
  if (FRACTION_WORDS[word] !== undefined) return NUMBER_WORD_FAMILIES;
  if (FACTOR_WORDS.has(word)) return FACTOR;
  // "Q3", "FY2025"; "first quarter" is reached from its "quarter" anchor ("first" is a prefix word).
  if (/^q[1-4]$/.test(word) || word === 'fy') return QUARTER;
  if (MONTH_WORDS.has(word)) return MONTH_DATE;
  if (MONTH_OR_WEEKDAY.has(word)) return DATE;
  if (word === 'second') return SECOND;
  if (TIME_WORDS.has(word)) return TIME;
  if (CHANGE_ONLY.has(word)) return CHANGE;
  if (VAGUE_COUNTS[word] !== undefined || word === 'tens') return VAGUE;
  return NUMBER_WORD_FAMILIES;
}
