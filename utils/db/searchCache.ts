/**
 * An in-memory copy of every note's search text, for the dashboard: built
 * once from the `search` table (one read of a few hundred rows), it answers a
 * text query by testing each note's text in memory, a few milliseconds for
 * 10,000 notes, with no IndexedDB round trip.
 *
 * It is dropped after every write and read again (./copyUntilWrite.ts).
 */
import { copyUntilWrite } from './copyUntilWrite';
import { notesDb } from './database';
import { readSearchTexts } from './searchBuckets';
import { matchesQuery, queryNeedles } from './searchText';

type Texts = { ids: string[]; texts: string[] };

const load = copyUntilWrite<Texts>(() => readSearchTexts(notesDb().search));

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
