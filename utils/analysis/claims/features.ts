/**
 * Check-worthiness features of one span of text, computed in a single
 * tokenising pass: a few dozen named cues (figures, names, tense, attribution,
 * modality, hedges, questions, length). No word identities: hashed word
 * features were tried and learned debate topics that hurt on articles (and
 * lowered leave-one-debate-out MAP), so the model sees only cues that carry
 * across genres. The same function feeds training (CheckThat! sentences) and
 * the detector (article clauses), so what is learned is what is used.
 */

import { bitmap, hasBit, setBit } from '../bitmap';
import { EXOTIC, WordTable } from '../word-table';
import {
  ATTRIBUTION,
  CAUSAL,
  CHANGE_VERBS,
  COMMON_OPENERS,
  COMPARATIVE,
  DEONTIC,
  EPISTEMIC,
  EVALUATIVE,
  FILLERS,
  FIRST_PERSON_PLURAL,
  FIRST_PERSON_SINGULAR,
  FUTURE,
  HEDGES,
  IMPERATIVE_OPENERS,
  INTENSIFIERS,
  IRREGULAR_PAST,
  MONEY_WORDS,
  MONTHS,
  NUMBER_WORDS,
  ORIGIN_VERBS,
  SECOND_PERSON,
  TIME_WORDS,
  UNIVERSALS,
  WEEKDAYS,
} from './lexicon';

/** Named (dense) features, in weight order. */
export const DENSE_FEATURES = [
  'bias',
  'number',
  'numbers2',
  'percent',
  'money',
  'year',
  'date',
  'number_word',
  'entity',
  'entities2',
  'entities4',
  'acronym',
  'past',
  'perfect',
  'change_verb',
  'attribution',
  'quote_marks',
  'first_singular',
  'first_plural',
  'second_person',
  'future',
  'deontic',
  'epistemic',
  'hedge',
  'evaluative',
  'evaluative2',
  'causal',
  'comparative_quantity',
  'time_ref',
  'negation',
  'question',
  'exclamation',
  'imperative',
  'filler',
  'len_lt5',
  'len_5_9',
  'len_10_19',
  'len_20_39',
  'len_40',
  'existential',
  'entity_subject',
  'abstract',
  'universal',
  'intensifier',
  'conjunction_start',
  'stance_frame',
  'origin',
  'record',
  'vocative',
] as const;

export type DenseFeature = (typeof DENSE_FEATURES)[number];
const DENSE = DENSE_FEATURES.length;
const at = (name: DenseFeature): number => DENSE_FEATURES.indexOf(name);

export const FEATURE_COUNT = DENSE;

/** What the explanation can point at. Offsets are absolute, end exclusive. */
export interface Evidence {
  figure?: { start: number; end: number };
  /** Runs of capitalised words that look like names ("Nicolás Maduro", "US"), first few only. */
  entities: { start: number; end: number }[];
  attribution?: string;
  causal?: string;
  /**
   * A superlative measured against time, up to its time word ("lowest … in 50 years"), or against
   * a place, with the place ("largest prison population in the country", "world's largest").
   */
  record?: { start: number; end: number; against: 'time' | 'place' };
  change?: string;
  past: boolean;
  quote: boolean;
}

export interface SpanFeatures {
  /** Sparse feature vector: distinct indices into the weight vector with their values. */
  indices: number[];
  values: number[];
  evidence: Evidence;
  /** Word count of the span. */
  words: number;
}

/**
 * The writer's own framing of a conclusion: "it is clear that", "the truth is",
 * "the point is". What follows is argument, not reported fact.
 */
const STANCE_FRAME =
  /\b(?:it (?:is|was|seems|remains) (?:clear|obvious|evident|understandable|undeniable|true|plain|certain|likely|unlikely|possible|important|necessary|essential|(?:high |about )?time (?:for|to))|the (?:truth|reality|point|fact|problem|question|issue|lesson) is|(?:we|you) (?:know|see) that|there is no doubt)\b/i;

/**
 * The regex runs only on spans where it can match: each of its alternatives
 * has a word standing between two spaces right after a word with a known
 * ending ("it" is, "the" truth, "we" know, "is" no), and the scan flags spans
 * holding such a pair. Keep these lists in step with STANCE_FRAME.
 */
const STANCE_ANCHORS: Readonly<Record<string, readonly string[]>> = {
  is: ['it'],
  was: ['it'],
  seems: ['it'],
  remains: ['it'],
  truth: ['the'],
  reality: ['the'],
  point: ['the'],
  fact: ['the'],
  problem: ['the'],
  question: ['the'],
  issue: ['the'],
  lesson: ['the'],
  know: ['we', 'you'],
  see: ['we', 'you'],
  no: ['is'],
};

/** Could STANCE_FRAME match with `anchor` (a STANCE_ANCHORS word) after the word text[prevStart, prevEnd)? */
function stanceAnchored(anchor: string, text: string, prevStart: number, prevEnd: number): boolean {
  for (const ending of STANCE_ANCHORS[anchor]!)
    if (endsWithFolded(text, prevStart, prevEnd, ending)) return true;
  return false;
}

/** Word classes as bit flags, so each token costs one map lookup. */
const C = {
  attribution: 1 << 0,
  irregularPast: 1 << 1,
  change: 1 << 2,
  firstSingular: 1 << 3,
  firstPlural: 1 << 4,
  second: 1 << 5,
  future: 1 << 6,
  deontic: 1 << 7,
  epistemic: 1 << 8,
  hedge: 1 << 9,
  evaluative: 1 << 10,
  causal: 1 << 11,
  comparative: 1 << 12,
  month: 1 << 13,
  weekday: 1 << 14,
  time: 1 << 15,
  numberWord: 1 << 16,
  money: 1 << 17,
  imperative: 1 << 18,
  opener: 1 << 19,
  filler: 1 << 20,
  universal: 1 << 21,
  intensifier: 1 << 22,
  determiner: 1 << 23,
  aux: 1 << 24,
  copula: 1 << 25,
  there: 1 << 26,
  conjunction: 1 << 27,
  negation: 1 << 28,
  origin: 1 << 29,
  from: 1 << 30,
  /** A STANCE_ANCHORS word (the sign bit: all others are taken). */
  stanceAnchor: 1 << 31,
} as const;

const WORD_CLASSES = new Map<string, number>();
function addClass(words: ReadonlySet<string>, flag: number): void {
  for (const w of words) WORD_CLASSES.set(w, (WORD_CLASSES.get(w) ?? 0) | flag);
}
addClass(ATTRIBUTION, C.attribution);
addClass(IRREGULAR_PAST, C.irregularPast);
addClass(CHANGE_VERBS, C.change);
addClass(FIRST_PERSON_SINGULAR, C.firstSingular);
addClass(FIRST_PERSON_PLURAL, C.firstPlural);
addClass(SECOND_PERSON, C.second);
addClass(FUTURE, C.future);
addClass(DEONTIC, C.deontic);
addClass(EPISTEMIC, C.epistemic);
addClass(HEDGES, C.hedge);
addClass(EVALUATIVE, C.evaluative);
addClass(CAUSAL, C.causal);
addClass(COMPARATIVE, C.comparative);
addClass(MONTHS, C.month);
addClass(WEEKDAYS, C.weekday);
addClass(TIME_WORDS, C.time);
addClass(NUMBER_WORDS, C.numberWord);
addClass(MONEY_WORDS, C.money);
addClass(IMPERATIVE_OPENERS, C.imperative);
addClass(COMMON_OPENERS, C.opener);
addClass(FILLERS, C.filler);
addClass(UNIVERSALS, C.universal);
addClass(INTENSIFIERS, C.intensifier);
/** Words that make a following "one" loose ("every single one", "the one"): see DETERMINER_TABLE. */
const DETERMINERS = new Set(['every', 'single', 'no', 'any', 'the', 'this', 'that', 'each', 'which']);
addClass(DETERMINERS, C.determiner);
addClass(new Set(['has', 'have', 'had']), C.aux);
addClass(new Set(['is', 'are', 'was', 'were']), C.copula);
addClass(new Set(['there']), C.there);
addClass(new Set(['but', 'and', 'so']), C.conjunction);
addClass(new Set(['not', 'never']), C.negation);
addClass(ORIGIN_VERBS, C.origin);
addClass(new Set(['from']), C.from);
addClass(new Set(Object.keys(STANCE_ANCHORS)), C.stanceAnchor);

/**
 * Classes read only at a span's first word: what opens it (a capital that is
 * not a name, an imperative, a filler, a conjunction, "there" before a copula).
 * Determiners are asked for only before a "one" (isDeterminer). The commonest
 * words of English ("the", "of", "and", "in", "it", "that") have no other class,
 * so after the first word they are left out of the lookup: about a third of a
 * text's words then fail the gate instead of being looked up.
 */
const FIRST_WORD_ONLY = C.opener | C.imperative | C.filler | C.conjunction | C.there | C.determiner;

/** ASCII lower-casing of one code unit; the curly apostrophe reads as a straight one. */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c === 0x2019 ? 39 : c;
}

/**
 * A cheap gate before the word-class lookup: (length, first, last letter) of
 * every classed word. Most words fail it and never pay for slicing, lower-casing
 * and hashing a string.
 */
function gateKey(length: number, first: number, last: number): number {
  return (Math.min(length, 31) << 10) | ((first & 31) << 5) | (last & 31);
}
/** Word classes as a Map (for words with accented letters), read in place (see word-table.ts), and gated. */
interface ClassLexicon {
  classes: ReadonlyMap<string, number>;
  table: WordTable;
  /** A bitmap rather than a Set: the gate runs once per word, and a bit read costs less than a hash probe. */
  gate: Uint32Array;
}

function classLexicon(classes: ReadonlyMap<string, number>): ClassLexicon {
  const gate = bitmap(32 << 10);
  for (const w of classes.keys())
    setBit(gate, gateKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1)));
  return { classes, table: new WordTable(classes), gate };
}

/** Every class: the first word of a span. */
const FIRST_WORD_LEXICON = classLexicon(WORD_CLASSES);
/** The classes read at any word: every later word of a span. */
const LATER_WORD_LEXICON = classLexicon(
  new Map(
    [...WORD_CLASSES]
      .map(([w, classes]) => [w, classes & ~FIRST_WORD_ONLY] as const)
      .filter(([, classes]) => classes !== 0),
  ),
);
const DETERMINER_TABLE = new WordTable(new Map([...DETERMINERS].map((w) => [w, C.determiner])));

/**
 * Is text[start, end) a determiner, in any case? All of them are ASCII, so a
 * word the table calls EXOTIC is none.
 */
function isDeterminer(text: string, start: number, end: number): boolean {
  return DETERMINER_TABLE.find(text, start, end) >= 0;
}

/** Does text[start, end) end with `suffix` (lower-case ASCII), ignoring case and apostrophe style? */
function endsWithFolded(text: string, start: number, end: number, suffix: string): boolean {
  const n = suffix.length;
  if (end - start < n) return false;
  for (let k = 0; k < n; k++) if (fold(text.charCodeAt(end - n + k)) !== suffix.charCodeAt(k)) return false;
  return true;
}

/** Words before which "most" and "least" are superlatives: "the most", "its most", "the state's least". */
const DEFINITE = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);

/** Whether the word at [start, end) is "the", a possessive pronoun or a possessive ("world's"). */
function afterDefinite(text: string, start: number, end: number): boolean {
  if (end - start <= 5 && DEFINITE.has(text.slice(start, end).toLowerCase())) return true;
  return endsWithFolded(text, start, end, "'s");
}

/** Classes a capitalised word inside a sentence keeps (dates and number words are capitalised too). */
const NAME_SAFE_CLASSES = C.month | C.weekday | C.numberWord | C.money;

// Feature indices, resolved once.
const F_BIAS = at('bias');
const F_NUMBER = at('number');
const F_NUMBERS2 = at('numbers2');
const F_PERCENT = at('percent');
const F_MONEY = at('money');
const F_YEAR = at('year');
const F_DATE = at('date');
const F_NUMBER_WORD = at('number_word');
const F_ENTITY = at('entity');
const F_ENTITIES2 = at('entities2');
const F_ENTITIES4 = at('entities4');
const F_ACRONYM = at('acronym');
const F_PAST = at('past');
const F_PERFECT = at('perfect');
const F_CHANGE = at('change_verb');
const F_ATTRIBUTION = at('attribution');
const F_QUOTE = at('quote_marks');
const F_FIRST_SINGULAR = at('first_singular');
const F_FIRST_PLURAL = at('first_plural');
const F_SECOND = at('second_person');
const F_FUTURE = at('future');
const F_DEONTIC = at('deontic');
const F_EPISTEMIC = at('epistemic');
const F_HEDGE = at('hedge');
const F_EVALUATIVE = at('evaluative');
const F_EVALUATIVE2 = at('evaluative2');
const F_CAUSAL = at('causal');
const F_COMPARATIVE_QUANTITY = at('comparative_quantity');
const F_TIME = at('time_ref');
const F_NEGATION = at('negation');
const F_QUESTION = at('question');
const F_EXCLAMATION = at('exclamation');
const F_IMPERATIVE = at('imperative');
const F_FILLER = at('filler');
const F_LEN_LT5 = at('len_lt5');
const F_LEN_5_9 = at('len_5_9');
const F_LEN_10_19 = at('len_10_19');
const F_LEN_20_39 = at('len_20_39');
const F_LEN_40 = at('len_40');
const F_EXISTENTIAL = at('existential');
const F_ENTITY_SUBJECT = at('entity_subject');
const F_ABSTRACT = at('abstract');
const F_UNIVERSAL = at('universal');
const F_INTENSIFIER = at('intensifier');
const F_CONJUNCTION_START = at('conjunction_start');
const F_STANCE = at('stance_frame');
const F_ORIGIN = at('origin');
const F_RECORD = at('record');
const F_VOCATIVE = at('vocative');
/** How many words may stand between an origin verb and its "from" ("come directly from"). */
const ORIGIN_REACH = 3;

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;

/** Character classes for the tokenizer: ASCII by comparison, the rest by Unicode property. */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (isGeneralPunctuation(c)) return false;
  return LETTER_OR_MARK.test(text[i]!);
}
function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  return c > 0xff && !isGeneralPunctuation(c) && DIGIT.test(text[i]!);
}
/**
 * U+2000..U+206F: curly quotes, dashes, ellipsis, spaces. Common in page text
 * and never a letter, mark or digit, so they skip the Unicode regex tests.
 */
function isGeneralPunctuation(c: number): boolean {
  return c >= 0x2000 && c <= 0x206f;
}
function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text[i]!);
}

/**
 * Four ASCII digits from 1800 to 2099 at text[at]. Read by code: slicing and
 * parsing every four-character number showed in profiles. (Any other
 * four-character number, "1.99", "1:30" or in other digits, was never a year.)
 */
function isYear(text: string, at: number): boolean {
  let year = 0;
  for (let k = at; k < at + 4; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return false;
    year = year * 10 + d;
  }
  return year >= 1800 && year <= 2099;
}

/** Longest record quoted whole in an explanation ("largest tax cut in the history of the state"). */
const MAX_RECORD_CHARS = 50;

/** Comparative words that are superlatives ("-est" words are found by their ending). */
const SUPERLATIVES = new Set(['most', 'least', 'best', 'worst', 'record']);

/**
 * "-est" words that measure rather than judge ("largest", "highest", "deadliest", not "greatest" or
 * "finest"): measured against a place they can be checked too ("the largest prison population in
 * the country", "the world's biggest producer"), like a record against time.
 */
const MEASURED_SUPERLATIVE =
  /^(?:larg|bigg|high|low|small|fast|slow|rich|poor|wealthi|old|young|long|short|tall|deadli|busi|heavi|cheap|costli|hott|cold|wett|dri|dens|steep)est$/i;
/** The place a superlative is measured against, after it ("in the country", "of any state") or before it ("the world's"). */
const PLACE_AFTER =
  /^[^.;:!?]{0,60}?\b(?:in|of|on) (?:the |this |our |any |all )?(?:country|world|nation|state|states|region|continent|planet|europe|america|africa|asia|city|county|province|earth|developed world|oecd)\b/i;
const PLACE_BEFORE =
  /\b(?:world|nation|country|state|continent|region|planet|city|europe|america)['’]s(?: [a-z]+)?\s+$/i;

/**
 * The record a superlative at [start, end) makes against a place, place included, within the span
 * ending at spanEnd; null when it measures nothing against a place.
 */
function placeRecord(
  text: string,
  start: number,
  end: number,
  spanEnd: number,
): { start: number; end: number } | null {
  if (!MEASURED_SUPERLATIVE.test(text.slice(start, end))) return null;
  const after = PLACE_AFTER.exec(text.slice(end, Math.min(spanEnd, end + 80)));
  if (after) return { start, end: end + after[0].length };
  const from = Math.max(0, start - 24);
  const before = PLACE_BEFORE.exec(text.slice(from, start));
  return before ? { start: from + before.index, end } : null;
}

/** Reused feature buffer: allocating a typed array per span was a measurable share of the time. */
const scratch = new Float64Array(DENSE);

const APOSTROPHE = 39;
const MAX_ENTITY_RUNS = 8;
const RIGHT_QUOTE = 0x2019;

export interface SpanOptions {
  /**
   * Word count used for the length features. A clause is scored with its
   * sentence's length: the model learned length as "how much the sentence
   * says", and a clause of a long sentence says as much.
   */
  lengthWords?: number;
}

/**
 * Features of text[start, end). One left-to-right scan: words (letters with
 * inner apostrophes and hyphens, "U.S." as one word), numbers (digits with
 * inner , . :) and the symbols % $ € £ ¥ ? ! and double quotes.
 */
export function spanFeatures(
  text: string,
  start: number,
  end: number,
  // Optional rather than defaulted to {}: an empty object per span, for nothing.
  options?: SpanOptions,
): SpanFeatures {
  const f = scratch;
  f.fill(0);
  // The evidence is kept in locals and made an object at the end: its optional fields, added as
  // found in varying order, gave the objects many hidden classes, and the scan's reads and writes
  // of them were polymorphic. The object still gets its fields in the order they were found.
  const entityRuns: Evidence['entities'] = [];
  let figure: Evidence['figure'];
  let attribution: string | undefined;
  let causal: string | undefined;
  let change: string | undefined;
  let pastFound = false;
  let quoteFound = false;
  /** Order in which figure, attribution, causal and change were found (-1: not found). */
  let found = 0;
  let figureAt = -1;
  let attributionAt = -1;
  let causalAt = -1;
  let changeAt = -1;

  let words = 0;
  let numbers = 0;
  let entities = 0;
  let evaluative = 0;
  let abstract = 0;
  let moneyWord = false;
  let hasComparative = false;
  let superlative = false;
  let timeFound = false;
  /** The first superlative and the first time word after it: "lowest … in 50 years". */
  let superlativeStart = -1;
  let superlativeEnd = -1;
  let recordEnd = -1;
  let prevFlags = 0;
  let prevClasses = 0;
  /**
   * The item before is a word whose classes count (not a number, not a name
   * inside the sentence): were it a determiner, a "one" after it would be loose.
   */
  let prevDeterminerCounts = false;
  let inEntity = false;
  let originAt = Number.NEGATIVE_INFINITY;
  /** Whether STANCE_FRAME can match (see STANCE_ANCHORS), and the previous word it is judged by. */
  let stanceAnchor = false;
  let prevWordStart = -1;
  let prevWordEnd = -1;

  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isLetter(text, i)) {
      // A word: letters, inner apostrophes/hyphens followed by a letter, dotted acronyms.
      const wStart = i;
      // Lower-casing allocates; most words are already lower-case ASCII and skip it.
      let needsLower = c < 97 || c > 122;
      let curlyApostrophe = false;
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) i++;
        else if (isLetter(text, i)) {
          needsLower = true;
          i++;
        } else if (
          (d === APOSTROPHE || d === RIGHT_QUOTE || d === 45 || d === 46) &&
          i + 1 < end &&
          isLetter(text, i + 1) &&
          (d !== 46 || (i - wStart === 1 && isUpper(text, wStart)))
        ) {
          if (d === RIGHT_QUOTE) curlyApostrophe = true;
          i += 2;
          needsLower = true; // rare; not worth checking the joined letter's case
          if (d === 46 && i < end && text.charCodeAt(i) === 46) i++; // "U.S." keeps its final dot
        } else break;
      }
      words++;
      const first = words === 1;
      const length = i - wStart;
      const last = fold(text.charCodeAt(i - 1));
      let lower = '';
      let classes = 0;
      const lexicon = first ? FIRST_WORD_LEXICON : LATER_WORD_LEXICON;
      if (hasBit(lexicon.gate, gateKey(length, fold(c), last))) {
        const slot = lexicon.table.find(text, wStart, i);
        if (slot >= 0) {
          lower = lexicon.table.key(slot);
          classes = lexicon.table.value(slot);
        } else if (slot === EXOTIC) {
          lower = text.slice(wStart, i);
          if (needsLower) lower = lower.toLowerCase();
          if (curlyApostrophe) lower = lower.replaceAll('’', "'");
          classes = lexicon.classes.get(lower) ?? 0;
        }
        // ABSENT: no class, and `lower` is only read for classed words.
      }
      /** A superlative: a comparative word such as "most" or "record", or an "-est" word (suffix checks below). */
      let superlativeWord = false;
      const capitalised = isUpper(text, wStart);
      const isEntity =
        capitalised &&
        (classes & (C.firstSingular | C.month | C.weekday)) === 0 && // "I", "I'm", "March"
        (!first || (classes & C.opener) === 0);
      // Inside a name a word is not a verb or a pronoun: "United States", "Will Smith", "Us Weekly".
      const flags = isEntity && !first ? classes & NAME_SAFE_CLASSES : classes;
      if (isEntity) {
        const run = entityRuns.at(-1);
        if (inEntity && run && wStart - run.end <= 1) {
          run.end = i; // extend "Nicolás" to "Nicolás Maduro"
        } else {
          entities++;
          if (entityRuns.length < MAX_ENTITY_RUNS) entityRuns.push({ start: wStart, end: i });
        }
        if (length > 1 && isUpper(text, wStart + 1) && isUpper(text, i - 1)) f[F_ACRONYM] = 1;
        if (first) f[F_ENTITY_SUBJECT] = 1;
      }
      inEntity = isEntity;

      if (flags !== 0) {
        if (flags & C.numberWord) {
          // "one of the richest", "every single one": not a count.
          const looseOne =
            lower === 'one' &&
            ((prevDeterminerCounts && isDeterminer(text, prevWordStart, prevWordEnd)) ||
              /^\s+of\b/.test(text.slice(i, i + 4)));
          if (!looseOne) {
            f[F_NUMBER_WORD] = 1;
            if (lower === 'percent' || lower === 'cent') f[F_PERCENT] = 1;
            if (figureAt < 0) {
              figure = { start: wStart, end: i };
              figureAt = found++;
            }
          }
        }
        if (flags & C.money) moneyWord = true;
        if (flags & C.month && (capitalised || lower !== 'may')) f[F_DATE] = 1;
        if (flags & C.weekday) f[F_DATE] = 1;
        if (flags & C.attribution) {
          f[F_ATTRIBUTION] = 1;
          if (attributionAt < 0) {
            attribution = lower;
            attributionAt = found++;
          }
        }
        if (flags & C.causal) {
          f[F_CAUSAL] = 1;
          if (causalAt < 0) {
            causal = lower;
            causalAt = found++;
          }
        }
        if (flags & C.change) {
          f[F_CHANGE] = 1;
          if (changeAt < 0) {
            change = lower;
            changeAt = found++;
          }
        }
        if (flags & C.firstSingular) f[F_FIRST_SINGULAR] = 1;
        // "US" the country is not "us" the pronoun.
        if (flags & C.firstPlural && !(length === 2 && text.charCodeAt(wStart + 1) === 83))
          f[F_FIRST_PLURAL] = 1;
        if (flags & C.second) f[F_SECOND] = 1;
        if (flags & C.future) f[F_FUTURE] = 1;
        if (flags & C.deontic) f[F_DEONTIC] = 1;
        // "in May 2017": the month, not the modal.
        if (flags & C.epistemic && !(flags & C.month && capitalised && !first)) f[F_EPISTEMIC] = 1;
        if (flags & C.hedge) f[F_HEDGE] = 1;
        if (flags & C.evaluative) evaluative++;
        if (flags & C.comparative) {
          hasComparative = true;
          // "most"/"least" are superlatives after "the" or a possessive ("the most votes", "the state's
          // least"); elsewhere they are quantifiers ("Most economists expect…").
          if (
            SUPERLATIVES.has(lower) &&
            ((lower !== 'most' && lower !== 'least') || afterDefinite(text, prevWordStart, prevWordEnd))
          )
            superlativeWord = true;
        }
        if (flags & C.time) {
          f[F_TIME] = 1;
          timeFound = true;
          if (superlative && recordEnd < 0) recordEnd = i;
        }
        if (flags & C.universal) f[F_UNIVERSAL] = 1;
        if (flags & C.intensifier) f[F_INTENSIFIER] = 1;
        if (flags & C.negation) f[F_NEGATION] = 1;
        if (first && flags & C.imperative) f[F_IMPERATIVE] = 1;
        if (first && flags & C.filler) f[F_FILLER] = 1;
        if (first && flags & C.conjunction) f[F_CONJUNCTION_START] = 1;
        if (words === 2 && flags & C.copula && prevClasses & C.there) f[F_EXISTENTIAL] = 1;
        if (flags & C.origin) originAt = words;
        else if (flags & C.from && words - originAt <= ORIGIN_REACH) f[F_ORIGIN] = 1;
      }
      const past =
        (flags & C.irregularPast) !== 0 ||
        (last === 100 && length > 4 && !first && !isEntity && endsWithFolded(text, wStart, i, 'ed'));
      if (past) {
        f[F_PAST] = 1;
        pastFound = true;
        if (prevFlags & C.aux) f[F_PERFECT] = 1;
      }
      // Suffix checks, dispatched on the last letter so most words cost one comparison.
      if (last === 108) {
        if (endsWithFolded(text, wStart, i, "'ll")) f[F_FUTURE] = 1;
      } else if (last === 116) {
        if (endsWithFolded(text, wStart, i, "n't")) f[F_NEGATION] = 1;
        else if (length > 5 && endsWithFolded(text, wStart, i, 'est')) {
          hasComparative = true;
          superlativeWord = true;
        }
      } else if (last === 109) {
        if (length > 5 && endsWithFolded(text, wStart, i, 'ism')) abstract++;
      } else if (last === 115) {
        if (
          length > 5 &&
          (endsWithFolded(text, wStart, i, 'isms') || endsWithFolded(text, wStart, i, 'ness'))
        )
          abstract++;
      }
      if (superlativeWord && !superlative) {
        superlative = true;
        superlativeStart = wStart;
        superlativeEnd = i;
      }
      if (classes & C.stanceAnchor && stanceAnchored(lower, text, prevWordStart, prevWordEnd))
        stanceAnchor = true;
      prevWordStart = wStart;
      prevWordEnd = i;
      prevFlags = flags;
      prevClasses = classes;
      prevDeterminerCounts = !(isEntity && !first);
      continue;
    }
    if (isDigit(text, i)) {
      const nStart = i;
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isDigit(text, i)) i++;
        else if ((d === 44 || d === 46 || d === 58) && i + 1 < end && isDigit(text, i + 1)) i += 2;
        else break;
      }
      words++;
      numbers++;
      // "biggest loss since 2009": the record's time word takes the number after it.
      if (recordEnd > 0 && recordEnd === prevWordEnd) recordEnd = i;
      if (i - nStart === 4 && isYear(text, nStart)) f[F_YEAR] = 1;
      if (figureAt < 0) {
        figure = { start: nStart, end: i };
        figureAt = found++;
      }
      prevFlags = 0;
      prevClasses = 0;
      prevDeterminerCounts = false;
      inEntity = false;
      continue;
    }
    // Symbols and everything else.
    if (c === 37) f[F_PERCENT] = 1;
    else if (c === 63) f[F_QUESTION] = 1;
    else if (c === 33) f[F_EXCLAMATION] = 1;
    else if (c === 34 || c === 0x201c || c === 0x201d) {
      f[F_QUOTE] = 1;
      quoteFound = true;
    } else if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) {
      f[F_MONEY] = 1;
      if (figureAt < 0) {
        figure = { start: i, end: i + 1 };
        figureAt = found++;
      }
    }
    if (c > 32 && c !== 0xa0) inEntity = false;
    i++;
  }

  f[F_BIAS] = 1;
  if (stanceAnchor && end - start < 2000 && STANCE_FRAME.test(text.slice(start, end))) f[F_STANCE] = 1;
  const numeric = numbers > 0 || f[F_NUMBER_WORD] === 1;
  // "a few more dollars" is not a sum: money words count only next to a number.
  if (moneyWord && numeric) f[F_MONEY] = 1;
  if (numeric) f[F_NUMBER] = 1;
  if (numbers > 1) f[F_NUMBERS2] = 1;
  if (entities > 0) f[F_ENTITY] = 1;
  if (entities > 1) f[F_ENTITIES2] = 1;
  if (entities > 3) f[F_ENTITIES4] = 1;
  if (abstract > 0) f[F_ABSTRACT] = Math.min(abstract, 3) / 3;
  if (evaluative > 0) f[F_EVALUATIVE] = 1;
  if (evaluative > 1) f[F_EVALUATIVE2] = 1;
  if (hasComparative && numeric) f[F_COMPARATIVE_QUANTITY] = 1;
  // "the lowest unemployment in 50 years", "the largest tax cut in history", "the strongest it has
  // ever been": a record is a superlative measured against time, and can be checked.
  // Measured against a place, a superlative is a record too ("the largest … in the country"), when
  // the sentence asserts it: not in a hypothetical ("could give … one of the richest regions").
  const asserted = f[F_EPISTEMIC] === 0 && f[F_FUTURE] === 0;
  const place =
    superlative && !timeFound && asserted ? placeRecord(text, superlativeStart, superlativeEnd, end) : null;
  const record = superlative && (timeFound || place !== null);
  if (record) f[F_RECORD] = 1;
  // "Senator Sanders, you said…": a name opening the sentence, set off by a comma, then "you":
  // someone is being addressed (a moderator's or an interviewer's question), not a claim made.
  const opener = entityRuns[0];
  if (f[F_SECOND] === 1 && opener && opener.start - start <= 1 && text.charCodeAt(opener.end) === 44)
    f[F_VOCATIVE] = 1;
  const length = options?.lengthWords ?? words;
  if (length < 5) f[F_LEN_LT5] = 1;
  else if (length < 10) f[F_LEN_5_9] = 1;
  else if (length < 20) f[F_LEN_10_19] = 1;
  else if (length < 40) f[F_LEN_20_39] = 1;
  else f[F_LEN_40] = 1;
  if (words === 0) f[F_FILLER] = 1;

  // Sized before they are filled: grown by push, each array's first push reserved 16 slots
  // for the five or six features a span has, most of a span's allocation.
  let nonZero = 0;
  for (let k = 0; k < DENSE; k++) if (f[k] !== 0) nonZero++;
  const indices: number[] = new Array(nonZero);
  const values: number[] = new Array(nonZero);
  for (let k = 0, n = 0; k < DENSE; k++) {
    if (f[k] !== 0) {
      indices[n] = k;
      values[n++] = f[k]!;
    }
  }
  const evidence: Evidence = { past: pastFound, quote: quoteFound, entities: entityRuns };
  for (let k = 0; k < found; k++) {
    if (k === figureAt) evidence.figure = figure;
    else if (k === attributionAt) evidence.attribution = attribution;
    else if (k === causalAt) evidence.causal = causal;
    else evidence.change = change;
  }
  // The record as the explanation quotes it: up to its time word when that is near ("lowest … in 50
  // years"), or with its place.
  if (place) evidence.record = { ...place, against: 'place' };
  else if (record)
    evidence.record = {
      start: superlativeStart,
      end: recordEnd > 0 && recordEnd - superlativeStart <= MAX_RECORD_CHARS ? recordEnd : superlativeEnd,
      against: 'time',
    };
  return { indices, values, evidence, words };
}

/** w · x for a sparse feature vector. */
export function dot(weights: ArrayLike<number>, f: Pick<SpanFeatures, 'indices' | 'values'>): number {
  let sum = 0;
  for (let i = 0; i < f.indices.length; i++) sum += (weights[f.indices[i]!] ?? 0) * f.values[i]!;
  return sum;
}
