/**
 * The element renderer (the fallback for browsers without CSS Custom
 * Highlights, and the "draw highlights as elements" setting), in Chromium on
 * the sample page: findings are wrapped in <rhetoric-lens-mark>, the page's
 * text stays the same, the card opens on a wrapped finding, and turning the
 * extension off on the site leaves the page's own text nodes exactly as they were.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectErrors } from './browser';
import { bodyText, hasNoTrace, waitForPainted } from './highlight-helpers';
import { e2eUnavailable, hasSamplePage } from './paths';
import { extensionSession } from './session';

declare const chrome: {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
};

const SAMPLE_URL = '/corpus/petro-trump-commentary.html';
const ownErrors = (errors: string[]) => errors.filter((e) => !e.startsWith('Failed to load resource'));

describe.skipIf(e2eUnavailable() || !hasSamplePage())('highlights drawn as elements', () => {
  const session = extensionSession();

  const wrapped = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('rhetoric-lens-mark')].map((m) => ({
        kind: (m as HTMLElement).dataset.kind,
        text: m.textContent ?? '',
        inArticle: !!m.closest('article'),
      })),
    );

  it('wraps findings, keeps the text, opens the card, and leaves no trace when turned off', async () => {
    // The reference page: how the article reads, and its first text node, before the extension.
    const plain = await session.browser.context.newPage();
    await session.browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { disabledSites: ['127.0.0.1'] } }),
    );
    await plain.goto(session.server.url(SAMPLE_URL));
    const reference = await plain.evaluate(() => document.querySelector('article')?.innerHTML ?? '');
    await plain.close();

    await session.browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { highlightStyle: 'elements' } }),
    );
    const page = await session.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(session.server.url(SAMPLE_URL));
    const textBefore = await page.evaluate(() => document.body.textContent ?? '');
    await page.evaluate(() => {
      (window as unknown as { firstText: Node | null }).firstText =
        document.querySelector('article p')?.firstChild ?? null;
    });
    await waitForPainted(page);
    const marks = await wrapped(page);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    for (const kind of ['claim', 'figure', 'framing']) {
      expect(marks.filter((m) => m.kind === kind).length, kind).toBeGreaterThan(0);
    }
    expect(marks.filter((m) => !m.inArticle)).toEqual([]);
    expect(marks.map((m) => m.text).join(' ')).toContain('85 percent');
    expect(await bodyText(page)).toBe(textBefore);

    // Hover a wrapped figure: the card explains it.
    const box = await page.evaluate(() => {
      const mark = [...document.querySelectorAll('rhetoric-lens-mark[data-kind="figure"]')][1] as HTMLElement;
      mark.scrollIntoView({ block: 'center' });
      const r = mark.getClientRects()[0] as DOMRect;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const card = page.locator('rhetoric-lens-ui [role="dialog"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('Figure');

    // Turned off on this site: every wrapper goes and the article is exactly as the page wrote it.
    await session.browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { highlightStyle: 'elements', disabledSites: ['127.0.0.1'] } }),
    );
    await expect.poll(() => hasNoTrace(page)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('article')?.innerHTML ?? '')).toBe(reference);
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { firstText: Node | null }).firstText ===
          document.querySelector('article p')?.firstChild,
      ),
    ).toBe(true);
    expect(ownErrors(errors)).toEqual([]);
    await session.browser.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
  });
});
