import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, type ExtensionBrowser, launchExtension } from './browser';
import { e2eUnavailable } from './paths';
import { type FixtureServer, startServer } from './server';

describe.skipIf(e2eUnavailable())('foundation: the built extension in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the content script on a page served from 127.0.0.1', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/simple-article.html'));
    await page.waitForFunction(() => document.documentElement.dataset.rhetoricLens !== undefined);
    await page.close();
  });

  for (const path of ['popup.html', 'dashboard.html']) {
    it(`opens ${path} without console errors`, async () => {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await page.waitForSelector('#app > *');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
