/**
 * Which notes match a NoteQuery, answered in memory for searchNotes and the
 * dashboard's list (./browse.ts): the text on the copy of the search texts
 * (./searchCache.ts), every other criterion on the copy of all notes
 * (./notesCopy.ts), walked in the requested sort order. The two copies are
 * read concurrently when a write has dropped them.
 */
import type { Note } from '../notes/model';
import type { NoteQuery, NoteSort } from './notes';
import { type NotesCopy, notesCopy } from './notesCopy';
import { idsMatchingText } from './searchCache';
import { queryNeedles } from './searchText';

/** Whether note `i` of `copy` meets every criterion of `query` except its text (`site` already without www). */
function matchesFilters(copy: NotesCopy, i: number, query: NoteQuery, site: string | undefined): boolean {
  const note = copy.notes[i] as Note;
  if (query.label && note.label !== query.label) return false;
  if (site !== undefined && copy.sites[i] !== site) return false;
  if (query.from && note.created < query.from) return false;
  if (query.to && note.created > query.to) return false;
  if (query.findingKind && note.finding?.kind !== query.findingKind) return false;
  for (const tag of query.tags ?? []) if (!note.tags.includes(tag)) return false;
  return true;
}

/**
 * The copy of all notes and the positions in `copy.notes` of those matching
 * `query` (every word of its text a prefix of a word in body, quote, title or
 * tags; every other criterion exact), in `sort` order.
 */
export async function matchingNotes(
  query: NoteQuery,
  sort: NoteSort,
): Promise<{ copy: NotesCopy; found: number[] }> {
  const text = query.text ?? '';
  const [copy, textIds] = await Promise.all([
    notesCopy(),
    queryNeedles(text).length ? idsMatchingText(text) : undefined,
  ]);
  if (textIds?.size === 0) return { copy, found: [] };
  const site = query.site ? query.site.replace(/^www\./, '').toLowerCase() : undefined;
  const found: number[] = [];
  for (const i of copy.order(sort)) {
    if (textIds && !textIds.has((copy.notes[i] as Note).id)) continue;
    if (matchesFilters(copy, i, query, site)) found.push(i);
  }
  return { copy, found };
}
