/**
 * The tab's page notes read straight from IndexedDB by the popup's early
 * script (./earlyRead.ts), while the rest of the popup loads (see
 * utils/db/pageNotesDirect.ts). No Dexie here: this runs before it loads.
 */
import { openNotesDbDirectly, readPageNotesFrom } from '@/utils/db/pageNotesDirect';
import type { Note } from '@/utils/notes/model';
import { normalizeUrl } from '@/utils/url';
import type { TabInfo } from './tab';

export type PageNotesRead = { url: string; notes: Note[] } | undefined;

/** The notes of the tab's page when its URL is known and the direct read can answer; undefined otherwise. */
export async function readTabNotesDirectly(tab: Promise<TabInfo | null>): Promise<PageNotesRead> {
  // Opened while the browser looks up the tab.
  const opening = openNotesDbDirectly();
  const raw = (await tab)?.url;
  const db = await opening;
  if (!db) return undefined;
  try {
    if (!raw || !/^https?:/i.test(raw)) return undefined;
    const url = normalizeUrl(raw);
    const notes = await readPageNotesFrom(db, url);
    performance.mark('rl:notes-read');
    return notes && { url, notes };
  } finally {
    db.close();
  }
}
