/**
 * An in-memory copy of every note's search text, for the dashboard: built
 * once from the `search` table (one read of a few hundred rows), it answers a
 * text query by testing each note's text in memory, a few milliseconds for
 * 10,000 notes, with no IndexedDB round trip.
 *
 * After a write it reads again only the buckets the write changed
 * (./liveCopy.ts).
 */
import type { IndexableType } from 'dexie';
import { notesDb } from './database';
import { liveCopy } from './liveCopy';
import { DB_NAME } from './schema';
import type { SearchBucket } from './searchBuckets';
import { matchesQuery, queryNeedles } from './searchText';

/** Parallel arrays: note id, its search text, and the bucket row it came from. */
type Texts = { ids: string[]; texts: string[]; buckets: number[] };

function append(rows: readonly (SearchBucket | undefined)[], into: Texts): Texts {
  for (const row of rows) {
    if (!row) continue;
    for (const [id, text] of row.texts) {
      into.ids.push(id);
      into.texts.push(text);
      into.buckets.push(row.bucket);
    }
  }
  return into;
}

/** `copy` with the texts of the buckets `changed` as they are stored now. */
export async function patchBuckets(copy: Texts, changed: ReadonlySet<IndexableType>): Promise<Texts> {
  const numbers = [...changed].filter((key): key is number => typeof key === 'number');
  const rows = await notesDb().search.bulkGet(numbers);
  const kept: Texts = { ids: [], texts: [], buckets: [] };
  copy.buckets.forEach((bucket, i) => {
    if (changed.has(bucket)) return;
    kept.ids.push(copy.ids[i] as string);
    kept.texts.push(copy.texts[i] as string);
    kept.buckets.push(bucket);
  });
  return append(rows, kept);
}

const load = liveCopy<Texts>(
  async () => append(await notesDb().search.toArray(), { ids: [], texts: [], buckets: [] }),
  { db: DB_NAME, table: 'search', patch: patchBuckets },
);

/** Starts reading the search texts now, so the first query finds them ready. */
export function preloadSearchTexts(): void {
  load().catch(() => undefined);
}

/** Ids of the notes matching every word of `text` (each word starts a word of body, quote, title or tags). */
export async function idsMatchingText(text: string): Promise<Set<string>> {
  const needles = queryNeedles(text);
  const { ids, texts } = await load();
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i++)
    if (matchesQuery(texts[i] as string, needles)) found.add(ids[i] as string);
  return found;
}
