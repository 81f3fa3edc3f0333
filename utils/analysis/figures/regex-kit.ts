/**
 * Small builders for the figures grammar: word alternations, spacing and
 * word-boundary pieces shared by every shape. All quantifiers are bounded.
 */

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest first, so "years" is tried before "year" and "Sept" before "Sep". */
export function alt(words: Iterable<string>): string {
  return `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|')})`;
}

/**
 * A word list that also matches with a capital first letter (sentence starts).
 * Written "[wW]ord" rather than "word|Word": the same strings in the same
 * order of preference, and a much smaller pattern for V8 to compile (the
 * engine's first analysis after the service worker starts pays for it).
 */
export function capAlt(words: Iterable<string>): string {
  return `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(eitherCaseFirst)
    .join('|')})`;
}

/** "[wW]ord" for a word starting with a lower-case letter; the word itself otherwise. */
function eitherCaseFirst(word: string): string {
  const first = word[0]!;
  const upper = first.toUpperCase();
  return upper === first ? escapeRegex(word) : `[${first}${upper}]${escapeRegex(word.slice(1))}`;
}

/**
 * Letters and digits as plain character classes rather than \p{L}: Unicode
 * property classes blow the compiled regex past V8's native-code limit, which
 * makes it fall back to the (much slower) bytecode interpreter.
 */
export const L = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
export const LN = `${L}0-9`;

/** Spaces between words, including no-break and thin spaces; at most three. */
export const W = String.raw`\s{1,3}`;
/** Hyphen or dash joining two parts of a range or compound. */
export const DASH = '[-‐‑‒–—−]';
/** Before a word: not inside another word or number. */
export const START = `(?<![${LN}_]|[${LN}][-‐‑.,:/]|[@#])`;
/** After a word. */
export const END = `(?![${LN}_])`;

export const words = (...xs: string[]) => capAlt(xs.flatMap((x) => x.split(' ')));

/**
 * Lookbehind body: one of `before` (a whole word), spaces, then what was just
 * matched (`matched`). Checked after the cheap part matched, e.g. a year, so
 * most positions never run the word list backwards.
 */
export const wordBefore = (before: string[], matched: string) =>
  `(?<![A-Za-z])${capAlt(before)}${W}${matched}`;
export const w = (s: string) => s.replace(/ /g, W);

/** A multi-word phrase, any spacing between words, first letter in either case. */
export function phraseAlt(phrases: string[]): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return `(?:${sorted
    .map((p) => {
      const [first = '', ...rest] = p.split(' ');
      return [eitherCaseFirst(first), ...rest.map(escapeRegex)].join(W);
    })
    .join('|')})`;
}
