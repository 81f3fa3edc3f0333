/**
 * A copy of something read from the database, kept in memory and brought up
 * to date after every write, for the dashboard's in-memory queries
 * (./notesCopy.ts, ./searchCache.ts).
 *
 * Dexie's 'storagemutated' event reports every committed write in this page
 * and, broadcast across the extension's origin, in the popup, other tabs and
 * the background. When the write named the records it changed
 * (./changedKeys.ts), the copy reads just those again and patches itself: a
 * few milliseconds, where reading all 10,000 notes again took 200–400 ms
 * before a deleted note left the list. When it did not (a clear, an import),
 * the copy is dropped and read again shortly after, so it is usually ready
 * before the next query needs it. A context only starts listening once it
 * asks for the copy (the background and popup never do).
 */
import Dexie, { type IndexableType } from 'dexie';
import { changedKeys } from './changedKeys';

/** Delay before re-reading everything after a change, so a burst of writes costs one read. */
const REFRESH_DELAY_MS = 50;

export interface Patching<T> {
  /** The database and table whose records the copy holds. */
  db: string;
  table: string;
  /** The copy with the records of `keys` read again (each was written or deleted). */
  patch(copy: T, keys: ReadonlySet<IndexableType>): Promise<T>;
}

/**
 * Returns a getter for the copy `read` makes: read on first use; after a
 * write, patched when `patching` is given and the write named its records,
 * read again otherwise.
 */
export function liveCopy<T>(read: () => Promise<T>, patching?: Patching<T>): () => Promise<T> {
  let copy: Promise<T> | undefined;
  let refresh: ReturnType<typeof setTimeout> | undefined;
  let watching = false;

  /** Makes `next` the copy; a failed read or patch is not kept, so the next query reads afresh. */
  const keep = (next: Promise<T>) => {
    copy = next;
    next.catch(() => {
      if (copy === next) copy = undefined;
    });
  };

  const get = (): Promise<T> => {
    if (!watching) {
      watching = true;
      Dexie.on('storagemutated', (parts) => {
        const keys = patching ? changedKeys(parts, patching.db, patching.table) : 'all';
        if (keys === null) return;
        if (keys !== 'all' && copy && patching) {
          // Chained: patches apply in the order the writes committed, each reading its records afresh.
          const previous = copy;
          keep(previous.then((current) => patching.patch(current, keys)));
          return;
        }
        copy = undefined;
        clearTimeout(refresh);
        refresh = setTimeout(() => void get().catch(() => undefined), REFRESH_DELAY_MS);
      });
    }
    if (!copy) keep(read());
    return copy as Promise<T>;
  };
  return get;
}
