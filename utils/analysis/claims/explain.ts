/**
 * One plain sentence saying why a claim is worth checking, built from the
 * strongest evidence the features found.
 */

import { isFunctionWord } from '../framing/context';
import type { Evidence } from './features';
import { FUNCTION_WORDS } from './lexicon';
import { reportedSource } from './reported-source';

/** Words that continue a figure ("one hour and forty minutes", "3.5 million people"), whole words only ("point" is not "points"). */
const FIGURE_CONTINUATION =
  /^(?:[\s\u00a0-]+(?:and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|percent|per cent|point|(?:second|minute|hour|day|week|month|year)s?|a half|half|january|february|march|april|may|june|july|august|september|october|november|december|\d[\d.,]*\b)(?![a-z]))*(?:[\s\u00a0]*%)?/i;
const TRAILING_AND = /[\s\u00a0]+and$/i;
/** A percentage or a sum of money: the figure most worth naming when a claim has several. */
const STRONG_FIGURE =
  /[$€£¥]\s?\d[\d.,]*(?:\s?(?:million|billion|trillion|bn|tn|m|k)\b)?|\b\d[\d.,]*\s?(?:%|percent\b|per cent\b)/i;
/** Titles that, alone, do not name anyone ("The Minister of the Interior, Armando Benedetti"). */
const TITLE =
  /^(?:minister|president|secretary|senator|governor|mayor|chairman|chairwoman|director|general|king|queen|prime|chancellor|judge|ambassador|the)$/i;

export function explainClaim(
  text: string,
  span: { start: number; end: number },
  evidence: Evidence,
  reported: boolean,
): string {
  const strong = evidence.figure ? STRONG_FIGURE.exec(text.slice(span.start, span.end))?.[0] : undefined;
  const figure = strong ?? (evidence.figure ? figureText(text, evidence.figure) : undefined);
  const entity = mainEntity(text, span.start, evidence);
  const about = entity ? ` about ${entity}` : '';
  if (reported) {
    const source = evidence.attribution ? reportedSource(text, span, evidence.attribution) : undefined;
    return `Reports what ${source ?? entity ?? 'someone'} said or holds${figure ? `, including a figure (${figure})` : ''}: a reader can check that it was said and whether it is true.`;
  }
  if (evidence.record) {
    const record = text.slice(evidence.record.start, evidence.record.end).replace(/\s+/g, ' ');
    const data = evidence.record.against === 'time' ? 'historical data' : 'comparable figures elsewhere';
    return `Claims a record ("${record}")${about}: a reader can check it against ${data}.`;
  }
  if (figure && evidence.change) {
    return `States a change (${evidence.change}, ${figure})${about}: a reader can check it against official figures.`;
  }
  if (figure)
    return `States a specific figure (${figure})${about}: a reader can check it against records or data.`;
  if (evidence.causal) {
    return `Presents a cause as fact ("${evidence.causal}")${about}: a reader can check whether evidence supports the link.`;
  }
  if (evidence.past && entity)
    return `Describes an event involving ${entity}: a reader can check it against news reports.`;
  if (entity)
    return `Asserts something specific about ${entity}: a reader can check it against reliable sources.`;
  return 'Makes a specific factual assertion: a reader can check it against reliable sources.';
}

/** The figure with the words that complete it, plus the counted noun when one follows ("80 people"). */
/** The inches of a height in prime marks after its feet (6′11″). */
const INCHES_AFTER = /^['’′]\s?\d{1,2}(?:["”″]|'')/;

function figureText(text: string, span: { start: number; end: number }): string {
  const height = INCHES_AFTER.exec(text.slice(span.end, span.end + 6));
  if (height) return text.slice(span.start, span.end) + height[0];
  const after = text.slice(span.end, span.end + 60);
  const cont = FIGURE_CONTINUATION.exec(after)?.[0] ?? '';
  // A continuation never ends on "and": "thousands and displaced" is a figure and a new clause.
  const tail = cont.trimEnd();
  let figure =
    text.slice(span.start, span.end) + (/and$/i.test(tail) ? tail.replace(TRAILING_AND, '') : tail);
  // A bare number reads better with what it counts ("80 people"); a completed figure ("3 February") does not.
  const noun = cont.trim() === '' ? /^[\s\u00a0]+(\p{Ll}+)/u.exec(after) : null;
  if (noun && !FUNCTION_WORDS.has(noun[1]!.toLowerCase())) figure += ` ${noun[1]}`;
  return figure;
}

/**
 * The name the claim is most about, without a possessive ending: the subject
 * when a name opens the clause ("Petro has gained …"), else the first
 * multi-word name ("Paloma Valencia"), else the first name that is not a
 * nationality adjective ("Colombian president") or a bare title.
 */
function mainEntity(text: string, spanStart: number, evidence: Evidence): string | undefined {
  let first: string | undefined;
  for (const e of evidence.entities) {
    let name = text.slice(e.start, e.end).replace(POSSESSIVE, '');
    if (TITLE.test(name) || notAName(name)) continue;
    if (opensSpan(text, spanStart, e.start)) {
      const opener = commonOpener(text, name, e.start);
      if (opener === 'word') continue;
      if (opener === 'noun') name = name.toLowerCase();
    }
    if (NATIONALITY.test(name) && LOWER_NEXT.test(text.slice(e.end, e.end + 3))) continue;
    if (first === undefined) {
      if (wordsBetween(text, spanStart, e.start) <= 3) return name; // the subject
      first = name;
    }
    if (name.includes(' ')) return name; // a full name
  }
  return first;
}

const POSSESSIVE = /['’]s$/;

/** Only quotes, brackets and spaces before the word: it opens the claim, where every word is capitalised. */
function opensSpan(text: string, spanStart: number, wordStart: number): boolean {
  return /^[\s"“‘'([]*$/.test(text.slice(spanStart, wordStart));
}

/**
 * A capitalised word opening a sentence is often a common word ("Unemployment fell", "Prosecutors
 * said", "Rather, …"), and the explanation should not present it as a name. One word is a common
 * noun, named in lower case, when it has an abstract-noun ending or is a plural the text around the
 * claim also writes in lower case; it is some other common word, not named, when it is glue, a
 * number word or written in lower case nearby.
 */
function commonOpener(text: string, word: string, at: number): 'noun' | 'word' | undefined {
  if (word.includes(' ') || word.length < 3 || word === word.toUpperCase()) return undefined;
  const lower = word.toLowerCase();
  if (isFunctionWord(lower) || NUMBER_WORD.test(lower)) return 'word';
  if (ABSTRACT_NOUN_ENDING.test(word)) return 'noun';
  if (!writtenInLowerCaseNearby(text, lower, at)) return undefined;
  return lower.endsWith('s') ? 'noun' : 'word';
}
/** Endings of abstract nouns that names rarely have: "Unemployment", "Inflation". */
const ABSTRACT_NOUN_ENDING = /\p{Ll}{3}(?:tion|sion|ment|ness|ity|ism|ship|hood)$/u;
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)s?$/;

function writtenInLowerCaseNearby(text: string, lower: string, at: number): boolean {
  // A window of its own: indexOf on the whole text would scan to its end whenever the word is absent.
  const window = text.slice(Math.max(0, at - NEARBY_CHARS), at + NEARBY_CHARS);
  for (let i = window.indexOf(lower); i >= 0; i = window.indexOf(lower, i + 1)) {
    if (!isLetterAt(window, i - 1) && !isLetterAt(window, i + lower.length)) return true;
  }
  return false;
}
/** How far around the claim a lower-case use of its opening word is looked for. */
const NEARBY_CHARS = 2000;
function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /\p{L}/u.test(text[i]!);
}
/** A lone capital ("Q" of "Q3") or a quantity word opening a sentence ("Nearly half of …"). */
function notAName(name: string): boolean {
  return name.length === 1 || QUANTITY_OPENERS.has(name);
}
const QUANTITY_OPENERS = new Set(
  'Nearly Roughly Almost Approximately About Around Only Just Some Over Under More Fewer Less Most Half Exactly Precisely'.split(
    ' ',
  ),
);
const NATIONALITY = /(?:an|ese|ish|ic)$/;
const LOWER_NEXT = /^\s+\p{Ll}/u;

function wordsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n <= 3; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}
