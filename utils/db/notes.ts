/**
 * The query API over the notes. Every function takes and returns plain Notes,
 * validates what it writes, turns storage failures into NotesStorageError
 * (with a message the UI can show) and reports changes (./changes.ts).
 *
 * Storage (schema v3, ./schema.ts): one record per page in the `pages` table
 * (./pages.ts says why), so every write is a read-modify-write of the page
 * records concerned, in one read-write transaction over `pages` and `search`
 * (the notes' search texts, ./searchBuckets.ts). The `*ids` index finds the
 * page of a note without a scan. Searches answer from in-memory copies
 * (./matching.ts).
 */
import type { FindingKind } from '../analysis/types';
import type { Note } from '../notes/model';
import { normalizeUrl } from '../url';
import { ALL_URLS, notifyChanged } from './changes';
import { type NotesDatabase, notesDb } from './database';
import { NotesStorageError, toStorageError } from './errors';
import { matchingNotes } from './matching';
import { compareNotes } from './notesCopy';
import { byPage, type PageRecord, withNotes, withoutNotes } from './pages';
import { deleteSearchTexts, putSearchTexts } from './searchBuckets';
import { noteSearchText } from './searchText';
import { cleanNote } from './validNotes';

export { cleanNote } from './validNotes';

async function guard<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStorageError(error, action);
  }
}

/**
 * Above this many ids, the pages holding them are found by reading every page
 * record rather than by one `*ids` index lookup per id. Measured in Chromium
 * with 20,000 notes: a lookup costs 0.2-0.5 ms, reading every record 0.02-0.03
 * ms per note, so below this the lookups win and above it the read is never
 * much slower.
 */
const LOOKUPS_BEFORE_READING_ALL = 200;

/** The records of the pages holding any of `ids` (distinct; call inside a transaction on `pages` for a consistent read). */
async function pagesHolding(db: NotesDatabase, ids: readonly string[]): Promise<PageRecord[]> {
  if (ids.length === 0) return [];
  if (ids.length > LOOKUPS_BEFORE_READING_ALL) {
    const wanted = new Set(ids);
    return (await db.pages.toArray()).filter((page) => page.ids.some((id) => wanted.has(id)));
  }
  const found = await Promise.all(ids.map((id) => db.pages.where('ids').equals(id).primaryKeys()));
  const urls = [...new Set(found.flat() as string[])];
  return (await db.pages.bulkGet(urls)).filter((p): p is PageRecord => p !== undefined);
}

/** Writes the changed page records: puts the ones with notes left, deletes the emptied ones. */
async function writePages(db: NotesDatabase, changed: Map<string, PageRecord | undefined>): Promise<void> {
  const puts: PageRecord[] = [];
  const deletes: string[] = [];
  for (const [url, page] of changed) {
    if (page) puts.push(page);
    else deletes.push(url);
  }
  if (puts.length) await db.pages.bulkPut(puts);
  if (deletes.length) await db.pages.bulkDelete(deletes);
}

/**
 * Writes `notes` (valid, distinct ids) and their search texts; call inside a
 * read-write transaction on `pages` and `search`. Each note goes to its page
 * record (same id replaces); a stored note that is not on its page already
 * moved there (its URL changed) and is taken out of its old page, deleted if
 * emptied. Returns the URLs of the pages changed.
 */
async function writeNotes(db: NotesDatabase, notes: readonly Note[]): Promise<string[]> {
  const groups = byPage(notes);
  const urls = [...groups.keys()];
  const [current, stored] = await Promise.all([
    db.pages.bulkGet(urls),
    putSearchTexts(
      db.search,
      notes.map((note) => [note.id, noteSearchText(note)] as const),
    ),
  ]);
  const changed = new Map<string, PageRecord | undefined>();
  const placed = new Set<string>();
  urls.forEach((url, i) => {
    const page = current[i];
    if (page) for (const id of page.ids) placed.add(id);
    changed.set(url, withNotes(page, url, groups.get(url) ?? []));
  });
  // Stored notes (they had a search text) not found on their page: usually none.
  const moved = notes.filter((n) => stored.has(n.id) && !placed.has(n.id)).map((n) => n.id);
  if (moved.length) {
    const leaving = new Set(moved);
    for (const page of await pagesHolding(db, moved)) {
      if (!groups.has(page.url)) changed.set(page.url, withoutNotes(page, leaving));
    }
  }
  await writePages(db, changed);
  return [...changed.keys()];
}

/** Inserts or replaces a note. Returns the note as stored. */
export async function saveNote(note: Note): Promise<Note> {
  const clean = cleanNote(note);
  const urls = await guard('save the note', async () => {
    const db = notesDb();
    return db.transaction('rw', db.pages, db.search, () => writeNotes(db, [clean]));
  });
  notifyChanged(urls);
  return clean;
}

export async function getNote(id: string): Promise<Note | undefined> {
  const page = await guard('read the note', () => notesDb().pages.where('ids').equals(id).first());
  return page?.notes.find((n) => n.id === id);
}

/** The notes of these ids that exist, in the order of `ids`. */
export async function getNotes(ids: string[]): Promise<Note[]> {
  const pages = await guard('read notes', () => {
    const db = notesDb();
    return db.transaction('r', db.pages, () => pagesHolding(db, ids));
  });
  const byId = new Map<string, Note>();
  for (const page of pages) for (const note of page.notes) byId.set(note.id, note);
  return ids.map((id) => byId.get(id)).filter((n): n is Note => n !== undefined);
}

export async function deleteNotes(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const urls = await guard('delete notes', async () => {
    const db = notesDb();
    return db.transaction('rw', db.pages, db.search, async () => {
      const gone = new Set(ids);
      const pages = await pagesHolding(db, ids);
      const changed = new Map<string, PageRecord | undefined>();
      for (const page of pages) changed.set(page.url, withoutNotes(page, gone));
      await writePages(db, changed);
      await deleteSearchTexts(db.search, ids);
      // The pages in the order of the ids asked for.
      const urlOf = new Map(pages.flatMap((p) => p.ids.map((id) => [id, p.url] as const)));
      return ids.map((id) => urlOf.get(id)).filter((url): url is string => url !== undefined);
    });
  });
  notifyChanged(urls);
}

const byCreated = compareNotes('created-asc');

/** Notes of a page (URL normalised here), oldest first. */
export async function notesForUrl(url: string): Promise<Note[]> {
  const page = await guard('read the page notes', () => notesDb().pages.get(normalizeUrl(url)));
  return page ? page.notes.sort(byCreated) : [];
}

/** Every note, newest first. */
export async function allNotes(): Promise<Note[]> {
  const pages = await guard('read notes', () => notesDb().pages.toArray());
  return pages.flatMap((p) => p.notes).sort(compareNotes('created-desc'));
}

/** How many notes are stored: the entries of the `ids` index, one per note. */
export async function countNotes(): Promise<number> {
  return guard('count notes', () => notesDb().pages.orderBy('ids').count());
}

/** Distinct tags in use, sorted (for suggestions and filters). */
export async function allTags(): Promise<string[]> {
  const keys = await guard('read tags', () => notesDb().pages.orderBy('tags').uniqueKeys());
  return keys.map(String);
}

function validNote(note: Note, index: number): Note {
  try {
    return cleanNote(note);
  } catch (error) {
    throw new NotesStorageError('invalid', `Note ${index + 1}: ${(error as Error).message}`, error);
  }
}

/**
 * Writes many notes in one transaction: all or nothing (import). Every note is
 * validated before the transaction starts (an invalid one writes nothing);
 * they are grouped by page and merged into the existing page records (same id
 * replaces), and the search texts are written in the same transaction.
 */
export async function putNotesInOneTransaction(notes: Note[]): Promise<number> {
  // The same id twice: the later note wins, as when each was written in turn.
  const clean = [...new Map(notes.map((note, i) => [note.id, validNote(note, i)] as const)).values()];
  await guard('save the notes', async () => {
    const db = notesDb();
    await db.transaction('rw', db.pages, db.search, () => writeNotes(db, clean));
  });
  const urls = clean.map((n) => n.url);
  notifyChanged(urls.length > 20 ? [ALL_URLS] : urls);
  return notes.length;
}

/** Deletes every note (the dashboard asks for confirmation first). */
export async function clearAll(): Promise<void> {
  await guard('delete all notes', async () => {
    const db = notesDb();
    await db.transaction('rw', db.pages, db.search, () => Promise.all([db.pages.clear(), db.search.clear()]));
  });
  notifyChanged([ALL_URLS]);
}

/** Bytes used and available for this origin, when the browser tells. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await storage.estimate();
  return { usage, quota };
}

export type NoteSort = 'modified-desc' | 'modified-asc' | 'created-desc' | 'created-asc' | 'url';

export interface NoteQuery {
  /** Words to find in body, quote, page title or tags; each word matches as a prefix, all words must match. */
  text?: string;
  /** Notes carrying all of these tags. */
  tags?: string[];
  label?: string;
  /** Host without www (see siteOf). */
  site?: string;
  /** Created on or after / before or at these ISO times. */
  from?: string;
  to?: string;
  findingKind?: FindingKind;
}

export interface SearchResult {
  notes: Note[];
  /** Matches before offset/limit. */
  total: number;
}

/** Searches notes: every criterion of `query` must hold; `total` counts the matches before offset/limit. */
export async function searchNotes(
  query: NoteQuery = {},
  {
    sort = 'modified-desc',
    offset = 0,
    limit = Number.POSITIVE_INFINITY,
  }: { sort?: NoteSort; offset?: number; limit?: number } = {},
): Promise<SearchResult> {
  return guard('search notes', async () => {
    const { copy, found } = await matchingNotes(query, sort);
    const end = Number.isFinite(limit) ? offset + limit : undefined;
    // Clones: the copy's notes are shared with every other query.
    const notes = found.slice(offset, end).map((i) => structuredClone(copy.notes[i] as Note));
    return { notes, total: found.length };
  });
}
