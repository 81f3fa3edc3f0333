/**
 * Turns a matched figure span into a finding: label, normalised value, what
 * it measures, a one-sentence explanation and a score. Returns null for
 * matches that are not figures after all (a lone "one", an idiom).
 */
import type { FigureValue } from '../types';
import { changeFromEarlier } from './change-from';
import { currencyOf } from './currency';
import { clockInWords, type Interpretation, interpretDate } from './dates';
import {
  formatLarge,
  formatMinutes,
  formatNumber,
  plainMinutes,
  roughDuration,
  roundValue,
  tidy,
} from './format';
import {
  CHANGE_NOUNS,
  CHANGE_WORDS,
  DECADE_PARTS,
  DECADE_WORDS,
  DESIGNATORS,
  DURATION_MINUTES,
  FOLD_WORDS,
  FRACTION_WORDS,
  MEASURE_STOPWORDS,
  MONTHS,
  ORDINAL_VALUES,
  TENS_WORDS,
  VAGUE_COUNTS,
  VULGAR_FRACTIONS,
  WEEKDAYS,
} from './lexicon';
import { endsWithUnit, inMetricRange, interpretMeasure, unitAfter, weighedPounds } from './measurement';
import { countedNoun, isPluralNoun, measureAfter } from './measures';
import { capitalisedWordBefore, isDesignator, isUpperAscii, nameBefore, STREET_AFTER } from './names';
import { PERCENT_MARK, parseAmount } from './numbers';
import { qualified, splitQualifier } from './qualifiers';
import type { RawFigure } from './scan';
import { BASE_UNIT } from './units';

export type { Interpretation } from './dates';

export function interpret(raw: RawFigure, text: string): Interpretation | null {
  switch (raw.family) {
    case 'idiom':
      return null;
    case 'colon':
      return interpretColonRatio(raw, text);
    case 'date':
      return SHORT_DECADE.test(raw.text) ? interpretShortDecade(raw, text) : interpretDate(raw);
    case 'clock':
      return clockInWords(raw);
    case 'numericDate':
    case 'quarter':
    case 'monthSpan':
    case 'shortYear':
    case 'period':
      return interpretDate(raw);
    case 'money':
      return interpretMoney(raw, text);
    case 'percent':
      return interpretPercent(raw, text);
    case 'proportion':
      return interpretProportion(raw, text);
    case 'factor':
      return interpretFactor(raw, text);
    case 'temperature':
      return interpretTemperature(raw, text);
    case 'duration':
      return interpretDuration(raw, text);
    case 'range':
      return interpretRange(raw, text);
    case 'change':
      return interpretChange(raw, text);
    case 'rank':
      return interpretRank(raw, text);
    case 'age':
      return interpretAge(raw, text);
    case 'vague':
      return interpretVagueCount(raw, text);
    case 'number':
      return interpretNumber(raw, text);
  }
}

// ---- decades written short ------------------------------------------------------

/** "the 80s", "the mid-90s", "the low 40s": two digits and an s, after "the". */
const SHORT_DECADE = /^the\s{1,3}(?:(early|late|mid|low|high|upper|lower)[-‐‑\s]{1,3})?([1-9])0s$/i;
/** Words of the weather before "in the 90s", in the same sentence. */
const WEATHER_BEFORE =
  /\b(?:temperatures?|degrees|highs?|lows?|heat(?:wave)?|hot|cold|weather|forecast|thermometers?|mercury)\b[^.!?]{0,80}$/i;
/** The part of a run of ten that "low", "upper" … mean: those of decades ("early", "late") for numbers. */
const PART_OF_TEN: Record<string, [number, number]> = {
  low: [0, 3],
  lower: [0, 3],
  high: [7, 9],
  upper: [7, 9],
};

/**
 * "the 80s" is a decade (the 1980s), unless the sentence is about the weather ("highs in the
 * 90s": temperatures); "the low 40s" and "the upper 30s" are ranges of numbers, never decades.
 * "in his 80s" is an age (the age family).
 */
function interpretShortDecade(raw: RawFigure, text: string): Interpretation {
  const m = SHORT_DECADE.exec(raw.text)!;
  const part = m[1]?.toLowerCase();
  const tens = Number(m[2]) * 10;
  const weather = WEATHER_BEFORE.test(text.slice(Math.max(0, raw.start - 100), raw.start));
  if (!weather && (part === undefined || DECADE_PARTS[part])) {
    return interpretDate(raw);
  }
  const [from, to] = PART_OF_TEN[part ?? ''] ?? DECADE_PARTS[part ?? ''] ?? [0, 9];
  const low = tens + from;
  const high = tens + to;
  const written = tidy(raw.text);
  const about = part ? 'about ' : '';
  if (weather) {
    // Celsius has no weather in the 50s and above; below, the scale is not given.
    const fahrenheit = tens >= 50;
    return {
      label: 'temperature',
      value: { low, high, unit: fahrenheit ? '°F' : 'degrees' },
      explanation: `A temperature range: ${written}, ${about}${low} to ${high} degrees${fahrenheit ? ' Fahrenheit' : ' (the scale is not given)'}.`,
      score: 0.7,
    };
  }
  return {
    label: 'range',
    value: { low, high },
    explanation: `A range of numbers: ${written}, ${about}${low} to ${high}.`,
    score: 0.6,
  };
}

// ---- money ------------------------------------------------------------------

/** The cents or pence after a sum in whole units: "13 dollars and 45 cents", "3 pounds 50 pence". */
const CENTS_AFTER = /,?\s+(?:and\s+)?(\d{1,2}|[a-z]+(?:[-\s][a-z]+)?)\s+(?:cents?|pence)$/i;

/** Pence glued to the digits: "99p". */
const GLUED_PENCE = /\dp$/;
/** A block that speaks of euros and not dollars has euro cents. */
const EUROS = /€|\beuros?\b/i;
const DOLLARS = /\$|\bdollars?\b/i;

/**
 * The currency of an amount in cents or pence ("5 cents", "99p", "20 pence"), or undefined
 * for whole units. Cents are dollars' unless the block speaks of euros and not of dollars;
 * `assumed` when nothing in the block says which.
 */
function subunit(
  unit: string,
  rest: string,
  text: string,
): { currency: string; assumed: boolean } | undefined {
  if (unit === 'pence' || (unit === 'money' && GLUED_PENCE.test(rest)))
    return { currency: 'GBP', assumed: false };
  if (unit !== 'cent') return undefined;
  if (DOLLARS.test(text)) return { currency: 'USD', assumed: false };
  return EUROS.test(text) ? { currency: 'EUR', assumed: false } : { currency: 'USD', assumed: true };
}

const ON_THE_DOLLAR = /^\s{1,3}on\s{1,3}the\s{1,3}(?:dollar|pound|euro)\b/i;
const PRICE_BASE = /^((?:19|20)\d\d)\s+(?:dollars|euros|pounds)$/i;
const PRICE_BASE_BEFORE = /\b(?:in|constant|real|today['’]s)\s+$/i;

function interpretMoney(raw: RawFigure, text: string): Interpretation {
  const weighed = weighedPounds(raw, text);
  if (weighed) return weighed;
  const { rest } = splitQualifier(raw.text);
  // "in 2024 dollars", "in constant 2015 euros": the year whose prices amounts are given in.
  const base = PRICE_BASE.exec(rest);
  if (base && PRICE_BASE_BEFORE.test(text.slice(Math.max(0, raw.start - 16), raw.start))) {
    return {
      label: 'date',
      value: { iso: base[1]! },
      explanation: `A price base: amounts in ${tidy(rest)} are adjusted for inflation to ${base[1]} prices.`,
      score: 0.7,
    };
  }
  const unit = currencyOf(rest) ?? 'money';
  const vague = VAGUE_COUNTS[rest.split(/\s/)[0]!.toLowerCase()];
  const cents = /(?:cents?|pence)$/.test(rest) ? CENTS_AFTER.exec(rest) : null;
  const whole = vague ?? parseAmount(cents ? rest.slice(0, cents.index) : rest);
  const part = cents ? parseAmount(cents[1]!) : undefined;
  const amount = whole === undefined || part === undefined ? whole : roundValue(whole + part / 100);
  const value: FigureValue = { unit };
  if (amount !== undefined) value.number = amount;
  // "5 cents", "99p", "50 pence": hundredths of a dollar or a pound, given in the whole unit.
  const hundredths = cents ? undefined : subunit(unit, rest, text);
  if (hundredths && amount !== undefined) {
    value.unit = hundredths.currency;
    value.number = roundValue(amount / 100);
  }
  // "20 cents on the dollar": a share of what is owed.
  if (hundredths && amount !== undefined && ON_THE_DOLLAR.test(text.slice(raw.end, raw.end + 20))) {
    return {
      label: 'proportion',
      value: { number: roundValue(amount / 100), unit: 'ratio' },
      explanation: `A proportion: ${tidy(raw.text)} on the ${hundredths.currency === 'GBP' ? 'pound' : 'dollar'} (${formatNumber(amount)}% of the amount).`,
      score: 0.8,
    };
  }
  const measure = measureAfter(text, raw.end);
  const written = tidy(raw.text);
  const normalised = hundredths
    ? `${formatNumber(value.number!)} ${hundredths.currency}${hundredths.assumed ? ', if US cents' : ''}`
    : vague
      ? 'an unspecified large sum'
      : amount === undefined
        ? ''
        : `${formatNumber(amount)} ${unit}`;
  const shown = normalised && normalised !== written ? `${written} (${normalised})` : written;
  return {
    label: 'money',
    value,
    measures: measure?.viaOf ? measure.measures : undefined,
    explanation: `An amount of money: ${shown}${measure?.viaOf ? `, for ${measure.measures}` : ''}.`,
    score: vague ? 0.6 : 0.95,
  };
}

// ---- percentages --------------------------------------------------------------

function interpretPercent(raw: RawFigure, text: string): Interpretation {
  const { qualifier, rest } = splitQualifier(raw.text);
  const amount = parseAmount(rest) ?? 0;
  const measure = measureAfter(text, raw.end);
  const measuring = measure ? `, measuring ${measure.measures}` : '';
  const ofPercent = FRACTION_OF_PERCENT.exec(rest);
  if (ofPercent) {
    const numerator = ofPercent[1] && !/^an?$/i.test(ofPercent[1]) ? (parseAmount(ofPercent[1]) ?? 1) : 1;
    const share = roundValue(numerator * FRACTION_WORDS[ofPercent[2]!.toLowerCase()]!);
    const points = /point$/i.test(rest);
    return {
      label: 'percent',
      value: points
        ? { number: share, unit: 'percentage points' }
        : { number: roundValue(share / 100), unit: 'ratio' },
      explanation: `A percentage: ${qualified(qualifier, tidy(rest))}, that is ${points ? `${formatNumber(share)} percentage points` : `${formatNumber(share)}% (${formatNumber(roundValue(share / 100))})`}.`,
      score: 0.9,
    };
  }
  const fraction = FRACTION_OF_POINT.exec(rest);
  if (fraction) return fractionOfPoint(raw, qualifier, fraction);
  if (BASIS_POINTS.test(rest)) {
    const points = roundValue(amount / 100);
    return {
      label: 'percent',
      value: { number: points, unit: 'percentage points' },
      measures: measure?.measures,
      // "raised rates by 25 basis points": a change of a rate, its direction in the verb.
      explanation: `${BY_BEFORE.test(text.slice(Math.max(0, raw.start - 4), raw.start)) ? 'A change of a rate' : 'A difference between rates'}: ${qualified(qualifier, tidy(rest))}, that is ${formatNumber(points)} percentage points (a basis point is a hundredth of one)${measuring}.`,
      score: 0.95,
    };
  }
  const points = /points?\s*$/i.test(rest);
  const value: FigureValue = points
    ? { number: amount, unit: 'percentage points' }
    : { number: roundValue(amount / 100), unit: 'ratio' };
  const shown = points
    ? `${formatNumber(amount)} percentage points`
    : `${formatNumber(amount)}% (${formatNumber(value.number!)})`;
  return {
    label: 'percent',
    value,
    measures: measure?.measures,
    explanation: `A percentage: ${qualified(qualifier, shown)}${measuring}.`,
    score: 0.95,
  };
}

const BY_BEFORE = /\bby\s{1,2}$/;
/** "three-tenths of a percent", "half a percentage point": numerator, fraction word, percent or point. */
const FRACTION_OF_PERCENT =
  /^(?:([a-z]+)[-‐‑\s]+)?(half|[a-z]+ths?|thirds?|quarters?)\s+(?:of\s+)?an?\s+(?:percent|per\s+cent|percentage\s+point)$/i;
/** "quarter-point cut", "half point": a fraction of a percentage point, and the change noun after it. */
const FRACTION_OF_POINT =
  /^(quarter|half|three-quarter)[-‐‑\s]+(?:percentage[-‐‑\s]+)?points?(?:\s+([a-z]+))?$/i;
const POINT_FRACTIONS: Record<string, number> = { quarter: 0.25, half: 0.5, 'three-quarter': 0.75 };

/** "a quarter-point cut" (a change of -0.25 percentage points), "by a half point" (0.5). */
function fractionOfPoint(raw: RawFigure, qualifier: string | undefined, m: RegExpExecArray): Interpretation {
  const points = POINT_FRACTIONS[m[1]!.toLowerCase()]!;
  const noun = m[2]?.toLowerCase();
  const direction = noun ? (CHANGE_NOUNS[noun] ?? 1) : 1;
  const written = tidy(raw.text);
  return {
    label: noun ? 'change' : 'percent',
    value: { number: direction * points, unit: 'percentage points' },
    explanation: noun
      ? `A change: ${direction > 0 ? 'up' : 'down'} ${formatNumber(points)} percentage points (${written}).`
      : `A change of a rate: ${qualified(qualifier, written)}, that is ${formatNumber(points)} percentage points.`,
    score: 0.9,
  };
}
/** "25 basis points", "50bp", "a 75-basis-point hike": hundredths of a percentage point. */
const BASIS_POINTS = /basis[\s‐‑-]+points?|\dbps?\b|\sbps?\b/i;

// ---- proportions and factors ----------------------------------------------------

/** "1 in 5", "nine out of ten", "two-thirds", "a quarter", "half": a share of a whole, as a ratio. */
function interpretProportion(raw: RawFigure, text: string): Interpretation | null {
  const { qualifier, rest } = splitQualifier(raw.text);
  const t = tidy(rest);
  const ratio = /^(.+?)\s+(?:in|out\s+of|per|of(?:\s+the)?)\s+(.+)$/i.exec(t);
  const slashed = /^(\d+)\/(\d+)$/.exec(t);
  let share: number | undefined;
  if (VULGAR_FRACTIONS[t] !== undefined) {
    share = VULGAR_FRACTIONS[t]; // "¼ of voters"
  } else if (slashed) {
    share = Number(slashed[1]) / Number(slashed[2]);
  } else if (ratio) {
    const part = parseAmount(ratio[1]!);
    const whole = parseAmount(ratio[2]!);
    if (part !== undefined && whole) share = part / whole;
  } else {
    const [first, second] = t.toLowerCase().split(/[-‐‑\s]+/);
    const denominator = FRACTION_WORDS[second ?? first!];
    const numerator = second === undefined || first === 'a' || first === 'an' ? 1 : parseAmount(first!);
    if (denominator !== undefined && numerator !== undefined) share = numerator * denominator;
  }
  // "3 in 2" is not a share of a whole.
  if (share === undefined || share > 1) return null;
  const value: FigureValue = { number: roundValue(share), unit: 'ratio' };
  const after = measureAfter(text, raw.end);
  // "a two-thirds majority" is the size of the majority, not a share of one.
  const majority = after !== undefined && /^(?:super)?majority\b/i.test(after.measures);
  const measure = majority ? undefined : after;
  return {
    label: 'proportion',
    value,
    measures: measure?.measures,
    explanation: `A proportion: ${qualified(qualifier, t)} (${formatNumber(Math.round(share * 1000) / 10)}%)${measure ? `, of ${measure.measures}` : majority ? ', the size of a majority' : ''}.`,
    score: 0.85,
  };
}

const TIMES = /^(.+?)\s+times\b/i;
/** "double the rate", "triple its size". */
const MULTIPLIER_WORDS: Record<string, number> = { double: 2, triple: 3, quadruple: 4 };
const DETERMINER_AFTER = /^\s{1,3}(?:the|its|their|his|her|our|that|what)\b/;

/** "fivefold", "10-fold", "three times as many", "twice as likely": a multiplying factor. */
function interpretFactor(raw: RawFigure, text: string): Interpretation | null {
  const t = tidy(raw.text);
  const lower = t.toLowerCase();
  if (MULTIPLIER_WORDS[lower] !== undefined && !DETERMINER_AFTER.test(text.slice(raw.end, raw.end + 8)))
    return null;
  const times = TIMES.exec(lower);
  const n = lower.startsWith('twice')
    ? 2
    : MULTIPLIER_WORDS[lower] !== undefined
      ? MULTIPLIER_WORDS[lower]
      : lower.startsWith('half')
        ? 0.5
        : (FOLD_WORDS[lower] ??
          (times ? parseAmount(times[1]!) : parseAmount(lower.replace(/[-‐‑]?fold$|[x×]$/, ''))));
  if (n === undefined || n <= 0) return null;
  return {
    label: 'change',
    value: { number: n, unit: 'factor' },
    explanation: `A comparison: ${t}, a factor of ${formatNumber(n)}.`,
    score: 0.75,
  };
}

/** The scale a temperature ends with: "Fahrenheit", "°F", "98.6 degrees f", "35F". */
const FAHRENHEIT_AT_END = /(?:fa[a-z]*heit|[\d°\s]f)$/i;
/** A scale letter glued to the number ("35C"), with no degree sign or word. */
const GLUED_SCALE = /\d[CF]$/;
/** Temperatures people live through, in each scale: a glued "12C" outside them is a name ("Room 412C"). */
const PLAUSIBLE: Record<string, [number, number]> = { '°C': [-90, 60], '°F': [-130, 140] };

/** "30°C", "-5 °F", "thirty degrees Celsius", "minus 40 Fahrenheit", "35C". */
function interpretTemperature(raw: RawFigure, text: string): Interpretation | null {
  const { qualifier, rest } = splitQualifier(raw.text);
  const n = parseAmount(rest);
  if (n === undefined) return null;
  const unit = FAHRENHEIT_AT_END.test(rest) ? '°F' : '°C';
  if (GLUED_SCALE.test(rest)) {
    const [low, high] = PLAUSIBLE[unit]!;
    const name = capitalisedWordBefore(text, raw.start);
    if (n < low || n > high || (name && isDesignator(text, name))) return null;
  }
  return {
    label: 'temperature',
    value: { number: n, unit },
    explanation: `A temperature: ${qualified(qualifier, `${formatNumber(n)} ${unit}`)}.`,
    score: 0.85,
  };
}

// ---- durations ------------------------------------------------------------------

const UNIT_IN =
  /(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)(?![A-Za-z])/gi;

function unitMinutes(unit: string): number {
  const u = unit.toLowerCase();
  if (u === 'centuries') return DURATION_MINUTES.century!;
  return DURATION_MINUTES[u.replace(/s$/, '')] ?? DURATION_MINUTES[u]!;
}

/** Total minutes of "one hour and forty minutes"; undefined for vague ones ("just days"). */
export function durationMinutes(s: string): number | undefined {
  let total = 0;
  let from = 0;
  let any = false;
  for (const m of s.matchAll(UNIT_IN)) {
    const before = s.slice(from, m.index);
    let amount = parseAmount(before);
    if (amount === undefined) {
      if (/\bhalf\s+an?\s*$/i.test(before)) amount = 0.5;
      else if (/\ban?\s*$/i.test(before)) amount = 1;
      else return undefined;
    }
    if (/and\s+a\s+half/i.test(s.slice(m.index, m.index + m[0].length + 14))) amount += 0.5;
    total += amount * unitMinutes(m[1]!);
    from = m.index + m[0].length;
    any = true;
  }
  return any ? roundValue(total) : undefined;
}

/** "the 10-year Treasury", "a 30-year fixed mortgage", "the 10-year yield": what a bond or loan term names. */
const TERM_AFTER =
  /^\s{1,3}(?:(?:fixed|fixed-rate|adjustable|government|US|U\.S\.|Treasury|benchmark|German|Japanese|British|home|student|jumbo)\s{1,3}){0,2}(?:Treasur(?:y|ies)|T-(?:notes?|bills?|bonds?)|bonds?|notes?|gilts?|bunds?|yields?|mortgages?|loans?|debt|paper|securities|swaps?|rates?|JGBs?)\b/i;

/** "a 50-year low", "a 20-year high": a record over a span of time. */
const RECORD_AFTER = /^\s{1,3}(low|high)\b/;

function interpretDuration(raw: RawFigure, text: string): Interpretation {
  const { qualifier, rest } = splitQualifier(raw.text);
  const minutes = /\b(?:a few|several|many|countless|mere|just|only)\b/i.test(rest)
    ? undefined
    : durationMinutes(rest);
  if (minutes === undefined) {
    return {
      label: 'duration',
      value: { unit: 'minutes' },
      explanation: `A vague duration: ${tidy(raw.text)}, with no exact length given.`,
      score: 0.5,
    };
  }
  const record = /^[\w.,]+[-‐‑][a-z]+$/i.test(rest)
    ? RECORD_AFTER.exec(text.slice(raw.end, raw.end + 8))
    : null;
  const term =
    !record && !qualifier && /^[\w.,]+[-‐‑](?:year|month|week|day)$/i.test(rest)
      ? TERM_AFTER.exec(text.slice(raw.end, raw.end + 40))
      : null;
  if (term) {
    // "the 10-year Treasury", "a 30-year mortgage": the term the bond or loan is written for, not a span that passed.
    return {
      label: 'duration',
      value: { number: minutes, unit: 'minutes' },
      explanation: `A bond or loan term: ${tidy(rest)}${term[0].replace(/\s+/g, ' ')}, named by how long it runs (its maturity), not a span of time that has passed.`,
      score: 0.6,
    };
  }
  if (record) {
    const [written, unit] = tidy(rest).split(/[-‐‑]/);
    const amount = parseAmount(written!);
    const span =
      amount === 1 ? `a ${unit}` : `${amount === undefined ? written : formatNumber(amount)} ${unit}s`;
    return {
      label: 'duration',
      end: raw.end + record[0].length,
      value: { number: minutes, unit: 'minutes' },
      explanation: `A record over time: the ${record[1] === 'low' ? 'lowest' : 'highest'} level in ${span}.`,
      score: 0.8,
    };
  }
  return {
    label: 'duration',
    value: { number: minutes, unit: 'minutes' },
    explanation: `A duration: ${durationShown(qualified(qualifier, tidy(rest)), minutes)}.`,
    score: qualifier ? 0.75 : 0.85,
  };
}

/**
 * "roughly 15 minutes" as written; "20 years (10,519,200 minutes)"; "one hour and forty
 * minutes, 100 minutes". The rough size in words only when the text did not already say it.
 */
function durationShown(written: string, minutes: number): string {
  if (/^\D*[\d,.]+\s+minutes?$/i.test(written)) return written;
  const rough = roughDuration(minutes);
  const said = /([\w.,]+)[\s-]+([a-z]+?)s?$/i.exec(written);
  // "Four minutes": already in minutes, said in words; "a 10-minute walk" is a walk of 10 minutes.
  if (said && said[2]!.toLowerCase() === 'minute' && parseAmount(said[1]!) === minutes)
    return /[-‐‑]minute$/i.test(written) ? plainMinutes(minutes) : written;
  if (rough && said && said[2]!.toLowerCase() === rough.unit && parseAmount(said[1]!) === rough.n)
    return `${written} (${plainMinutes(minutes)})`;
  return `${written}, ${formatMinutes(minutes)}`;
}

// ---- ranges -----------------------------------------------------------------------

/** "ten to one odds", "a 100 to 1 shot"; "odds of 3 to 1", "the odds are 5 to 1". */
const ODDS_AFTER = /^[\s-]{1,3}(?:odds|shot|outsider)\b/i;
const ODDS_BEFORE = /\bodds\s{1,3}(?:(?:of|are|were|is|was|at|stand\s+at|of\s+about)\s{1,3})?$/i;

/** "a 3:1 ratio", "by a 2:1 margin", "a ratio of 3:1", "the ratio of men to women was 3:2". */
const RATIO_AFTER = /^[\s-]{1,3}(?:ratio|margin|majority|split)\b/i;
const RATIO_BEFORE = /\b(?:ratio|margin)\b[^.!?;:]{0,30}?\s(?:of|was|is|at)\s{1,3}(?:about\s{1,3})?$/i;

/**
 * "3:1" is a ratio only where odds or a ratio are named around it; elsewhere (a verse, a time, a
 * score) it is consumed and not reported.
 */
function interpretColonRatio(raw: RawFigure, text: string): Interpretation | null {
  const m = /^(\d{1,3}):(\d{1,3})$/.exec(raw.text);
  if (!m || Number(m[2]) === 0) return null;
  const after = text.slice(raw.end, raw.end + 12);
  const before = text.slice(Math.max(0, raw.start - 30), raw.start);
  const odds = ODDS_AFTER.test(after) || ODDS_BEFORE.test(before);
  if (!odds && !RATIO_AFTER.test(after) && !RATIO_BEFORE.test(before)) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return {
    label: 'proportion',
    value: { number: roundValue(a / b), unit: odds ? 'odds' : 'ratio' },
    explanation: odds
      ? `Odds: ${raw.text}, a ratio of chances (${a} to ${b}).`
      : `A ratio: ${a} to ${b}${b === 1 ? '' : ` (${formatNumber(roundValue(a / b))} to 1)`}.`,
    score: 0.75,
  };
}

function interpretRange(raw: RawFigure, text: string): Interpretation {
  const body = raw.text.replace(/^(?:between|from)\s+/i, '');
  // "2023-24", "2010–2020", "between 2010 and 2020", "from 1998 to 2004", "2010 through 2015".
  const years =
    /^(\d{4})\s*[-‐‑–—/]\s*(\d{2}|\d{4})$/.exec(body) ??
    /^((?:1[89]|20)\d\d)\s+(?:and|to|through)\s+((?:1[89]|20)\d\d)$/.exec(body);
  if (years) {
    const low = Number(years[1]);
    const high = years[2]!.length === 2 ? Math.floor(low / 100) * 100 + Number(years[2]) : Number(years[2]);
    const split = high === low + 1 && body === raw.text ? splitYear(raw, text, low, high) : null;
    if (split) return split;
    return {
      label: 'range',
      value: { low, high, unit: 'year', iso: `${low}/${high}` },
      explanation: `A range of years: ${low} to ${high}.`,
      score: 0.85,
    };
  }
  const [a, b] = splitOnce(body);
  let low = parseAmount(a);
  let high = parseAmount(b);
  // "ten to one odds", "odds of 3 to 1": a ratio of chances, not a range nor a tally.
  if (
    body === raw.text &&
    low !== undefined &&
    high !== undefined &&
    high > 0 &&
    /^\S+\s+to\s+\S+$/.test(body) &&
    (ODDS_AFTER.test(text.slice(raw.end, raw.end + 12)) ||
      ODDS_BEFORE.test(text.slice(Math.max(0, raw.start - 30), raw.start)))
  ) {
    return {
      label: 'proportion',
      value: { number: roundValue(low / high), unit: 'odds' },
      explanation: `Odds: ${tidy(body)}, a ratio of chances (${formatNumber(low)} to ${formatNumber(high)}), not a range.`,
      score: 0.75,
    };
  }
  // "won 3-1", "a 52-48 vote", "passed 51 to 49", "a 50-50 split": a pair of small whole numbers
  // that does not rise is a tally. With "from" or "between" it is a range or a change.
  const tally =
    body === raw.text &&
    /^\d{1,3}(?:\s*[-‐‑–—]\s*|\s+to\s+)\d{1,3}$/.test(body) &&
    low !== undefined &&
    high !== undefined &&
    low >= high &&
    !countsSomething(text, raw.end); // "within 600 to 150 yards" is a range of distances
  if (tally) {
    return {
      // No value: a tally is two counts of different things, not a bounded quantity.
      label: 'count',
      explanation: `A tally (a score or a vote): ${low} to ${high}.`,
      score: 0.7,
    };
  }
  // "won 52% to 48%": shares of a vote, not a range that falls.
  if (
    body === raw.text &&
    low !== undefined &&
    high !== undefined &&
    low > high &&
    PERCENT_MARK.test(a) &&
    PERCENT_MARK.test(b) &&
    !/^\d+\s*[-‐‑–—]/.test(body)
  ) {
    return {
      label: 'count',
      explanation: `A tally (shares of a vote or a poll): ${tidy(body)}.`,
      score: 0.7,
    };
  }
  const age = ageRange(raw, text, b || a, low, high);
  if (age) return age;
  const unitText = b || a;
  let unit = 'count';
  if (BASIS_POINTS.test(unitText)) {
    unit = 'percentage points';
    low = low === undefined ? low : roundValue(low / 100);
    high = high === undefined ? high : roundValue(high / 100);
  } else if (PERCENT_MARK.test(unitText)) {
    unit = 'ratio';
    low = low === undefined ? low : roundValue(low / 100);
    high = high === undefined ? high : roundValue(high / 100);
  } else if (currencyOf(body)) {
    unit = currencyOf(body)!;
    const hundredths = subunit(unit, body, text);
    if (hundredths) {
      unit = hundredths.currency;
      low = low === undefined ? low : roundValue(low / 100);
      high = high === undefined ? high : roundValue(high / 100);
    }
  } else if (UNIT_IN.test(unitText)) {
    UNIT_IN.lastIndex = 0;
    const m = unitText.match(UNIT_IN)!;
    const per = unitMinutes(m[m.length - 1]!);
    unit = 'minutes';
    low = low === undefined ? low : low * per;
    high = high === undefined ? high : high * per;
  }
  UNIT_IN.lastIndex = 0;
  // "between 3 and 5 miles": the unit follows the range; bounds in its dimension's base unit.
  const measured = unit === 'count' ? unitAfter(text, raw.end) : undefined;
  if (measured) {
    unit = BASE_UNIT[measured.unit.dimension];
    low = low === undefined ? low : roundValue(low * measured.unit.size);
    high = high === undefined ? high : roundValue(high * measured.unit.size);
  }
  const moved =
    !measured && low !== undefined && high !== undefined
      ? rangeAsChange(raw, text, low, high, unit)
      : undefined;
  if (moved) return moved;
  const value: FigureValue = { unit };
  if (low !== undefined) value.low = low;
  if (high !== undefined) value.high = high;
  return {
    label: 'range',
    end: measured?.end,
    value,
    explanation: measured
      ? `A range: ${tidy(text.slice(raw.start, measured.end))}${low !== undefined && high ? inMetricRange(low, high, measured.unit) : ''}.`
      : `A range: ${tidy(raw.text)}${low !== undefined && high !== undefined ? ` (${formatNumber(low)} to ${formatNumber(high)} ${unit})` : ''}.`,
    score: 0.9,
  };
}

/** What a split year is the year of: "the 2022-23 season", "the 2019–20 budget". */
const SPLIT_YEAR_NOUN =
  /^\s{1,3}(season|(?:school|academic|financial|fiscal|tax|budget|crop|marketing|football|hunting)\s+year|budget|term|session|winter|academic|school|fiscal|financial|tax)\b/i;

const FINANCIAL = /^(?:financial|fiscal|tax|budget)/;

/**
 * "2022/23", "2022-23", "the 2019–20 budget", "the 2019-2020 season": one season or financial
 * year running across two calendar years, not a range of years. Written in full ("2019-2020")
 * only with the noun of such a year after it; otherwise null (a range).
 */
function splitYear(raw: RawFigure, text: string, low: number, high: number): Interpretation | null {
  const noun = SPLIT_YEAR_NOUN.exec(text.slice(raw.end, raw.end + 30))?.[1]
    ?.toLowerCase()
    .replace(/\s+/g, ' ');
  if (!noun && /\d{4}$/.test(raw.text) && !raw.text.includes('/')) return null;
  const financial = noun !== undefined && FINANCIAL.test(noun);
  const what = !noun
    ? 'a season or financial year'
    : financial
      ? 'a financial year'
      : noun === 'school' || noun === 'academic'
        ? `the ${noun} year`
        : `the ${noun}`;
  return {
    label: 'date',
    value: { iso: `${low}/${high}` },
    explanation: `A date: ${tidy(raw.text)}, ${what} running across ${low} and ${high}${financial ? ' (its months depend on the country or organisation)' : ''}.`,
    score: 0.85,
  };
}

/** "years old", "years of age" after a range of years; "aged", "ages" before a range of numbers. */
const OLD_AFTER = /^\s{1,3}(?:old|of\s+age)\b/;
const AGED_BEFORE = /\b(?:aged?|ages)\s+(?:between\s+)?$/i;
const YEARS_AT_END = /\byears?$/i;

/** "40 to 50 years old", "aged 18-24", "ages 5 to 11": a range of ages, in years. */
function ageRange(
  raw: RawFigure,
  text: string,
  unitText: string,
  low: number | undefined,
  high: number | undefined,
): Interpretation | null {
  if (low === undefined || high === undefined || high > 130) return null;
  const old = YEARS_AT_END.test(unitText) ? OLD_AFTER.exec(text.slice(raw.end, raw.end + 12)) : null;
  const aged =
    !old &&
    /^\d+$/.test(unitText.trim()) &&
    AGED_BEFORE.test(text.slice(Math.max(0, raw.start - 16), raw.start));
  if (!old && !aged) return null;
  const end = old ? raw.end + old[0].length : raw.end;
  return {
    label: 'range',
    end,
    value: { low, high, unit: 'years' },
    measures: 'age',
    explanation: `An age: ${tidy(text.slice(raw.start, end))}, ${formatNumber(low)} to ${formatNumber(high)} years old.`,
    score: 0.85,
  };
}

/** Is the word after `end` a plural noun ("yards", "people")? */
function countsSomething(text: string, end: number): boolean {
  const next = /^\s{1,3}([A-Za-z]+)/.exec(text.slice(end, end + 40));
  return next !== null && isPluralNoun(next[1]!);
}

function splitOnce(s: string): [string, string] {
  // Split at the separator that follows the first amount, not a hyphen inside a word.
  const m = /^(.*?\d[\d.,]*[^\s\d-‐‑–—]*|.*?[A-Za-z]+)(\s+(?:and|to|through)\s+|\s*[-‐‑–—]\s*)(.*)$/s.exec(s);
  return m ? [m[1]!, m[3]!] : [s, ''];
}

// ---- changes ------------------------------------------------------------------------

/** "20 degrees", "1.5 degrees Celsius" at the end of a change's amount (grammar's CHANGE_DEGREES). */
const DEGREES_AT_END = /\sdegrees?(?:\s+(celsius|fahrenheit|centigrade))?$/i;
const degreeUnit = (scale: string | undefined): string =>
  !scale ? 'degrees' : /^f/i.test(scale) ? '°F' : '°C';

/** "by a third", "by two-fifths", "by half": the share a change is by. */
const FRACTION_AT_END =
  /\bby\s+(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[-‐‑\s]+)?(half|[a-z]+ths?|thirds?|quarters?)$/;

function interpretChange(raw: RawFigure, text: string): Interpretation {
  const t = tidy(raw.text);
  const lower = t.toLowerCase();
  const factor = /^(doubled|tripled|trebled|quadrupled|halved)$/.exec(lower);
  if (factor) {
    const n = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, halved: 0.5 }[factor[1] as 'doubled'];
    return {
      label: 'change',
      value: { number: n, unit: 'factor' },
      explanation: `A change: ${t}, a factor of ${formatNumber(n)}.`,
      score: 0.7,
    };
  }
  const fromEarlier = changeFromEarlier(raw, text);
  if (fromEarlier) return fromEarlier;
  const firstWord = lower.split(/\s/)[0]!;
  const direction =
    CHANGE_WORDS[firstWord] ?? CHANGE_NOUNS[firstWord] ?? CHANGE_NOUNS[lower.split(/\s/).pop()!] ?? 1;
  const fraction = FRACTION_AT_END.exec(lower);
  if (fraction) {
    const share = (fraction[1] ? (parseAmount(fraction[1]) ?? 1) : 1) * FRACTION_WORDS[fraction[2]!]!;
    return {
      label: 'change',
      value: { number: roundValue(direction * share), unit: 'ratio' },
      explanation: `A change: ${direction > 0 ? 'up' : 'down'} by ${tidy(raw.text.replace(/^\S+\s+by\s+/i, ''))} (${formatNumber(Math.round(share * 1000) / 10)}%).`,
      score: 0.85,
    };
  }
  const spread = changeSpread(t, direction);
  if (spread) return spread;
  const [amountPart, since] = t.split(/\s+(?=(?:from|since|on|over|versus|vs\.?|compared)\s)/i);
  const amount = parseAmount(amountPart!.replace(/^[A-Za-z]+(?:\s+by)?\s+/, '')) ?? 0;
  let value: FigureValue;
  let shown: string;
  if (BASIS_POINTS.test(amountPart!)) {
    const points = roundValue(amount / 100);
    value = { number: roundValue(direction * points), unit: 'percentage points' };
    shown = `${formatNumber(amount)} basis points (${formatNumber(points)} percentage points)`;
  } else if (PERCENT_MARK.test(amountPart!)) {
    const points = /points?/i.test(amountPart!);
    value = points
      ? { number: direction * amount, unit: 'percentage points' }
      : { number: roundValue((direction * amount) / 100), unit: 'ratio' };
    shown = points ? `${formatNumber(amount)} percentage points` : `${formatNumber(amount)}%`;
  } else {
    const degrees = DEGREES_AT_END.exec(amountPart!);
    const unit =
      currencyOf(amountPart!) ??
      (degrees ? degreeUnit(degrees[1]) : /\spoints?$/i.test(amountPart!) ? 'points' : 'count');
    // A change in degrees has no cents to look for.
    const hundredths = degrees ? undefined : subunit(unit, amountPart!, text);
    if (hundredths) {
      // "up 5 cents": the change in the whole unit.
      const whole = roundValue(amount / 100);
      value = { number: roundValue(direction * whole), unit: hundredths.currency };
      shown = `${tidy(amountPart!.replace(/^[A-Za-z]+(?:\s+by)?\s+/, ''))} (${formatNumber(whole)} ${hundredths.currency}${hundredths.assumed ? ', if US cents' : ''})`;
    } else {
      value = { number: direction * amount, unit };
      shown = degrees
        ? `${formatNumber(amount)} degrees${degrees[1] ? ` ${degrees[1][0]!.toUpperCase()}${degrees[1].slice(1).toLowerCase()}` : ''}`
        : unit === 'count'
          ? formatNumber(amount)
          : `${formatNumber(amount)} ${unit}`;
    }
  }
  return {
    label: 'change',
    value,
    explanation: `A change: ${direction > 0 ? 'up' : 'down'} ${shown}${since ? ` ${since}` : ''}.`,
    score: 0.9,
  };
}

/** "rose 3 to 5 percent": the change word, the first amount, and the second with its unit (percent or points). */
const CHANGE_SPREAD = /^([A-Za-z]+(?:\s+by)?)\s+(.+?)\s+to\s+(.+)$/;

/**
 * "rose 3 to 5 percent" is a change somewhere between the two; "rose 0.25 to 5.5 percent" (the
 * second far above the first) is a change of 0.25 points and the level it reached, as market
 * reports write it. Undefined when the amount is a single one.
 */
function changeSpread(t: string, direction: number): Interpretation | undefined {
  const m = CHANGE_SPREAD.exec(t);
  if (!m) return undefined;
  const first = parseAmount(m[2]!);
  const second = parseAmount(m[3]!);
  if (first === undefined || second === undefined || first <= 0 || BASIS_POINTS.test(m[3]!)) return undefined;
  const up = direction > 0 ? 'up' : 'down';
  // "2 to 4 points", "1 to 2 percentage points": points as written; "3 to 5 percent": shares.
  const points = /points?$/i.test(m[3]!);
  const unit = !points ? 'ratio' : PERCENT_MARK.test(m[3]!) ? 'percentage points' : 'points';
  const shown = (n: number) => (points ? formatNumber(n) : `${formatNumber(n)}%`);
  if (second > first && second <= first * 5) {
    const scale = points ? 1 : 0.01;
    const [low, high] = [direction * first, direction * second].sort((x, y) => x - y) as [number, number];
    return {
      label: 'change',
      value: { low: roundValue(low * scale), high: roundValue(high * scale), unit },
      explanation: `A change: ${up} between ${shown(first)} and ${shown(second)}${points ? ` ${unit}` : ''}.`,
      score: 0.9,
    };
  }
  if (points) return undefined;
  return {
    label: 'change',
    value: { number: direction * first, unit: 'percentage points' },
    explanation: `A change: ${up} ${formatNumber(first)} percentage points, to ${formatNumber(second)}%.`,
    score: 0.85,
  };
}

/** "fell from 7% to 5%", "a drop from 40 to 30": a change word just before a "from … to" range. */
const CHANGE_BEFORE_FROM = new RegExp(
  `\\b(?:${[...Object.keys(CHANGE_WORDS), ...Object.keys(CHANGE_NOUNS)].join('|')})\\s{1,3}$`,
  'i',
);

/** A "from … to" range that is a movement: the change between its ends, in its unit. */
function rangeAsChange(raw: RawFigure, text: string, low: number, high: number, unit: string) {
  if (!/^from\s/i.test(raw.text)) return undefined;
  const before = text.slice(Math.max(0, raw.start - 20), raw.start);
  // Falling ends say "change" on their own, but not hours ("open from 9 to 5"): bare counts need more.
  const falls = low > high && (unit !== 'count' || low > 24);
  if (!(falls || CHANGE_BEFORE_FROM.test(before))) return undefined;
  const ratio = unit === 'ratio';
  const delta = roundValue(ratio ? (high - low) * 100 : high - low);
  const shownUnit = ratio ? 'percentage points' : unit === 'count' ? '' : unit;
  return {
    label: 'change',
    value: { number: delta, unit: ratio ? 'percentage points' : unit },
    explanation: `A change ${tidy(raw.text)}: ${delta >= 0 ? 'up' : 'down'} ${formatLarge(Math.abs(delta))}${shownUnit ? ` ${shownUnit}` : ''}.`,
    score: 0.9,
  } satisfies Interpretation;
}

// ---- ranks, ages, counts, numbers --------------------------------------------------------

/** "on the 21st." or "on the 3rd of each month": a day of the month, not a place in a ranking. */
const ON_THE_BEFORE = /\b[oO]n\s{1,3}the\s{1,3}$/;
const DAY_AFTER =
  /^(?:\s{0,3}[,.;:)!?]|\s*$|\s{1,3}of\s{1,3}(?:each|every|the|this|next|last)\s{1,3}month\b|\s{1,3}(?:at|and|or)\s)/;

/** "twenty-third" → 23, "fifth" → 5. */
function ordinalValue(word: string): number | undefined {
  const [first, second] = word.toLowerCase().split(/[-‐‑]/);
  if (second === undefined) return ORDINAL_VALUES[first!];
  const tens = TENS_WORDS[first!];
  const unit = ORDINAL_VALUES[second];
  return tens === undefined || unit === undefined ? undefined : tens + unit;
}

/** "top 10", "top-five": the first places of a ranking. */
const TOP = /^top[\s‐‑-]+(.+)$/i;
/** "third-largest", "5th most populous": the ordinal and what it ranks by. */
const BY_SUPERLATIVE = /^(\S+?)(?:[\s‐‑-]+)((?:most|least)\s+[a-z]+|[a-z]+est|leading|ranked)$/i;

function interpretRank(raw: RawFigure, text: string): Interpretation | null {
  const t = tidy(raw.text);
  const top = TOP.exec(t);
  if (top) {
    const high = parseAmount(top[1]!);
    if (high === undefined || high < 1) return null;
    return {
      label: 'rank',
      value: { low: 1, high, unit: 'rank' },
      explanation: `A rank: in the top ${formatNumber(high)} (places 1 to ${formatNumber(high)}).`,
      score: 0.75,
    };
  }
  const by = BY_SUPERLATIVE.exec(t);
  if (by) {
    const n = ordinalValue(by[1]!) ?? parseAmount(by[1]!);
    if (n !== undefined) {
      const superlative = by[2]!.toLowerCase();
      return {
        label: 'rank',
        value: { number: n, unit: 'rank' },
        measures: superlative,
        explanation: `A rank: ${by[1]!.toLowerCase()} ${superlative}, number ${formatNumber(n)} in its ranking.`,
        score: 0.8,
      };
    }
  }
  const n = ordinalValue(raw.text) ?? parseAmount(raw.text) ?? 1;
  if (
    /^\d{1,2}(?:st|nd|rd|th)$/.test(raw.text) &&
    n >= 1 &&
    n <= 31 &&
    ON_THE_BEFORE.test(text.slice(Math.max(0, raw.start - 12), raw.start)) &&
    DAY_AFTER.test(text.slice(raw.end, raw.end + 30))
  ) {
    const day = String(n).padStart(2, '0');
    return {
      label: 'date',
      value: { iso: `---${day}` },
      explanation: `A date: the ${raw.text} day of a month (---${day}, month not given).`,
      score: 0.7,
    };
  }
  return {
    label: 'rank',
    value: { number: n, unit: 'rank' },
    explanation: `A rank: number ${formatNumber(n)}.`,
    score: 0.75,
  };
}

function interpretAge(raw: RawFigure, text: string): Interpretation {
  // "in his 70s", "in her sixties".
  const tens = /^(\d)0[’']?s$/.exec(raw.text)?.[1] ?? DECADE_WORDS[raw.text.toLowerCase()];
  if (tens === undefined) return ageOf(parseAmount(raw.text) ?? 0);
  // "early" and "late" narrow it ("in her late 40s").
  const part = /(early|mid|late)[-‐‑\s]$/i.exec(text.slice(Math.max(0, raw.start - 6), raw.start))?.[1];
  const [from, to] = DECADE_PARTS[part?.toLowerCase() ?? ''] ?? [0, 9];
  const low = Number(tens) * 10 + from;
  const high = Number(tens) * 10 + to;
  return {
    label: 'range',
    value: { low, high, unit: 'years' },
    measures: 'age',
    explanation: `An age: ${part ? `${part.toLowerCase()} ` : ''}${raw.text}, ${low} to ${high} years old.`,
    score: 0.75,
  };
}

/** Read on the six characters before a number: "aged 78", not "caged 5". */
const AGE_BEFORE = /(?:^|[^A-Za-z])[aA]ged?\s$/;

/** "aged " or "age " ends right before `start`: its last letter and the space, read by code. */
function mayFollowAge(text: string, start: number): boolean {
  const last = text.charCodeAt(start - 2);
  return text.charCodeAt(start - 1) === 32 && (last === 100 || last === 101);
}

function ageOf(n: number, qualifier?: string): Interpretation {
  return {
    label: 'number',
    value: { number: n, unit: 'years' },
    measures: 'age',
    explanation: `An age: ${qualified(qualifier, formatNumber(n))} years old.`,
    score: 0.75,
  };
}

function interpretVagueCount(raw: RawFigure, text: string): Interpretation {
  const { qualifier, rest } = splitQualifier(raw.text);
  const n = parseAmount(rest);
  const measure = measureAfter(text, raw.end);
  const counted = measure?.viaOf ? measure.measures : undefined;
  return {
    label: 'count',
    value: n === undefined ? undefined : { number: n, unit: 'count' },
    measures: counted ?? 'people',
    end: counted ? measure!.end : undefined,
    explanation: `A vague count: ${qualified(qualifier, tidy(rest))}${counted ? ` of ${counted}` : ' (presumably people)'}, an unspecified large number.`,
    score: 0.55,
  };
}

const YEAR_LIKE = /^(?:1[89]\d\d|20\d\d)$/;
/** The glued noun of a compound count ("10-point"); "-strong" is a crowd's size, not a unit. */
const COMPOUND = /\d[-‐‑](?!strong$)([a-z]{3,12})$/;
/** "point" → "points" for a count other than one; short units ("mph", "km") stay as written. */
function pluralOf(word: string, n: number): string {
  return n === 1 || word.length <= 3 || word.endsWith('s') ? word : `${word}s`;
}
const NOUN_AFTER = /\s{1,3}([a-z][a-z'’-]{1,24})/y;

/** "six figures", "a seven-figure salary". */
const FIGURES = /^([a-z]+)[-‐‑\s]+figures?$/i;
/** Money words before a spaced "six figures": "earns six figures", "a salary in the six figures". */
const MONEY_WORDS_BEFORE =
  /\b(?:earn(?:s|ed|ing)?|salar(?:y|ies)|pay|paid|income|price|cost|sum|donations?|raised|worth|fees?|deal|contract)\b[^.!?]{0,25}$/i;

function interpretNumber(raw: RawFigure, text: string): Interpretation | null {
  const figures = FIGURES.exec(splitQualifier(raw.text).rest);
  const spaced = figures !== null && !/[-‐‑]/.test(raw.text);
  if (figures && spaced && !MONEY_WORDS_BEFORE.test(text.slice(Math.max(0, raw.start - 40), raw.start))) {
    // "six figures on the wall": figures counted, not the digits of an amount.
    const n = parseAmount(figures[1]!)!;
    return {
      label: 'count',
      value: { number: n, unit: 'count' },
      measures: 'figures',
      explanation: `A count: ${n} figures.`,
      score: 0.85,
    };
  }
  if (figures) {
    const digits = parseAmount(figures[1]!)!;
    const low = 10 ** (digits - 1);
    return {
      label: 'range',
      value: { low, high: 10 * low - 1 },
      explanation: `A range: ${tidy(raw.text)}, an amount of ${digits} digits (${formatNumber(low)} to ${formatNumber(10 * low - 1)}).`,
      score: 0.7,
    };
  }
  // Most numbers end in a digit or a number word, not a unit, and skip the parse.
  if (endsWithUnit(raw.text)) {
    const measured = interpretMeasure(raw, text);
    if (measured) return measured;
  }
  const { qualifier, rest } = splitQualifier(raw.text);
  const n = parseAmount(rest);
  if (n === undefined) return null;
  const isWord = !/\d|[½¼¾⅓⅔⅛]/.test(rest);
  // "[6]" is a footnote marker and "p. 126" a page reference, not figures.
  if (text[raw.start - 1] === '[' && text[raw.end] === ']') return null;
  if (/\b(?:pp?\.|pages?)\s?$/i.test(text.slice(Math.max(0, raw.start - 6), raw.start))) return null;
  // A lone "one" is a pronoun or article far more often than a figure
  // ("one of the", "no one", "one day"); as a number it needs a scale ("one million").
  if (isWord && n === 1) return null;
  const compound = COMPOUND.exec(rest);
  if (compound) {
    // "a 10-point lead": the glued word names what is counted, the next noun what it describes.
    NOUN_AFTER.lastIndex = raw.end;
    const next = NOUN_AFTER.exec(text);
    const noun = next && !MEASURE_STOPWORDS.has(next[1]!.toLowerCase()) ? next[1] : undefined;
    const phrase = `${rest.trim()}${noun ? ` ${noun}` : ''}`;
    return {
      label: 'count',
      value: { number: n, unit: 'count' },
      measures: compound[1]!,
      end: next && noun ? next.index + next[0].length : undefined,
      explanation: `A count: ${qualified(qualifier, formatNumber(n))} ${pluralOf(compound[1]!, n)}, in "${phrase}".`,
      score: qualifier ? 0.8 : 0.85,
    };
  }
  // "Boeing 737 jets", "Section 230 protects": the number belongs to the name before it, and the
  // word after says what the named thing is or does, not what is counted. Model and section
  // numbers are bare digits; a headline's capitalised next word ("Storm Kills 12 People") keeps the count.
  const bareDigits = !qualifier && /^\d+$/.test(rest);
  // "H.R. 1", "S. 2155", "HB 1557", "SB 8": a bill's number is its name, whatever follows.
  const bill = bareDigits ? BILL_BEFORE.exec(text.slice(Math.max(0, raw.start - 9), raw.start)) : null;
  if (bill) {
    return {
      label: 'number',
      value: { number: n },
      explanation: `A number naming a bill ("${bill[1]} ${rest}"), not an amount.`,
      score: 0.3,
    };
  }
  const capitalAfter = isUpperAscii(text.charCodeAt(raw.end + 1)) && text.charCodeAt(raw.end) === 32;
  const wordBefore = bareDigits && !capitalAfter ? capitalisedWordBefore(text, raw.start) : undefined;
  if (wordBefore && isDesignator(text, wordBefore)) return numberInName(wordBefore.name, rest);
  // "died aged 78", "at age 18", "aged 65 and over".
  if (
    /^\d+$/.test(rest) &&
    n <= 130 &&
    mayFollowAge(text, raw.start) &&
    AGE_BEFORE.test(text.slice(Math.max(0, raw.start - 6), raw.start))
  )
    return ageOf(n, qualifier);
  // "1234567", "0143": a long digit run without separators, or one led by a zero, is a code, not an amount.
  if (bareDigits && (rest.length >= 7 || (rest.length >= 2 && rest.charCodeAt(0) === 48))) {
    return {
      label: 'number',
      value: { number: n },
      explanation: `A number, probably a code or reference number (${rest}) rather than an amount.`,
      score: 0.3,
    };
  }
  // "Haig, 55, appeared": an age between commas after a name, as the news gives it.
  if (bareDigits && n >= 1 && n <= 110 && ageAfterName(text, raw)) return ageOf(n);
  const street = bareDigits && capitalAfter ? STREET_AFTER.exec(text.slice(raw.end, raw.end + 50)) : null;
  if (street) {
    return {
      label: 'number',
      value: { number: n },
      explanation: `A number, part of an address ("${rest}${street[0]}").`,
      score: 0.3,
    };
  }
  // "passed 67 votes to 33", "won 240 seats to 195": a tally written with its noun after the first count.
  const tally = bareDigits ? TALLY_AFTER.exec(text.slice(raw.end, raw.end + 30)) : null;
  if (tally && n >= Number(tally[1])) {
    return {
      // No value, as for "67-33": two counts of different sides.
      label: 'count',
      end: raw.end + tally[0].length,
      explanation: `A tally (a vote): ${n} to ${tally[1]}.`,
      score: 0.7,
    };
  }
  const noun = countedNoun(text, raw.end);
  if (noun) {
    return {
      label: 'count',
      value: { number: n, unit: 'count' },
      measures: noun.measures,
      end: noun.end,
      explanation: `A count: ${qualified(qualifier, formatNumber(n))} ${noun.measures}.`,
      score: qualifier ? 0.8 : 0.85,
    };
  }
  const yearLike = YEAR_LIKE.test(rest.trim());
  // "a similar 2014 standoff", "the 2016 armed standoff": a year describing the noun after it.
  if (yearLike && bareDigits && describesNoun(text, raw.end)) {
    return {
      label: 'date',
      value: { iso: rest },
      explanation: `A date: the year ${rest}.`,
      score: 0.75,
    };
  }
  const name = qualifier || isWord ? undefined : nameBefore(text, raw.start);
  if (name) {
    const pair = bareDigits ? pairedName(text, raw, name) : undefined;
    if (pair) {
      return {
        label: 'number',
        value: { number: n },
        explanation: `A number beside a name in a tally ("${pair}"): a score, share or vote, not part of the name.`,
        score: 0.55,
      };
    }
    return numberInName(name, rest);
  }
  return {
    label: 'number',
    value: { number: n },
    explanation: yearLike
      ? `A number: ${rest.trim()} (it may be a year, but nothing around it says so).`
      : `A number: ${qualified(qualifier, formatNumber(n))}.`,
    score: yearLike ? 0.35 : isWord ? 0.45 : 0.55,
  };
}

/** ", 55," after a capitalised word that is not a month or a weekday: "Haig, 55, appeared". */
function ageAfterName(text: string, raw: RawFigure): boolean {
  if (
    text.charCodeAt(raw.end) !== 44 ||
    text.charCodeAt(raw.start - 1) !== 32 ||
    text.charCodeAt(raw.start - 2) !== 44
  )
    return false;
  const name = NAME_BEFORE_COMMA.exec(text.slice(Math.max(0, raw.start - 30), raw.start - 2))?.[1];
  if (!name || MONTHS[name.toLowerCase()] !== undefined || WEEKDAYS.includes(name)) return false;
  // Not in a list of numbers: "Items 3, 55, 60".
  return !/^,\s{1,3}\d/.test(text.slice(raw.end, raw.end + 6));
}
const NAME_BEFORE_COMMA = /(?:^|[^A-Za-z])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)$/;

/** A lower-case word after `end` that a year can describe: not a plural, a function word or a verb alone. */
const WORDS_AFTER = /^\s{1,3}([a-z]+)(?:\s{1,3}([a-z]+))?/;
function describesNoun(text: string, end: number): boolean {
  const m = WORDS_AFTER.exec(text.slice(end, end + 40));
  if (!m) return false;
  const word = m[1]!;
  if (MEASURE_STOPWORDS.has(word) || isPluralNoun(word) || word.endsWith('ly') || word.length < 3)
    return false;
  // "2016 armed standoff", not "2000 died in": a participle needs a noun after it.
  if (/(?:ed|ing)$/.test(word)) return m[2] !== undefined && !MEASURE_STOPWORDS.has(m[2]!);
  return true;
}

/** " votes to 33" after a count: the other side of a tally (not "33%" nor "33 percent"). */
const TALLY_AFTER =
  /^\s{1,3}(?:votes|seats)\s{1,3}to\s{1,3}(\d{1,3})(?![\d%]|[.,]\d|\s{1,3}(?:percent|per\s+cent)\b)/;

/** ", Trump 47" after a number; "Biden 51, " before the name of one. */
const PAIR_AFTER = /^,\s{1,3}([A-Z][A-Za-z]+)\s(\d{1,3})(?![\d%]|[.,]\d)/;
const PAIR_BEFORE = /(?:^|[^A-Za-z])([A-Z][A-Za-z]+)\s(\d{1,3}),\s{1,3}([A-Z][A-Za-z]+)\s$/;
const isOtherName = (a: string, b: string) =>
  a !== b && !DESIGNATORS.has(a.toLowerCase()) && !DESIGNATORS.has(b.toLowerCase());

/**
 * "Biden 51, Trump 47", "Lakers 112, Celtics 108": two different names each with a number, the
 * way polls and scores are given; the pair as written, or undefined. Not a list of one kind of
 * name ("Apollo 11, Apollo 13") nor of designators ("Article 2, Section 4").
 */
function pairedName(text: string, raw: RawFigure, name: string): string | undefined {
  const after = PAIR_AFTER.exec(text.slice(raw.end, raw.end + 30));
  if (after && isOtherName(name, after[1]!)) return `${name} ${raw.text}${after[0]}`;
  const before = PAIR_BEFORE.exec(text.slice(Math.max(0, raw.start - 50), raw.start));
  if (before && before[3] === name && isOtherName(before[1]!, name)) {
    return `${before[1]} ${before[2]}, ${name} ${raw.text}`;
  }
  return undefined;
}

/**
 * What a bill's number follows: "H.R." and "S." (Congress; "H.Res.", "S.Res." for resolutions),
 * "HB", "SB", "AB" (state legislatures), with or without dots; not the S of "U.S.".
 */
const BILL_BEFORE = /(?<![A-Za-z.])(H\.\s?R\.|[HS]\.\s?Res\.|S\.|[HSA]\.?\s?B\.?)\s$/;

function numberInName(name: string, rest: string): Interpretation {
  const n = parseAmount(rest) ?? 0;
  return {
    label: 'number',
    value: { number: n },
    explanation: `A number, probably part of a name or identifier ("${name} ${rest.trim()}").`,
    score: 0.3,
  };
}
