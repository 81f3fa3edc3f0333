/**
 * "Never break the page": the extension on hostile fixture pages
 * (tests/fixtures/hostile/). On each page: no error from us in the console,
 * the page's own scripts keep working, the body's text is unchanged, nothing
 * is painted inside code, inputs, editors or other documents, and "Turn off
 * on this site" removes every trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, type ExtensionBrowser, launchExtension } from './browser';
import { bodyText, hasNoTrace, readRegistry, waitForPainted } from './highlight-helpers';
import { e2eUnavailable, FIXTURES_DIR } from './paths';
import { type FixtureServer, startServer } from './server';

/** The bits of the extension API these tests call inside the browser (no @types/chrome in the project). */
declare const chrome: {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
};

const ownErrors = (errors: string[]) => errors.filter((e) => !e.startsWith('Failed to load resource'));

/** The text the page's body has without the extension: the served HTML as parsed (page scripts do not change text). */
async function originalBodyText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return doc.body.textContent ?? '';
  });
}

/** Ranges painted inside elements where nothing may be painted. */
function rangesInsideForbidden(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    CSS.highlights.forEach((highlight) => {
      for (const r of highlight as unknown as Set<Range>) {
        const el = r.startContainer.parentElement;
        if (el?.closest('pre, code, textarea, input, [contenteditable]')) bad.push(r.toString());
      }
    });
    return bad;
  });
}

const PAGES: { path: string; check?: (page: Page) => Promise<void>; bodyChanges?: boolean }[] = [
  {
    path: '/hostile/marks.html',
    check: async (page) => {
      expect(await page.evaluate(() => document.querySelectorAll('mark').length)).toBe(2);
    },
  },
  {
    path: '/hostile/editable.html',
    check: async (page) => {
      await page.locator('#name').fill('Ann Smith');
      await page.locator('#ta').fill('Typed 42 percent');
      await page.locator('#editor p').click();
      await page.keyboard.type(' More text.');
      await page.locator('#b').click();
      expect(await page.locator('#out').textContent()).toBe('1');
      expect(await page.locator('#name').inputValue()).toBe('Ann Smith');
      expect(await page.locator('#editor').textContent()).toContain('More text.');
    },
    bodyChanges: true,
  },
  { path: '/hostile/shadow-iframe.html' },
  { path: '/hostile/big-table.html', bodyChanges: true },
  { path: '/hostile/code.html' },
  {
    path: '/hostile/rerender.html',
    check: async (page) => {
      const before = await page.evaluate(() => (window as unknown as { __renders: number }).__renders);
      await page.waitForTimeout(2600);
      expect(
        await page.evaluate(() => (window as unknown as { __renders: number }).__renders),
      ).toBeGreaterThan(before);
      // Still painted, on the nodes that are in the document now.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const h = CSS.highlights.get('rl-figure') as unknown as Set<Range> | undefined;
            return !!h && h.size > 0 && [...h].every((r) => r.startContainer.isConnected);
          }),
        )
        .toBe(true);
    },
  },
  {
    path: '/hostile/csp.html',
    check: async (page) => {
      expect(
        await page.evaluate(() => (window as unknown as { __cspScriptRan?: boolean }).__cspScriptRan),
      ).toBe(true);
      // The legend is styled (adopted stylesheet) despite style-src 'self'.
      const position = await page
        .locator('rhetoric-lens-ui section[aria-label="Rhetoric Lens legend"]')
        .evaluate((el) => getComputedStyle(el).position);
      expect(position).toBe('fixed');
    },
  },
];

describe.skipIf(e2eUnavailable())('never break the page', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer();
    server.route('/hostile/csp.html', {
      body: readFileSync(join(FIXTURES_DIR, 'hostile/csp.html')),
      headers: {
        'Content-Security-Policy':
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:",
      },
    });
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const fixture of PAGES) {
    it(`keeps ${fixture.path} working, and leaves no trace when turned off`, async () => {
      await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(server.url(fixture.path));
      await waitForPainted(page);
      expect((await readRegistry(page)).length).toBeGreaterThan(0);
      expect(await rangesInsideForbidden(page)).toEqual([]);
      expect(
        await page.evaluate(() => (window as unknown as { __fixtureCheck: () => boolean }).__fixtureCheck()),
      ).toBe(true);
      if (!fixture.bodyChanges) expect(await bodyText(page)).toBe(await originalBodyText(page));
      const textBefore = await bodyText(page);
      await fixture.check?.(page);
      if (!fixture.bodyChanges && fixture.check === undefined) expect(await bodyText(page)).toBe(textBefore);

      const legend = page.locator('rhetoric-lens-ui section[aria-label="Rhetoric Lens legend"]');
      await legend.getByRole('button', { name: /Expand the Rhetoric Lens legend/ }).click();
      await legend.getByRole('button', { name: 'Turn off on this site' }).click();
      await expect.poll(() => hasNoTrace(page)).toBe(true);
      if (!fixture.bodyChanges) expect(await bodyText(page)).toBe(await originalBodyText(page));
      expect(ownErrors(errors)).toEqual([]);
      await page.close();
    });
  }

  it('follows single-page navigation: the new article is analysed, the old one forgotten', async () => {
    await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(server.url('/hostile/spa.html'));
    await waitForPainted(page);
    expect((await readRegistry(page)).some((r) => r.text.includes('45 percent'))).toBe(true);
    await page.locator('#next').click();
    await expect
      .poll(async () => (await readRegistry(page)).some((r) => r.text.includes('70 percent')), {
        timeout: 10_000,
      })
      .toBe(true);
    const texts = (await readRegistry(page)).map((r) => r.text);
    expect(texts.some((t) => t.includes('45 percent'))).toBe(false);
    await page.goBack();
    await expect
      .poll(async () => (await readRegistry(page)).some((r) => r.text.includes('45 percent')), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(ownErrors(errors)).toEqual([]);
    await page.close();
  });

  it('stays off on a disabled site after reload, and comes back when re-enabled', async () => {
    const page = await browser.context.newPage();
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { disabledSites: ['127.0.0.1'] } }),
    );
    await page.goto(server.url('/hostile/code.html'));
    await page.waitForTimeout(1500);
    expect(await hasNoTrace(page)).toBe(true);
    await browser.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
    await waitForPainted(page);
    await expect.poll(async () => (await readRegistry(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});
