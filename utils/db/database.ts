/**
 * The notes database, in the extension's own origin (background, popup,
 * dashboard). Content scripts must never import this: IndexedDB there would be
 * the web page's storage; they go through the background's messages.
 *
 * Notes are stored one record per page (./pages.ts explains why); their
 * search texts in the `search` table (./searchBuckets.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { PageRecord } from './pages';
import { DB_NAME, declareSchema } from './schema';
import type { SearchTable } from './searchBuckets';

export type { PageRecord } from './pages';

export type NotesDatabase = Dexie & { pages: EntityTable<PageRecord, 'url'>; search: SearchTable };

export function openNotesDatabase(name = DB_NAME): NotesDatabase {
  const db = new Dexie(name) as NotesDatabase;
  declareSchema(db);
  return db;
}

let shared: NotesDatabase | undefined;

/** The database this context uses (opened lazily, once). */
export function notesDb(): NotesDatabase {
  shared ??= openNotesDatabase();
  return shared;
}

/** Closes the shared connection (tests use it to simulate a browser restart or an older release). */
export function closeNotesDb(): void {
  shared?.close();
  shared = undefined;
}
