/**
 * Full-text search terms. IndexedDB has no text search, so each note's
 * distinct lower-cased, accent-folded words of its body, quote, page title and
 * tags are stored beside it (see ./searchBuckets.ts) and a search word matches
 * a note when it starts one of those terms.
 */

/** Longest indexed term: longer "words" (URLs, hashes) are cut so the stored text stays small. */
const MAX_TERM_LENGTH = 32;
/** Upper bound of distinct terms per note, so a 100,000-character note stays cheap to index. */
const MAX_TERMS = 5000;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** The same words when the folded text is plain ASCII: a non-Unicode pattern is several times faster. */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)*/g;
const NON_ASCII = /[^\u0000-\u007f]/;

const NON_ASCII_RUNS = /[^\u0000-\u007f]+/g;

/** Compatibility decomposition with the combining marks (accents) removed. */
const stripMarks = (run: string) => run.normalize('NFKD').replace(/\p{M}+/gu, '');

/**
 * Lower-cases and strips diacritics so "Élysée" is found by "elysee".
 * Only the non-ASCII stretches go through the costly Unicode passes: NFKD
 * never reorders or combines across an ASCII character, so decomposing each
 * stretch alone gives the same text as decomposing the whole. Lower-casing
 * stays whole-text (a Greek final sigma depends on its neighbours).
 */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.replace(NON_ASCII_RUNS, stripMarks).toLowerCase();
}

/** The words of `text`, folded, in order (duplicates kept). */
export function words(text: string): string[] {
  const folded = foldText(text);
  const found = NON_ASCII.test(folded) ? folded.match(WORD) : folded.match(ASCII_WORD);
  if (!found) return [];
  for (let i = 0; i < found.length; i++) {
    let word = found[i] as string;
    if (word.includes('’')) word = word.replace(/’/g, "'");
    if (word.length > MAX_TERM_LENGTH) word = word.slice(0, MAX_TERM_LENGTH);
    found[i] = word;
  }
  return found;
}

/** Distinct search terms of the given texts (single characters dropped: they match everything). */
export function searchTerms(...texts: (string | undefined)[]): string[] {
  const terms = new Set<string>();
  // One pass over the texts joined by a line break (a word boundary): a third of the calls, same words.
  for (const word of words(texts.filter(Boolean).join('\n'))) {
    if (word.length < 2) continue;
    terms.add(word);
    if (terms.size >= MAX_TERMS) break;
  }
  return [...terms];
}
