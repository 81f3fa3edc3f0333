/**
 * Finds figure spans in blocks: a cheap anchor scan (digits, symbols,
 * number words, months, time units) and, at each anchor only, the figure
 * families as sticky regexes tried from the earliest plausible start (a
 * qualifier or other prefix word before the anchor) to the anchor itself.
 *
 * The blocks of a document are scanned in step, and each step's tries are
 * made family by family over all the blocks: each family is a large regex,
 * and the same tries made block after block, every family in turn, ran
 * about twice as slow (measured: 9 ms against 5 ms on 100,000 words), each
 * regex evicting the others' compiled code and data from the caches.
 */

import { WordTable } from '../word-table';
import { anchorPattern, familiesForAnchor, PREFIX_WORD_SET, START_WORDS } from './anchors';
import { FAMILIES, type Family, familyPatterns, QUALIFIER } from './grammar';
import { familiesByLeadWord } from './lead-words';
import { compileNatively } from './native-regex';

/** A family's regex and its place in the grammar. */
interface Pattern {
  family: Family;
  re: RegExp;
  /** Index in familyPatterns() order. */
  id: number;
}

/** Where the scan of one block stands. */
interface BlockScan {
  text: string;
  out: RawFigure[];
  /** Where the anchor regex searches next. */
  from: number;
  /** End of the last figure found: the next may not start before it. */
  lastEnd: number;
  /** The anchor being looked at, its candidate starts and which of them is being tried. */
  anchor: number;
  anchorText: string;
  starts: number[];
  start: number;
  /** The patterns tried at the current start and, once tried, where each matched up to (-1: no match). */
  patterns: readonly Pattern[];
  ends: Int32Array;
}

export interface RawFigure {
  family: Family;
  /** Offsets into the scanned string. */
  start: number;
  end: number;
  text: string;
}

export class FigureScanner {
  private readonly anchors = anchorPattern();
  private readonly families = familyPatterns();
  private readonly all: readonly Pattern[] = this.families.map(([family, re], id) => ({ family, re, id }));
  private readonly byName = new Map(this.all.map((p) => [p.family, p]));
  /** familiesForAnchor answers with a few shared lists; their patterns are looked up once. */
  private readonly patternsFor = new Map<readonly Family[], readonly Pattern[]>();
  private readonly byAnchorText = new Map<string, readonly Pattern[]>();
  /** The families worth trying at a prefix word (most begin with a digit or a qualifier, not "the"). */
  private readonly byLeadWord = familiesByLeadWord(WORD_FAMILIES, START_WORDS);
  /**
   * The same where no qualifier ("more than", "in excess of") starts: "in 2015",
   * "at 5 p.m.", "as of 2020" need not try the seven families that may open
   * with a qualifier but have no other use for "in", "at" or "as".
   */
  private readonly byLeadWordWithoutQualifier = familiesByLeadWord(WORD_FAMILIES, START_WORDS, QUALIFIER);
  /** "H1 2024" is a quarter family's figure (see candidateStarts). */
  private readonly halfYear: readonly Pattern[] = [this.byName.get('quarter')!];
  /** The qualifier every family spells the same way, tried on its own at a prefix word. */
  private readonly qualifier = new RegExp(QUALIFIER, 'y');
  private compiled = false;

  /**
   * Compiles the regexes natively (see native-regex.ts), once. Call before
   * scanning; scanning works without it, only slower the first time.
   */
  prepare(): void {
    if (this.compiled) return;
    compileNatively([this.anchors, this.qualifier, ...this.families.map(([, re]) => re)]);
    this.compiled = true;
  }

  /** Figure spans of one block. */
  scan(text: string): RawFigure[] {
    return this.scanAll([text])[0]!;
  }

  /**
   * Figure spans of each text (the blocks of one document). Each block is
   * scanned exactly as on its own: anchor by anchor, at each the candidate
   * starts from the earliest, at each start every family that can begin
   * there; the longest match reaching past the anchor wins, and the scan goes
   * on after it. Only the order across blocks differs: a step tries one start
   * of every block still scanning, family by family.
   */
  scanAll(texts: readonly string[]): RawFigure[][] {
    const scans = texts.map((text) => this.newScan(text));
    const queues = new Queues(this.all.length);
    let active = scans.filter((scan) => this.nextAnchor(scan));
    while (active.length > 0) {
      for (const scan of active) this.queue(scan, queues);
      this.tryQueued(queues);
      const still: BlockScan[] = [];
      for (const scan of active) if (this.advance(scan)) still.push(scan);
      active = still;
    }
    return scans.map((scan) => scan.out);
  }

  private newScan(text: string): BlockScan {
    return {
      text,
      out: [],
      from: 0,
      lastEnd: 0,
      anchor: 0,
      anchorText: '',
      starts: [],
      start: 0,
      patterns: [],
      ends: new Int32Array(this.all.length),
    };
  }

  /** Moves the scan to its next anchor in prose and that anchor's first start; false when there is none. */
  private nextAnchor(scan: BlockScan): boolean {
    const anchors = this.anchors;
    for (;;) {
      anchors.lastIndex = scan.from;
      const m = anchors.exec(scan.text);
      if (!m) return false;
      scan.from = anchors.lastIndex;
      const token = nonProseTokenEnd(scan.text, m.index);
      if (token > 0) {
        scan.from = token;
        continue;
      }
      scan.anchor = m.index;
      scan.anchorText = m[0];
      scan.starts = candidateStarts(scan.text, m.index, scan.lastEnd);
      scan.start = 0;
      return true;
    }
  }

  /** Puts the scan in the queue of every family to try at its current start. */
  private queue(scan: BlockScan, queues: Queues): void {
    const s = scan.start;
    const last = scan.starts.length - 1;
    // Earlier starts are prefix words; at the anchor's own start only the families that can begin with it.
    scan.patterns =
      s < last
        ? this.patternsForLeadWord(scan.text, scan.starts[s]!)
        : this.patternsForAnchor(scan.anchorText);
    for (const p of scan.patterns) queues.add(p.id, scan);
  }

  /** Tries each family at the current start of every scan queued for it, and empties the queues. */
  private tryQueued(queues: Queues): void {
    for (const p of this.all) {
      const queue = queues.scans[p.id]!;
      const n = queues.counts[p.id]!;
      const re = p.re;
      for (let q = 0; q < n; q++) {
        const scan = queue[q]!;
        re.lastIndex = scan.starts[scan.start]!;
        // test() leaves a sticky regex's lastIndex at the match end: no match array or string per try.
        scan.ends[p.id] = re.test(scan.text) ? re.lastIndex : -1;
      }
      queues.counts[p.id] = 0;
    }
  }

  /**
   * Reads the tries at the current start: the longest match reaching past the
   * anchor (the earlier family on a tie) is a figure, and the scan goes on
   * after it; without one, the next start, else the next anchor. False when
   * the block is done.
   */
  private advance(scan: BlockScan): boolean {
    let best: Pattern | undefined;
    let bestEnd = scan.anchor;
    for (const p of scan.patterns) {
      const end = scan.ends[p.id]!;
      if (end > bestEnd) {
        best = p;
        bestEnd = end;
      }
    }
    if (best) {
      const start = scan.starts[scan.start]!;
      scan.out.push({ family: best.family, start, end: bestEnd, text: scan.text.slice(start, bestEnd) });
      scan.lastEnd = bestEnd;
      scan.from = Math.max(scan.from, bestEnd);
      return this.nextAnchor(scan);
    }
    if (scan.start < scan.starts.length - 1) {
      scan.start++;
      return true;
    }
    return this.nextAnchor(scan);
  }

  /** Patterns of the families that can begin with the anchor; remembered per anchor text. */
  private patternsForAnchor(anchorText: string): readonly Pattern[] {
    let list = this.byAnchorText.get(anchorText);
    if (!list) {
      list = this.patterns(familiesForAnchor(anchorText));
      // Bounded: odd casings ("tHoUsAnD") are anchors too, and each would add an entry.
      if (this.byAnchorText.size < MAX_REMEMBERED_ANCHORS) this.byAnchorText.set(anchorText, list);
    }
    return list;
  }

  /** Patterns of the families that can begin with the prefix word at `start` (see lead-words.ts). */
  private patternsForLeadWord(text: string, start: number): readonly Pattern[] {
    if (isHalfYear(text, start)) return this.halfYear;
    let end = start;
    while (end < text.length && isLetterOrDot(text.charCodeAt(end))) end++;
    this.qualifier.lastIndex = start;
    const byWord = this.qualifier.test(text) ? this.byLeadWord : this.byLeadWordWithoutQualifier;
    const families = byWord.get(text.slice(start, end).toLowerCase());
    return families ? this.patterns(families) : this.all;
  }

  private patterns(families: readonly Family[]): readonly Pattern[] {
    let list = this.patternsFor.get(families);
    if (!list) {
      list = families.map((f) => this.byName.get(f)!);
      this.patternsFor.set(families, list);
    }
    return list;
  }
}

const MAX_REMEMBERED_ANCHORS = 2000;

/**
 * The families that may begin at a word. A year written short ("’98") begins at its apostrophe:
 * the words of its lookbehind ("in", "from") read as lead words made it tried at each of them,
 * and at every "a" (~5% of the figures scan, measured). A clock time in words ("half past
 * nine") begins at its anchor, never at an earlier word: its "the", "at" and "by" did the same.
 */
const WORD_FAMILIES = (Object.entries(FAMILIES) as [Family, string][]).filter(
  ([f]) => f !== 'shortYear' && f !== 'clock',
);

/**
 * Per pattern id, the block scans waiting for its try in the current step.
 * The arrays are kept from step to step and only their counts reset: emptied
 * and grown again each step, they were a good part of the scanner's allocation.
 */
class Queues {
  readonly scans: BlockScan[][];
  readonly counts: Int32Array;

  constructor(patterns: number) {
    this.scans = Array.from({ length: patterns }, () => []);
    this.counts = new Int32Array(patterns);
  }

  add(id: number, scan: BlockScan): void {
    this.scans[id]![this.counts[id]!++] = scan;
  }
}

/**
 * PREFIX_WORD_SET read from the text in place (see word-table.ts), each word
 * marked whether it is also a START_WORD: every anchor looks back at up to four
 * words, and slicing and lower-casing each showed in profiles. The words
 * looked up are ASCII letters and dots, which the table folds as toLowerCase would.
 */
const PREFIX = 1;
const START = 2;
const PREFIX_TABLE = new WordTable(
  new Map([...PREFIX_WORD_SET].map((w) => [w, START_WORDS.has(w) ? START : PREFIX])),
);
const MAX_PREFIX_WORDS = 4;

/**
 * Where a figure containing the anchor may start: the anchor itself, or an
 * earlier word among the (at most four) prefix words right before it, such as
 * "more than", "between", "the past", "up". Read backwards with plain char
 * scans, earliest first. "US$" counts as starting at its letters.
 */
export function candidateStarts(text: string, anchor: number, notBefore: number): number[] {
  const starts: number[] = [];
  let i = anchor;
  if (text.charCodeAt(anchor) === 36 /* $ */) {
    let j = anchor;
    while (j > notBefore && anchor - j < 4 && isUpperOrDot(text.charCodeAt(j - 1))) j--;
    if (j < anchor && (j === 0 || !isWordOrDot(text.charCodeAt(j - 1)))) i = j;
  }
  starts.push(i);
  // "the ’70s": the apostrophe standing for a decade's century belongs to the figure.
  const before = text.charCodeAt(anchor - 1);
  if (
    i === anchor &&
    anchor > notBefore &&
    (before === 39 || before === 8217) &&
    isDigit(text.charCodeAt(anchor))
  )
    starts.unshift(--i);
  for (let n = 0; n < MAX_PREFIX_WORDS; n++) {
    let end = i;
    while (end > notBefore && end > i - 3 && isSpace(text.charCodeAt(end - 1))) end--;
    // "H1 2024": a half-year before a year starts the figure (not an anchor of its own: one more
    // alternative in the anchor scan cost ~3% of the figures scan, measured).
    if (
      n === 0 &&
      end < i &&
      end - 2 >= notBefore &&
      isHalfYear(text, end - 2) &&
      (isDigit(text.charCodeAt(anchor)) || text.charCodeAt(anchor) === 70) /* a year, or "FY25" */
    ) {
      starts.unshift(end - 2);
      break;
    }
    // "mid-2000s": the word right before the anchor may be joined to it by a hyphen.
    if (end === i && n === 0 && end > notBefore && text.charCodeAt(end - 1) === 45) end--;
    if (end === i) break;
    let start = end;
    while (start > notBefore && end - start < 16 && isLetterOrDot(text.charCodeAt(start - 1))) start--;
    if (start === end || (start > 0 && isWordChar(text.charCodeAt(start - 1)))) break;
    const slot = PREFIX_TABLE.find(text, start, end);
    if (slot < 0) break;
    if (PREFIX_TABLE.value(slot) === START) starts.unshift(start);
    i = start;
  }
  return starts;
}

/** "H1" or "H2" at `at`, not inside a word ("H1N1", "CH2"). */
function isHalfYear(text: string, at: number): boolean {
  const digit = text.charCodeAt(at + 1);
  return (
    text.charCodeAt(at) === 72 /* H */ &&
    (digit === 49 || digit === 50) &&
    (at === 0 || !isWordOrDot(text.charCodeAt(at - 1)))
  );
}

// ASCII classes for the backward scans above (the regex classes they replace were ASCII too).
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLetter = (c: number) => isUpper(c) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => isLetter(c) || isDigit(c) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpperOrDot = (c: number) => isUpper(c) || c === 46;
const isLetterOrDot = (c: number) => isLetter(c) || c === 46;
const isWordOrDot = (c: number) => isWordChar(c) || c === 46;

const MAX_TOKEN = 300;

/**
 * When the anchor sits in a URL, e-mail address, @handle or #hashtag, returns
 * the end of that token (its digits are not figures); otherwise 0.
 */
export function nonProseTokenEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  // Fast path: a digit or word preceded by a space and followed by plain characters is prose.
  let start = at;
  while (start > 0 && at - start < MAX_TOKEN && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && end - at < MAX_TOKEN && !isSpace(text.charCodeAt(end))) end++;
  // A token this long is not prose (binary junk, minified code, a giant digit run):
  // skip it in one go, which also keeps the scan linear.
  if (end - start >= MAX_TOKEN) return end;
  if (end - start <= 3 && c !== 64 /* @ */ && c !== 35 /* # */) return 0;
  if (!hasTokenMark(text, start, end)) return 0;
  const token = text.slice(start, end);
  return NON_PROSE_TOKEN.test(token) ? end : 0;
}

/** Every NON_PROSE_TOKEN shape has a '/', '.', '@' or '#': without one, the regex is not run. */
function hasTokenMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 47 || code === 46 || code === 64 || code === 35) return true;
  }
  return false;
}

/** URL, e-mail/handle, hashtag (not "#1"), or a slash path next to letters. */
const NON_PROSE_TOKEN =
  /:\/\/|www\.|@|^[(["“‘']?#[\p{L}\p{N}_]*\p{L}|[\p{L}]\.(?:com|org|net|gov|edu|io|co|ly|me|tv|info|news)\b|\p{L}\/\p{L}|\p{L}\/\d|\d\/\p{L}/u;

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 10 ||
    code === 9 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x202f ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000
  );
}
