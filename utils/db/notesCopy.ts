/**
 * An in-memory copy of every note, for the dashboard's list, filters and
 * search (./browse.ts, ./notes.ts searchNotes): read with one `getAll` of the
 * page records (a few hundred for 10,000 notes), it answers any filter by a
 * loop over plain objects, and keeps each sort order once computed.
 *
 * After a write it reads again only the page records the write changed
 * (./liveCopy.ts).
 *
 * The notes in the copy are shared: callers must not change them (./notes.ts
 * hands out clones).
 */
import type { Note } from '../notes/model';
import { notesDb } from './database';
import { liveCopy } from './liveCopy';
import type { NoteSort } from './notes';
import type { PageRecord } from './pages';
import { DB_NAME } from './schema';

export interface NotesCopy {
  /** Every note, page by page (pages in no particular order: `order` gives a sorted view). */
  readonly notes: readonly Note[];
  /** `sites[i]`: the site (host without www) of `notes[i]`'s page. */
  readonly sites: readonly string[];
  /** `pages[i]`: the key of the page record holding `notes[i]`. */
  readonly pages: readonly string[];
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

function makeCopy(notes: Note[], sites: string[], pages: string[]): NotesCopy {
  const indexOf = new Map(notes.map((n, i) => [n.id, i]));
  const orders = new Map<NoteSort, number[]>();
  return {
    notes,
    sites,
    pages,
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

/** Appends every note of `records` (missing ones skipped) to the three parallel arrays. */
function append(
  records: readonly (PageRecord | undefined)[],
  notes: Note[],
  sites: string[],
  pages: string[],
): void {
  for (const page of records) {
    if (!page) continue;
    for (const note of page.notes) {
      notes.push(note);
      sites.push(page.site);
      pages.push(page.url);
    }
  }
}

async function read(): Promise<NotesCopy> {
  const notes: Note[] = [];
  const sites: string[] = [];
  const pages: string[] = [];
  append(await notesDb().pages.toArray(), notes, sites, pages);
  return makeCopy(notes, sites, pages);
}

/** `copy` with the notes of the pages `urls` as they are stored now (a deleted page's are gone). */
export async function patchPages(copy: NotesCopy, urls: ReadonlySet<unknown>): Promise<NotesCopy> {
  const keys = [...urls].filter((url): url is string => typeof url === 'string');
  const records = await notesDb().pages.bulkGet(keys);
  const notes: Note[] = [];
  const sites: string[] = [];
  const pages: string[] = [];
  copy.notes.forEach((note, i) => {
    const page = copy.pages[i] as string;
    if (urls.has(page)) return;
    notes.push(note);
    sites.push(copy.sites[i] as string);
    pages.push(page);
  });
  append(records, notes, sites, pages);
  return makeCopy(notes, sites, pages);
}

/** The copy of every note (read now if it was never read or a write dropped it). */
export const notesCopy: () => Promise<NotesCopy> = liveCopy(read, {
  db: DB_NAME,
  table: 'pages',
  patch: patchPages,
});
