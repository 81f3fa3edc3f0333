/**
 * Id-first queries for the dashboard's windowed list. A search may match
 * thousands of notes but only a screenful is visible, so this module returns
 * the matching ids in display order and the list reads the visible notes by id.
 *
 * Speed: text is matched in memory (./searchCache.ts); every other criterion
 * is a key-only IndexedDB read answered by one `getAllKeys` call on an index
 * (no note is deserialised, no cursor walks the index one step per note), and
 * the sort order of all notes is cached until the notes change (Dexie's
 * 'storagemutated' event, which also reports writes made in other tabs, the
 * popup and the background).
 *
 * Owned by the popup/dashboard work; the rest of utils/db is the notes module's.
 */
import Dexie from 'dexie';
import type { Note } from '../notes/model';
import type { StoredNote } from './database';
import { notesDb } from './database';
import type { NoteQuery, NoteSort } from './notes';
import { idsMatchingText } from './searchCache';
import { queryNeedles } from './searchText';

export interface BrowseResult {
  /** Matching note ids in the requested order. */
  ids: string[];
  /** The notes of the first `firstCount` ids (read in the same transaction, for the first screen). */
  first: Note[];
}

const ORDER: Record<NoteSort, { index: 'modified' | 'created' | 'url'; reverse: boolean }> = {
  'modified-desc': { index: 'modified', reverse: true },
  'modified-asc': { index: 'modified', reverse: false },
  'created-desc': { index: 'created', reverse: true },
  'created-asc': { index: 'created', reverse: false },
  url: { index: 'url', reverse: false },
};

/** Ids of every note in each sort order, dropped whenever any note changes anywhere. */
const sortedCache = new Map<NoteSort, string[]>();
let listening = false;
function watchChanges(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', () => sortedCache.clear());
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function store(): Promise<IDBObjectStore> {
  const db = await notesDb().open();
  return db.backendDB().transaction('notes', 'readonly').objectStore('notes');
}

function intersect(a: Set<string> | undefined, b: readonly IDBValidKey[]): Set<string> {
  if (!a) return new Set(b as string[]);
  const next = new Set<string>();
  for (const id of b as string[]) if (a.has(id)) next.add(id);
  return next;
}

/**
 * Ids matching every criterion of `query`, or undefined when there is no
 * criterion (everything matches). `textIds`: the notes matching the query's
 * text, found beforehand (an IndexedDB transaction cannot stay open across
 * that in-memory step when the copy must first be read).
 */
async function candidates(
  notes: IDBObjectStore,
  query: NoteQuery,
  textIds: Set<string> | undefined,
): Promise<Set<string> | undefined> {
  let ids = textIds;
  const narrow = async (index: string, range: IDBKeyRange) => {
    if (ids?.size !== 0) ids = intersect(ids, await request(notes.index(index).getAllKeys(range)));
  };
  for (const tag of query.tags ?? []) await narrow('tags', IDBKeyRange.only(tag));
  if (query.label) await narrow('label', IDBKeyRange.only(query.label));
  if (query.site) await narrow('site', IDBKeyRange.only(query.site.replace(/^www\./, '').toLowerCase()));
  if (query.from || query.to)
    await narrow('created', IDBKeyRange.bound(query.from ?? '', query.to ?? '\uffff'));
  if (query.findingKind && ids?.size !== 0) {
    // No index for the finding's kind (a rarely used filter): read the candidates, or every note.
    const current = ids;
    const rows: { id: string; finding?: { kind: string } }[] = current
      ? await Promise.all([...current].map((id) => request(notes.get(id))))
      : await request(notes.getAll());
    ids = new Set(rows.filter((n) => n?.finding?.kind === query.findingKind).map((n) => n.id));
  }
  return ids;
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
  watchChanges();
  const text = query.text ?? '';
  const textIds = queryNeedles(text).length ? await idsMatchingText(text) : undefined;
  if (textIds?.size === 0) return { ids: [], first: [] };
  const notes = await store();
  const wanted = await candidates(notes, query, textIds);
  if (wanted?.size === 0) return { ids: [], first: [] };
  let sorted = sortedCache.get(sort);
  if (!sorted) {
    const { index, reverse } = ORDER[sort];
    sorted = (await request(notes.index(index).getAllKeys())) as string[];
    if (reverse) sorted.reverse();
    sortedCache.set(sort, sorted);
  }
  const ids = wanted ? sorted.filter((id) => wanted.has(id)) : [...sorted];
  // Still inside the transaction: no second one to open, one round of reads.
  const rows = (await Promise.all(ids.slice(0, firstCount).map((id) => request(notes.get(id))))) as (
    | StoredNote
    | undefined
  )[];
  const first = rows
    .filter((row): row is StoredNote => row !== undefined)
    .map(({ site: _site, ...note }) => note);
  return { ids, first };
}

/** The page URL of each id, for grouping by page: one key-only read per page that has notes. */
export async function urlsOf(ids: readonly string[]): Promise<string[]> {
  const db = notesDb();
  return db.transaction('r', db.notes, async () => {
    const pages = (await db.notes.orderBy('url').uniqueKeys()) as string[];
    const urlOf = new Map<string, string>();
    await Promise.all(
      pages.map(async (url) => {
        for (const id of (await db.notes.where('url').equals(url).primaryKeys()) as string[])
          urlOf.set(id, url);
      }),
    );
    return ids.map((id) => urlOf.get(id) ?? '');
  });
}
