/**
 * Measurements: a number with a unit of length, weight, area, volume, speed,
 * energy or power (grammar.ts MEASURE_UNIT), its value in the dimension's
 * base unit and, for imperial units, in metric.
 */

import type { Interpretation } from './dates';
import { formatNumber, roundValue, tidy } from './format';
import { FEET_PRIME, PLURAL_NOUN } from './grammar';
import { parseAmount } from './numbers';
import { qualified, splitQualifier } from './qualifiers';
import { escapeRegex } from './regex-kit';
import type { RawFigure } from './scan';
import {
  BASE_UNIT,
  type Dimension,
  GLUED_UNIT_SYMBOLS,
  inMetric,
  UNIT_PLURALS,
  UNIT_SYMBOLS,
  UNIT_WORD_FORMS,
  type Unit,
  unitOf,
} from './units';

/**
 * The amount and the unit of a measurement's text ("2 million barrels" → "2
 * million", "barrels"; "5km" → "5", "km"): the longest unit of one to three
 * words at its end. Read by code rather than one regex of every unit, which
 * cost a few microseconds per figure.
 */
function splitUnit(s: string): [amount: string, written: string, unit: Unit] | undefined {
  let end = s.length;
  let best: [string, string, Unit] | undefined;
  for (let words = 0; words < 3 && end > 0; words++) {
    // Back over one word (letters, "²", "/") and the separator before it.
    let i = end;
    while (i > 0 && isUnitChar(s.charCodeAt(i - 1))) i--;
    if (i === end) break;
    const written = s.slice(i);
    const unit = unitOf(written);
    if (unit) best = [s.slice(0, i).replace(/[\s‐‑-]+$/, ''), written, unit];
    end = i;
    while (end > 0 && isSeparator(s.charCodeAt(end - 1))) end--;
  }
  return best;
}
/** Letters, "²" and the "/" of "km/h". */
const isUnitChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0xb2 || c === 47;
const isSeparator = (c: number) =>
  c === 32 || c === 45 || c === 0xa0 || c === 0x2010 || c === 0x2011 || c === 9 || c === 10;

/** The last word of every unit ("km", "miles", "hour" of "miles per hour", "m²"), and of heights ("6 ft 2 in"). */
const UNIT_LAST_WORDS = new Set(
  [...Object.keys(UNIT_SYMBOLS), ...Object.keys(GLUED_UNIT_SYMBOLS), ...Object.keys(UNIT_WORD_FORMS)]
    .map((u) => u.split(/[ /]/).at(-1)!.toLowerCase())
    .concat('in'),
);
/** The last characters of those words, lower-cased ASCII by `| 32` ("W" of "MW" as "w"). */
const UNIT_LAST_CODES = new Set([...UNIT_LAST_WORDS].map((w) => w.charCodeAt(w.length - 1) | 32));
/** Whether `s` ends with the last word of a unit ("5km", "2 million barrels") or is a height ("a 6-foot-2"). */
export function endsWithUnit(s: string): boolean {
  // A height in prime marks (6'2", 5′11″) ends in a mark, not in a unit's letters.
  if (INCH_MARK_END.test(s)) return true;
  let i = s.length;
  while (i > 0 && s.charCodeAt(i - 1) > 57) i--;
  // Most figures end in a digit; of those only "a 6-foot-2" has a unit.
  if (i === s.length) return s.length > 7 && s.includes('foot');
  // Most number words ("two", "million") end in a letter no unit ends in: no slice needed.
  if (!UNIT_LAST_CODES.has(s.charCodeAt(s.length - 1) | 32)) return false;
  const last = s.slice(i);
  return UNIT_LAST_WORDS.has(last) || UNIT_LAST_WORDS.has(last.toLowerCase());
}
const INCH_MARK_END = new RegExp(`\\d${FEET_PRIME}$`);
const PLURAL_NOUN_AFTER = new RegExp(`^\\s{1,3}${PLURAL_NOUN}`);
const FEET_AND_INCHES = /^(\d{1,2})(?:[\s‐‑-]+(?:ft|feet|foot)[\s‐‑-]+|['’′]\s?)(\d{1,2})/i;
const INCH = 0.0254;

/** "450 miles", "5km", "40 tonnes", "500 MW", "6 ft 2 in": the value in the dimension's base unit. */
export function interpretMeasure(raw: RawFigure, text: string): Interpretation | null {
  const { qualifier, rest } = splitQualifier(raw.text);
  const written = tidy(raw.text);
  const height = FEET_AND_INCHES.exec(rest);
  if (height)
    return measurement(
      written,
      'length',
      (Number(height[1]) * 12 + Number(height[2])) * INCH,
      false,
      qualifier,
    );
  const parts = splitUnit(rest);
  if (!parts) return null;
  const [amount, unitText, unit] = parts;
  // "4.5m people" are millions (grammar.ts LETTER_SCALE); "a 100m sprint" is metres.
  if (unit === GLUED_UNIT_SYMBOLS.m && PLURAL_NOUN_AFTER.test(text.slice(raw.end, raw.end + 30))) return null;
  const n = parseAmount(amount);
  if (n === undefined) return null;
  // "a 10-mile stretch" is a stretch of 10 miles.
  const singular = unitText.toLowerCase();
  const compound = /\d[-‐‑]/.test(rest) && UNIT_PLURALS[singular];
  const shown = compound ? qualified(qualifier, `${amount} ${n === 1 ? singular : compound}`) : written;
  return measurement(shown, unit.dimension, n * unit.size, unit.metric, qualifier);
}

/**
 * "weighs 150 pounds", "weighing 20 pounds": after a weighing verb, pounds are weight, not money;
 * so after a height, the way a person or an athlete is described ("6'2" and 240 pounds", "6-foot-5, 250 pounds").
 */
const WEIGHED_BEFORE = new RegExp(
  String.raw`(?:\bweigh(?:s|ed|ing)?\s+(?:(?:about|around|nearly|almost|over|under|more than|less than|roughly|some|just|only)\s+)?|(?:\d${FEET_PRIME}|\d\s?(?:ft|feet)\s\d{1,2}(?:\s?(?:in|inches))?|\d-foot(?:-\d{1,2})?)(?:,|\s(?:and|at))\s)$`,
  'i',
);
const POUND = 0.45359237;

/** A "pounds" amount read as weight when a weighing verb comes before it; null when it is money. */
export function weighedPounds(raw: RawFigure, text: string): Interpretation | null {
  if (!/pounds?$/i.test(raw.text) || !WEIGHED_BEFORE.test(text.slice(Math.max(0, raw.start - 40), raw.start)))
    return null;
  const { qualifier, rest } = splitQualifier(raw.text);
  const n = parseAmount(rest);
  return n === undefined ? null : measurement(tidy(raw.text), 'weight', n * POUND, false, qualifier);
}

/** The unit right after a figure ("between 3 and 5 miles"): its unit and where it ends. */
const UNIT_AFTER = new RegExp(
  `(?:\\s{0,3}(${Object.keys(UNIT_SYMBOLS)
    .sort((a, b) => b.length - a.length)
    .map((u) => escapeRegex(u).replace(/ /g, '\\s{1,3}'))
    .join('|')})|\\s{1,3}(${Object.keys(UNIT_WORD_FORMS)
    .sort((a, b) => b.length - a.length)
    .map((u) => escapeRegex(u).replace(/ /g, '[\\s‐‑-]{1,3}'))
    .join('|')}))(?![\\p{L}\\p{N}_])`,
  'uy',
);
export function unitAfter(text: string, end: number): { unit: Unit; end: number } | undefined {
  UNIT_AFTER.lastIndex = end;
  const m = UNIT_AFTER.exec(text);
  const unit = m && unitOf(m[1] ?? m[2]!);
  return unit ? { unit, end: UNIT_AFTER.lastIndex } : undefined;
}

/** " (about 4.83 to 8.05 km)" for a range of imperial units given in base units; "" for metric ones. */
export function inMetricRange(low: number, high: number, unit: Unit): string {
  if (unit.metric) return '';
  const [shownHigh, name] = inMetric(high, unit.dimension);
  const shownLow = Number(((low * shownHigh) / high).toPrecision(3));
  return ` (about ${formatNumber(shownLow)} to ${formatNumber(shownHigh)} ${name})`;
}

function measurement(
  written: string,
  dimension: Dimension,
  base: number,
  metric: boolean,
  qualifier: string | undefined,
): Interpretation {
  const [shown, name] = inMetric(base, dimension);
  return {
    label: 'measurement',
    value: { number: roundValue(base), unit: BASE_UNIT[dimension] },
    measures: dimension,
    explanation: `A measurement of ${dimension}: ${written}${metric ? '' : ` (about ${formatNumber(shown)} ${name})`}.`,
    score: qualifier ? 0.8 : 0.85,
  };
}
