/**
 * One plain sentence saying why a claim is worth checking, built from the
 * strongest evidence the features found.
 */
import type { Evidence } from './features';

/** Words that continue a figure ("one hour and forty minutes", "3.5 million people"). */
const FIGURE_CONTINUATION =
  /^(?:[\s\u00a0-]+(?:and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|percent|per cent|point|(?:second|minute|hour|day|week|month|year)s?|a half|half|january|february|march|april|may|june|july|august|september|october|november|december|\d[\d.,]*\b))*(?:[\s\u00a0]*%)?/i;
const TRAILING_AND = /[\s\u00a0]+and$/i;
/** A percentage or a sum of money: the figure most worth naming when a claim has several. */
const STRONG_FIGURE =
  /[$€£¥]\s?\d[\d.,]*(?:\s?(?:million|billion|trillion|bn|tn|m|k)\b)?|\b\d[\d.,]*\s?(?:%|percent\b|per cent\b)/i;
/** Titles that, alone, do not name anyone ("The Minister of the Interior, Armando Benedetti"). */
const TITLE =
  /^(?:minister|president|secretary|senator|governor|mayor|chairman|chairwoman|director|general|king|queen|prime|chancellor|judge|ambassador|the)$/i;
/** Short words that never name what a figure counts ("in 2010 with …", "millions across …"). */
const FUNCTION_WORD =
  /^(?:a|an|the|and|or|of|in|on|at|by|for|from|to|with|as|across|into|over|under|after|before|since|during|than|that|which|who|is|are|was|were|be|been)$/i;

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
function figureText(text: string, span: { start: number; end: number }): string {
  const after = text.slice(span.end, span.end + 60);
  const cont = FIGURE_CONTINUATION.exec(after)?.[0] ?? '';
  // A continuation never ends on "and": "thousands and displaced" is a figure and a new clause.
  const tail = cont.trimEnd();
  let figure =
    text.slice(span.start, span.end) + (/and$/i.test(tail) ? tail.replace(TRAILING_AND, '') : tail);
  // A bare number reads better with what it counts ("80 people"); a completed figure ("3 February") does not.
  const noun = cont.trim() === '' ? /^[\s\u00a0]+(\p{Ll}+)/u.exec(after) : null;
  if (noun && !FUNCTION_WORD.test(noun[1]!)) figure += ` ${noun[1]}`;
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
    const name = text.slice(e.start, e.end).replace(POSSESSIVE, '');
    if (TITLE.test(name) || notAName(name)) continue;
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

/**
 * Who the claim is reported from, read around its attribution word: the noun
 * phrase after "according to" ("according to the transport authority"), or
 * the one right before a reporting verb ("the finance ministry says", "three
 * independent economists said"). Undefined when there is none, so the caller
 * falls back to the claim's main name; "someone" for a pronoun. Read with char
 * scans: it runs for every reported claim of a long document.
 */
function reportedSource(
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
    const to_ = nextWord(text, at + attribution.length, span.end);
    let i = to_ ? to_[1] : span.end;
    while (count < MAX_SOURCE_WORDS && !endsPhrase(text, i)) {
      const word = nextWord(text, i, span.end);
      if (!word) break;
      if (from < 0) from = word[0];
      if (!FUNCTION_WORD.test(lowerWord(text, word))) to = word[1];
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
      if (to < 0 && AUXILIARIES.has(w)) continue;
      if (PHRASE_BREAK.has(w)) break;
      if (to < 0) to = word[1];
      from = word[0];
      count++;
      if (DETERMINER.has(w)) break;
    }
  }
  if (from < 0 || to <= from) return undefined;
  const phrase = text.slice(from, to);
  // "He said Lagos exported …": the source is not Lagos, and the pronoun says nothing on its own.
  if (count === 1 && PRONOUNS.has(phrase.toLowerCase())) return 'someone';
  // "The minister said …" is reported as "what the minister said".
  return phrase.replace(POSSESSIVE, '').replace(LEADING_DETERMINER, (d) => d.toLowerCase());
}

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

/** [start, end) of the word ending before `i` (not before `from`), skipping spaces and one mark of punctuation. */
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

/** Letters, digits and the marks inside words and numbers ("U.S.", "Petro’s", "2,000"). */
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

const words = (s: string) => new Set(s.split(' '));
const DETERMINER = words('the a an this that these those his her their its our');
const PHRASE_BREAK = words(
  'and but or that which who while as because when if so than where after before since would will could',
);
const AUXILIARIES = words('has have had is was were are also reportedly previously later');
const PRONOUNS = words('he she they it we i you one someone somebody everyone who');
