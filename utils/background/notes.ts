/**
 * The background's notes service: the only place the content script's notes
 * reach the database. Every message is validated (utils/messaging/schemas.ts)
 * before it touches storage, and every change is relayed to the tabs as
 * 'notes:changed' so pages redraw without a reload.
 */
import { browser } from 'wxt/browser';
import { deleteNotes, setChangeNotifier } from '../db';
import { allTags, notesForUrl, saveNote } from '../db/notes';
import { onMessage, sendMessage } from '../messaging/protocol';
import { NoteIdSchema, NoteSchema, NotesChangedSchema, parseOrThrow, UrlSchema } from '../messaging/schemas';
import type { Note } from '../notes/model';

/** Tells every tab's content script that notes of `urls` changed; each one ignores other URLs. */
export async function relayNotesChanged(urls: string[]): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id === undefined
        ? []
        : urls.map((url) =>
            // Tabs without our content script (browser pages, other schemes) do not answer: not an error.
            sendMessage('notes:changed', { url }, tab.id).catch(() => undefined),
          ),
    ),
  );
}

/** The keyboard shortcut that starts a note on the current selection (see wxt.config.ts `commands`). */
export const ADD_NOTE_COMMAND = 'add-note';

export function registerNoteHandlers(): void {
  // Writes made here (on behalf of content scripts) are relayed straight to the tabs.
  setChangeNotifier(relayNotesChanged);

  onMessage('notes:forUrl', ({ data }) => notesForUrl(parseOrThrow(UrlSchema, data, 'URL')));
  onMessage('notes:save', ({ data }) => saveNote(parseOrThrow(NoteSchema, data, 'note') as Note));
  onMessage('notes:delete', ({ data }) => deleteNotes([parseOrThrow(NoteIdSchema, data, 'note id')]));
  onMessage('notes:tags', () => allTags());
  // An extension page (popup, dashboard) wrote to the database itself: pass the news on to the tabs.
  onMessage('notes:changed', ({ data }) =>
    relayNotesChanged([parseOrThrow(NotesChangedSchema, data, 'change').url]),
  );

  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== ADD_NOTE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    await sendMessage('notes:addFromSelection', undefined, tabId).catch(() => undefined);
  });
}
