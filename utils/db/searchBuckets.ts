/**
 * Where the notes' search texts (./searchText.ts) are stored: the `search`
 * table holds SEARCH_BUCKETS rows, each a map from note id to search text for
 * the notes whose id hashes to that bucket.
 *
 * Why buckets rather than a row (or a multi-entry index) per note: in
 * Chromium's IndexedDB every stored record and every index entry costs a
 * separate write, and that per-write cost dominates a large import. The v1
 * multi-entry `terms` index added about 20 index entries per note, roughly
 * doubling the time to write 10,000 notes; buckets add only a few hundred
 * writes to such an import, and the whole search data is read back with one
 * `getAll` of a few hundred rows (./searchCache.ts).
 *
 * Every write goes through ./notes.ts, inside the same transaction as the
 * notes, so the texts can never disagree with the notes: every stored note
 * has exactly one text here, which ./notes.ts also relies on to tell which
 * notes of an import are stored already.
 */
import type { Table } from 'dexie';

/** Enough rows to keep each small (10,000 notes: about 40 texts, 8 KB per row) and an edit cheap. */
export const SEARCH_BUCKETS = 256;

export interface SearchBucket {
  bucket: number;
  /** Note id → search text. */
  texts: Map<string, string>;
}

export type SearchTable = Table<SearchBucket, number>;

/** The bucket of a note id (FNV-1a hash: stable across releases, since stored rows depend on it). */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SEARCH_BUCKETS;
}

/** Groups items by the bucket of their note id. */
function byBucket<T>(items: Iterable<T>, idOf: (item: T) => string): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const bucket = bucketOf(idOf(item));
    const group = groups.get(bucket);
    if (group) group.push(item);
    else groups.set(bucket, [item]);
  }
  return groups;
}

/** Read-modify-write of the given buckets. Call inside a read-write transaction on the table. */
async function updateBuckets<T>(
  table: SearchTable,
  groups: Map<number, T[]>,
  change: (texts: Map<string, string>, items: T[]) => void,
): Promise<void> {
  const numbers = [...groups.keys()];
  if (numbers.length === 0) return;
  const rows = await table.bulkGet(numbers);
  const updated = numbers.map((bucket, i) => {
    const row = rows[i] ?? { bucket, texts: new Map<string, string>() };
    change(row.texts, groups.get(bucket) ?? []);
    return row;
  });
  await table.bulkPut(updated);
}

/**
 * Stores (or replaces) the search text of each [note id, text]. Returns the
 * ids that had a text already: since every stored note has one, these are the
 * notes already stored (./notes.ts uses it to find a note that moved to
 * another page without one index lookup per note).
 */
export async function putSearchTexts(
  table: SearchTable,
  entries: readonly (readonly [string, string])[],
): Promise<Set<string>> {
  const replaced = new Set<string>();
  await updateBuckets(
    table,
    byBucket(entries, ([id]) => id),
    (texts, items) => {
      for (const [id, text] of items) {
        if (texts.has(id)) replaced.add(id);
        texts.set(id, text);
      }
    },
  );
  return replaced;
}

/** Forgets the search texts of these notes. */
export function deleteSearchTexts(table: SearchTable, ids: readonly string[]): Promise<void> {
  return updateBuckets(
    table,
    byBucket(ids, (id) => id),
    (texts, items) => {
      for (const id of items) texts.delete(id);
    },
  );
}

/** Every note's search text: parallel arrays of ids and texts. */
export async function readSearchTexts(table: SearchTable): Promise<{ ids: string[]; texts: string[] }> {
  const ids: string[] = [];
  const texts: string[] = [];
  for (const row of await table.toArray()) {
    for (const [id, text] of row.texts) {
      ids.push(id);
      texts.push(text);
    }
  }
  return { ids, texts };
}
