/**
 * An in-memory copy of every note's search text, for the dashboard: built
 * once from the `search` table (one read of a few hundred rows), it answers a
 * text query by testing each note's text in memory, a few milliseconds for
 * 10,000 notes, with no IndexedDB round trip.
 *
 * It stays in sync through Dexie's 'storagemutated' event, which reports
 * every committed write in this page and, broadcast across the extension's
 * origin, in the popup, other tabs and the background: the copy is dropped and
 * re-read shortly after, before the next query needs it.
 */
import Dexie from 'dexie';
import { notesDb } from './database';
import { readSearchTexts } from './searchBuckets';
import { matchesQuery, queryNeedles } from './searchText';

type Texts = { ids: string[]; texts: string[] };

let copy: Promise<Texts> | undefined;
let refresh: ReturnType<typeof setTimeout> | undefined;
let watching = false;

/** Delay before re-reading after a change, so a burst of writes costs one read. */
const REFRESH_DELAY_MS = 50;

function watch(): void {
  if (watching) return;
  watching = true;
  Dexie.on('storagemutated', () => {
    copy = undefined;
    clearTimeout(refresh);
    refresh = setTimeout(() => void load().catch(() => undefined), REFRESH_DELAY_MS);
  });
}

function load(): Promise<Texts> {
  watch();
  if (!copy) {
    const reading = readSearchTexts(notesDb().search);
    copy = reading;
    // A failed read is not cached: the next query tries again.
    reading.catch(() => {
      if (copy === reading) copy = undefined;
    });
  }
  return copy;
}

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
