/**
 * The service worker is started as a page starts loading (entrypoints/wake.ts),
 * so a stopped worker warms the engine while a slow page is still loading,
 * not only once the main content script has read the parsed page. A page's
 * content script keeps getting findings after Chrome stopped the worker.
 */
import { describe, expect, it } from 'vitest';
import { stopWorker } from './browser';
import { readRegistry, waitForPainted } from './highlight-helpers';
import { e2eUnavailable } from './paths';
import { extensionSession } from './session';

/** Holds up the page's parsing, as a slow script on a real network would. */
const SLOW_SCRIPT_MS = 1500;

describe.skipIf(e2eUnavailable())('waking the service worker', () => {
  const session = extensionSession();

  it('a page that starts loading starts a stopped worker, which warms the engine before the page is parsed', async () => {
    const { browser, server } = session;
    server.route('/wake/slow.js', {
      body: 'window.slowScriptRan = true;',
      type: 'text/javascript; charset=utf-8',
      delayMs: SLOW_SCRIPT_MS,
    });
    server.route('/wake/article.html', {
      body: `<!doctype html><html lang="en"><head><title>Slow article</title><script src="/wake/slow.js"></script></head>
<body><article><h1>Harbour bridge reopens</h1><p>The council said on 3 May 2024 that repairs cost $3.5bn, up 12% from 2019.</p></article></body></html>`,
    });
    // The worker started with the browser has settled (a stop during its startup may not take).
    await browser.serviceWorker.evaluate(() => performance.getEntriesByName('rl:warmup').length);
    await stopWorker(browser);

    const page = await browser.context.newPage();
    await page.goto(server.url('/wake/article.html'), { waitUntil: 'domcontentloaded' });
    const parsedAt = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance.timeOrigin + nav.domContentLoadedEventStart;
    });
    // The same handle reaches the worker the page started.
    const warmUpStartedAt = await browser.serviceWorker.evaluate(async () => {
      for (let i = 0; i < 100 && performance.getEntriesByName('rl:warmup').length === 0; i++)
        await new Promise((r) => setTimeout(r, 50));
      const warmup = performance.getEntriesByName('rl:warmup')[0];
      return warmup ? performance.timeOrigin + warmup.startTime : Number.NaN;
    });
    // Woken only by the main content script (document_idle), the warm-up would start after parsing.
    expect(warmUpStartedAt).toBeLessThan(parsedAt);
    await page.close();
  }, 60_000);

  it('a page keeps getting findings for new content after Chrome stopped the worker (its engine port closed)', async () => {
    const { browser, server } = session;
    server.route('/wake/live.html', {
      // Long enough to read as an article (an <article> of 80 words at least).
      body: `<!doctype html><html lang="en"><head><title>Live article</title></head>
<body><article><h1>Harbour bridge reopens</h1>${'<p>The council said on 3 May 2024 that repairs cost $3.5bn, up 12% from 2019. Critics called the overrun a disgraceful betrayal of every taxpayer in the city.</p>'.repeat(4)}</article></body></html>`,
    });
    const page = await browser.context.newPage();
    await page.goto(server.url('/wake/live.html'));
    await waitForPainted(page);
    await stopWorker(browser);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Turnout fell to 41 percent in 2022, the lowest since 1918.';
      document.querySelector('article')?.append(p);
    });
    await expect
      .poll(async () => (await readRegistry(page)).some((r) => r.text.includes('41 percent')), {
        timeout: 20_000,
      })
      .toBe(true);
    await page.close();
  }, 60_000);
});
