/**
 * Extension keyboard shortcuts (declared under `commands` in wxt.config.ts):
 * the background hears them and forwards them to the active tab's content
 * script, which toggles highlighting or steps through findings.
 *
 *   Alt+Shift+H  toggle-highlights   hide / show highlights on the page
 *   Alt+Shift+J  next-finding        focus the next finding and show its card
 *   Alt+Shift+K  previous-finding    focus the previous finding
 *
 * (Readers can change the keys at chrome://extensions/shortcuts.)
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol';

export const PAGE_COMMANDS = ['toggle-highlights', 'next-finding', 'previous-finding'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

const isPageCommand = (c: string): c is PageCommand => (PAGE_COMMANDS as readonly string[]).includes(c);

export function registerPageCommands(): void {
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (!isPageCommand(command)) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    // A tab without our content script (a browser page, a disabled site) simply does not answer.
    await sendMessage('page:command', command, tabId).catch(() => undefined);
  });
}
