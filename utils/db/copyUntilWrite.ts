/**
 * A copy of something read from the database, kept in memory until any write
 * to it, for the dashboard's in-memory queries (./notesCopy.ts,
 * ./searchCache.ts).
 *
 * Dexie's 'storagemutated' event reports every committed write in this page
 * and, broadcast across the extension's origin, in the popup, other tabs and
 * the background: the copy is then dropped and read again shortly after, so
 * it is usually ready before the next query needs it. A context only starts
 * listening once it asks for the copy (the background and popup never do).
 */
import Dexie from 'dexie';

/** Delay before re-reading after a change, so a burst of writes costs one read. */
const REFRESH_DELAY_MS = 50;

/** Returns a getter for the copy `read` makes: read on first use, and again after every write. */
export function copyUntilWrite<T>(read: () => Promise<T>): () => Promise<T> {
  let copy: Promise<T> | undefined;
  let refresh: ReturnType<typeof setTimeout> | undefined;
  let watching = false;

  const get = (): Promise<T> => {
    if (!watching) {
      watching = true;
      Dexie.on('storagemutated', () => {
        copy = undefined;
        clearTimeout(refresh);
        refresh = setTimeout(() => void get().catch(() => undefined), REFRESH_DELAY_MS);
      });
    }
    if (!copy) {
      const reading = read();
      copy = reading;
      // A failed read is not kept: the next query tries again.
      reading.catch(() => {
        if (copy === reading) copy = undefined;
      });
    }
    return copy;
  };
  return get;
}
