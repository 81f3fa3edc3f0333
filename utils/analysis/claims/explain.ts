/**
 * One plain sentence saying why a claim is worth checking, built from the
 * strongest evidence the features found.
 */
import type { Evidence } from './features';

/** Words that continue a figure ("one hour and forty minutes", "3.5 million people"). */
const FIGURE_CONTINUATION =
  /^(?:[\s\u00a0-]+(?:and|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|percent|per cent|point|(?:second|minute|hour|day|week|month|year)s?|a half|half|january|february|march|april|may|june|july|august|september|october|november|december|\d[\d.,]*\b))*(?:[\s\u00a0]*%)?/i;
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
  let figure = text.slice(span.start, span.end) + cont.trimEnd().replace(/[\s\u00a0]+and$/i, '');
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
    if (TITLE.test(name) || NOT_A_NAME.test(name)) continue;
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
/** A lone capital ("Q" of "Q3") or a capitalised adverb opening a sentence ("Nearly half of …"). */
const NOT_A_NAME = /^(?:\p{Lu}|\p{Lu}\p{Ll}+ly)$/u;
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
 * independent economists said"). Undefined when that is a pronoun or nothing
 * name-like, so the caller falls back to the claim's main name; "someone" for a pronoun.
 */
function reportedSource(
  text: string,
  span: { start: number; end: number },
  attribution: string,
): string | undefined {
  const inSpan = text.slice(span.start, span.end);
  if (attribution === 'according') {
    const after = ACCORDING_TO.exec(inSpan)?.[1];
    return after ? trimPhrase(after.split(/\s+/).slice(0, MAX_SOURCE_WORDS)) : undefined;
  }
  const verb = verbPattern(attribution).exec(inSpan);
  if (!verb) return undefined;
  const before = inSpan.slice(0, verb.index + (verb[0].length - attribution.length)).trimEnd();
  // Back from the verb over the noun phrase: stop at punctuation, a conjunction or after a determiner.
  const words: string[] = [];
  for (const word of before.split(/\s+/).reverse()) {
    if (
      word === '' ||
      /[,;:()"“”]$/.test(word) ||
      PHRASE_BREAK.test(word) ||
      words.length === MAX_SOURCE_WORDS
    )
      break;
    words.unshift(word);
    if (DETERMINER.test(word)) break;
  }
  return trimPhrase(words);
}

/** The reporting verb as a whole word; one pattern per verb of the closed ATTRIBUTION list. */
function verbPattern(verb: string): RegExp {
  let re = VERB_PATTERNS.get(verb);
  if (!re) {
    re = new RegExp(`(?:^|[^\\p{L}'’])${verb}(?![\\p{L}])`, 'iu');
    VERB_PATTERNS.set(verb, re);
  }
  return re;
}
const VERB_PATTERNS = new Map<string, RegExp>();

/** Drops trailing function words and a final stop; a pronoun names no one. */
function trimPhrase(words: string[]): string | undefined {
  const kept = [...words];
  while (kept.length > 0 && FUNCTION_WORD.test(kept.at(-1)!.replace(/[.,;:]$/, ''))) kept.pop();
  const phrase = kept.join(' ').replace(/[.,;:]$/, '');
  if (phrase === '') return undefined;
  // "He said Lagos exported …": the source is not Lagos, and the pronoun says nothing on its own.
  if (PRONOUN.test(phrase)) return 'someone';
  // "The minister said …" is reported as "what the minister said".
  return phrase.replace(POSSESSIVE, '').replace(LEADING_DETERMINER, (d) => d.toLowerCase());
}

const LEADING_DETERMINER = /^(?:The|A|An|This|These|Those)(?=\s)/;
const ACCORDING_TO = /\baccording to\s+([^,.;:()"“”]{2,80})/i;
const MAX_SOURCE_WORDS = 5;
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|their|its|our)$/i;
const PHRASE_BREAK =
  /^(?:and|but|or|that|which|who|while|as|because|when|if|so|than|where|after|before|since|also|has|have|had|is|was|were|are|would|will|could)$/i;
const PRONOUN = /^(?:he|she|they|it|we|i|you|one|someone|somebody|everyone|who)$/i;
