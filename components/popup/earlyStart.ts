/**
 * What the popup starts before its first render: once the tab is known,
 * asking its content script for the page's status and reading that page's
 * notes (unless the entry script could already read them directly, see
 * ./directNotes.ts). Started from a component's effects instead, each
 * step would wait for a frame (Preact runs effects after the browser paints),
 * and the first content would come two or three frames later.
 *
 * Without the activeTab grant (the popup opened other than from the toolbar
 * button) the tab may not tell its URL; the content script's status does, so
 * the notes are then read as soon as it answers.
 */
import { type PageStatus, sendMessage } from '@/utils/messaging/protocol';
import type { Note } from '@/utils/notes/model';
import { normalizeUrl } from '@/utils/url';
import type { PageNotesRead } from './directNotes';
import { loadNotesDb } from './notesDbModule';
import type { TabInfo } from './tab';

export interface EarlyStart {
  /** The tab (null: it closed or cannot be found). */
  tab: Promise<TabInfo | null>;
  /** The content script's first status, once the tab is known (undefined: not asked, not a web page). */
  status: Promise<{ reply: Promise<PageStatus> } | undefined>;
  /** The notes of the tab's page as first read, with the normalised URL they belong to. */
  notes: Promise<{ url: string; notes: Note[] } | undefined>;
}

/** Only web pages have the content script; other pages are handled by the popup's own checks. */
const mayHaveContentScript = (url: string | undefined) => !url || /^https?:/i.test(url);

export function startEarly(
  tab: Promise<TabInfo | null>,
  directNotes: Promise<PageNotesRead> = Promise.resolve(undefined),
): EarlyStart {
  const status = tab.then((t) => {
    if (!t || !mayHaveContentScript(t.url)) return undefined;
    const reply = sendMessage('page:status', undefined, t.id);
    // Observed here: the hook reports a failed request; no unhandled rejection meanwhile.
    reply.catch(() => undefined);
    return { reply };
  });
  const notes = tab.then(async (t) => {
    const direct = await directNotes.catch(() => undefined);
    if (direct) return direct;
    const raw = t?.url ?? (await (await status)?.reply.catch(() => undefined))?.url;
    if (!raw) return undefined;
    const url = normalizeUrl(raw);
    // The direct read could not answer (no tab URL, an older database): through Dexie.
    const { notesForUrl } = await loadNotesDb();
    return { url, notes: await notesForUrl(url) };
  });
  // A failed early read is not an error: the popup's live query reads the notes again.
  return { tab, status, notes: notes.catch(() => undefined) };
}
