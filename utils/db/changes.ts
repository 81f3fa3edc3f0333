/**
 * Change notification. Every mutation in ./notes.ts reports the URLs whose
 * notes changed, so open tabs redraw without a reload:
 * - in an extension page (popup, dashboard) the default notifier sends the
 *   runtime message 'notes:changed' to the background, which relays it to the
 *   tabs (a message also wakes a sleeping service worker, which Dexie's own
 *   BroadcastChannel events would not);
 * - the background installs a notifier that relays to the tabs directly
 *   (utils/background/notes.ts).
 * Extension pages themselves stay live with Dexie's liveQuery.
 *
 * ALL_URLS means "anything may have changed" (import, clear all).
 */
import { sendMessage } from '../messaging/protocol';

export const ALL_URLS = '*';

export type ChangeNotifier = (urls: string[]) => void | Promise<void>;

const sendToBackground: ChangeNotifier = async (urls) => {
  for (const url of urls) {
    // No receiver (tests, background asleep during shutdown) is not an error for the writer.
    await sendMessage('notes:changed', { url }).catch(() => undefined);
  }
};

let notifier: ChangeNotifier = sendToBackground;

export function setChangeNotifier(next: ChangeNotifier): void {
  notifier = next;
}

/** Reports changed URLs; never throws (the data is already saved). */
export function notifyChanged(urls: Iterable<string>): void {
  const distinct = [...new Set(urls)];
  if (distinct.length === 0) return;
  const list = distinct.includes(ALL_URLS) ? [ALL_URLS] : distinct;
  Promise.resolve()
    .then(() => notifier(list))
    .catch(() => undefined);
}
