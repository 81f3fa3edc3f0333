/**
 * The query API over the notes table. Every function returns plain Notes (the
 * derived index fields are stripped), validates what it writes, turns storage
 * failures into NotesStorageError (with a message the UI can show) and reports
 * changes (./changes.ts).
 */
import type { FindingKind } from '../analysis/types';
import { NoteSchema, parseOrThrow } from '../messaging/schemas';
import type { Note } from '../notes/model';
import { normalizeUrl, siteOf } from '../url';
import { ALL_URLS, notifyChanged } from './changes';
import { notesDb, type StoredNote } from './database';
import { NotesStorageError, toStorageError } from './errors';
import { deleteSearchTexts, putSearchTexts, readSearchTexts } from './searchBuckets';
import { matchesQuery, noteSearchText, queryNeedles } from './searchText';

/** Validates and cleans a note (URL normalised, tags trimmed and de-duplicated). Throws NotesStorageError('invalid'). */
export function cleanNote(note: Note): Note {
  let parsed: Note;
  try {
    parsed = parseOrThrow(NoteSchema, note, 'note') as Note;
  } catch (error) {
    throw new NotesStorageError('invalid', (error as Error).message, error);
  }
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of parsed.tags) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  const clean: Note = { ...parsed, url: normalizeUrl(parsed.url), tags };
  if (clean.label === undefined) delete clean.label;
  if (clean.target === undefined) delete clean.target;
  if (clean.finding === undefined) delete clean.finding;
  return clean;
}

function toStored(note: Note): StoredNote {
  return { ...note, site: siteOf(note.url) };
}

function toNote(stored: StoredNote): Note {
  const { site: _site, ...note } = stored;
  return note;
}

async function guard<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toStorageError(error, action);
  }
}

/** Inserts or replaces a note. Returns the note as stored. */
export async function saveNote(note: Note): Promise<Note> {
  const clean = cleanNote(note);
  const previous = await guard('save the note', async () => {
    const db = notesDb();
    return db.transaction('rw', db.notes, db.search, async () => {
      const old = await db.notes.get(clean.id);
      await db.notes.put(toStored(clean));
      await putSearchTexts(db.search, [[clean.id, noteSearchText(clean)]]);
      return old;
    });
  });
  notifyChanged(previous && previous.url !== clean.url ? [clean.url, previous.url] : [clean.url]);
  return clean;
}

export async function getNote(id: string): Promise<Note | undefined> {
  const stored = await guard('read the note', () => notesDb().notes.get(id));
  return stored && toNote(stored);
}

export async function getNotes(ids: string[]): Promise<Note[]> {
  const stored = await guard('read notes', () => notesDb().notes.bulkGet(ids));
  return stored.filter((s): s is StoredNote => s !== undefined).map(toNote);
}

export async function deleteNotes(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const urls = await guard('delete notes', async () => {
    const db = notesDb();
    return db.transaction('rw', db.notes, db.search, async () => {
      const existing = await db.notes.bulkGet(ids);
      await db.notes.bulkDelete(ids);
      await deleteSearchTexts(db.search, ids);
      return existing.filter((s): s is StoredNote => s !== undefined).map((s) => s.url);
    });
  });
  notifyChanged(urls);
}

/** Notes of a page (URL normalised here), oldest first. */
export async function notesForUrl(url: string): Promise<Note[]> {
  const stored = await guard('read the page notes', () =>
    notesDb().notes.where('url').equals(normalizeUrl(url)).sortBy('created'),
  );
  return stored.map(toNote);
}

/** Every note, newest first. */
export async function allNotes(): Promise<Note[]> {
  const stored = await guard('read notes', () => notesDb().notes.orderBy('created').reverse().toArray());
  return stored.map(toNote);
}

export async function countNotes(): Promise<number> {
  return guard('count notes', () => notesDb().notes.count());
}

/** Distinct tags in use, sorted (for suggestions and filters). */
export async function allTags(): Promise<string[]> {
  const keys = await guard('read tags', () => notesDb().notes.orderBy('tags').uniqueKeys());
  return keys.map(String);
}

/**
 * How many notes are validated, converted and handed to IndexedDB at a time:
 * the browser stores one chunk while the next is prepared, so preparing
 * (validation, search texts) overlaps with writing instead of preceding it.
 */
const WRITE_CHUNK = 500;

function validNote(note: Note, index: number): Note {
  try {
    return cleanNote(note);
  } catch (error) {
    throw new NotesStorageError('invalid', `Note ${index + 1}: ${(error as Error).message}`, error);
  }
}

/**
 * Writes many notes in one transaction: all or nothing (import). Every note is
 * validated; an invalid one aborts the transaction, so nothing of the batch is
 * kept. The search texts are written in the same transaction.
 */
export async function putNotesInOneTransaction(notes: Note[]): Promise<number> {
  const urls: string[] = [];
  await guard('save the notes', async () => {
    const db = notesDb();
    await db.transaction('rw', db.notes, db.search, async () => {
      const writes: Promise<unknown>[] = [];
      const texts: (readonly [string, string])[] = [];
      for (let start = 0; start < notes.length; start += WRITE_CHUNK) {
        const chunk = notes.slice(start, start + WRITE_CHUNK).map((note, i) => validNote(note, start + i));
        const written = db.notes.bulkPut(chunk.map(toStored));
        // Observed here so that an abort by a later invalid note is not reported as unhandled.
        written.catch(() => undefined);
        writes.push(written);
        for (const note of chunk) {
          texts.push([note.id, noteSearchText(note)]);
          urls.push(note.url);
        }
      }
      await Promise.all(writes);
      await putSearchTexts(db.search, texts);
    });
  });
  notifyChanged(urls.length > 20 ? [ALL_URLS] : urls);
  return urls.length;
}

/** Deletes every note (the dashboard asks for confirmation first). */
export async function clearAll(): Promise<void> {
  await guard('delete all notes', async () => {
    const db = notesDb();
    await db.transaction('rw', db.notes, db.search, () => Promise.all([db.notes.clear(), db.search.clear()]));
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

function intersect(a: Set<string> | undefined, b: Iterable<string>): Set<string> {
  if (!a) return new Set(b);
  const next = new Set<string>();
  for (const id of b) if (a.has(id)) next.add(id);
  return next;
}

/** Ids of the notes whose search text matches every word of `text` (./searchText.ts). */
async function idsMatchingText(text: string): Promise<string[]> {
  const needles = queryNeedles(text);
  const all = await readSearchTexts(notesDb().search);
  return all.ids.filter((_, i) => matchesQuery(all.texts[i] as string, needles));
}

/**
 * Searches notes. Text is matched on the stored search texts; every other
 * criterion (tags, label, site, dates) is an index query returning ids. The id
 * sets are intersected and only the matching notes are read.
 */
export async function searchNotes(
  query: NoteQuery = {},
  {
    sort = 'modified-desc',
    offset = 0,
    limit = Number.POSITIVE_INFINITY,
  }: { sort?: NoteSort; offset?: number; limit?: number } = {},
): Promise<SearchResult> {
  return guard('search notes', async () => {
    const table = notesDb().notes;
    let ids: Set<string> | undefined;
    const narrow = async (keys: Promise<string[]>) => {
      if (ids?.size === 0) return;
      ids = intersect(ids, await keys);
    };
    if (queryNeedles(query.text ?? '').length) await narrow(idsMatchingText(query.text ?? ''));
    for (const tag of query.tags ?? []) await narrow(table.where('tags').equals(tag).primaryKeys());
    if (query.label) await narrow(table.where('label').equals(query.label).primaryKeys());
    if (query.site)
      await narrow(
        table
          .where('site')
          .equals(query.site.replace(/^www\./, '').toLowerCase())
          .primaryKeys(),
      );
    if (query.from || query.to) {
      await narrow(
        table
          .where('created')
          .between(query.from ?? '', query.to ?? '\uffff', true, true)
          .primaryKeys(),
      );
    }
    let stored: StoredNote[];
    if (ids) {
      stored = (await table.bulkGet([...ids])).filter((s): s is StoredNote => s !== undefined);
    } else {
      stored = await table.toArray();
    }
    if (query.findingKind) stored = stored.filter((s) => s.finding?.kind === query.findingKind);
    stored.sort(comparator(sort));
    const end = Number.isFinite(limit) ? offset + limit : undefined;
    return { notes: stored.slice(offset, end).map(toNote), total: stored.length };
  });
}

function comparator(sort: NoteSort): (a: StoredNote, b: StoredNote) => number {
  const by = (key: 'created' | 'modified' | 'url', dir: 1 | -1) => (a: StoredNote, b: StoredNote) =>
    a[key] < b[key] ? -dir : a[key] > b[key] ? dir : a.id < b.id ? -1 : 1;
  switch (sort) {
    case 'modified-asc':
      return by('modified', 1);
    case 'created-desc':
      return by('created', -1);
    case 'created-asc':
      return by('created', 1);
    case 'url':
      return by('url', 1);
    default:
      return by('modified', -1);
  }
}
