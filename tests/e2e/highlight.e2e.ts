/**
 * Highlighting on the sample page, in Chromium with the built extension:
 * gold figures are painted, nothing outside <article>, legend toggles change
 * the registry, the card opens on hover and on keyboard focus.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectErrors } from './browser';
import { readRegistry, waitForPainted } from './highlight-helpers';
import { e2eUnavailable, hasSamplePage, ROOT, SAMPLE_GOLD } from './paths';
import { extensionSession } from './session';

interface GoldFigure {
  text: string;
  required: boolean;
  occurrence?: number;
}

/** The bits of the extension API these tests call inside the browser (no @types/chrome in the project). */
declare const chrome: {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
};

const SAMPLE_URL = '/corpus/petro-trump-commentary.html';
/** Resource 404s (favicon) are the fixture server's, not ours. */
const ownErrors = (errors: string[]) => errors.filter((e) => !e.startsWith('Failed to load resource'));

describe.skipIf(e2eUnavailable() || !hasSamplePage())('highlighting the sample page', () => {
  const session = extensionSession();
  let page: Page;
  let errors: string[];
  beforeEach(async () => {
    await session.browser.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
    page = await session.browser.context.newPage();
    errors = collectErrors(page);
    await page.goto(session.server.url(SAMPLE_URL));
    await waitForPainted(page);
  });

  const legend = () => page.locator('rhetoric-lens-ui section[aria-label="Rhetoric Lens legend"]');
  const card = () => page.locator('rhetoric-lens-ui [role="dialog"]');

  it('paints every required gold figure, and nothing outside <article>', async () => {
    const registry = await readRegistry(page);
    expect(registry.length).toBeGreaterThan(10);
    expect(registry.filter((r) => !r.inArticle)).toEqual([]);
    for (const name of new Set(registry.map((r) => r.name))) expect(name).toMatch(/claim|figure|framing/);
    if (existsSync(SAMPLE_GOLD)) {
      const gold = JSON.parse(readFileSync(SAMPLE_GOLD, 'utf8')) as { figures: GoldFigure[] };
      const figures = registry.filter((r) => r.name.includes('figure'));
      for (const f of gold.figures.filter((g) => g.required)) {
        const covering = figures.filter((r) => r.text.includes(f.text));
        expect(
          covering.length,
          `figure "${f.text}" (occurrence ${f.occurrence ?? 1})`,
        ).toBeGreaterThanOrEqual(f.occurrence ?? 1);
      }
    }
    expect(ownErrors(errors)).toEqual([]);
  });

  it('toggling a kind off in the legend removes its ranges; on again restores them', async () => {
    const count = async (kind: string) =>
      (await readRegistry(page)).filter((r) => r.name.includes(kind)).length;
    const before = await count('figure');
    expect(before).toBeGreaterThan(0);
    await legend()
      .getByRole('button', { name: /Expand the Rhetoric Lens legend/ })
      .click();
    const toggle = legend().getByRole('checkbox', { name: 'Show figures' });
    await toggle.uncheck();
    await expect.poll(() => count('figure')).toBe(0);
    expect(await count('claim')).toBeGreaterThan(0);
    await toggle.check();
    await expect.poll(() => count('figure')).toBe(before);
    expect(ownErrors(errors)).toEqual([]);
  });

  it('opens the card on hover, with the explanation', async () => {
    const box = await page.evaluate(() => {
      const highlight = CSS.highlights.get('rl-figure') as unknown as Set<Range>;
      const range = [...highlight][1] as Range;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0] as DOMRect;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => card().count()).toBe(1);
    await expect
      .poll(async () => (await card().locator('.card-explanation').textContent())?.length ?? 0)
      .toBeGreaterThan(20);
    expect(await card().textContent()).toContain('Figure');
    await expect.poll(() => card().getByRole('button', { name: 'Add note' }).count()).toBe(1);
    await page.mouse.move(5, 400);
    await expect.poll(() => card().count(), { timeout: 5000 }).toBe(0);
  });

  it('opens the card on keyboard focus (legend next/previous), with the explanation', async () => {
    const next = legend().getByRole('button', { name: 'Next finding' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card().count()).toBe(1);
    const first = await card().textContent();
    expect(first).toMatch(/1 \/ \d+/);
    expect((await card().locator('.card-explanation').textContent())?.length).toBeGreaterThan(20);
    await page.keyboard.press('Enter');
    await expect.poll(() => card().textContent()).toMatch(/2 \/ \d+/);
    // Clicking "Next finding" with the mouse: the card stays open (no hover timer closes it).
    await next.click();
    await page.waitForTimeout(700);
    expect(await card().textContent()).toMatch(/3 \/ \d+/);
    // The focused finding is outlined by its own highlight (still named after its kind).
    const focusNames = await page.evaluate(() =>
      [...CSS.highlights.keys()].filter((n) => n.includes('focus')),
    );
    expect(focusNames.length).toBe(1);
    expect(focusNames[0]).toMatch(/claim|figure|framing/);
  });

  it('answers the popup with counts equal to what is painted', async () => {
    // The message exactly as @webext-core/messaging sends it from the popup.
    await page.bringToFront();
    const status = await session.browser.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true });
      return chrome.tabs.sendMessage(tab?.id as number, {
        id: 1,
        type: 'page:status',
        timestamp: Date.now(),
      });
    });
    const registry = await readRegistry(page);
    const painted = (kind: string) => registry.filter((r) => r.name === `rl-${kind}`).length;
    const counts = (status as { res: { counts: Record<string, number> } }).res.counts;
    expect(counts).toEqual({
      claim: painted('claim'),
      figure: painted('figure'),
      framing: painted('framing'),
    });
  });

  it('follows the keyboard-shortcut commands the background forwards', async () => {
    const command = (name: string) =>
      session.browser.serviceWorker.evaluate(async (c) => {
        const [tab] = await chrome.tabs.query({ active: true });
        return chrome.tabs.sendMessage(tab?.id as number, {
          id: 2,
          type: 'page:command',
          data: c,
          timestamp: Date.now(),
        });
      }, name);
    await page.bringToFront();
    const before = (await readRegistry(page)).length;
    await command('next-finding');
    await expect.poll(() => card().textContent()).toMatch(/1 \/ \d+/);
    await command('toggle-highlights');
    await expect.poll(async () => (await readRegistry(page)).length).toBe(0);
    await command('toggle-highlights');
    await expect.poll(async () => (await readRegistry(page)).length).toBe(before);
  });

  it('in manual mode leaves the page alone until asked, then analyses it', async () => {
    await session.browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { mode: 'manual' } }),
    );
    // The content script sends its first batches before it has read settings: the background must refuse them.
    const engineRuns = () =>
      session.browser.serviceWorker.evaluate(() => performance.getEntriesByName('rl:engine').length);
    const runsBefore = await engineRuns();
    const manual = await session.browser.context.newPage();
    await manual.goto(session.server.url(SAMPLE_URL));
    await manual.waitForTimeout(1000);
    expect(
      await manual.evaluate(() => CSS.highlights.size + document.querySelectorAll('rhetoric-lens-ui').length),
    ).toBe(0);
    expect(await engineRuns()).toBe(runsBefore);
    await manual.bringToFront();
    const status = (await session.browser.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true });
      return chrome.tabs.sendMessage(tab?.id as number, {
        id: 3,
        type: 'page:analyse',
        timestamp: Date.now(),
      });
    })) as { res: { state: string; counts: Record<string, number> } };
    expect(status.res.state).toBe('done');
    expect(status.res.counts.figure).toBeGreaterThan(0);
    expect((await readRegistry(manual)).length).toBeGreaterThan(0);
    await manual.close();
  });

  it('saves a screenshot of the sample page with highlights for the README', async () => {
    const box = await page.evaluate(() => {
      window.scrollTo(0, 0);
      const highlight = CSS.highlights.get('rl-figure') as unknown as Set<Range>;
      const range =
        [...highlight].find((r) => r.toString().includes('one hour')) ?? ([...highlight][1] as Range);
      const r = range.getClientRects()[0] as DOMRect;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await legend()
      .getByRole('button', { name: /Expand the Rhetoric Lens legend/ })
      .click();
    await page.mouse.move(box.x, box.y);
    await expect.poll(() => card().count()).toBe(1);
    const out = join(ROOT, 'docs/screenshot-sample.png');
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
  });
});
