/**
 * Numbers that belong to a name or an address rather than counting anything:
 * "Route 91", "Section 230 protects", "the Boeing 737 jets", "10 Downing Street".
 */
import { DESIGNATORS, MONTHS, WEEKDAYS } from './lexicon';

const CAPITALISED_BEFORE = /([A-Z][A-Za-z]+)\s$/;

export const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/**
 * The capitalised word and single space right before `start` ("Section" in
 * "Section 230"), read by code: most numbers follow a lower-case word ("of
 * 80", "in 2010") and skip the rest of the name tests. As CAPITALISED_BEFORE
 * reads it, from the first capital of the last run of letters, except that a
 * word in camel case is taken whole ("iPhone", marked `camelCase`).
 */
export function capitalisedWordBefore(
  text: string,
  start: number,
): { name: string; at: number; camelCase: boolean } | undefined {
  if (text.charCodeAt(start - 1) !== 32) return undefined;
  let i = start - 1;
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  const runStart = i;
  while (i < start - 1 && !isUpperAscii(text.charCodeAt(i))) i++;
  if (i >= start - 2) return undefined;
  // A word in camel case ("iPhone") is named whole.
  const camelCase = i > runStart;
  const at = camelCase ? runStart : i;
  return { name: text.slice(at, start - 1), at, camelCase };
}
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether the number after `word` belongs to it even though a noun follows: a
 * designator such as "Section" or "Flight" ("Section 230 protects platforms"),
 * a name inside a noun phrase ("the Boeing 737 jets"), or a product written
 * in camel case ("iPhone 15 sales"). A name without a determiner is more
 * often a person or country given a count ("sold Paddock 720 rounds", "gave
 * Ukraine 300 tanks").
 */
export function isDesignator(text: string, word: { name: string; at: number; camelCase?: boolean }): boolean {
  if (DESIGNATORS.has(word.name.toLowerCase())) return true;
  if (word.camelCase) return true;
  // A plural is a group given a count of its own: "the Democrats 12 votes short".
  if (word.name.endsWith('s')) return false;
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, word.at - 12), word.at));
}
/** Not "that": it is as often a conjunction ("writes that AL 303 implies"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+$/i;

/** " Downing Street", " Pennsylvania Avenue NW": a street name after a house number. */
export const STREET_AFTER =
  /^\s(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Place|Square|Terrace|Way)\b/;

/**
 * "Route 91", "Apollo 11", "Resolution 2231": a capitalised word (not the first
 * of a sentence) right before a bare number usually makes it a name.
 */
export function nameBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 30), start);
  const m = CAPITALISED_BEFORE.exec(before);
  if (!m) return undefined;
  const preceding = before.slice(0, m.index).trimEnd();
  // An opening bracket does not start a sentence: "(Quran 4.89)" is a reference.
  const sentenceStart = preceding === '' ? start - before.length === 0 : /[.!?:;"“”]$/.test(preceding);
  // "in May 300 people", "on Friday 5,000 marched": a date before the number, not a name.
  return sentenceStart || MONTHS[m[1]!.toLowerCase()] !== undefined || WEEKDAYS.includes(m[1]!)
    ? undefined
    : m[1];
}
