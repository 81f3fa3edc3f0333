/**
 * The figures grammar: each figure shape (dates, money, percentages,
 * durations, counts, ranks, ranges, changes) as the source of one sticky
 * regex, a "family". The scanner runs the families at anchor positions only.
 *
 * Bounded time on hostile input is a design rule here: every quantifier has a
 * small upper bound and every match must start at a word boundary, so each
 * attempt costs a constant amount of work and a scan is linear in the text
 * length (no catastrophic backtracking on 1 MB lines or digit runs).
 */
import {
  CHANGE_NOUNS,
  CHANGE_WORDS,
  CURRENCY_CODES,
  CURRENCY_NAMES,
  CURRENCY_SYMBOLS,
  DAY_ORDINALS,
  DECADE_WORDS,
  DURATION_MINUTES,
  FOLD_WORDS,
  FRACTION_WORDS,
  MONTHS,
  OR_MORE_WORDS,
  ORDINAL_VALUES,
  ORDINALS,
  QUALIFIERS,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  SUPERLATIVES,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_COUNTS,
  VULGAR_FRACTIONS,
  WEEKDAYS,
  YEAR_CONTEXT,
} from './lexicon';
import { alt, capAlt, DASH, END, L, LN, phraseAlt, START, W, w, wordBefore, words } from './regex-kit';
import { GLUED_UNIT_SYMBOLS, UNIT_SYMBOLS, UNIT_WORD_FORMS } from './units';

// ---- amounts --------------------------------------------------------------

export const FRACTION_CHARS = `[${Object.keys(VULGAR_FRACTIONS).join('')}]`;
/** 1,000,000 · 1 000 · 3.25 · 2½ · ½ (digits runs are bounded: see header). */
const NUMERAL = String.raw`(?:\d{1,3}(?:\.\d{3}){2,4}(?![\d.,])|(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,3}(?:[\u00A0\u202F\u2009\u2007 ]\d{3}){1,4}(?![\d,])|\d{1,15})(?:\.\d{1,8})?${FRACTION_CHARS}?(?!\d|[.,]\d)|${FRACTION_CHARS})`;
/** "minus 5 degrees", "negative 0.3%", "minus five percent". */
const MINUS_WORD = `(?:${words('minus', 'negative')}${W})`;
const SIGN = '(?:[-−–](?=\\d))?';
/** A sign, or its word, before digits. */
const NEGATIVE = `(?:[-−–](?=\\d)|${MINUS_WORD}(?=\\d))?`;

const UNITS = capAlt(Object.keys(UNIT_WORDS));
const TENS = capAlt(Object.keys(TENS_WORDS));
// Capitalised too: headlines write "43.7 Million".
const SCALE = capAlt(Object.keys(SCALE_WORDS));
const BASE_WORD = `(?:${TENS}(?:[-‐‑ ]${alt(Object.keys(UNIT_WORDS).slice(1, 10))})?|${UNITS})${END}`;
/** "half a million", "a quarter of a million", "three-quarters of a billion". */
const SCALE_FRACTION = `(?:${words('half')}|${words('a', 'one', 'three')}(?:[-‐‑]|${W})quarters?${W}of)${W}`;
/**
 * "forty", "twenty-five", "one hundred and twenty thousand", "a million", "half a million".
 * "a"/"an" are spelt out rather than `[Aa]n?`: lead-words.ts reads a family's first words off its source.
 */
/** "two and a half million": the half belongs to the amount the scale multiplies. */
const HALF_BEFORE_SCALE = `(?:${W}and${W}a${W}half(?=${W}${SCALE}${END}))`;
/** "a quarter million", "three-quarters billion", "a half-million": a fraction right before its scale. */
const FRACTION_OF_SCALE = `(?:${words('a')}${W})?(?:${words('half')}|(?:${words('one', 'three')}(?:[-‐‑]|${W}))?${words('quarter')}s?)(?:[-‐‑]|${W})${SCALE}${END}`;
const WORD_NUMBER = `(?:${BASE_WORD}${HALF_BEFORE_SCALE}?|(?:${SCALE_FRACTION})?${words('a', 'an')}(?=${W}${SCALE}))(?:${W}${SCALE}${END}(?:${W}(?:and${W})?${BASE_WORD}(?!${W}${alt(['and', 'or'])}${W}))?){0,4}`;
const AND_A_HALF = `(?:${W}and${W}a${W}half${END})?`;
/**
 * An open bound after the amount: "10 or more", "$200 or less", "65 and over" (qualifiers.ts
 * reads it as "at least"/"at most"). "and" only before the words of age and place; not when
 * another amount follows: "124 and more than 1,300", "above 5% and below 10%" are two figures.
 */
const OR_MORE = `(?:${W}(?:or${W}${alt(OR_MORE_WORDS)}|and${W}${alt(['over', 'above', 'older', 'under', 'below', 'younger'])})${END}(?!${W}(?:than|an?)${END}|${W}[\\d$€£¥₹]))?`;
/** Abbreviations written in either case: "$5K", "$2B", "€3bn"; one letter only when glued ("$5 t-shirts" is not trillions). */
const anyCase = (xs: string[]) =>
  alt(xs.flatMap((x) => [x, x.toUpperCase(), x[0]!.toUpperCase() + x.slice(1)]));
const SCALE_ABBREVIATION = `${anyCase(Object.keys(SCALE_ABBREVIATIONS))}${END}`;
/** Abbreviations that mean a scale without a currency too ("1.3bn people"). */
const PLAIN_SCALE_ABBREVIATION = `${anyCase(Object.keys(SCALE_ABBREVIATIONS).filter((a) => a.length > 1))}${END}`;
/**
 * A plural noun ahead ("people", "jobs", "voters"), not "-ss", "-us", "-is"
 * words ("across", "bonus", "this"): what makes "4.5m" a count of millions.
 */
export const PLURAL_NOUN = `(?:[a-z]{2,20}[a-hj-rtv-z]s|people|men|women|children|troops|staff|personnel)${END}`;
const PLURAL_NOUN_AHEAD = `(?=${W}${PLURAL_NOUN})`;
/**
 * One-letter scales glued to digits: "K" and "M", "B" in capitals are thousands,
 * millions and billions ("1.2K donors", "2.3M views"); lower-case "m" and "b"
 * only before a plural noun ("4.5m people"), since "a 100m sprint" and "5m tall" are metres.
 */
const LETTER_SCALE = `(?:[kKMB]|[mb]${PLURAL_NOUN_AHEAD})${END}`;
const NUMERAL_SCALE = `(?:${HALF_BEFORE_SCALE}?${W}${SCALE}${END}|${PLAIN_SCALE_ABBREVIATION}|${LETTER_SCALE})?`;
/**
 * A number in digits or words, with an optional scale word ("3 million", "1.3bn", "4.5m"),
 * as the changes, dates and ages read it.
 */
const AMOUNT_CORE = `(?:${SIGN}${NUMERAL}${NUMERAL_SCALE}|${WORD_NUMBER})${AND_A_HALF}`;
/**
 * The same with a sign in words ("minus 5") and a fraction of a scale ("a quarter million"),
 * for the figures that stand on their amount: numbers, money, percentages. Kept out of the
 * families that only need the common forms: each family's regex grew with every copy, and
 * the larger compiled code slowed every family's tries (measured, ~1 ms per 100,000 words).
 */
const AMOUNT = `(?:${NEGATIVE}${NUMERAL}${NUMERAL_SCALE}|${MINUS_WORD}?${WORD_NUMBER}|${FRACTION_OF_SCALE})${AND_A_HALF}`;

// The lookahead lets digit anchors skip the long alternation at once.
export const QUALIFIER = `(?:(?=[A-Za-z])${phraseAlt(QUALIFIERS)}${W})`;

// ---- units ----------------------------------------------------------------

export const TIME_UNIT_NAMES = Object.keys(DURATION_MINUTES).flatMap((u) =>
  u === 'century' ? ['century', 'centuries'] : [u, `${u}s`],
);
const TIME_UNIT = `${alt(TIME_UNIT_NAMES)}${END}`;
const TIME_UNIT_PLURAL = `${alt(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'])}${END}`;
const TIME_UNIT_SINGULAR = `${alt(['minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century'])}${END}`;

// "a 5-percent rise", "a 2-percentage-point gap" too; and basis points, hundredths of a
// percentage point: "25 basis points", "50bp", "a 75-basis-point hike".
const PERCENT_SIGN = `(?:\\s?%|(?<=\\d)(?:pct?|bps?)${END}|${W}(?:percent|per${W}cent|pct|percentage${W}points?|basis${W}points?|bps?)${END}|[-‐‑](?:percent|per[-‐‑]cent|percentage[-‐‑]points?|basis[-‐‑]points?)${END})`;

const CURRENCY_SYMBOL = alt(Object.keys(CURRENCY_SYMBOLS));
const CURRENCY_CODE = `${alt(CURRENCY_CODES)}${END}`;
/** Currency names that stand on their own ("dollars", "rupees"), singular and plural. */
const SINGLE_CURRENCY_NAMES = Object.keys(CURRENCY_NAMES).filter((n) => !n.includes(' '));
const CURRENCY_WORD = `${alt(
  SINGLE_CURRENCY_NAMES.flatMap((n) =>
    n.endsWith('s') || ['yen', 'yuan', 'pence', 'renminbi'].includes(n) ? [n] : [n, `${n}s`],
  ),
)}(?:${W}sterling)?${END}`;
/** "Swiss", "Hong Kong", "U.S.": the nationality before a currency name, as written in text. */
const nationality = (name: string) =>
  name
    .split(' ')
    .map((w) => (w === 'us' || w === 'u.s.' ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
const NATIONAL_NAMES = Object.keys(CURRENCY_NAMES).filter((n) => n.includes(' '));
const lastWord = (n: string) => n.slice(n.lastIndexOf(' ') + 1);
/** Nationalities of names that also stand alone ("Mexican" of "Mexican pesos"). */
const NATIONALITY = alt(
  new Set(
    NATIONAL_NAMES.filter((n) => SINGLE_CURRENCY_NAMES.includes(lastWord(n))).map((n) =>
      nationality(n.slice(0, n.lastIndexOf(' '))),
    ),
  ),
);
/** Names that need their nationality: "South Korean won", "Deutsche marks" (not "won the vote", "the 1,000 mark"). */
const NATIONAL_ONLY = alt(
  NATIONAL_NAMES.filter((n) => !SINGLE_CURRENCY_NAMES.includes(lastWord(n))).flatMap((n) => {
    const written = `${nationality(n.slice(0, n.lastIndexOf(' ')))} ${lastWord(n)}`;
    return n.endsWith('mark') ? [written, `${written}s`] : [written];
  }),
).replace(/ /g, W);
const CURRENCY_NAME = `(?:(?:${NATIONALITY.replace(/ /g, W)}${W})?${CURRENCY_WORD}|${NATIONAL_ONLY}${END})`;
/**
 * The common nationalities only, where a currency name follows another shape (a range's end,
 * a change, "billions of"): the full list in one place keeps the families small (see AMOUNT).
 */
const COMMON_CURRENCY = `(?:(?:${alt(['US', 'U.S.', 'American', 'Canadian', 'Australian'])})${W})?${CURRENCY_WORD}`;
/** "3bn", "3 billion", and the compound-adjective "3-billion" ("a $3-billion deal"). */
const MONEY_AMOUNT = `${NUMERAL}(?:\\s?${PLAIN_SCALE_ABBREVIATION}|${SCALE_ABBREVIATION}(?![-‐‑])|(?:${W}|[-‐‑])${SCALE}${END})?`;

// ---- dates ----------------------------------------------------------------

export const MONTH_NAMES = Object.keys(MONTHS).map((m) => m[0]!.toUpperCase() + m.slice(1));
const MONTH = `(?:${alt(MONTH_NAMES.filter((m) => m.length > 4 || m === 'June' || m === 'July'))}|${alt(
  MONTH_NAMES.filter((m) => m.length <= 4 && m !== 'June' && m !== 'July' && m !== 'May'),
)}\\.?|May)${END}`;
/** A month's name or abbreviation, read backwards in a lookbehind. */
const MONTH_NAME = `(?<![A-Za-z])${alt(MONTH_NAMES)}`;
/** Months that are never ordinary words; may stand alone as a date. */
const UNAMBIGUOUS_MONTH = `${alt(MONTH_NAMES.filter((m) => m.length > 4 && m !== 'March'))}${END}`;
const DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![${LN}])`;
const YEAR = '(?:1\\d{3}|20\\d{2})(?![\\d%])';
/** "10:30", "10:30 p.m.", "3pm", optionally a range "10:13-10:16 p.m.". */
const CLOCK = `(?:[01]?\\d|2[0-3])(?::[0-5]\\d|(?=\\s?[ap]\\.?m\\b))`;
/** "p.m." keeps its dot; "pm." at a sentence's end does not take the full stop. */
const AM_PM = `(?:\\s?[ap](?:\\.m\\.?|m)(?![${LN}]))`;
const TIME_ZONE = `(?:\\s(?:GMT|UTC|EDT|EST|CDT|CST|PDT|PST|ET|PT|CET|CEST|BST|IST)(?![${LN}]))`;
/** Clock times need am/pm, a time zone or "at/by/until …" before them: bare "18:22" is more often a verse or a score. */
const TIME_OF_DAY = `(?:(?:1[0-2]|[1-9])${W}o['’]clock${END}|${CLOCK}(?:${DASH}${CLOCK})?(?:${AM_PM}${TIME_ZONE}?|${TIME_ZONE})|${CLOCK}(?:${DASH}${CLOCK})?(?<=${wordBefore(['at', 'by', 'until', 'till', 'before', 'after', 'around', 'from', 'since'], '[\\d:‐‑–—−-]{3,11}')}))`;
const WEEKDAY = `${alt(WEEKDAYS)}${END}`;
/** "at noon", "by midnight": the words name a time only after a preposition ("a midnight raid" is not one). */
export const CLOCK_WORDS = ['noon', 'midday', 'midnight'];
const CLOCK_WORD = `${alt(CLOCK_WORDS)}${END}(?<=${wordBefore(['at', 'by', 'for', 'until', 'till', 'before', 'after', 'around', 'past', 'from', 'since'], '[a-z]{4,8}')})`;
/** The hours of a clock in words or digits: "nine", "12". */
export const HOUR_WORDS = Object.keys(UNIT_WORDS).slice(1, 13);
const HOUR = `(?:${alt(HOUR_WORDS)}|1[0-2]|[1-9])${END}`;
/** "in the morning", "at night", "p.m.": which half of the day. */
const HALF_OF_DAY = `(?:${W}(?:in${W}the${W}(?:morning|afternoon|evening)|at${W}night|[ap](?:\\.m\\.?|m)(?![${LN}])))?`;
/**
 * Clock times in words: "half past nine", "quarter to five", "ten past six", "twenty-five to
 * eight". "to" reads as a time only after a preposition ("at ten to six", not "ten to one
 * odds"), and never before a plural noun or a share ("a quarter to five percent").
 */
const CLOCK_PHRASE = [
  `${words('half', 'quarter')}${W}past${W}${HOUR}${HALF_OF_DAY}`,
  `${words('quarter')}${W}to${W}${HOUR}(?!${W}(?:${PLURAL_NOUN}|percent|per${END}|of${END}))${HALF_OF_DAY}`,
  `(?<=(?<![A-Za-z])${capAlt(['at', 'by', 'until', 'till', 'before', 'after', 'around', 'about', 'from', 'since'])}${W})${alt(['five', 'ten', 'twenty', 'twenty-five'])}${W}(?:minutes${W})?(?:past|to)${W}${HOUR}(?!${W}(?:${PLURAL_NOUN}|percent|per${END}|of${END}))${HALF_OF_DAY}`,
].join('|');
const SEASONS = ['spring', 'summer', 'autumn', 'fall', 'winter'];
const SEASON = alt(SEASONS);
/** Words that make a date only after this/last/next ("last night", "next summer"). */
export const RELATIVE_ONLY_UNITS = ['night', 'weekend', 'quarter', 'season', ...SEASONS];
// "the last quarter century" is a period, not last quarter's date.
const RELATIVE_UNIT = `(?:${alt(['weekend', 'week', 'month', 'year', 'decade', 'century', 'night', 'season'])}${END}|quarter${END}(?!${W}century)|${SEASON}${END}|${WEEKDAY}|${MONTH})`;
const ORDINAL_WORD = alt(ORDINALS);

// ---- the shapes -------------------------------------------------------------

/** Number idioms that are not figures: "a 180-degree turn", "24/7", "9/11". */
const IDIOM = [
  `(?:180|360)${DASH}?\\s?degrees?(?=${W}(?:turn|shift|change|reversal|pivot|about-face|swing|u-turn))`,
  // Ordinals that rank nothing: "the eleventh hour", "a fifth column".
  `(?:eleventh(?:[-‐‑]|${W})hour|fifth${W}(?:column(?:ists?)?|wheel)|sixth${W}sense|fourth${W}estate|seventh${W}heaven)${END}`,
  String.raw`24\/7`,
  String.raw`9\/11`,
  `${words('one')}${DASH}(?:on${DASH}one|time|off|sided|size)`,
  // Phone numbers: "555-1234", "(212) 555-1234", "1-800-273-8255", "+1 202 555 0143".
  String.raw`(?:1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.\s])?\d{3}[-.]\d{4}(?!\d)`,
  String.raw`(?<=\+)\d{1,3}(?:[\s.-]\d{2,4}){2,4}(?![\d,.]\d)`,
  // Codes of four or more hyphenated digit groups: "978-0-306-40615-7" (an ISBN), "1-800-555-0199".
  String.raw`\d{1,5}(?:-\d{1,7}){3,5}(?:-[\dX])?(?![\d-])`,
  `${words('zero')}(?:${W}|[-‐‑])(?:tolerance|sum)${END}`,
  // "One day we will…": someday, not a duration.
  `${words('one', 'some')}${W}day(?=${W}(?:we|I|you|he|she|they|it|soon|when|this|that)${END})`,
].join('|');

const FRACTION_NUMERATOR = `(?:${words('a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine')}(?:[-‐‑]|${W}))`;
const SINCE_WHEN = `(?:${w('compared with')}|${w('compared to')}|${alt(['from', 'since', 'on', 'over', 'versus', 'vs.', 'vs'])})${W}(?:${w('a year')}${W}${alt(['earlier', 'ago', 'before'])}|${w('last year')}|${w('the previous year')}|${MONTH}${W})?${YEAR}`;
const CHANGE_WORD = `${capAlt(Object.keys(CHANGE_WORDS))}(?:${W}by)?`;
const CHANGE_NOUN = alt(Object.keys(CHANGE_NOUNS));
/** "rose 3 degrees", "fell 2 degrees Celsius": a change of temperature, in degrees of its scale if named. */
const CHANGE_DEGREES = `degrees?(?:${W}(?:Celsius|Fahrenheit|centigrade))?${END}`;
/** A year where a change's amount would be ("rose 2023", "down from 2019."), unless a decimal, a percentage or points follow. */
const CHANGE_YEAR = `(?:1[89]|20)\\d\\d(?![\\d,%]|\\.\\d|${W}(?:percent|per${W}cent|points?)${END})`;
// Not before a dash and digits or "fold": "rose 5-7%" is a range and "rose 3-fold" a factor, read from the digits.
const CHANGE = [
  // "fell by a third", "cut by half", "rose by two-fifths": a change by a share of the whole
  // (first: the amounts below would stop at "two" of "two-fifths").
  `${capAlt([...Object.keys(CHANGE_WORDS), 'cut'])}${W}by${W}(?:${words('half')}|${FRACTION_NUMERATOR}${alt(Object.keys(FRACTION_WORDS).filter((f) => !f.startsWith('hal')))})${END}(?![-‐‑])`,
  // "rose 3 to 5 percent": a change given as a range, or ("rose 0.25 to 5.5 percent") a change and the
  // level it reached; interpret.ts tells them apart. Before the plain change, which would stop at "rose 3".
  `${CHANGE_WORD}${W}${AMOUNT_CORE}${W}to${W}${AMOUNT_CORE}(?:${PERCENT_SIGN}|${W}points?${END})`,
  // "45 per cent, down from 52 per cent": the earlier level, which interpret.ts reads against the
  // figure before it. Not a bare year: "down from 2019" compares with a year, not a level.
  `${capAlt(['up', 'down'])}${W}from${W}(?!${CHANGE_YEAR})${QUALIFIER}?(?:${CURRENCY_SYMBOL}\\s?${MONEY_AMOUNT}|${AMOUNT_CORE}(?:${PERCENT_SIGN}|${W}${COMMON_CURRENCY}|${W}points?${END})?)(?![${LN}_×]|\\s?${DASH}\\s?\\d)`,
  // Not a bare year: "the fall 2023 semester", "rose 2023" are no changes of two thousand.
  `${CHANGE_WORD}${W}(?!${CHANGE_YEAR})(?<change_amount>${QUALIFIER}?(?:${CURRENCY_SYMBOL}\\s?${MONEY_AMOUNT}|${AMOUNT_CORE}(?:${PERCENT_SIGN}|${W}${COMMON_CURRENCY}|${W}points?${END}|${W}${CHANGE_DEGREES})?))(?![${LN}_×]|\\s?${DASH}\\s?\\d|${DASH}fold)(?:${W}${SINCE_WHEN})?`,
  `${NUMERAL}${PERCENT_SIGN}${W}${CHANGE_NOUN}${END}`,
  `${CHANGE_NOUN}${W}of${W}(?:${QUALIFIER})?${NUMERAL}${PERCENT_SIGN}`,
  // "doubled down" is an idiom, not a change.
  `${capAlt(['doubled', 'tripled', 'trebled', 'quadrupled', 'halved'])}${END}(?!${W}down${END})`,
].join('|');

/** One end of a range; the unit may come after the second end only ("3 to 5 percent"). */
const RANGE_END = `(?:${CURRENCY_SYMBOL}\\s?)?(?:${MONEY_AMOUNT}|${WORD_NUMBER})(?:${PERCENT_SIGN})?`;
const RANGE_DIGITS = `(?:${CURRENCY_SYMBOL}\\s?)?${MONEY_AMOUNT}(?:${PERCENT_SIGN})?`;
const RANGE_UNIT = `(?:${PERCENT_SIGN}|${W}${COMMON_CURRENCY}|${W}${TIME_UNIT})?`;
/**
 * "X to Y" after its first end: a first end with a percent sign needs one on the second
 * ("40% to 50%"); "rose by 25% to 34,500 tonnes" is a change and the level it reached, not a range.
 */
const TO = `(?:to|through)`;
const TO_SECOND_END = `(?:${PERCENT_SIGN}${W}${TO}${W}${MONEY_AMOUNT}${PERCENT_SIGN}|${W}${TO}${W}${RANGE_END}${RANGE_UNIT})`;
const RANGE_FIRST_END = `(?:${CURRENCY_SYMBOL}\\s?)?(?:${MONEY_AMOUNT}|${WORD_NUMBER})`;
const RANGE = [
  `${words('between')}${W}${RANGE_END}${W}and${W}${RANGE_END}${RANGE_UNIT}`,
  // "2010–2020", "2022-23"; a split year written with a slash too: "2022/23".
  `${YEAR}(?:\\s?[-‐‑–—]\\s?|\\/)(?:${YEAR}|\\d{2}(?!\\d))`,
  // Dash ranges take digits only: "twenty-five" is one number, not a range.
  `${RANGE_DIGITS}(?:[-‐‑–—]|\\s[–—-]\\s)${RANGE_DIGITS}${RANGE_UNIT}`,
  // "from 7.8 billion in 2020 to 8 billion in 2022": a year is a range's first end only when a year ends it.
  // One alternative with and without "from": the range family must stay under 20,480 characters,
  // V8's kRegExpTooLargeToOptimize (at 27,900 the figures scan ran ~3 ms slower per 100,000 words).
  `(?:${words('from')}${W})?(?!${YEAR}${W}${TO}${W}(?!${YEAR}))${RANGE_FIRST_END}${TO_SECOND_END}`,
].join('|');

/** "5-9" in "Jan. 5-9" or "5–9 January": a run of days. */
const DAYS = `${DAY}(?:${DASH}${DAY})?`;
const QUARTER_ORDINAL = words('first', 'second', 'third', 'fourth', 'final');

const DATE = [
  String.raw`(?:1\d{3}|20\d{2})-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])(?!\d)`,
  `${MONTH}${W}${DAYS}(?:,?${W}${YEAR})?`,
  `${DAYS}${W}(?:of${W})?${MONTH}(?:,?${W}${YEAR})?`,
  `(?:${words('the')}${W})?${alt(DAY_ORDINALS)}${W}of${W}${MONTH}(?:,?${W}${YEAR})?`,
  `${MONTH},?${W}${YEAR}`,
  `(?:${words('the')}${W})?(?:${words('early', 'late', 'mid')}[-\\s])?(?:1\\d|20)\\d0[’']?s${END}`,
  // "the ’70s", "the mid-'80s": the apostrophe stands for the century.
  `(?:${words('the')}${W})?(?:${words('early', 'late', 'mid')}[-\\s])?[’']\\d0s${END}`,
  // "the sixties", "the late seventies".
  `${words('the')}${W}(?:${words('early', 'late', 'mid')}[-‐‑\\s]{1,3})?${alt(Object.keys(DECADE_WORDS))}${END}`,
  // "the 80s", "the mid-90s" without the apostrophe; "the low 40s" is a range of numbers (interpret.ts).
  `${words('the')}${W}(?:${words('early', 'late', 'mid', 'low', 'high', 'upper', 'lower')}[-‐‑\\s]{1,3})?[1-9]0s${END}`,
  // "the 21st century", "a fifteenth-century text".
  `(?:${words('the')}${W})?(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD})(?:${W}|[-‐‑])century${END}`,
  `${words('this', 'last', 'next')}${W}${RELATIVE_UNIT}`,
  `(?:${words('just', 'only', 'some')}${W})?(?:${AMOUNT_CORE}|${words('a', 'an')}|${w('a few')}|several|${w('a couple of')})${W}${TIME_UNIT}${W}ago${END}`,
  `(?:${words('just', 'only')}${W})?(?:${w('a few')}${W}|several${W})?${TIME_UNIT_PLURAL}${W}ago${END}`,
  // "a year earlier", "two decades later": a date counted from another the text gives.
  `(?:${AMOUNT_CORE}|${words('a', 'an')}|${w('a few')}|several|${w('a couple of')})${W}${TIME_UNIT}${W}${words('earlier', 'later')}${END}`,
  `${words('yesterday', 'tomorrow', 'tonight')}${END}`,
  `${YEAR}(?<=${wordBefore(YEAR_CONTEXT, '\\d{4}')})`,
  // "by mid-2019": the hyphen joins the year to its word, so the figure starts at the word.
  `${words('mid')}[-‐‑]${YEAR}${END}`,
  // "by mid-November", "in mid-May 2020": so does a month's.
  `${words('mid')}[-‐‑]${MONTH}(?:,?${W}${YEAR})?`,
  // "at the end of 2019", "the start of 2020".
  `${YEAR}(?<=(?<![A-Za-z])${capAlt(['end', 'start', 'beginning', 'middle'])}${W}of${W}\\d{4})`,
  `${YEAR}(?<=${wordBefore(['the', 'a', 'its', 'their', 'his', 'her', 'our'], '\\d{4}')})(?=${W}[a-z])`,
  // "the stories of 2017", "survive to 2025": a year closing its phrase (not "of 2000 people").
  `${YEAR}(?<=${wordBefore(['of', 'to', 'through', 'throughout'], '\\d{4}')})(?=\\s{0,2}[,.;:)!?”"]|${W}and${W}|\\s*$)`,
  TIME_OF_DAY,
  CLOCK_WORD,
  `${MONTH}(?<=${wordBefore(['in', 'since', 'by', 'until', 'from', 'during', 'of', 'this', 'last', 'next', 'early', 'late'], '[A-Za-z]{3,9}\\.?')})`,
  UNAMBIGUOUS_MONTH,
  WEEKDAY,
].join('|');

/**
 * All-numeric dates with a year: "1/6/2021", "06/09/22", "21.07.2022" (dotted
 * ones need four digits: "3.10.12" is a version number). Their own family, like
 * quarters below: added to DATE they made every date attempt several times
 * slower (measured); apart they cost about a millisecond per 100,000 words.
 */
const NUMERIC_DATE = [
  String.raw`(?:[12]\d|3[01]|0?[1-9])\/(?:[12]\d|3[01]|0?[1-9])\/(?:1\d{3}|20\d{2}|\d{2})(?![\d\/])`,
  String.raw`(?:[12]\d|3[01]|0?[1-9])\.(?:[12]\d|3[01]|0?[1-9])\.(?:1\d{3}|20\d{2})(?![\d.]\d|\d)`,
].join('|');

/**
 * A span of months: "March to May", "between January and March 2020", "June–August";
 * and a month listed after another ("in March and May"), read as a single month.
 * Its own family, tried only at month words: as alternatives of DATE it made every date
 * attempt at a digit slower (~4% of the figures scan, measured).
 */
const MONTH_SPAN = [
  `${words('between')}${W}${MONTH}${W}and${W}${MONTH}(?:,?${W}${YEAR})?`,
  // Not from "from": trying this at each "from" before a number costs more than it finds.
  `${MONTH}(?:${W}${words('to', 'through', 'until')}${W}|\\s?[-–—]\\s?)${MONTH}(?:,?${W}${YEAR})?`,
  // "In March and May", "in April, May or June": a month listed after another month is a month too
  // (here, tried at month words only, rather than in DATE, tried at every digit);
  // after a comma only inside a list ("In January, May said…" is a name), and not before a name ("May and June Smith").
  `${MONTH}(?:(?<=${MONTH_NAME}\\.?,?${W}(?:and|or)${W}[A-Za-z]{3,9}\\.?)|(?<=${MONTH_NAME}\\.?,${W}[A-Za-z]{3,9}\\.?)(?=,?${W}(?:and|or)${W}${MONTH}|,${W}${MONTH}))(?!${W}[A-Z])`,
].join('|');

/**
 * "in ’69", "the class of '98": a year written short, after a word that dates it (not a quoted
 * title: "in '60 Minutes'"). Its own family, tried only where an apostrophe stands before digits:
 * as a DATE alternative it was tried at every digit (~3% of the figures scan, measured).
 */
const SHORT_YEAR = `[’']\\d{2}(?![\\d’'%]|[.,]\\d|[${L}]|${W}[A-Z])(?<=${wordBefore(['in', 'since', 'of', 'by', 'until', 'till', 'before', 'after', 'from', 'to', 'during', 'circa'], "[’']\\d{2}")})`;

/** Quarters and fiscal years: "Q3 2024", "the third quarter of 2024", "first-quarter", "FY2025". */
const QUARTER = [
  // "Q3 2024", "Q3 FY24".
  `Q[1-4](?:${W}(?:${YEAR}|FY\\s?(?:${YEAR}|\\d{2}(?!\\d))))?${END}`,
  // "3Q23", "2Q 2024": the number first, as analysts write it; always with a year ("2Q" alone is too often a code).
  `[1-4]Q(?:\\d{2}(?!\\d)|${W}${YEAR})${END}`,
  // Fiscal years: "FY2025", "FY 24", "fiscal 2024", "fiscal year 2023".
  `(?:FY\\s?(?:${YEAR}|\\d{2}(?!\\d))|${words('fiscal')}${W}(?:year${W})?${YEAR})(?:[-‐‑–/]\\d{2}(?!\\d))?${END}`,
  // Half-years: "H1 2024", "H2 FY25", "the first half of 2023".
  `H[12]${W}(?:FY\\s?)?(?:${YEAR}|\\d{2}(?!\\d))${END}`,
  `(?:${words('the')}${W})?${words('first', 'second')}(?:[-‐‑]|${W})half(?:${W}of${W}${YEAR}|,?${W}${YEAR})${END}`,
  `(?:${words('the')}${W})?${QUARTER_ORDINAL}(?:[-‐‑]|${W})quarter(?:${W}of${W}${YEAR}|,?${W}${YEAR})?${END}`,
].join('|');

const AGE = [
  `${QUALIFIER}?${AMOUNT_CORE}(?:${DASH}years?${DASH}old|${W}years?${W}old)${END}`,
  // "in his 70s", "people in their early 20s": the decade of a life, not of a century.
  `[1-9]0[’']?s${END}(?<=${wordBefore(['his', 'her', 'their', 'my', 'your', 'our'], `(?:(?:early|mid|late)[-‐‑\\s])?\\d0[’']?s`)})`,
  // "in her sixties", "men in their late forties".
  `${alt(Object.keys(DECADE_WORDS))}${END}(?<=${wordBefore(['his', 'her', 'their', 'my', 'your', 'our'], `(?:(?:early|mid|late)[-‐‑\\s])?[a-z]{7,9}`)})`,
].join('|');

const MONEY = [
  `${CURRENCY_SYMBOL}\\s?${MONEY_AMOUNT}${OR_MORE}`,
  // The compound adjective: "a 2.3-trillion-yuan plan", "a 5-million-dollar fine".
  `${NUMERAL}(?:[-‐‑]${SCALE})?[-‐‑]${COMMON_CURRENCY}`,
  `${CURRENCY_CODE}\\s?${MONEY_AMOUNT}`,
  `${MONEY_AMOUNT}\\s?${CURRENCY_CODE}`,
  // The symbol after the amount, as much of Europe writes it: "10 €", "5 £".
  `${MONEY_AMOUNT}\\s?${CURRENCY_SYMBOL}(?![${LN}])`,
  // "13 dollars and 45 cents", "3 pounds 50 pence".
  `${AMOUNT}${W}${CURRENCY_NAME}(?:(?<!cents?|pence|penny),?(?:${W}and)?${W}(?:\\d{1,2}|${BASE_WORD})${W}(?:cents?|pence)${END})?`,
  `${capAlt(Object.keys(VAGUE_COUNTS))}${W}of${W}${COMMON_CURRENCY}`,
  // Pence glued to one or two digits, as British prices are written: "99p", "a 5p charge" (not "720p").
  String.raw`\d{1,2}(?:\.\d{1,2})?p${END}`,
].join('|');

/**
 * "a quarter-point cut", "by a half point", "a three-quarter-percentage-point hike": fractions of a
 * percentage point, as central banks move rates; only before a change noun or after "by a".
 */
const FRACTION_POINT = `${words('quarter', 'half', 'three-quarter')}(?:[-‐‑]|${W})(?:percentage(?:[-‐‑]|${W}))?points?${END}`;
const PERCENT = [
  `${AMOUNT}${PERCENT_SIGN}${OR_MORE}`,
  // "three-tenths of a percent", "half a percentage point", "a quarter of a percent".
  `(?:${FRACTION_NUMERATOR}${alt(Object.keys(FRACTION_WORDS).filter((f) => !f.startsWith('hal')))}${W}of|${words('half')}(?:${W}of)?)${W}an?${W}(?:percent|per${W}cent|percentage${W}point)${END}`,
  // The words first, the lookbehind after them: a lookbehind opening an alternative is run at every digit.
  `${FRACTION_POINT}(?:${W}${CHANGE_NOUN}${END}|(?<=(?<![A-Za-z])by${W}an?${W}${FRACTION_POINT}))`,
].join('|');

/** A small count for the terms of a ratio ("1 in 5", "nine out of ten"); never a year (four digits). */
const RATIO_TERM = `(?:\\d{1,3}(?:,\\d{3})?(?![\\d%]|[.,]\\d)|${BASE_WORD})`;
const CARDINAL_NUMERATOR = words('one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine');
/** "of an hour", "of a century", "of a million": a duration or an amount, not a share of something. */
const NOT_OF_TIME = `(?!${W}of${W}(?:an?${W})?(?:${TIME_UNIT}|${SCALE}${END}))`;
const PROPORTION = [
  `${RATIO_TERM}${W}(?:in|out${W}of|per)${W}${RATIO_TERM}`,
  // "7 of the 10 biggest banks"; not "one of five things" (membership, not a share).
  `(?!${words('one')}${END})${RATIO_TERM}${W}of${W}(?:the${W})?${RATIO_TERM}(?=${W}[a-z])`,
  // A numerator is required: "the third of July" and "several tenths of a degree" are not shares.
  `${FRACTION_NUMERATOR}${alt(Object.keys(FRACTION_WORDS).filter((f) => !f.startsWith('hal')))}(?=${W}of${END})${NOT_OF_TIME}`,
  // Without "of", a fraction needs a numerator that can only count it: "two-thirds", "a one-fifth stake",
  // "two thirds"; spaced quarters are periods too ("in three quarters"), and "a fifth" is often a rank ("a fifth term").
  // Spaced: "two thirds", "one fifth" (not "one third-party candidate", nor quarters: "in one quarter").
  `${CARDINAL_NUMERATOR}(?:[-‐‑]${alt(Object.keys(FRACTION_WORDS))}|${W}${alt(Object.keys(FRACTION_WORDS).filter((f) => !/^(?:quarters?|halves)$/.test(f)))}(?![-‐‑]))${END}${NOT_OF_TIME}`,
  // "3/4 of voters", "a 2/3 majority"; a lone "3/4" may be a date, so the share must be named.
  String.raw`[1-9]\/(?:[2-9]|1[0-2]|16|32|100)(?![\d\/]|[.,]\d)` +
    `(?=${W}(?:of|majority|supermajority)${END})${NOT_OF_TIME}`,
  // "¼ of voters", "a ⅔ majority": the same with a fraction character.
  `(?<![\\d${FRACTION_CHARS.slice(1, -1)}])${FRACTION_CHARS}(?=${W}(?:of|majority|supermajority)${END})${NOT_OF_TIME}`,
  // "half of the voters", "half the country"; not "the first half of the year" (a period).
  `(?<!${words('first', 'second', 'other', 'better')}${W})${words('half')}(?=${W}(?:of|the|all|its|their|our|his|her)${END})${NOT_OF_TIME}`,
].join('|');

/** Multipliers: "fivefold", "a 10-fold rise", "three times as many", "twice as likely". */
const FACTOR = [
  `${capAlt(Object.keys(FOLD_WORDS))}${END}`,
  // "double the rate", "triple its size": a factor before what it multiplies (the determiner is
  // checked in interpret.ts: written here, its words made the family tried at every "the").
  `${words('double', 'triple', 'quadruple')}(?=${W}[a-z])`,
  String.raw`\d{1,4}(?:\.\d{1,2})?[-‐‑]?fold${END}`,
  // "rose 2.5x", "a 10x return".
  String.raw`\d{1,4}(?:\.\d{1,2})?[x×]${END}`,
  `(?:(?:\\d{1,3}(?:\\.\\d{1,2})?|${BASE_WORD})${W}times|${words('twice')})${W}(?:as${W}(?:many|much|large|high|big|likely|long|fast)|more|higher|larger|bigger|greater|faster|lower|smaller|fewer|less)${END}`,
  // "half as many", "half as likely": a factor of a half.
  `${words('half')}${W}as${W}(?:many|much|large|high|big|likely|long|fast)${END}`,
].join('|');

/** Temperatures in digits: "30°C", "-5 °F", "86 degrees Fahrenheit". */
/** The scale of a temperature in words, in either case and with the common misspellings. */
const TEMPERATURE_SCALE = capAlt(['celsius', 'celcius', 'centigrade', 'fahrenheit', 'farenheit']);
/**
 * "30°C", "-5 °F", "86 degrees Fahrenheit", "98.6 degrees F", "minus 40 Celsius", and the
 * British "35C" glued to its number (interpret.ts drops implausible ones: "Room 12C").
 */
const TEMPERATURE = `${NEGATIVE}${NUMERAL}(?:\\s?°\\s?[CF]|(?<=\\d)[CF]|${W}(?:degrees?|deg\\.?)${W}(?:${TEMPERATURE_SCALE}|[CFcf])|${W}${TEMPERATURE_SCALE})${END}`;

/**
 * A fraction in digits, alone or after a whole number: "1/4", "10 1/2". Only before a unit
 * ("a 1/4 mile", "2 1/2 years"): a lone "3/4" may be a date, and "3/4 of" is a proportion.
 */
const SLASH_FRACTION = String.raw`(?:\d{1,3}\s{1,2})?[1-9]\/(?:[2-9]|1[0-6]|32|64)(?![\d\/]|[.,]\d)`;
/** Amounts of time in words: "a year", "a few days", "a couple of weeks", "half an hour". */
const DURATION_WORDS = `(?:${words('a', 'an')}(?=${W}${TIME_UNIT_SINGULAR})|${w('a few')}|several|${w('a couple of')}|${words('half')}${W}an?)`;
const DURATION_AMOUNT = `(?:${AMOUNT_CORE}${OR_MORE}|${SLASH_FRACTION}|${DURATION_WORDS})`;
const DURATION_PART = `${DURATION_AMOUNT}(?:${W}|[-‐‑])${TIME_UNIT}${AND_A_HALF}`;
/** "the past year", "the next five years": a period, never qualified ("over the past year"). */
const PERIOD = `${words('the')}${W}${alt(['past', 'last', 'next', 'coming', 'previous', 'following'])}${W}(?:(?:${AMOUNT_CORE}|${DURATION_WORDS})${W})?${TIME_UNIT}`;

/**
 * Parts of one duration: "one hour and forty minutes", "2 hours 30 minutes". A part
 * opened by "a" with nothing joining it is a rate, not more time: "60 hours a week".
 */
const DURATION_JOINED = `(?:(?:,|${W}and|,${W}and)${W}${DURATION_PART}|${W}(?!an?${W})${DURATION_PART})`;
const DURATION = [
  `${DURATION_PART}${DURATION_JOINED}{0,3}`,
  `${words('just', 'only', 'mere', 'several', 'many', 'countless')}${W}${TIME_UNIT_PLURAL}`,
  `${w('a few')}${W}${TIME_UNIT_PLURAL}`,
  `${TIME_UNIT_PLURAL}(?<=${wordBefore(['for', 'within', 'lasted', 'lasting', 'took', 'spanning', 'spans'], '[a-z]{4,9}')})`,
].join('|');

/**
 * Ordinals in words from "fourth" on, lower case only: "the fifth time", "the world's
 * twenty-third largest"; "first" to "third" are discourse as often as ranks ("First, …"),
 * and a capital makes a name ("Fifth Avenue", "Fourth Amendment").
 */
const UNIT_ORDINALS = ORDINALS.slice(0, 9);
const TENS_ORDINAL = `(?:${alt(Object.keys(TENS_WORDS).filter((t) => t !== 'fourty'))}[-‐‑]${alt(UNIT_ORDINALS)})`;
export const RANK_WORDS = Object.keys(ORDINAL_VALUES).filter(
  (o) => !['first', 'second', 'third'].includes(o),
);
/** What an ordinal ranks by when a superlative follows it: "the third-largest", "the 5th most populous". */
const SUPERLATIVE = `(?:(?:[-‐‑]|${W})(?:${alt(SUPERLATIVES)}|${alt(['most', 'least'])}${W}(?!of${END})[a-z]{4,15}))`;
const RANK = [
  `(?:${TENS_ORDINAL}|${alt(RANK_WORDS)})${SUPERLATIVE}?${END}`,
  // "second" and "third" rank only before a superlative: "the second-largest economy" (not "Second, …").
  `${words('second', 'third')}${SUPERLATIVE}${END}`,
  // "the top 10", "a top-five finish"; "the top 1%" is a percentage.
  `${words('top')}(?:[-‐‑]|${W})(?:\\d{1,3}(?![\\d${L}_]|[.,]\\d)|${BASE_WORD})(?!\\s?%|${W}(?:percent|per${W}cent|pc|${TIME_UNIT})${END}|[-‐‑]percent)`,
  String.raw`#\d{1,3}(?![${LN}_])`,
  `${words('No')}\\.${W}?\\d{1,3}${END}`,
  `${words('number')}${W}${words('one')}${END}`,
  `\\d{1,4}(?:st|nd|rd|th)${SUPERLATIVE}?${END}`,
].join('|');

/** "scores of people"; without "of", "scores" are marks ("test scores"). */
const VAGUE_COUNT = `(?:${phraseAlt(['tens of', 'hundreds of'])}${W})?(?:${capAlt(Object.keys(VAGUE_COUNTS).filter((v) => v !== 'scores'))}|[sS]cores(?=${W}of${END}))${END}`;

/**
 * A number glued to the noun it counts, as a compound adjective before another
 * noun: "a 10-point lead", "a 12-member panel", "a 4.5-point margin". Scales,
 * percentages and time units have families of their own ("a 3-billion deal", "a 5-year plan").
 */
const COMPOUND_COUNT = `[-‐‑](?!${SCALE}${END}|per)[a-z]{3,12}(?=${W}[a-z])`;
/** Unit words may be hyphenated or spaced inside ("kilowatt-hours", "square miles") and after the number ("a 10-mile stretch"). */
const WORD_GAP = `(?:${W}|[-‐‑])`;
const MEASURE_SYMBOL = alt(Object.keys(UNIT_SYMBOLS)).replace(/ /g, W);
const MEASURE_WORD = capAlt(Object.keys(UNIT_WORD_FORMS)).replace(/ /g, WORD_GAP);
/** 6'2", 5′11″, 6' 2'': the inches of a height written with prime marks (the inch mark may be typed as two). */
export const FEET_PRIME = `['’′]\\s?(?:1[01]|\\d)(?:["”″]|'')`;
/**
 * The unit after a measurement's amount: "450 miles", "5km", "40 tonnes", "500 MW", "a 10-mile stretch",
 * and heights, "6 ft 2 in", "a 6-foot-2 forward", 6'2" (first: "6 ft" alone would end the match).
 * A glued "m" is metres ("a 100m sprint") unless a plural noun follows ("4.5m people": millions).
 * "[i]n": written so that lead-words.ts does not take the inch for the word "in" that starts
 * other figures ("in excess of"), which would make every "in" try this family.
 */
const MEASURE_UNIT = `(?:(?<=\\d)(?:${W}(?:ft|feet)${W}(?:1[01]|\\d)${W}[i]n(?:ch(?:es)?)?|[-‐‑]foot[-‐‑](?:1[01]|\\d)|${FEET_PRIME})|\\s?${MEASURE_SYMBOL}|(?<=\\d)${alt(Object.keys(GLUED_UNIT_SYMBOLS))}(?!${W}${PLURAL_NOUN})|${WORD_GAP}${MEASURE_WORD})${END}`;

/**
 * A number not glued to letters, a measurement, or the count in "a 10,000-strong crowd"
 * or "a 10-point lead". A fraction in digits only before a unit (the lookbehind), which
 * keeps MEASURE_UNIT written once: a second copy cost ~0.5 ms per 100,000 words. Measurements are numbers with a unit rather than a family of their
 * own: one more family to try at every digit cost more than this alternative after an amount.
 */
/** "six figures", "a seven-figure salary": an amount by its number of digits. */
const FIGURES = `${words('three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten')}(?:[-‐‑]figure|${W}figures)${END}`;
const NUMBER = `(?:${SLASH_FRACTION}|${AMOUNT}${OR_MORE})(?:${MEASURE_UNIT}|(?<!\\/\\d{1,2})(?:[-‐‑]strong${END}|(?<=\\d)${COMPOUND_COUNT}|(?![${LN}_]|[-‐‑][${L}]|\\/\\d)))`;

/**
 * The figure shapes, each its own sticky regex (small enough for V8 to compile
 * to native code; one combined regex was too big and ran interpreted, ~50× slower).
 * At equal start the longest match wins, then the earlier family.
 */
export const FAMILIES = {
  idiom: IDIOM,
  // Before the ranges: "at ten to six" is a time, not a range of ten to six.
  clock: CLOCK_PHRASE,
  change: CHANGE,
  range: `${QUALIFIER}?(?:${RANGE})`,
  date: DATE,
  numericDate: NUMERIC_DATE,
  quarter: QUARTER,
  monthSpan: MONTH_SPAN,
  shortYear: SHORT_YEAR,
  period: PERIOD,
  age: AGE,
  rank: RANK,
  money: `${QUALIFIER}?(?:${MONEY})`,
  percent: `${QUALIFIER}?(?:${PERCENT})`,
  proportion: `${QUALIFIER}?(?:${PROPORTION})`,
  factor: FACTOR,
  temperature: TEMPERATURE,
  duration: `${QUALIFIER}?(?:${DURATION})`,
  vague: `${QUALIFIER}?(?:${VAGUE_COUNT})`,
  number: `${QUALIFIER}?(?:${FIGURES}|${NUMBER})`,
  /** "Matthew 24:12", "a 3:1 ratio": consumed so their digits are not read as numbers; never reported. */
  colon: String.raw`\d{1,3}:\d{1,3}(?:[-–]\d{1,3})?(?!\d)`,
} as const;

export type Family = keyof typeof FAMILIES;

export function familyPatterns(): [Family, RegExp][] {
  return Object.entries(FAMILIES).map(([name, source]) => [
    name as Family,
    new RegExp(`${START}(?:${source})`, 'y'),
  ]);
}
