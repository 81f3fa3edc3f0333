/**
 * Who a reported claim is reported from, read around its attribution word
 * with char scans (it runs for every reported claim of a long document).
 */
import {
  FUNCTION_WORDS,
  SOURCE_AUXILIARIES,
  SOURCE_DETERMINERS,
  SOURCE_PHRASE_BREAKS,
  SOURCE_PRONOUNS,
} from './lexicon';

const POSSESSIVE = /['’]s$/;

/**
 * Who the claim is reported from, read around its attribution word: the noun
 * phrase after "according to" ("according to the transport authority"), or
 * the one right before a reporting verb ("the finance ministry says", "three
 * independent economists said"). Undefined when there is none, so the caller
 * falls back to the claim's main name; "someone" for a pronoun.
 */
export function reportedSource(
  text: string,
  span: { start: number; end: number },
  attribution: string,
): string | undefined {
  const at = findWord(text, span.start, span.end, attribution);
  if (at < 0) return undefined;
  let from = -1;
  let to = -1;
  let count = 0;
  if (attribution === 'according') {
    // Forwards from "to": the words up to punctuation, without a trailing function word.
    const toWord = nextWord(text, at + attribution.length, span.end);
    let i = toWord ? toWord[1] : span.end;
    while (count < MAX_SOURCE_WORDS && !endsPhrase(text, i)) {
      const word = nextWord(text, i, span.end);
      if (!word) break;
      if (from < 0) from = word[0];
      if (!FUNCTION_WORDS.has(lowerWord(text, word))) to = word[1];
      count++;
      i = word[1];
    }
  } else {
    // Backwards from the verb over its subject: up to a determiner, punctuation or a conjunction,
    // past auxiliaries right before the verb ("the ministry has said").
    let i = at;
    while (count < MAX_SOURCE_WORDS) {
      const word = previousWord(text, span.start, i);
      if (!word || endsPhrase(text, word[1])) break;
      const w = lowerWord(text, word);
      i = word[0];
      if (to < 0 && SOURCE_AUXILIARIES.has(w)) continue;
      if (SOURCE_PHRASE_BREAKS.has(w)) break;
      if (to < 0) to = word[1];
      from = word[0];
      count++;
      if (SOURCE_DETERMINERS.has(w)) break;
    }
  }
  if (from < 0 || to <= from) return undefined;
  const phrase = text.slice(from, to);
  // "He said Lagos exported …": the source is not Lagos, and the pronoun says nothing on its own.
  if (count === 1 && SOURCE_PRONOUNS.has(phrase.toLowerCase())) return 'someone';
  // "The minister said …" is reported as "what the minister said".
  return phrase.replace(POSSESSIVE, '').replace(LEADING_DETERMINER, (d) => d.toLowerCase());
}

/**
 * Whether the attribution word reports what someone said. Most always do
 * ("said", "told", "according"); a few are also ordinary words: "posted" a
 * loss reports nothing (it does before "that", "on", a colon, a quote or the
 * clause's end), and "claims", "reports", "states", "estimates" are nouns
 * after a determiner or before "of" ("insurance claims", "the states").
 */
export function reportsSpeech(
  text: string,
  span: { start: number; end: number },
  attribution: string,
): boolean {
  const posted = attribution === 'posted';
  if (!posted && !PLURAL_NOUN_ATTRIBUTIONS.has(attribution)) return true;
  const at = findWord(text, span.start, span.end, attribution);
  if (at < 0) return true;
  if (usedToReport(text, span, at, attribution, posted)) return true;
  // "In an essay posted Wednesday, she said that …": another reporting word may follow.
  return REPORTING_WORD.test(text.slice(at + attribution.length, span.end));
}

function usedToReport(
  text: string,
  span: { start: number; end: number },
  at: number,
  attribution: string,
  posted: boolean,
): boolean {
  const next = nextWord(text, at + attribution.length, span.end);
  const nextLower = next ? lowerWord(text, next) : '';
  if (posted) {
    if (!next) return true;
    return /[,.:;"“]/.test(text.slice(at + attribution.length, next[0])) || POSTED_ABOUT.has(nextLower);
  }
  // "his claims that …" still reports; "the states sued", "reports of abuse" do not.
  if (nextLower === 'that') return true;
  const previous = previousWord(text, span.start, at);
  const nounBefore = previous !== undefined && NOUN_DETERMINERS.has(lowerWord(text, previous));
  return !nounBefore && nextLower !== 'of';
}
/** Reporting words that are never ordinary nouns or actions. */
const REPORTING_WORD =
  /\b(?:said|says|told|tells|according to|stated|claimed|announced|wrote|tweeted|testified|insisted|declared|confirmed|warned|alleged)\b/i;
const PLURAL_NOUN_ATTRIBUTIONS = new Set(['claims', 'reports', 'states', 'estimates']);
/** What "posted" reports before: "posted that …", "posted on X", "posted online". */
const POSTED_ABOUT = new Set(['that', 'on', 'online']);
/** Words before a noun: "the claims", "insurance claims", "their estimates". */
const NOUN_DETERMINERS = new Set(
  'the these those such his her their its our your my many some all both several new recent false early earlier official insurance united'.split(
    ' ',
  ),
);

/**
 * Start of `word` (lower-case ASCII) as a whole word in text[from, to), written
 * in lower case or with a capital first letter; -1 when absent. indexOf on the
 * span alone: on the whole text a miss would run on to the end of the document.
 */
function findWord(text: string, from: number, to: number, word: string): number {
  const span = text.slice(from, to);
  for (const form of formsOf(word)) {
    for (let i = span.indexOf(form); i >= 0; i = span.indexOf(form, i + 1)) {
      if ((i === 0 || !isWordChar(span.charCodeAt(i - 1))) && !isWordChar(span.charCodeAt(i + form.length)))
        return from + i;
    }
  }
  return -1;
}

/** The word in lower case and with a capital first letter, made once per word. */
function formsOf(word: string): readonly string[] {
  let forms = FORMS.get(word);
  if (!forms) {
    forms = [word, word[0]!.toUpperCase() + word.slice(1)];
    FORMS.set(word, forms);
  }
  return forms;
}
const FORMS = new Map<string, readonly string[]>();

/** [start, end) of the word at or after `i` (before `to`), or undefined. */
function nextWord(text: string, i: number, to: number): [number, number] | undefined {
  while (i < to && text.charCodeAt(i) <= 32) i++;
  const start = i;
  while (i < to && (isWordChar(text.charCodeAt(i)) || isDigitGroupMark(text, i))) i++;
  return i > start ? [start, i] : undefined;
}

/** [start, end) of the word ending before `i` (not before `from`), skipping spaces, or undefined. */
function previousWord(text: string, from: number, i: number): [number, number] | undefined {
  while (i > from && text.charCodeAt(i - 1) <= 32) i--;
  const end = i;
  while (i > from && (isWordChar(text.charCodeAt(i - 1)) || isDigitGroupMark(text, i - 1))) i--;
  return i < end ? [i, end] : undefined;
}

/** The comma or point inside a number ("2,000", "3.5"). */
function isDigitGroupMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === 44 || c === 46) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}
const isDigit = (c: number) => c >= 48 && c <= 57;

/** A comma, colon, bracket or quote right after a word ends the phrase it belongs to. */
function endsPhrase(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d;
}

/** Letters, digits, apostrophes and hyphens ("Petro’s", "anti-war"); digit groups are isDigitGroupMark's. */
function isWordChar(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  if (c === 39 || c === 45 || c === 0x2019) return true;
  return c > 0xbf && c < 0x2000; // Latin letters with accents, Greek, Cyrillic
}

const LEADING_DETERMINER = /^(?:The|A|An|This|These|Those)(?=\s)/;
const MAX_SOURCE_WORDS = 5;
/** The word at [start, end), lower-cased only when it has capitals (most words have none). */
function lowerWord(text: string, [start, end]: [number, number]): string {
  const w = text.slice(start, end);
  return /[A-Z]/.test(w) ? w.toLowerCase() : w;
}
