/**
 * The dashboard in Chromium: a page note written in the popup is found by
 * search; deleting a passage note removes its highlight from the open page
 * without a reload; filters, grouping, bulk actions, settings; every control
 * has an accessible name. Screenshots in light and dark.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../utils/url';
import { collectErrors } from './browser';
import { makeNotes, writeNotes } from './dashboard-seed';
import { e2eUnavailable, hasSamplePage } from './paths';
import { openPopup, screenshotBoth, tabIdOf } from './popup-helpers';
import { extensionSession } from './session';

/** Controls without an accessible name (label, aria-label, aria-labelledby or text). */
function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input, select, textarea, button')]
      .filter((el) => {
        const labelled =
          ((el as HTMLInputElement).labels?.length ?? 0) > 0 ||
          el.getAttribute('aria-label') ||
          el.getAttribute('aria-labelledby') ||
          (el.localName === 'button' && el.textContent?.trim());
        return !labelled && (el as HTMLInputElement).type !== 'hidden' && el.offsetParent !== null;
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

const noteHighlightRanges = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('rl-note') && name !== 'rl-note-flash') n += highlight.size;
    return n;
  });

describe.skipIf(e2eUnavailable())('dashboard', () => {
  const session = extensionSession();

  it.skipIf(!hasSamplePage())(
    'finds a page note written in the popup, and deleting a passage note unpaints it on the open page',
    async () => {
      const sampleUrl = session.server.url('/corpus/petro-trump-commentary.html');
      const article = await session.browser.context.newPage();
      await article.goto(sampleUrl);
      await article.waitForFunction(() => CSS.highlights.has('rl-figure'), null, { timeout: 20_000 });
      const tabId = await tabIdOf(session.browser, article);

      // A page note from the popup.
      const popup = await openPopup(session.browser, tabId);
      await popup.getByRole('button', { name: 'Add page note' }).click();
      await popup.getByLabel('Note', { exact: true }).fill('Quixotic tallies of approval ratings');
      await popup.getByRole('button', { name: 'Save page note' }).click();
      await popup.getByText('Quixotic tallies').waitFor();
      await popup.close();

      // A passage note on a sentence of the article, stored as the notes module stores it.
      const dashboard = await session.browser.openExtensionPage('dashboard.html');
      const errors = collectErrors(dashboard);
      await dashboard.waitForSelector('.result-count');
      const quote = 'This speaks volumes about the political weakness of the right at this time.';
      const context = await article.evaluate((q) => {
        const text = (document.querySelector('article')?.textContent ?? '').replace(/\s+/g, ' ');
        const at = text.indexOf(q);
        return {
          at,
          prefix: text.slice(Math.max(0, at - 40), at),
          suffix: text.slice(at + q.length, at + q.length + 40),
        };
      }, quote);
      expect(context.at).toBeGreaterThan(0);
      const [passage] = makeNotes(1, 1, 3);
      await writeNotes(dashboard, [
        {
          ...passage!,
          id: '22222222-0000-4000-8000-000000000001',
          url: normalizeUrl(sampleUrl),
          pageTitle: await article.title(),
          body: 'Obstreperous reading of the polls',
          target: {
            quote: {
              type: 'TextQuoteSelector',
              exact: quote,
              prefix: context.prefix,
              suffix: context.suffix,
            },
            position: { type: 'TextPositionSelector', start: context.at, end: context.at + quote.length },
          },
        },
        {
          ...passage!,
          id: '22222222-0000-4000-8000-000000000002',
          url: normalizeUrl(sampleUrl),
          pageTitle: await article.title(),
          body: 'A note whose passage the page no longer has',
          target: {
            quote: {
              type: 'TextQuoteSelector',
              exact: 'Nothing like this sentence was ever written in the commentary at all.',
              prefix: 'An entirely different paragraph that once stood here ',
              suffix: ' and it was removed by the editors later on that day',
            },
            position: { type: 'TextPositionSelector', start: 50, end: 119 },
          },
        },
      ]);
      await article.reload();
      await article.waitForFunction(
        () => [...CSS.highlights.keys()].some((k) => k.startsWith('rl-note')),
        null,
        {
          timeout: 20_000,
        },
      );
      expect(await noteHighlightRanges(article)).toBe(1);

      // The popup lists the orphan apart with its quote, and clicking a quote flashes it on the page.
      const popup2 = await openPopup(session.browser, tabId);
      const orphans = popup2.getByRole('region', { name: /Not found on the page/ });
      await orphans.getByText('Nothing like this sentence was ever written').waitFor();
      await screenshotBoth(popup2, 'popup-orphans');
      await popup2.getByRole('button', { name: /^Show on the page: This speaks volumes/ }).click();
      await article.waitForFunction(() => (CSS.highlights.get('rl-note-flash')?.size ?? 0) > 0, null, {
        timeout: 5_000,
      });
      await popup2.close();

      // Search finds the popup's page note by a word of it.
      await dashboard.reload();
      const search = dashboard.getByLabel('Search notes');
      await search.fill('quixotic');
      await dashboard.waitForSelector('.result-count[data-results-for="quixotic"]');
      await dashboard
        .locator('.notes-list .note-body')
        .getByText('Quixotic tallies of approval ratings')
        .waitFor();
      await expect(dashboard.locator('.result-count').textContent()).resolves.toMatch(/^1 note match/);

      // Deleting the passage note in the dashboard unpaints it on the open page, without a reload.
      await search.fill('obstreperous');
      const row = dashboard.locator('.notes-list article.note').filter({ hasText: 'Obstreperous' });
      await row.locator('.note-quote').getByText(quote).waitFor();
      await screenshotBoth(dashboard, 'dashboard-search');
      await row.getByRole('button', { name: /^Delete note/ }).click();
      await row.getByRole('button', { name: 'Delete note', exact: true }).click();
      await dashboard.getByText('No notes match').waitFor();
      await article.waitForFunction(
        () =>
          ![...CSS.highlights].some(
            ([name, h]) => name.startsWith('rl-note') && name !== 'rl-note-flash' && h.size > 0,
          ),
        null,
        { timeout: 10_000 },
      );
      expect(errors).toEqual([]);
      await dashboard.close();
      await article.close();
    },
    120_000,
  );

  it('filters, groups by page, selects in bulk and deletes after confirmation', async () => {
    const dashboard = await session.browser.openExtensionPage('dashboard.html');
    await dashboard.setViewportSize({ width: 1200, height: 900 });
    await dashboard.waitForSelector('.result-count');
    await writeNotes(dashboard, makeNotes(60, 6, 11));
    await dashboard.reload();
    await dashboard.getByText(/\d+ notes/).waitFor();
    const countOf = async () =>
      Number(/(\d+)/.exec((await dashboard.locator('.result-count').textContent()) ?? '')?.[1]);
    const total = await countOf();
    expect(total).toBeGreaterThanOrEqual(60);
    // Only what is visible is rendered.
    expect(await dashboard.locator('.vlist-row').count()).toBeLessThan(total);
    await screenshotBoth(dashboard, 'dashboard-list');

    await dashboard.getByLabel('Label').selectOption('false');
    await dashboard.waitForFunction(() =>
      /match/.test(document.querySelector('.result-count')?.textContent ?? ''),
    );
    const falseOnes = await countOf();
    expect(falseOnes).toBeGreaterThan(0);
    expect(falseOnes).toBeLessThan(total);
    for (const badge of await dashboard.locator('.notes-list .note-label').allTextContents()) {
      expect(['False', 'Page note']).toContain(badge);
    }
    await dashboard.getByLabel('Label').selectOption('');
    await dashboard.waitForFunction(
      (n) => document.querySelector('.result-count')?.textContent?.startsWith(`${n} `),
      total,
    );
    await dashboard.getByLabel('Site').selectOption('site1.test');
    await dashboard.waitForFunction(
      (n) => !document.querySelector('.result-count')?.textContent?.startsWith(`${n} `),
      total,
    );

    await dashboard.getByRole('radio', { name: 'By page' }).check();
    const header = dashboard.locator('.page-row').first();
    await expect(header.getByRole('link').getAttribute('href')).resolves.toMatch(/^https:\/\/site1\.test\//);
    await header.getByText(/\d+ of \d+ notes?/).waitFor();
    await screenshotBoth(dashboard, 'dashboard-by-page');

    // Bulk: select all matches, delete after confirming.
    const matches = await countOf();
    await dashboard.getByLabel('Select all').check();
    await dashboard.getByText(`${matches} selected`, { exact: false }).waitFor();
    await dashboard.getByRole('button', { name: 'Delete selected', exact: true }).click();
    await dashboard.getByRole('button', { name: 'Delete selected notes' }).click();
    await dashboard.getByText('No notes match').waitFor();
    await dashboard.getByRole('button', { name: 'Clear search and filters' }).click();
    await dashboard.waitForFunction(
      (n) => document.querySelector('.result-count')?.textContent?.startsWith(`${n} `),
      total - matches,
    );

    expect(await unlabelledControls(dashboard)).toEqual([]);
    await dashboard.close();
  }, 90_000);

  it('edits settings: analysis mode, off sites, labels, shortcuts, data', async () => {
    const page = await session.browser.openExtensionPage('dashboard.html#settings');
    const errors = collectErrors(page);
    await page.getByRole('heading', { name: 'Analysis' }).waitFor();
    const settings = async () =>
      page.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        };
        return (await chrome.storage.local.get('settings')).settings as {
          mode: string;
          disabledSites: string[];
          labels: { id: string; name: string }[];
          hiddenLabels: string[];
        };
      });

    await page.getByLabel(/Only when I ask/).check();
    await expect.poll(async () => (await settings()).mode).toBe('manual');
    await page.getByLabel(/On article-like pages/).check();

    await page.getByLabel('Scare quotes').uncheck();
    await expect.poll(async () => (await settings()).hiddenLabels).toContain('scare_quotes');

    await page.getByLabel('Add a site').fill('https://www.Example.org/news/1');
    await page.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(async () => (await settings()).disabledSites).toEqual(['example.org']);
    await page.getByRole('button', { name: 'Turn back on for example.org' }).click();
    await expect.poll(async () => (await settings()).disabledSites).toEqual([]);

    await page.getByLabel('New label').fill('Cherry-picked');
    await page.getByRole('button', { name: 'Add label' }).click();
    await expect.poll(async () => (await settings()).labels.map((l) => l.id)).toContain('cherry-picked');
    const rename = page.getByLabel('Name of label Cherry-picked');
    await rename.fill('Cherry-picked data');
    await rename.press('Tab');
    await expect
      .poll(async () => (await settings()).labels.find((l) => l.id === 'cherry-picked')?.name)
      .toBe('Cherry-picked data');
    await page.getByRole('button', { name: 'Remove label Cherry-picked data' }).click();
    await expect.poll(async () => (await settings()).labels.map((l) => l.id)).not.toContain('cherry-picked');

    await page.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
    await page.getByRole('button', { name: 'Open the shortcuts page' }).waitFor();
    await page.getByText(/storage used/).waitFor();
    await page.getByRole('button', { name: 'Export everything' }).waitFor();

    // Delete everything asks first, and only "delete" typed confirms it.
    const deleteAll = page.getByRole('button', { name: 'Delete all notes…' });
    if (await deleteAll.isEnabled()) {
      await deleteAll.click();
      const confirm = page.getByRole('button', { name: 'Delete all notes', exact: true });
      expect(await confirm.isDisabled()).toBe(true);
      await page.getByLabel(/Type “delete” to confirm/).fill('delete');
      await confirm.click();
      await page.getByText('All notes were deleted.').waitFor();
      await page.getByText(/^0 notes/).waitFor();
    }
    await screenshotBoth(page, 'dashboard-settings');
    expect(await unlabelledControls(page)).toEqual([]);

    // Keyboard: the section links and every control are reachable with Tab, focus is visible.
    await page.keyboard.press('Tab');
    const focusStyle = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.localName, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focusStyle.outline).not.toBe('none');

    await page.goto(page.url().replace('#settings', '#notes'));
    await page.getByText('No notes yet').waitFor();
    await screenshotBoth(page, 'dashboard-empty');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
