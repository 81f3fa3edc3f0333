/**
 * A single-pass tokenizer for the framing detectors. Every detector reads the
 * same token array, so the text is scanned once and the rest is Map lookups.
 *
 * Words keep internal apostrophes and hyphens ("Petro’s", "right-wing"); curly
 * and straight quote marks become their own tokens with a guess at whether they
 * open or close a quotation, which the scare-quote detector needs.
 */

export type TokenKind = 'word' | 'quote' | 'punct';

export interface Token {
  kind: TokenKind;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /** Lower-cased with typographic apostrophes and hyphens made ASCII; '' for punctuation. */
  norm: string;
  /** Quotes only: which mark family and which side it seems to be on. */
  quote?: QuoteInfo;
  /** The first letter is upper case (words only). */
  capitalised: boolean;
}

export interface QuoteInfo {
  family: 'single' | 'double';
  side: 'open' | 'close' | 'either';
}

const DOUBLE_QUOTES = new Set(['"', '“', '”', '„', '«', '»', '″']);
const SINGLE_QUOTES = new Set(["'", '‘', '’', '‚', '‹', '›', '`']);
const APOSTROPHES = new Set(["'", '’', 'ʼ']);
const HYPHENS = new Set(['-', '‐', '‑']);

/** Letters, combining marks and digits count as word characters. */
function isWordChar(ch: string, code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return WORD_CHAR.test(ch);
}
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0x200b ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 12
  );
}

/** Words longer than this are cut: a megabyte of letters must not become one giant key. */
const MAX_WORD = 64;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const ch = text[i]!;
    if (isWordChar(ch, code)) {
      const start = i;
      i++;
      while (i < to && i - start < MAX_WORD) {
        const c = text.charCodeAt(i);
        const k = text[i]!;
        if (isWordChar(k, c)) {
          i++;
          continue;
        }
        // Apostrophe or hyphen joins two word characters: "Petro’s", "anti-war".
        if ((APOSTROPHES.has(k) || HYPHENS.has(k)) && i + 1 < to) {
          const n = text[i + 1]!;
          if (isWordChar(n, text.charCodeAt(i + 1))) {
            i += 2;
            continue;
          }
        }
        break;
      }
      tokens.push({
        kind: 'word',
        start,
        end: i,
        norm: normalise(text.slice(start, i)),
        capitalised: isUpper(ch),
      });
      continue;
    }
    if (DOUBLE_QUOTES.has(ch) || SINGLE_QUOTES.has(ch)) {
      tokens.push({
        kind: 'quote',
        start: i,
        end: i + 1,
        norm: '',
        capitalised: false,
        quote: { family: DOUBLE_QUOTES.has(ch) ? 'double' : 'single', side: quoteSide(text, i, from, to) },
      });
      i++;
      continue;
    }
    // Any other non-space character is one punctuation token (surrogate pairs kept whole).
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    tokens.push({ kind: 'punct', start: i, end: i + width, norm: ch, capitalised: false });
    i += width;
  }
  return tokens;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function normalise(word: string): string {
  return word.toLowerCase().replace(/[’ʼ]/g, "'").replace(/[‐‑]/g, '-');
}

/**
 * Typographic marks say their side; straight ones are guessed from the
 * neighbours: space before and a word after opens, a word before and space or
 * punctuation after closes.
 */
function quoteSide(text: string, i: number, from: number, to: number): QuoteInfo['side'] {
  const ch = text[i]!;
  if (ch === '“' || ch === '‘' || ch === '„' || ch === '‚' || ch === '«' || ch === '‹') return 'open';
  if (ch === '”' || ch === '’' || ch === '»' || ch === '›') return 'close';
  const before = i > from ? text.charCodeAt(i - 1) : 32;
  const after = i + 1 < to ? text.charCodeAt(i + 1) : 32;
  const spaceBefore = isSpace(before) || '([{—–-/'.includes(String.fromCharCode(before));
  const spaceAfter = isSpace(after) || '.,;:!?)]}—–'.includes(String.fromCharCode(after));
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}
