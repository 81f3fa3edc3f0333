/**
 * Id-first queries for the dashboard's windowed list. A search may match
 * thousands of notes but only a screenful is visible, so this module returns
 * the matching ids in display order and the list reads the visible notes by id.
 *
 * Speed: everything here is a key-only IndexedDB read answered by one
 * `getAllKeys` call on an index (no note is deserialised, no cursor walks the
 * index one step per note), and the sort order of all notes is cached until
 * the notes change (Dexie's 'storagemutated' event, which also reports writes
 * made in other tabs, the popup and the background).
 *
 * Owned by the popup/dashboard work; the rest of utils/db is the notes module's.
 */
import Dexie from 'dexie';
import { notesDb } from './database';
import type { NoteQuery, NoteSort } from './notes';
import { words } from './terms';

export interface BrowseResult {
  /** Matching note ids in the requested order. */
  ids: string[];
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

/** Below this many candidates, the remaining search words are checked on the notes themselves. */
const CHECK_IN_MEMORY = 400;

/**
 * Ids of notes where every word starts a search term. A first read capped at
 * CHECK_IN_MEMORY keys per word finds whether some word is rare; if so its
 * notes are the candidates and the other words are checked on those notes'
 * terms. Otherwise each word's whole index range narrows the set, longest
 * (usually rarest) word first.
 */
async function textCandidates(notes: IDBObjectStore, queryWords: string[]): Promise<Set<string> | undefined> {
  if (queryWords.length === 0) return undefined;
  const terms = notes.index('terms');
  const range = (word: string) => IDBKeyRange.bound(word, `${word}\uffff`);
  const firstKeys = await Promise.all(
    queryWords.map(async (word) => ({
      word,
      keys: (await request(terms.getAllKeys(range(word), CHECK_IN_MEMORY + 1))) as string[],
    })),
  );
  const rare = firstKeys
    .filter((w) => w.keys.length <= CHECK_IN_MEMORY)
    .sort((a, b) => a.keys.length - b.keys.length)[0];
  if (rare) {
    const ids = new Set(rare.keys);
    const rest = queryWords.filter((word) => word !== rare.word);
    if (rest.length === 0 || ids.size === 0) return ids;
    const rows = (await Promise.all([...ids].map((id) => request(notes.get(id))))) as {
      id: string;
      terms: string[];
    }[];
    return new Set(
      rows.filter((n) => n && rest.every((word) => n.terms.some((t) => t.startsWith(word)))).map((n) => n.id),
    );
  }
  let ids: Set<string> | undefined;
  for (const word of [...queryWords].sort((a, b) => b.length - a.length)) {
    if (ids?.size === 0) break;
    ids = intersect(ids, await request(terms.getAllKeys(range(word))));
  }
  return ids;
}

/** Ids matching every criterion of `query`, or undefined when there is no criterion (everything matches). */
async function candidates(notes: IDBObjectStore, query: NoteQuery): Promise<Set<string> | undefined> {
  let ids: Set<string> | undefined;
  const narrow = async (index: string, range: IDBKeyRange) => {
    if (ids?.size !== 0) ids = intersect(ids, await request(notes.index(index).getAllKeys(range)));
  };
  ids = await textCandidates(notes, [...new Set(words(query.text ?? ''))]);
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
 * a word in body, quote, title or tags) as ids in `sort` order.
 */
export async function browseNotes(
  query: NoteQuery = {},
  sort: NoteSort = 'modified-desc',
): Promise<BrowseResult> {
  watchChanges();
  const notes = await store();
  const wanted = await candidates(notes, query);
  if (wanted?.size === 0) return { ids: [] };
  let sorted = sortedCache.get(sort);
  if (!sorted) {
    const { index, reverse } = ORDER[sort];
    sorted = (await request(notes.index(index).getAllKeys())) as string[];
    if (reverse) sorted.reverse();
    sortedCache.set(sort, sorted);
  }
  return { ids: wanted ? sorted.filter((id) => wanted.has(id)) : [...sorted] };
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
