/**
 * The searchable text of a note and how a query matches it. A note's text is
 * its distinct search terms (./terms.ts), each preceded by a space: a query
 * word starts some term exactly when the text contains the word preceded by a
 * space, so matching a note is a few `includes` calls, fast enough to test
 * every note of a large collection in a few milliseconds.
 */
import type { Note } from '../notes/model';
import { searchTerms, words } from './terms';

type Searchable = Pick<Note, 'body' | 'pageTitle' | 'tags'> & { target?: { quote: { exact: string } } };

/** " term1 term2 …" for the body, quote, page title and tags of `note`. */
export function noteSearchText(note: Searchable): string {
  const terms = searchTerms(note.body, note.target?.quote.exact, note.pageTitle, note.tags.join(' '));
  return terms.length ? ` ${terms.join(' ')}` : '';
}

/**
 * What `matchesQuery` looks for: the query's distinct words, each with its
 * leading space, longest first (long words are the rarest, so a non-matching
 * note is usually rejected by the first test).
 */
export function queryNeedles(text: string): string[] {
  return [...new Set(words(text))].sort((a, b) => b.length - a.length).map((word) => ` ${word}`);
}

/** Whether every query word (see queryNeedles) starts a term of the note's search text. */
export function matchesQuery(searchText: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (!searchText.includes(needle)) return false;
  return true;
}
