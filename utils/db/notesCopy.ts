/**
 * An in-memory copy of every note, for the dashboard's list, filters and
 * search (./browse.ts, ./notes.ts searchNotes): read with one `getAll` of the
 * page records (a few hundred for 10,000 notes), it answers any filter by a
 * loop over plain objects, and keeps each sort order once computed.
 *
 * It is dropped after every write and read again (./copyUntilWrite.ts).
 *
 * The notes in the copy are shared: callers must not change them (./notes.ts
 * hands out clones).
 */
import type { Note } from '../notes/model';
import { copyUntilWrite } from './copyUntilWrite';
import { notesDb } from './database';
import type { NoteSort } from './notes';

export interface NotesCopy {
  /** Every note, page by page. */
  readonly notes: readonly Note[];
  /** `sites[i]`: the site (host without www) of `notes[i]`'s page. */
  readonly sites: readonly string[];
  /** Position in `notes` of each note id. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Positions in `notes` in the given order (computed once per copy). */
  order(sort: NoteSort): readonly number[];
}

const KEY: Record<NoteSort, { key: 'modified' | 'created' | 'url'; dir: 1 | -1 }> = {
  'modified-desc': { key: 'modified', dir: -1 },
  'modified-asc': { key: 'modified', dir: 1 },
  'created-desc': { key: 'created', dir: -1 },
  'created-asc': { key: 'created', dir: 1 },
  url: { key: 'url', dir: 1 },
};

/** How `sort` compares two notes: by its field, ties by id (ascending) so the order is total and stable. */
export function compareNotes(sort: NoteSort): (a: Note, b: Note) => number {
  const { key, dir } = KEY[sort];
  return (a, b) => (a[key] < b[key] ? -dir : a[key] > b[key] ? dir : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function makeCopy(notes: Note[], sites: string[]): NotesCopy {
  const indexOf = new Map(notes.map((n, i) => [n.id, i]));
  const orders = new Map<NoteSort, number[]>();
  return {
    notes,
    sites,
    indexOf,
    order(sort) {
      let order = orders.get(sort);
      if (!order) {
        const compare = compareNotes(sort);
        order = notes.map((_, i) => i).sort((i, j) => compare(notes[i] as Note, notes[j] as Note));
        orders.set(sort, order);
      }
      return order;
    },
  };
}

async function read(): Promise<NotesCopy> {
  const notes: Note[] = [];
  const sites: string[] = [];
  for (const page of await notesDb().pages.toArray()) {
    for (const note of page.notes) {
      notes.push(note);
      sites.push(page.site);
    }
  }
  return makeCopy(notes, sites);
}

/** The copy of every note (read now if it was never read or a write dropped it). */
export const notesCopy: () => Promise<NotesCopy> = copyUntilWrite(read);
