/**
 * What a figure counts or measures, read from the words right after it:
 * "80 people" → people (and the span grows to include it), "85 percent
 * approval rating" → approval rating, "20 percent of the navy" → navy.
 */
import { IRREGULAR_PLURALS, MEASURE_STOPWORDS } from './lexicon';

const NEXT_WORDS =
  /\s{1,3}(?:(of)\s{1,3}(?:(?:the|its|their|his|her|our|all|those|these)\s{1,3})?)?([A-Za-z][A-Za-z'’-]{0,24})(?:\s{1,3}([A-Za-z][A-Za-z'’-]{0,24}))?(?:\s{1,3}([A-Za-z][A-Za-z'’-]{0,24}))?/y;

const ACRONYM_PLURAL = /^[A-Z]{2,6}s$/;

export interface Measure {
  measures: string;
  /** End offset of the measured noun, for figures whose span includes it. */
  end: number;
  /** True when the words were joined by "of" ("5 percent of voters"). */
  viaOf: boolean;
}

export function isPluralNoun(word: string): boolean {
  // "MPs", "CEOs", "NGOs": an acronym with a plural s.
  if (ACRONYM_PLURAL.test(word)) return true;
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ous|ics)$/.test(w) && !MEASURE_STOPWORDS.has(w);
}

function isContentWord(word: string): boolean {
  const w = word.toLowerCase();
  return !MEASURE_STOPWORDS.has(w) && !/(?:ly)$/.test(w) && w.length > 1;
}

/** Reads up to three content words after `end`; stops at the first function word. */
export function measureAfter(text: string, end: number): Measure | undefined {
  NEXT_WORDS.lastIndex = end;
  const m = NEXT_WORDS.exec(text);
  if (!m) return undefined;
  const viaOf = m[1] !== undefined;
  const words: string[] = [];
  for (const w of [m[2], m[3], m[4]]) {
    if (!w || !isContentWord(w)) break;
    words.push(w);
    // A plural noun usually ends the phrase: "voters" in "9 per cent of voters agreed".
    if (isPluralNoun(w)) break;
  }
  if (words.length === 0) return undefined;
  return { ...trimTo(text, end, words), viaOf };
}

/**
 * The counted noun right after a number: "80 people", "3 unarmed protesters",
 * "5 km". Returns undefined when the next word is a verb or function word.
 */
export function countedNoun(text: string, end: number): Measure | undefined {
  const found = measureAfter(text, end);
  if (!found || found.viaOf) return undefined;
  const words = found.measures.split(' ');
  // Up to the first plural noun: "80 people", "3 new cases".
  const plural = words.findIndex(isPluralNoun);
  if (plural >= 0) return trimTo(text, end, words.slice(0, plural + 1));
  // Short unit words ("5 km", "10 mph") also count.
  if (/^[a-z]{1,3}$/.test(words[0]!) && !/(?:ed|ing)$/.test(words[0]!))
    return trimTo(text, end, words.slice(0, 1));
  return undefined;
}

function trimTo(text: string, from: number, words: string[]): Measure {
  let at = from;
  for (const w of words) at = text.indexOf(w, at) + w.length;
  return { measures: words.join(' '), end: at, viaOf: false };
}
