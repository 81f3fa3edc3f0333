/**
 * Reads the numeric value of an amount written in digits, words or both:
 * "1,000,000", "1 000", "-3.5", "2½", "forty", "one hundred and twenty",
 * "3 million", "3bn", "a dozen", "two and a half".
 */
import {
  FRACTION_WORDS,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_COUNTS,
  VULGAR_FRACTIONS,
} from './lexicon';

const NUMERAL = /([-−–])?(\d[\d,\u00A0\u202F\u2009\u2007 ]{0,24}(?:\.\d{1,8})?)?([½¼¾⅓⅔⅛])?/y;
const WORD = /[A-Za-z]+/g;
const AND_A_HALF = new RegExp(`(?:\\b(${Object.keys(SCALE_WORDS).join('|')})\\s+)?and\\s+a\\s+half\\b`, 'i');
const HALF_THEN_SCALE = new RegExp(`\\s+and\\s+a\\s+half\\s+(${Object.keys(SCALE_WORDS).join('|')})\\b`, 'i');

/** "1/4", "10 1/2": a fraction in digits, after an optional whole number (grammar.ts SLASH_FRACTION). */
const SLASHED = /^(?:(\d{1,3})\s{1,2})?(\d{1,2})\/(\d{1,2})(?![\d/])/;
/** "minus 5", "negative 0.3", "minus five": the word of a sign before an amount. */
const MINUS_AT_START = /^\s*(?:minus|negative)\s+/i;

/** Value of the first amount in `text`, or undefined when there is none. */
export function parseAmount(text: string): number | undefined {
  // Most amounts have no half: one substring test spares them both regexes below.
  const halves = text.includes('half');
  // "two and a half million": the half is added before the scale multiplies.
  const half = halves ? HALF_THEN_SCALE.exec(text) : null;
  if (half) {
    const amount = parseAmount(text.slice(0, half.index));
    return amount === undefined ? undefined : (amount + 0.5) * SCALE_WORDS[half[1]!.toLowerCase()]!;
  }
  const slashed = text.includes('/') ? SLASHED.exec(text) : null;
  if (slashed) {
    const fraction = Number(slashed[2]) / Number(slashed[3]);
    return (slashed[1] ? Number(slashed[1]) : 0) + fraction;
  }
  const minusWord = MINUS_AT_START.exec(text);
  if (minusWord) {
    const rest = parseAmount(text.slice(minusWord[0].length));
    return rest === undefined ? undefined : -rest;
  }
  const digitAt = text.search(/[\d½¼¾⅓⅔⅛]/);
  const base = digitAt >= 0 ? parseNumeral(text, digitAt) : parseWords(text);
  if (base === undefined) return undefined;
  const rest = digitAt >= 0 ? text.slice(digitAt) : text;
  let value = base.value * (digitAt >= 0 ? scaleAfter(rest.slice(base.length)) : 1);
  // "a million and a half" is one and a half million.
  const andAHalf = halves ? AND_A_HALF.exec(rest) : null;
  if (andAHalf) value += 0.5 * (andAHalf[1] ? SCALE_WORDS[andAHalf[1].toLowerCase()]! : 1);
  return value;
}

/** "1.000.000": thousands grouped with points, as much of Europe writes them (two groups at least: "1.000" is ambiguous). */
const POINT_GROUPED = /\d{1,3}(?:\.\d{3}){2,4}(?![\d.,])/y;

function parseNumeral(text: string, at: number): { value: number; length: number } | undefined {
  POINT_GROUPED.lastIndex = at;
  const grouped = POINT_GROUPED.exec(text);
  if (grouped) return { value: Number(grouped[0].replace(/\./g, '')), length: grouped[0].length };
  // Include a sign directly before the digits.
  const from =
    at > 0 && /[-−–]/.test(text[at - 1]!) && (at === 1 || /\s|\(/.test(text[at - 2]!)) ? at - 1 : at;
  NUMERAL.lastIndex = from;
  const m = NUMERAL.exec(text);
  if (!m) return undefined;
  const digits = (m[2] ?? '').replace(/[^\d.]/g, '');
  // ".5%": a decimal written without its leading zero (see leadingPoint).
  const point = from === at && startsAfterPoint(text, at) ? /^\d+(?=\s*$)/.exec(m[2] ?? '') : null;
  // A trailing space-separated group belongs to the number only if it has three digits ("1 000").
  let value = point ? Number(`0.${point[0]}`) : digits ? Number(trimGroups(m[2]!)) : 0;
  if (m[3]) value += VULGAR_FRACTIONS[m[3]]!;
  if (m[1]) value = -value;
  return Number.isFinite(value) ? { value, length: m.index + m[0].length - at } : undefined;
}

/**
 * Whether the digits at `at` follow a decimal point that starts the number: ".5%", "(.25)", not
 * "2019.5" nor the end of a sentence glued to a number ("left.5").
 */
export function startsAfterPoint(text: string, at: number): boolean {
  return at > 0 && text[at - 1] === '.' && (at === 1 || /[\s(~<>±≈]/.test(text[at - 2]!));
}

/** Drops trailing spaces/commas and any space group that is not exactly three digits. */
function trimGroups(raw: string): string {
  const parts = raw
    .trim()
    .replace(/,$/, '')
    .split(/[\u00A0\u202F\u2009\u2007 ]/);
  let out = parts[0]!;
  for (const p of parts.slice(1)) {
    if (!/^\d{3}(?:\.\d+)?$/.test(p)) break;
    out += p;
  }
  return out.replace(/,/g, '');
}

function scaleAfter(rest: string): number {
  // A hyphen too: "a 3-billion-dollar deal".
  const m = /^(?:\s{1,3}|[-‐‑])?([A-Za-z]+(?:\s{1,3}crore\b)?)/.exec(rest);
  if (!m) return 1;
  // "lakh crore" is one scale; "million crore" is not, and reads as "million".
  const words = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const word = SCALE_WORDS[words] !== undefined ? words : words.split(' ')[0]!;
  return SCALE_WORDS[word] ?? SCALE_ABBREVIATIONS[word] ?? 1;
}

/** "one hundred and twenty-five thousand" → 125000; "a million" → 1e6; "dozens" → 24. */
export function parseWords(text: string): { value: number; length: number } | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let end = 0;
  // "half a million", "three quarters of a billion": a leading fraction scales whatever follows.
  let factor = 1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    const unit = UNIT_WORDS[word] ?? TENS_WORDS[word];
    if (unit !== undefined) {
      current += unit;
    } else if (SCALE_WORDS[word] !== undefined) {
      const scale = SCALE_WORDS[word]!;
      if (current === 0) current = 1;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else if (VAGUE_COUNTS[word] !== undefined) {
      current = (current || 1) * VAGUE_COUNTS[word]!;
    } else if (word === 'tens') {
      current = 10;
    } else if (FRACTION_WORDS[word] !== undefined && total === 0 && current < 10) {
      factor = (current || 1) * FRACTION_WORDS[word]!;
      current = 0;
      seen = false;
      continue;
    } else if (word === 'a' || word === 'an' || word === 'and' || word === 'of') {
      if (seen && (word === 'a' || word === 'an')) break;
      continue;
    } else if (seen) break;
    else continue;
    seen = true;
    end = m.index + m[0].length;
  }
  return seen ? { value: (total + current) * factor, length: end } : undefined;
}

/** A percentage's sign or word, including the British "5pc" and "3pct". */
export const PERCENT_MARK =
  /%|percent|per[\s‐‑-]+cent|\dpct?\b|\bpct\b|basis[\s‐‑-]+points?|\dbps?\b|\sbps?\b/i;
