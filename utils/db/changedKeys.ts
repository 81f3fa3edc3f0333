/**
 * Which records of a table a committed write changed, read from Dexie's
 * 'storagemutated' event (in this page, or broadcast from the popup, another
 * tab or the background).
 *
 * Dexie lists the primary keys a put or delete touched one by one, but only a
 * range for a `clear()`, a delete by range, a bulk write of 50 records or
 * more, and the database being created: then every record may have changed.
 */
import { type IndexableType, type ObservabilitySet, RangeSet } from 'dexie';

export type ChangedKeys = ReadonlySet<IndexableType> | 'all' | null;

/** The keys of `table` in database `db` the write changed; 'all' for a range; null when it left the table alone. */
export function changedKeys(parts: ObservabilitySet, db: string, table: string): ChangedKeys {
  const keys = new Set<IndexableType>();
  let touched = false;
  // The keys written, then the keys deleted (Dexie keeps these apart when it can tell).
  for (const part of [`idb://${db}/${table}/`, `idb://${db}/${table}/:dels`]) {
    const tree = parts[part];
    if (!tree) continue;
    touched = true;
    // After a broadcast the tree is plain data: RangeSet() gives it back its iterator.
    for (const range of RangeSet(tree)) {
      if (!isSingleKey(range.from, range.to)) return 'all';
      keys.add(range.from);
    }
  }
  return touched ? keys : null;
}

/** A range of one key: the same string or number at both ends (anything else is treated as a range). */
function isSingleKey(from: IndexableType, to: IndexableType): boolean {
  return (typeof from === 'string' || typeof from === 'number') && from === to;
}
