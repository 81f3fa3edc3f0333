/**
 * A single-pass tokenizer for the framing detectors. Every detector reads the
 * same token array, so the text is scanned once and the rest is Map lookups.
 *
 * Words keep internal apostrophes and hyphens ("Petro’s", "right-wing"); curly
 * and straight quote marks become their own tokens with a guess at whether they
 * open or close a quotation, which the scare-quote detector needs.
 */

import { gateKey, gateKeyOfCodes } from './word-gate';

export type TokenKind = 'word' | 'quote' | 'punct';

export interface Token {
  kind: TokenKind;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /** Lower-cased with typographic apostrophes and hyphens made ASCII; '' for punctuation. */
  norm: string;
  /** Quotes only: which mark family and which side it seems to be on. */
  quote: QuoteInfo | undefined;
  /** The first letter is upper case (words only). */
  capitalised: boolean;
  /** A hyphen joins two parts of the word ("right-wing"): compound detectors look only at these. */
  hyphenated: boolean;
  /** gateKey(norm) (word-gate.ts): every lexicon gate reads this instead of the norm's characters. */
  gate: number;
}

export interface QuoteInfo {
  family: 'single' | 'double';
  side: 'open' | 'close' | 'either';
}

const DOUBLE_QUOTES = new Set(['"', '“', '”', '„', '«', '»', '″']);
const SINGLE_QUOTES = new Set(["'", '‘', '’', '‚', '‹', '›', '`']);

/** Quote marks are " ' ` or beyond ASCII: most punctuation (. , ; : ( ) …) skips the set lookups. */
function mayBeQuote(code: number): boolean {
  return code === 34 || code === 39 || code === 96 || code >= 128;
}

/** ' ’ ʼ and - ‐ ‑ join two word characters into one word. */
function isJoiner(code: number): boolean {
  return (
    code === 39 || code === 0x2019 || code === 0x2bc || code === 45 || code === 0x2010 || code === 0x2011
  );
}

/** Letters, combining marks and digits count as word characters. */
function isWordCode(text: string, i: number, code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  // General punctuation (curly quotes, dashes, ellipsis) is common and never a letter.
  if (code >= 0x2000 && code <= 0x206f) return false;
  // Surrogate pairs: test the whole code point.
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  return WORD_CHAR.test(text[i]!);
}
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;

function isSpace(code: number): boolean {
  if (code === 32 || code === 10) return true;
  if (code < 32) return code === 9 || code === 13 || code === 12 || code === 11;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Largest token array made ahead (see tokenize). */
const MAX_PRESIZE = 4096;

/** Words longer than this are cut: a megabyte of letters must not become one giant key. */
const MAX_WORD = 64;

export function tokenize(text: string, from = 0, end = text.length): Token[] {
  // Block offsets come from callers; never read past the text whatever they say.
  const to = Math.min(end, text.length);
  // Sized ahead (a token is five characters on average) and trimmed at the end: grown by push,
  // the array was copied several times per block. Capped below the length at which V8 would
  // make `new Array` a slow dictionary; bigger blocks grow past it as before.
  const tokens: Token[] = new Array(Math.min(Math.ceil(Math.max(0, to - from) / 4), MAX_PRESIZE));
  let count = 0;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (isWordCode(text, i, code)) {
      const start = i;
      let ascii = code < 128;
      const capital = code >= 65 && code <= 90;
      /** An ASCII capital after the first letter ("USA", "McCain"). */
      let innerCapital = false;
      /** A capital or non-ASCII character right after a joiner ("Anti-Semite"); the loop does not look at it. */
      let joinedCapital = false;
      let hyphenated = false;
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      while (i < to && i - start < MAX_WORD) {
        const c = text.charCodeAt(i);
        // Most characters inside a word are lower-case ASCII letters: one range test decides them.
        if (c >= 97 && c <= 122) {
          i++;
          continue;
        }
        if (isWordCode(text, i, c)) {
          if (c >= 128) ascii = false;
          else if (c <= 90 && c >= 65) innerCapital = true;
          i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
          continue;
        }
        // Apostrophe or hyphen joins two word characters: "Petro’s", "anti-war".
        if (isJoiner(c) && i + 1 < to && isWordCode(text, i + 1, text.charCodeAt(i + 1))) {
          if (c >= 128) ascii = false;
          const joined = text.charCodeAt(i + 1);
          if ((joined >= 65 && joined <= 90) || joined >= 128) joinedCapital = true;
          if (c !== 39 && c !== 0x2019 && c !== 0x2bc) hyphenated = true;
          i += 2;
          continue;
        }
        break;
      }
      const norm = ascii
        ? asciiLower(text, start, i, capital, innerCapital || (capital && joinedCapital))
        : normalise(text.slice(start, i));
      tokens[count++] = {
        kind: 'word',
        start,
        end: i,
        norm,
        capitalised: code >= 65 && code <= 90 ? true : code < 128 ? false : isUpper(text[start]!),
        hyphenated,
        quote: undefined,
        // Without a capital or non-ASCII character after a joiner, an ASCII word's norm is its
        // text with asciiLower's case rule: the key is read from the text, not from the new string.
        gate: ascii && !joinedCapital ? asciiGateKey(text, start, i, capital, innerCapital) : gateKey(norm),
      };
      continue;
    }
    const ch = text[i]!;
    if (mayBeQuote(code) && (DOUBLE_QUOTES.has(ch) || SINGLE_QUOTES.has(ch))) {
      tokens[count++] = {
        kind: 'quote',
        start: i,
        end: i + 1,
        norm: '',
        capitalised: false,
        hyphenated: false,
        quote: { family: DOUBLE_QUOTES.has(ch) ? 'double' : 'single', side: quoteSide(text, i, from, to) },
        gate: 0,
      };
      i++;
      continue;
    }
    // Any other non-space character is one punctuation token (surrogate pairs kept whole).
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    tokens[count++] = {
      kind: 'punct',
      start: i,
      end: i + width,
      norm: width === 1 ? ch : text.slice(i, i + 2),
      capitalised: false,
      hyphenated: false,
      quote: undefined,
      gate: width === 1 ? gateKeyOfCodes(1, code, code, code, code) : gateKey(text.slice(i, i + 2)),
    };
    i += width;
  }
  tokens.length = count;
  return tokens;
}

/** Lower-case ASCII letters, by their upper-case code. */
const LOWER_LETTER: string[] = [];
for (let c = 65; c <= 90; c++) LOWER_LETTER[c] = String.fromCharCode(c + 32);

/**
 * The norm of a word whose `ascii` flag is set: lower-cased when it starts
 * with a capital or has one further on (`otherCapital`), else as written. A
 * capital only at the start ("The", "Trump") is swapped by hand: page text is
 * usually a two-byte string, whose slices `toLowerCase` handles on V8's slow path.
 */
function asciiLower(
  text: string,
  start: number,
  end: number,
  capital: boolean,
  otherCapital: boolean,
): string {
  if (otherCapital) return text.slice(start, end).toLowerCase();
  if (capital) return LOWER_LETTER[text.charCodeAt(start)]! + text.slice(start + 1, end);
  return text.slice(start, end);
}

/**
 * gateKey of the norm asciiLower makes for an all-ASCII word: the first code
 * lowered when `capital`, the others when `otherCapital`.
 */
function asciiGateKey(
  text: string,
  start: number,
  end: number,
  capital: boolean,
  otherCapital: boolean,
): number {
  const n = end - start;
  const c0 = text.charCodeAt(start);
  const first = capital ? c0 + 32 : c0;
  if (n === 1) return gateKeyOfCodes(1, first, first, first, first);
  const second = lowerIf(otherCapital, text.charCodeAt(start + 1));
  const beforeLast = n === 2 ? first : lowerIf(otherCapital, text.charCodeAt(end - 2));
  return gateKeyOfCodes(n, first, second, beforeLast, lowerIf(otherCapital, text.charCodeAt(end - 1)));
}

/** An ASCII capital's lower-case code when `lower`, else the code as it is. */
function lowerIf(lower: boolean, c: number): number {
  return lower && c >= 65 && c <= 90 ? c + 32 : c;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function normalise(word: string): string {
  return word.toLowerCase().replace(/[’ʼ]/g, "'").replace(/[‐‑]/g, '-');
}

const OPENING = new Set(['“', '‘', '„', '‚', '«', '‹']);
const CLOSING = new Set(['”', '’', '»', '›']);

/**
 * Typographic marks say their side; straight ones are guessed from the
 * neighbours: space before and a word after opens, a word before and space or
 * punctuation after closes.
 */
function quoteSide(text: string, i: number, from: number, to: number): QuoteInfo['side'] {
  const ch = text[i]!;
  if (OPENING.has(ch)) return 'open';
  if (CLOSING.has(ch)) return 'close';
  const before = i > from ? text.charCodeAt(i - 1) : 32;
  const after = i + 1 < to ? text.charCodeAt(i + 1) : 32;
  const spaceBefore = isSpace(before) || '([{—–-/'.includes(String.fromCharCode(before));
  const spaceAfter = isSpace(after) || '.,;:!?)]}—–'.includes(String.fromCharCode(after));
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}
