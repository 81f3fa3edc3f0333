import { describe, expect, it } from 'vitest';
import { collectErrors } from './browser';
import { e2eUnavailable } from './paths';
import { extensionSession } from './session';

describe.skipIf(e2eUnavailable())('foundation: the built extension in Chromium', () => {
  const session = extensionSession();

  it('runs the content script on a page served from 127.0.0.1', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/simple-article.html'));
    await page.waitForFunction(() => document.documentElement.dataset.rhetoricLens !== undefined);
    await page.close();
  });

  for (const path of ['popup.html', 'dashboard.html']) {
    it(`opens ${path} without console errors`, async () => {
      const page = await session.browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`chrome-extension://${session.browser.extensionId}/${path}`);
      await page.waitForSelector('#app > *');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
