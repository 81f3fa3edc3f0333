/**
 * Full-text search terms. IndexedDB has no text search, so each stored note
 * carries the distinct lower-cased, accent-folded words of its body, quote,
 * page title and tags in a multi-entry index; a search word then becomes an
 * index range query (`startsWith`), never a scan of every note.
 */

/** Longest indexed term: longer "words" (URLs, hashes) are cut so keys stay small. */
const MAX_TERM_LENGTH = 32;
/** Upper bound of distinct terms per note, so a 100,000-character note stays cheap to index. */
const MAX_TERMS = 5000;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower-cases and strips diacritics so "Élysée" is found by "elysee". */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of `text`, folded, in order (duplicates kept). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of foldText(text).matchAll(WORD)) {
    out.push(match[0].replace(/’/g, "'").slice(0, MAX_TERM_LENGTH));
  }
  return out;
}

/** Distinct search terms of the given texts (single characters dropped: they match everything). */
export function searchTerms(...texts: (string | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of words(text)) {
      if (word.length < 2) continue;
      terms.add(word);
      if (terms.size >= MAX_TERMS) return [...terms];
    }
  }
  return [...terms];
}
