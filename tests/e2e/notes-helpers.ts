/** Page-side helpers for the notes end-to-end tests. */
import type { Page, Worker } from 'playwright-core';
import { DB_NAME } from '../../utils/db/schema';

/** The bit of the extension API these helpers call in the service worker (no @types/chrome in the project). */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

/** Selects the first occurrence of `text` in the page (it must sit inside one text node). */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((quote) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(quote);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`text not found: ${quote}`);
  }, text);
}

/** The text of every range painted under a CSS.highlights name containing "note". */
export function noteHighlightTexts(page: Page): Promise<{ name: string; text: string }[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string }[] = [];
    // biome-ignore lint/suspicious/noExplicitAny: HighlightRegistry's iterator is not in every TS lib.
    for (const [name, highlight] of CSS.highlights as any as Map<string, Highlight>) {
      if (!name.includes('note') || name.includes('active') || name.includes('flash')) continue;
      for (const range of highlight) out.push({ name, text: (range as Range).toString() });
    }
    return out;
  });
}

/** Waits until a note highlight covers exactly `text`. */
export async function waitForNoteOn(page: Page, text: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const texts = await noteHighlightTexts(page);
    if (texts.some((t) => t.text.replace(/\s+/g, ' ') === text)) return;
    if (Date.now() > deadline)
      throw new Error(`no note highlight on "${text}"; painted: ${JSON.stringify(texts)}`);
    await page.waitForTimeout(200);
  }
}

/**
 * The notes as stored in the extension's database, read from the service
 * worker with plain IndexedDB. Before the extension has created its database
 * there are none: opening it here must not create an empty version-1
 * database, whose open connection would then block the extension's own
 * upgrade and so every later save.
 */
export function storedNotes(
  worker: Worker,
): Promise<{ id: string; body: string; url: string; target?: unknown }[]> {
  return worker.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = (event) => {
          event.preventDefault();
          if (open.error?.name === 'AbortError') resolve([]);
          else reject(open.error);
        };
        open.onsuccess = () => {
          const db = open.result;
          try {
            if (!db.objectStoreNames.contains('pages')) {
              resolve([]);
              db.close();
              return;
            }
            // One record per page (utils/db/pages.ts): its notes, in order.
            const request = db.transaction('pages').objectStore('pages').getAll();
            request.onsuccess = () => {
              resolve(
                (request.result as { notes: { id: string; body: string; url: string }[] }[]).flatMap(
                  (p) => p.notes,
                ),
              );
              db.close();
            };
            request.onerror = () => {
              reject(request.error);
              db.close();
            };
          } catch (error) {
            reject(error);
            db.close();
          }
        };
      }),
    DB_NAME,
  );
}

/** The id of the active tab (bring the page to the front first); tab URLs need a permission we do not ask for. */
export function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}
