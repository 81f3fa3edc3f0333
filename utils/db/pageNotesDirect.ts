/**
 * One page's notes read with plain IndexedDB, for the popup's first paint.
 *
 * The popup's first script is small; Dexie and the rest of the popup load
 * after it. Opening the database through Dexie once that has loaded cost the
 * popup 40–200 ms on a busy machine, so the first script opens the database
 * itself at once (while the browser looks up the tab) and reads the page's
 * record as soon as the tab's URL is known; the popup shows those notes until
 * its live query (through ./notes.ts) answers.
 *
 * Every step resolves to undefined whenever it cannot answer for sure (no
 * database yet, a schema older than v3, which Dexie upgrades when it opens,
 * or any error); the caller then reads through ./notes.ts. It never creates
 * or changes the database: a first open that would create it is aborted.
 */
import type { Note } from '../notes/model';
import { DB_NAME } from './schema';

/** The store and the field of its records this reads (see ./pages.ts, schema v3). */
const PAGES = 'pages';

const byCreated = (a: Note, b: Note) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);

/** A read-only connection to the notes database when it exists with the `pages` store; close it after use. */
export function openNotesDbDirectly(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME);
    } catch {
      resolve(undefined);
      return;
    }
    // No database yet: opening would create an empty one, which Dexie must create itself.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      if (db.objectStoreNames.contains(PAGES)) {
        resolve(db);
      } else {
        db.close();
        resolve(undefined);
      }
    };
  });
}

/** The notes stored for `url` (already normalised), oldest first; undefined when unsure. */
export function readPageNotesFrom(db: IDBDatabase, url: string): Promise<Note[] | undefined> {
  return new Promise((resolve) => {
    try {
      const get = db.transaction(PAGES, 'readonly').objectStore(PAGES).get(url);
      get.onsuccess = () => {
        const record = get.result as { notes?: unknown } | undefined;
        if (record === undefined) resolve([]);
        else resolve(Array.isArray(record.notes) ? [...(record.notes as Note[])].sort(byCreated) : undefined);
      };
      get.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** Opens, reads the notes of `url` and closes. */
export async function readPageNotesDirectly(url: string): Promise<Note[] | undefined> {
  const db = await openNotesDbDirectly();
  if (!db) return undefined;
  try {
    return await readPageNotesFrom(db, url);
  } finally {
    db.close();
  }
}
