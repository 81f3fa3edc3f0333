/** Helpers shared by the popup and dashboard end-to-end tests. */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/** Screenshots of every state, for people to look at (not compared pixel by pixel). */
export const SCREENSHOT_DIR = join(tmpdir(), 'rhetoric-lens-screens');

export async function screenshotBoth(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

export type Chrome = {
  chrome: {
    tabs: { query(q: { active: boolean; url?: string }): Promise<{ id?: number; url?: string }[]> };
    storage: {
      local: {
        get(key: string): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
  };
};

/** The id of the tab showing `page`: it is the active one right after it was opened. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as Chrome;
    return (await chrome.tabs.query({ active: true }))[0]?.id;
  });
  if (typeof id !== 'number') throw new Error('no active tab');
  return id;
}

/** Sizes of the kinds' highlights painted on the page. */
export function paintedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const kind of ['claim', 'figure', 'framing'])
      out[kind] = CSS.highlights.get(`rl-${kind}`)?.size ?? 0;
    return out;
  });
}

export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
