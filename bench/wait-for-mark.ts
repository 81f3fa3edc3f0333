import type { Page } from 'playwright-core';

const POLL_MS = 20;

/**
 * Waits until the page has a performance entry of this name.
 *
 * Not `page.waitForFunction`: its first use injects Playwright's own utility
 * script into the page, 10–20 ms of main-thread work that a trace showed
 * landing inside the very window being measured (between the content script
 * sending the page's text and handling the answer). A plain `evaluate` every
 * 20 ms costs the page about a millisecond each.
 */
export async function waitForMark(page: Page, name: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate((n) => performance.getEntriesByName(n).length > 0, name))) {
    if (Date.now() > deadline) throw new Error(`no '${name}' mark within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
