/**
 * Splits analysis input into blocks and sentences and decides which blocks are
 * English. Every detector works on the same segmentation so offsets agree.
 *
 * Sentence splitting is a single left-to-right scan per block with constant
 * look-around, so hostile input (megabyte lines, binary, endless dots) stays linear.
 */

import { detectLanguage } from './language';
import type { AnalysisInput, Block } from './types';
import { EXOTIC, WordTable } from './word-table';

export interface Sentence {
  start: number;
  end: number;
  /** Index into Segmented.blocks. */
  block: number;
}

export interface SegmentedBlock extends Block {
  /** False for blocks in another language: detectors skip them. */
  english: boolean;
}

export interface Segmented {
  text: string;
  blocks: SegmentedBlock[];
  sentences: Sentence[];
}

/** Titles before a name: a period after them never ends a sentence. */
const TITLES = new Set(
  'mr mrs ms dr prof sr jr st gov sen rep gen col lt sgt capt cpl adm maj pres supt rev hon fr messrs mme mlle'.split(
    ' ',
  ),
);

/**
 * Other abbreviations: a period after them ends the sentence only when the
 * next word is one that typically opens a sentence ("… Apple Inc. The company").
 */
const ABBREVIATIONS = new Set(
  'vs etc inc ltd co corp bros dept est approx e.g i.e cf al jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd fig vol pp ca min max no op'.split(
    ' ',
  ),
);

/** Words that often open a sentence; after an abbreviation they signal a real boundary. */
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i you this that these those there his her their its our my but and so yet however in on at for after before when while if as since then still meanwhile now today yesterday what why how who where'.split(
    ' ',
  ),
);

/** What a word before a period is, for periodEnds. */
const TITLE = 1;
const ABBREVIATION = 2;
/** "No. 5", "pp. 12": an abbreviation only before a number. */
const BEFORE_NUMBER = 3;
// Later entries win: a title is a title even if listed as an abbreviation too.
const WORD_KINDS = new Map<string, number>([
  ...[...ABBREVIATIONS].map((w) => [w, ABBREVIATION] as const),
  ...['no', 'op', 'pp', 'vol'].map((w) => [w, BEFORE_NUMBER] as const),
  ...[...TITLES].map((w) => [w, TITLE] as const),
]);
/** WORD_KINDS read from the text in place: most sentences end after a plain word, and slicing and lower-casing each one showed in profiles. */
const WORD_KIND_TABLE = new WordTable(WORD_KINDS);

/** A sentence longer than this is cut (at a space when possible) so later stages stay bounded. */
export const MAX_SENTENCE = 2000;
/** A line this short (in words) without final punctuation, followed by a capital, reads as a heading. */
const HEADING_MAX_WORDS = 12;

/** Blank lines, or single newlines when the text has no blank lines, separate blocks. */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  const separator = /\n[^\S\n]*\n/.test(text) ? /\n\s*\n/g : /\n+/g;
  let start = 0;
  for (const m of text.matchAll(separator)) {
    pushTrimmed(blocks, text, start, m.index);
    start = m.index + m[0].length;
  }
  pushTrimmed(blocks, text, start, text.length);
  return blocks;
}

function pushTrimmed(blocks: Block[], text: string, start: number, end: number): void {
  [start, end] = trim(text, start, end);
  if (end > start) blocks.push({ start, end, type: 'paragraph' });
}

/** Whitespace including no-break and typographic spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

const TERMINATORS = '.!?…';
const CLOSERS = '"\'”’)]»';
const OPENERS = '"\'“‘([«¿¡';
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(ch);
}

/**
 * Is code unit `c` one of the characters of `chars`? The boundary checks ask
 * this at every terminator; asking `chars.includes(text[j])` instead made a
 * string of each character read.
 */
function isOneOf(chars: string, c: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
  return false;
}

/**
 * Sentence boundaries inside one block: a run of terminators (. ! ? … ...)
 * followed by closing quotes/brackets, whitespace, then anything but a
 * lower-case letter or continuing punctuation. Abbreviations, initials,
 * decimals and dotted acronyms ("U.S.") do not end sentences unless the next
 * word clearly opens one. A short line without final punctuation followed by
 * a new line (a heading inside a block) and a blank line also end a sentence.
 */
export function splitSentences(text: string, start: number, end: number, block: number): Sentence[] {
  const out: Sentence[] = [];
  let s = start;
  let lineStart = start;
  // Jump from candidate to candidate (terminators and newlines); the regex engine skips plain text fast.
  const candidates = /[.!?…\n]/g;
  for (let i = start; i < end; i++) {
    candidates.lastIndex = i;
    // test() rather than exec(): every candidate is one code unit, and no match array is made.
    if (!candidates.test(text) || candidates.lastIndex > end) break;
    i = candidates.lastIndex - 1;
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) {
      const next = skipSpaces(text, i + 1, end);
      if (next < end && (hasBlankLine(text, i + 1, next) || isHeadingLine(text, lineStart, i, next))) {
        addSentence(out, text, s, i, block);
        s = next;
      }
      // Only spaces lie before `next`; jumping there keeps long whitespace runs linear.
      lineStart = next;
      i = next - 1;
      continue;
    }
    let j = i;
    while (j < end && isOneOf(TERMINATORS, text.charCodeAt(j))) j++;
    while (j < end && isOneOf(CLOSERS, text.charCodeAt(j))) j++;
    const dot = i;
    // Whatever happens next, the terminator run has been consumed (keeps "......" linear).
    i = j - 1;
    const afterSpace = skipSpaces(text, j, end);
    // End of block (the final sentence ends there) or no space ("3.5", "U.S.-backed", "example.com").
    if (afterSpace === end || afterSpace === j) continue;
    let k = afterSpace;
    while (k < end && k - afterSpace < 8 && isOneOf(OPENERS, text.charCodeAt(k))) k++;
    // Past the end of the text there is no next word: no boundary either.
    if (k >= text.length) continue;
    if (isLower(text[k]!) || isOneOf(',;:)', text.charCodeAt(k))) continue;
    if (
      ch === 46 /* . */ &&
      j - dot === countClosers(text, dot + 1, j) + 1 &&
      !periodEnds(text, s, dot, k, end)
    ) {
      continue;
    }
    addSentence(out, text, s, j, block);
    s = afterSpace;
    i = afterSpace - 1;
  }
  addSentence(out, text, s, end, block);
  return out;
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function countClosers(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isOneOf(CLOSERS, text.charCodeAt(i))) n++;
  return n;
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] === '\n') return true;
  return false;
}

/** The line [lineStart, nl) looks like a heading and the next line starts a new sentence. */
function isHeadingLine(text: string, lineStart: number, nl: number, next: number): boolean {
  const [a, b] = trim(text, lineStart, nl);
  if (b <= a) return false;
  const last = text[b - 1]!;
  if (TERMINATORS.includes(last) || ',;:-–—'.includes(last)) return false;
  const first = text[next]!;
  if (isLower(first) || !(LETTER.test(first) || /[0-9"'“‘(]/.test(first))) return false;
  let words = 1;
  for (let i = a; i < b; i++) {
    if (isSpace(text.charCodeAt(i)) && ++words > HEADING_MAX_WORDS) return false;
  }
  return true;
}

/**
 * Does a single period at `dot` end the sentence? `next` is the first
 * character of the following word (after spaces and opening quotes).
 */
function periodEnds(text: string, sentenceStart: number, dot: number, next: number, end: number): boolean {
  let i = dot;
  // The word before the dot, letters and inner dots only ("U.S", "e.g", "Dr"); bounded look-back.
  while (i > sentenceStart && dot - i < 24 && isLetterOrDot(text, i - 1)) i--;
  if (i === dot) return true;
  const kind = wordKind(text, i, dot);
  if (kind === TITLE) return false;
  if (kind === BEFORE_NUMBER) return !/[0-9]/.test(text[next] ?? '');
  if (kind === ABBREVIATION) return opensSentence(text, next, end);
  // Single initials ("J. Smith") and dotted acronyms ("U.S.", "D.C.") keep the sentence going.
  if (isInitialOrAcronym(text, i, dot)) return opensSentence(text, next, end);
  return true;
}

/** TITLE, ABBREVIATION, BEFORE_NUMBER or 0 for text[start, end), in any case. */
function wordKind(text: string, start: number, end: number): number {
  const slot = WORD_KIND_TABLE.find(text, start, end);
  if (slot >= 0) return WORD_KIND_TABLE.value(slot);
  return slot === EXOTIC ? (WORD_KINDS.get(text.slice(start, end).toLowerCase()) ?? 0) : 0;
}

/** A capital letter alone, or letters joined by dots ("U.S", "D.C"); the word is letters and dots. */
function isInitialOrAcronym(text: string, start: number, end: number): boolean {
  if (end - start === 1) {
    const c = text.charCodeAt(start);
    return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}$/u.test(text[start]!);
  }
  // Without a dot only a single capital could match: skip the slice and the regex.
  let dotted = false;
  for (let k = start; k < end && !dotted; k++) dotted = text.charCodeAt(k) === 46;
  return dotted && /^(\p{Lu}|(\p{L}\.)+\p{L})$/u.test(text.slice(start, end));
}

/** The word after the period typically opens a sentence ("… Apple Inc. The company"). */
function opensSentence(text: string, next: number, end: number): boolean {
  const nextWord = wordAt(text, next, end);
  return SENTENCE_OPENERS.has(nextWord.toLowerCase()) && /^\p{Lu}/u.test(nextWord);
}

function wordAt(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && j - i < 24 && isLetterAt(text, j)) j++;
  return text.slice(i, j);
}

/** ASCII answered by comparison; the Unicode property only for the rest. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]!);
}

function isLetterOrDot(text: string, i: number): boolean {
  return text.charCodeAt(i) === 46 || isLetterAt(text, i);
}

function addSentence(out: Sentence[], text: string, start: number, end: number, block: number): void {
  [start, end] = trim(text, start, end);
  while (end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    // Prefer to cut at a space within the last 10% so words stay whole.
    const floor = cut - MAX_SENTENCE / 10;
    let k = cut;
    while (k > floor && !isSpace(text.charCodeAt(k))) k--;
    if (k > floor) cut = k;
    else if (isLowSurrogate(text.charCodeAt(cut))) cut--; // never split a surrogate pair
    const [a, b] = trim(text, start, cut);
    if (b > a) out.push({ start: a, end: b, block });
    start = skipSpaces(text, cut, end);
  }
  if (end > start) out.push({ start, end, block });
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function segment(input: AnalysisInput | string): Segmented {
  const { text, blocks: given } = typeof input === 'string' ? { text: input, blocks: undefined } : input;
  const rawBlocks = given && given.length > 0 ? given : blocksFromText(text);
  const blocks: SegmentedBlock[] = [];
  const sentences: Sentence[] = [];
  for (const b of rawBlocks) {
    const start = Math.max(0, b.start);
    const end = Math.min(text.length, b.end);
    if (end <= start) continue;
    const index = blocks.length;
    // Object.assign rather than a spread: V8 gave each spread copy with a property added its own
    // hidden class, and every detector's reads of block fields went megamorphic.
    blocks.push(Object.assign({}, b, { english: isEnglish(text, start, end, b.lang) }));
    const split = splitSentences(text, start, end, index);
    for (const s of split) sentences.push(s);
  }
  return { text, blocks, sentences };
}

function isEnglish(text: string, start: number, end: number, declared: string | undefined): boolean {
  if (declared) return declared.toLowerCase().startsWith('en');
  return detectLanguage(text, start, end) === 'en';
}
