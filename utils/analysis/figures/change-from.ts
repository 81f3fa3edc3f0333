/**
 * "45 per cent, down from 52 per cent": a change told as the earlier level.
 *
 * The scanner finds "down from 52 per cent" (grammar.ts); the level it came
 * to is the figure just before it, set off by a comma or a dash, sometimes
 * with what it counts in between ("41,400 undocumented immigrants, up from
 * 37,544"). The change is worked out when both are of one kind (two
 * percentages, two sums of one currency, two plain amounts); otherwise the
 * card names the earlier level only.
 */
import type { FigureValue } from '../types';
import { currencyOf } from './currency';
import type { Interpretation } from './dates';
import { formatNumber, roundValue, tidy } from './format';
import { PERCENT_MARK, parseAmount } from './numbers';
import type { RawFigure } from './scan';

interface Level {
  number: number;
  /** 'percent', a currency code, or 'count'. */
  kind: string;
  shown: string;
}

const EARLIER = /^(up|down)\s+from\s+(.+)$/is;

/**
 * The figure ending just before "up from": an amount with its percent sign,
 * scale or currency, up to three words of what it counts, then a comma, a
 * dash or an opening parenthesis.
 */
const LEVEL_BEFORE =
  /((?:[$€£¥₹]\s?)?\d[\d,.]*(?:\s?%|\s+per\s?cent|\s+percent|\s?(?:million|billion|trillion|bn|m)\b)?(?:\s+[A-Za-z][A-Za-z-]*){0,3})\s*(?:,|[-–—]|\()\s*$/;

const YEAR = /^(?:1[89]|20)\d\d\b(?![.,]\d|\s?%|\s+per)/;

function levelOf(text: string): Level | undefined {
  const number = parseAmount(text);
  if (number === undefined) return undefined;
  if (PERCENT_MARK.test(text)) return { number, kind: 'percent', shown: `${formatNumber(number)}%` };
  const currency = currencyOf(text);
  if (!currency) return { number, kind: 'count', shown: formatNumber(number) };
  // A sum shown as written, without what follows it ("$3.2 billion in cash").
  const sum = /^\D*\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m)\b)?/i.exec(tidy(text))?.[0];
  return { number, kind: currency, shown: sum && currencyOf(sum) ? sum : tidy(text) };
}

const signed = (n: number) => `${n < 0 ? '−' : '+'}${formatNumber(Math.abs(n))}`;

/** The reading of "up from …" / "down from …", or undefined when `raw` is another kind of change. */
export function changeFromEarlier(raw: RawFigure, text: string): Interpretation | undefined {
  const m = EARLIER.exec(tidy(raw.text));
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const earlier = levelOf(m[2]!);
  if (!earlier) return undefined;
  const before = LEVEL_BEFORE.exec(text.slice(Math.max(0, raw.start - 80), raw.start));
  // "in 2017 alone, up from 85,000": a year is when, not the level reached.
  const now = before && !YEAR.test(before[1]!) ? levelOf(before[1]!) : undefined;
  if (!now || now.kind !== earlier.kind) {
    return { label: 'change', explanation: `A change: ${word} from ${earlier.shown}.`, score: 0.8 };
  }
  const delta = roundValue(now.number - earlier.number);
  const percent = earlier.kind === 'percent';
  const value: FigureValue = { number: delta, unit: percent ? 'percentage points' : earlier.kind };
  const unit = percent ? ' percentage points' : earlier.kind === 'count' ? '' : ` ${earlier.kind}`;
  return {
    label: 'change',
    value,
    explanation: `A change: ${word} from ${earlier.shown} to ${now.shown}, ${signed(delta)}${unit}.`,
    score: 0.9,
  };
}
