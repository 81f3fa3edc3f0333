/**
 * The notes database, in the extension's own origin (background, popup,
 * dashboard). Content scripts must never import this: IndexedDB there would be
 * the web page's storage; they go through the background's messages.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Note } from '../notes/model';
import { DB_NAME, declareSchema } from './schema';
import type { SearchTable } from './searchBuckets';

/** A note as stored: the Note plus the field derived for the site index (never returned to callers). */
export interface StoredNote extends Note {
  site: string;
}

/** `search` holds the notes' search texts (./searchBuckets.ts), written with the notes. */
export type NotesDatabase = Dexie & { notes: EntityTable<StoredNote, 'id'>; search: SearchTable };

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
