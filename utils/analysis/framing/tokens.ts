/**
 * A single-pass tokenizer for the framing detectors. Every detector reads the
 * same tokens (Tokens, below), so the text is scanned once and the rest is
 * Map lookups.
 *
 * Words keep internal apostrophes and hyphens ("Petro’s", "right-wing"); curly
 * and straight quote marks become their own tokens with a guess at whether they
 * open or close a quotation, which the scare-quote detector needs.
 */

import { gateKey, gateKeyOfCodes } from './word-gate';

/** What a token is: small integers, so a block's kinds fit in a byte array. */
export const WORD = 1;
export const QUOTE = 2;
export const PUNCT = 3;
export type TokenKind = typeof WORD | typeof QUOTE | typeof PUNCT;

export type QuoteFamily = 'single' | 'double';
export type QuoteSide = 'open' | 'close' | 'either';

/** Bits of a token's flags. */
const CAPITALISED = 1;
/** A hyphen joins two parts of the word ("right-wing"): compound detectors look only at these. */
const HYPHENATED = 2;
/** All of the word's text was read as ASCII: its norm is the text with asciiLower's case rule. */
const ASCII = 4;
/** asciiLower's `otherCapital`: the whole word is lower-cased, not only its first letter. */
const OTHER_CAPITAL = 8;
/** Quotes only: a double mark (else single), and which side it seems to be on (neither bit: either). */
const DOUBLE_QUOTE = 16;
const OPENS = 32;
const CLOSES = 64;

/**
 * One block's tokens, as columns: a kind, flags, offsets and a gate key per
 * token, in arrays reused from block to block (see tokenize). An object per
 * token, with its lower-cased string, was two fifths of all the memory the
 * analysis allocated, and its garbage collection showed in every profile; the
 * detectors look at most tokens only through their kind and gate key, so a
 * norm is made from the text when one is asked for.
 *
 * Every accessor takes any index: outside [0, length) a token is nothing
 * (undefined, false or 0), which spares the detectors' look-arounds a test.
 */
export class Tokens {
  /** The number of tokens. */
  length = 0;
  private kinds: Uint8Array;
  private flags: Uint8Array;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  private starts: Int32Array;
  private ends: Int32Array;
  /** gateKey (word-gate.ts) of each norm; 0 for quotes. */
  gates: Int32Array;
  /** Norms made so far: a detector often asks again for a word a neighbour's rule already read. */
  private readonly norms: (string | undefined)[] = [];

  constructor(
    public text: string,
    capacity = 64,
  ) {
    this.kinds = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.gates = new Int32Array(capacity);
  }

  /** Is `i` the index of a token? One unsigned compare: a negative index becomes a huge one. */
  has(i: number): boolean {
    return i >>> 0 < this.length;
  }

  kind(i: number): TokenKind | undefined {
    return this.has(i) ? (this.kinds[i] as TokenKind) : undefined;
  }

  isWord(i: number): boolean {
    return this.has(i) && this.kinds[i] === WORD;
  }

  isQuote(i: number): boolean {
    return this.has(i) && this.kinds[i] === QUOTE;
  }

  isPunct(i: number): boolean {
    return this.has(i) && this.kinds[i] === PUNCT;
  }

  /** Offsets of token `i`, which must exist. */
  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  /**
   * Lower-cased with typographic apostrophes and hyphens made ASCII; '' for
   * quotes; the mark itself for punctuation. Made on the first request.
   */
  norm(i: number): string | undefined {
    if (!this.has(i)) return undefined;
    let norm = this.norms[i];
    if (norm === undefined) {
      norm = this.makeNorm(i);
      this.norms[i] = norm;
    }
    return norm;
  }

  private makeNorm(i: number): string {
    const kind = this.kinds[i];
    if (kind === QUOTE) return '';
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (kind === PUNCT) return end - start === 1 ? this.text[start]! : this.text.slice(start, end);
    return wordNorm(this.text, start, end, this.flags[i]!);
  }

  /**
   * The codes of word `i`'s norm, written into `into` (at least MAX_WORD
   * long), read from the text without making the norm: its length, or -1
   * when the word is not all ASCII (its norm needs `normalise`).
   */
  normCodes(i: number, into: Int32Array): number {
    const flags = this.flags[i]!;
    if ((flags & ASCII) === 0) return -1;
    const start = this.starts[i]!;
    const n = this.ends[i]! - start;
    const text = this.text;
    // asciiLower's case rule: every capital lowered, or only the first, or none.
    if ((flags & OTHER_CAPITAL) !== 0) {
      for (let k = 0; k < n; k++) {
        const c = text.charCodeAt(start + k);
        into[k] = c >= 65 && c <= 90 ? c + 32 : c;
      }
    } else {
      for (let k = 0; k < n; k++) into[k] = text.charCodeAt(start + k);
      if ((flags & CAPITALISED) !== 0) into[0] = into[0]! + 32;
    }
    return n;
  }

  /** gateKey of norm(i), without making it; 0 outside. */
  gate(i: number): number {
    return this.has(i) ? this.gates[i]! : 0;
  }

  /** The first letter is upper case (words only). */
  capitalised(i: number): boolean {
    return this.has(i) && (this.flags[i]! & CAPITALISED) !== 0;
  }

  hyphenated(i: number): boolean {
    return this.has(i) && (this.flags[i]! & HYPHENATED) !== 0;
  }

  /** Quotes only: which mark family. */
  quoteFamily(i: number): QuoteFamily | undefined {
    if (!this.isQuote(i)) return undefined;
    return (this.flags[i]! & DOUBLE_QUOTE) !== 0 ? 'double' : 'single';
  }

  isDoubleQuote(i: number): boolean {
    return this.isQuote(i) && (this.flags[i]! & DOUBLE_QUOTE) !== 0;
  }

  /** Quotes only: which side of a quotation the mark seems to be on. */
  quoteSide(i: number): QuoteSide | undefined {
    if (!this.isQuote(i)) return undefined;
    const f = this.flags[i]!;
    return (f & OPENS) !== 0 ? 'open' : (f & CLOSES) !== 0 ? 'close' : 'either';
  }

  /** Starts over for another block of `text`, keeping the arrays. */
  reset(text: string): void {
    this.text = text;
    this.norms.fill(undefined, 0, this.length);
    this.length = 0;
  }

  /** Appends a token, growing the arrays when full. */
  push(kind: TokenKind, start: number, end: number, flags: number, gate: number): void {
    const n = this.length;
    if (n === this.kinds.length) this.grow();
    this.kinds[n] = kind;
    this.starts[n] = start;
    this.ends[n] = end;
    this.flags[n] = flags;
    this.gates[n] = gate;
    if (n === this.norms.length) this.norms.push(undefined);
    this.length = n + 1;
  }

  private grow(): void {
    const capacity = this.kinds.length * 2;
    this.kinds = copied(this.kinds, new Uint8Array(capacity));
    this.flags = copied(this.flags, new Uint8Array(capacity));
    this.starts = copied(this.starts, new Int32Array(capacity));
    this.ends = copied(this.ends, new Int32Array(capacity));
    this.gates = copied(this.gates, new Int32Array(capacity));
  }
}

function copied<A extends Uint8Array | Int32Array>(from: A, to: A): A {
  to.set(from);
  return to;
}

/** The norm of a word token from its text and flags. */
function wordNorm(text: string, start: number, end: number, flags: number): string {
  if ((flags & ASCII) === 0) return normalise(text.slice(start, end));
  return asciiLower(text, start, end, (flags & CAPITALISED) !== 0, (flags & OTHER_CAPITAL) !== 0);
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

/** Words longer than this are cut: a megabyte of letters must not become one giant key. */
export const MAX_WORD = 64;

/**
 * The tokens of text[from, end). Given `into`, fills it in place of making
 * new arrays: a document's blocks are analysed one after the other, and one
 * set of arrays serves them all.
 */
export function tokenize(text: string, from = 0, end = text.length, into?: Tokens): Tokens {
  // Block offsets come from callers; never read past the text whatever they say.
  const to = Math.min(end, text.length);
  const tokens = into ?? new Tokens(text, Math.max(64, (to - from) >> 2));
  tokens.reset(text);
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
      /** Every character is ASCII or a joiner (’ ʼ ‐ ‑): the norm's gate key can be read from the text. */
      let plain = code < 128;
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      while (i < to && i - start < MAX_WORD) {
        const c = text.charCodeAt(i);
        // Most characters inside a word are lower-case ASCII letters: one range test decides them.
        if (c >= 97 && c <= 122) {
          i++;
          continue;
        }
        if (isWordCode(text, i, c)) {
          if (c >= 128) {
            ascii = false;
            plain = false;
          } else if (c <= 90 && c >= 65) innerCapital = true;
          i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
          continue;
        }
        // Apostrophe or hyphen joins two word characters: "Petro’s", "anti-war".
        if (isJoiner(c) && i + 1 < to && isWordCode(text, i + 1, text.charCodeAt(i + 1))) {
          if (c >= 128) ascii = false;
          const joined = text.charCodeAt(i + 1);
          if ((joined >= 65 && joined <= 90) || joined >= 128) joinedCapital = true;
          if (joined >= 128) plain = false;
          if (c !== 39 && c !== 0x2019 && c !== 0x2bc) hyphenated = true;
          i += 2;
          continue;
        }
        break;
      }
      const capitalised = capital ? true : code < 128 ? false : isUpper(text[start]!);
      let flags = (capitalised ? CAPITALISED : 0) | (hyphenated ? HYPHENATED : 0);
      if (ascii) flags |= ASCII | (innerCapital || (capital && joinedCapital) ? OTHER_CAPITAL : 0);
      // Without a capital or non-ASCII character after a joiner, an ASCII word's norm is its
      // text with asciiLower's case rule: the key is read from the text, no string is made.
      // So for a word of ASCII and typographic joiners ("Trump’s", "don’t"), whose norm
      // `normalise` would make with a lower-casing and two replacements.
      const gate =
        ascii && !joinedCapital
          ? asciiGateKey(text, start, i, capital, innerCapital)
          : plain
            ? plainGateKey(text, start, i)
            : gateKey(wordNorm(text, start, i, flags));
      tokens.push(WORD, start, i, flags, gate);
      continue;
    }
    if (mayBeQuote(code)) {
      const ch = text[i]!;
      const double = DOUBLE_QUOTES.has(ch);
      if (double || SINGLE_QUOTES.has(ch)) {
        tokens.push(QUOTE, i, i + 1, (double ? DOUBLE_QUOTE : 0) | quoteSide(text, i, from, to), 0);
        i++;
        continue;
      }
    }
    // Any other non-space character is one punctuation token (surrogate pairs kept whole).
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    const gate = width === 1 ? gateKeyOfCodes(1, code, code, code, code) : gateKey(text.slice(i, i + 2));
    tokens.push(PUNCT, i, i + width, 0, gate);
    i += width;
  }
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

/**
 * gateKey of normalise() of a word whose characters are all ASCII or joiners,
 * read from the text: normalise lower-cases ASCII capitals and makes the
 * typographic apostrophes and hyphens ASCII, one code for one, so the length
 * and the four codes the key reads are those of the text, folded.
 */
function plainGateKey(text: string, start: number, end: number): number {
  const n = end - start;
  const first = plainFold(text.charCodeAt(start));
  if (n === 1) return gateKeyOfCodes(1, first, first, first, first);
  const second = plainFold(text.charCodeAt(start + 1));
  const beforeLast = n === 2 ? first : plainFold(text.charCodeAt(end - 2));
  return gateKeyOfCodes(n, first, second, beforeLast, plainFold(text.charCodeAt(end - 1)));
}

/** A code of a plain word as normalise leaves it. */
function plainFold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x2019 || c === 0x2bc) return 39;
  if (c === 0x2010 || c === 0x2011) return 45;
  return c;
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
 * The side flags of a quote mark (OPENS, CLOSES or neither). Typographic
 * marks say their side; straight ones are guessed from the neighbours: space
 * before and a word after opens, a word before and space or punctuation after
 * closes.
 */
function quoteSide(text: string, i: number, from: number, to: number): number {
  const ch = text[i]!;
  if (OPENING.has(ch)) return OPENS;
  if (CLOSING.has(ch)) return CLOSES;
  const before = i > from ? text.charCodeAt(i - 1) : 32;
  const after = i + 1 < to ? text.charCodeAt(i + 1) : 32;
  const spaceBefore = isSpace(before) || '([{—–-/'.includes(String.fromCharCode(before));
  const spaceAfter = isSpace(after) || '.,;:!?)]}—–'.includes(String.fromCharCode(after));
  if (spaceBefore && !spaceAfter) return OPENS;
  if (!spaceBefore && spaceAfter) return CLOSES;
  return 0;
}
