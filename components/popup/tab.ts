/**
 * Which tab the popup describes: the active tab, or `popup.html?tab=<id>`
 * (tests, dashboard links). Kept apart from the rest of the popup, with no
 * dependency but the browser API, so the popup's entry script can ask for the
 * tab before the bulk of the popup's code has loaded.
 */
import { browser } from 'wxt/browser';

export interface TabInfo {
  id: number;
  url: string | undefined;
  title: string;
}

export async function resolveTab(search: string): Promise<TabInfo | undefined> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(requested) && requested > 0
      ? await browser.tabs.get(requested).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab || tab.id === undefined) return undefined;
  return { id: tab.id, url: tab.url ?? tab.pendingUrl, title: tab.title ?? '' };
}

/** The tab, or null when it closed or cannot be found; marks when it is known (read by bench/ui.bench.ts). */
export function findTab(search: string): Promise<TabInfo | null> {
  return resolveTab(search).then(
    (t) => {
      performance.mark('rl:tab');
      return t ?? null;
    },
    () => null,
  );
}
