/**
 * Id-first queries for the dashboard's windowed list. A search may match
 * thousands of notes but only a screenful is visible, so this module returns
 * the matching ids in display order and the list reads the visible notes by id.
 *
 * Speed: everything is answered in memory (./matching.ts). Text is matched on
 * the copy of the search texts (./searchCache.ts), every other criterion on the
 * copy of all notes (./notesCopy.ts), walked in a sort order computed once per
 * copy. Both copies follow every write (Dexie's 'storagemutated' event, which
 * also reports writes made in other tabs, the popup and the background): they
 * read again only the records it changed, or everything after an import or a
 * clear (./liveCopy.ts).
 *
 * Owned by the popup/dashboard work; the rest of utils/db is the notes module's.
 */
import type { Note } from '../notes/model';
import { matchingNotes } from './matching';
import type { NoteQuery, NoteSort } from './notes';
import { notesCopy } from './notesCopy';

export interface BrowseResult {
  /** Matching note ids in the requested order. */
  ids: string[];
  /** The notes of the first `firstCount` ids (for the first screen). */
  first: Note[];
}

/**
 * Notes matching `query` (same meaning as searchNotes: every word a prefix of
 * a word in body, quote, title or tags) as ids in `sort` order, with the
 * notes of the first `firstCount` of them.
 */
export async function browseNotes(
  query: NoteQuery = {},
  sort: NoteSort = 'modified-desc',
  firstCount = 0,
): Promise<BrowseResult> {
  const { copy, found } = await matchingNotes(query, sort);
  const ids = found.map((i) => (copy.notes[i] as Note).id);
  // Clones: the copy's notes are shared with every other query.
  const first = found.slice(0, firstCount).map((i) => structuredClone(copy.notes[i] as Note));
  return { ids, first };
}

/** The page URL of each id ('' for an unknown id), for grouping by page. */
export async function urlsOf(ids: readonly string[]): Promise<string[]> {
  const copy = await notesCopy();
  return ids.map((id) => {
    const i = copy.indexOf.get(id);
    return i === undefined ? '' : (copy.notes[i] as Note).url;
  });
}
