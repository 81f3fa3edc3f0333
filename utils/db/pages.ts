/**
 * The page record: how notes are stored since schema v3. All the notes of one
 * page (same normalised URL) live in one record of the `pages` table, with the
 * fields its indexes need derived from them.
 *
 * Why a record per page rather than per note: in Chromium's IndexedDB the cost
 * of a write is per stored record far more than per byte or per index entry.
 * Measured with the raw API in one read-write transaction: 10,000 notes as
 * 10,000 records took 1.3-2.5 s, the same notes as 100 records of 100 notes
 * about 0.13 s. Readers keep a few dozen notes per page, so a page record
 * stays small, and the multi-entry indexes (`*ids`, `*tags`, `*labels`) still
 * find a note, a tag or a label without reading every record.
 *
 * Every function here is pure: ./notes.ts reads the records, changes them
 * with these and writes them back in the same transaction.
 */
import type { Note } from '../notes/model';
import { siteOf } from '../url';

export interface PageRecord {
  /** Primary key: the normalised page URL every note of the page carries. */
  url: string;
  /** Host without www (see siteOf), for the site filter. */
  site: string;
  /** The page's notes, each exactly as the Note model (no derived fields), in the order they were first saved. */
  notes: Note[];
  /** Ids of `notes` (multi-entry index: which page holds a note). */
  ids: string[];
  /** Distinct tags of `notes` (multi-entry index: tags in use). */
  tags: string[];
  /** Distinct verdict labels of `notes` (multi-entry index: labels in use). */
  labels: string[];
}

/** The record of `url` holding `notes` (derived fields computed from them). */
export function pageRecord(url: string, notes: Note[]): PageRecord {
  const tags = new Set<string>();
  const labels = new Set<string>();
  for (const note of notes) {
    for (const tag of note.tags) tags.add(tag);
    if (note.label) labels.add(note.label);
  }
  return { url, site: siteOf(url), notes, ids: notes.map((n) => n.id), tags: [...tags], labels: [...labels] };
}

/**
 * The page `url` (its current record, or none yet) with `incoming` notes
 * added: a note whose id the page already holds is replaced in place, others
 * are appended. Every incoming note must carry `url`.
 */
export function withNotes(
  current: PageRecord | undefined,
  url: string,
  incoming: readonly Note[],
): PageRecord {
  const notes = current ? [...current.notes] : [];
  const at = new Map(notes.map((n, i) => [n.id, i]));
  for (const note of incoming) {
    const i = at.get(note.id);
    if (i === undefined) {
      at.set(note.id, notes.length);
      notes.push(note);
    } else notes[i] = note;
  }
  return pageRecord(url, notes);
}

/** The page without the notes of `ids`, or undefined when none is left (the record is then deleted). */
export function withoutNotes(current: PageRecord, ids: ReadonlySet<string>): PageRecord | undefined {
  const notes = current.notes.filter((n) => !ids.has(n.id));
  return notes.length ? pageRecord(current.url, notes) : undefined;
}

/** Groups notes by page URL, keeping their order. */
export function byPage<T extends { url: string }>(notes: Iterable<T>): Map<string, T[]> {
  const pages = new Map<string, T[]>();
  for (const note of notes) {
    const group = pages.get(note.url);
    if (group) group.push(note);
    else pages.set(note.url, [note]);
  }
  return pages;
}
