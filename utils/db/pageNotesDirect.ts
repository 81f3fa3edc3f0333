/**
 * One page's notes read with plain IndexedDB, for the popup's first paint.
 *
 * The popup's entry script is small; Dexie and the rest of the popup load
 * after it. Opening the database through Dexie once that has loaded cost the
 * popup 40–200 ms on a busy machine, so the entry script reads the page's
 * record itself while the rest loads, and the popup shows those notes until
 * its live query (through ./notes.ts) answers.
 *
 * Resolves to undefined whenever it cannot answer for sure (no database yet,
 * a schema older than v3, which Dexie upgrades when it opens, or any error);
 * the caller then reads through ./notes.ts. It never creates or changes the
 * database: a first open that would create it is aborted.
 */
import type { Note } from '../notes/model';
import { DB_NAME } from './schema';

/** The store and the field of its records this reads (see ./pages.ts, schema v3). */
const PAGES = 'pages';

const byCreated = (a: Note, b: Note) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0);

/** The notes stored for `url` (already normalised), oldest first; undefined when unsure. */
export function readPageNotesDirectly(url: string): Promise<Note[] | undefined> {
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
      const done = (notes: Note[] | undefined) => {
        db.close();
        resolve(notes);
      };
      if (!db.objectStoreNames.contains(PAGES)) {
        done(undefined);
        return;
      }
      try {
        const get = db.transaction(PAGES, 'readonly').objectStore(PAGES).get(url);
        get.onsuccess = () => {
          const record = get.result as { notes?: unknown } | undefined;
          if (record === undefined) done([]);
          else done(Array.isArray(record.notes) ? [...(record.notes as Note[])].sort(byCreated) : undefined);
        };
        get.onerror = () => done(undefined);
      } catch {
        done(undefined);
      }
    };
  });
}
