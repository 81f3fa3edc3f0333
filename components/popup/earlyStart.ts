/**
 * What the popup starts before its first render: opening the database and,
 * once the tab is known, reading that page's notes. Started from a
 * component's effects instead, each step would wait for a frame (Preact runs
 * effects after the browser paints), and the first content would come two or
 * three frames later.
 */
import { notesDb, notesForUrl } from '@/utils/db';
import type { Note } from '@/utils/notes/model';
import { normalizeUrl } from '@/utils/url';
import type { TabInfo } from './tab';

export interface EarlyStart {
  /** The tab (null: it closed or cannot be found). */
  tab: Promise<TabInfo | null>;
  /** The notes of the tab's page as first read, with the normalised URL they belong to. */
  notes: Promise<{ url: string; notes: Note[] } | undefined>;
}

export function startEarly(tab: Promise<TabInfo | null>): EarlyStart {
  // Opening the database overlaps with finding the tab.
  notesDb()
    .open()
    .catch(() => undefined);
  const notes = tab.then(async (t) => {
    if (!t?.url) return undefined;
    const url = normalizeUrl(t.url);
    return { url, notes: await notesForUrl(url) };
  });
  // A failed early read is not an error: the popup's live query reads the notes again.
  return { tab, notes: notes.catch(() => undefined) };
}
