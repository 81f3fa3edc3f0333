/**
 * Main-content detection on layouts unlike the sample page (no <article> or
 * <main>, a <main> that holds the rail, teaser cards marked up as articles):
 * the extension must highlight the whole story and nothing around it.
 */
import { describe, expect, it } from 'vitest';
import { collectErrors } from './browser';
import { readRegistry, waitForPainted } from './highlight-helpers';
import { e2eUnavailable } from './paths';
import { extensionSession } from './session';

/** The text of every painted range, and whether the sidebar, comments or ad hold any of them. */
async function paintedOn(page: import('playwright-core').Page) {
  const ranges = await readRegistry(page);
  const outside = await page.evaluate(() => {
    const furniture = [
      ...document.querySelectorAll(
        '.sidebar, #comments, .ad-slot, #nav, #header, #footer, .footer, .right-rail, .more-stories, .read-line, .author-bio, .col-side',
      ),
    ];
    let n = 0;
    CSS.highlights.forEach((h) => {
      for (const r of h as unknown as Set<Range>)
        if (furniture.some((f) => f.contains(r.startContainer))) n++;
    });
    return n;
  });
  return { texts: ranges.map((r) => r.text), outside };
}

describe.skipIf(e2eUnavailable())('main content on other layouts', () => {
  const session = extensionSession();

  it('highlights both halves of a story cut by an advertisement, and not the sidebar or comments', async () => {
    const page = await session.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(session.server.url('/layouts/split-by-ad.html'));
    await waitForPainted(page);
    const { texts, outside } = await paintedOn(page);
    expect(texts).toContain('40 percent'); // first half
    expect(texts).toContain('grown by $2.3 trillion'); // second half, after the ad
    expect(texts).toContain(
      'Either the government listens now, or it will face the same protests that brought down its predecessor in 2013',
    );
    expect(outside).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Each page: what must be painted from its story (furniture is checked by paintedOn).
  it.each([
    [
      'a post written straight into a div with line breaks',
      'old-blog.html',
      ['fell by 18 percent', '400 million euros'],
    ],
    [
      'a story in a <main> that also holds the rail, link lines, author bio and "more stories"',
      'news-rail.html',
      ['18 percent', '$4.2 million'],
    ],
    [
      'a story whose teaser cards, not the story, are <article>s',
      'teaser-cards.html',
      ['18 percent', '$4.2 million'],
    ],
  ])('highlights %s, and nothing around it', async (_what, file, expected) => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url(`/layouts/${file}`));
    await waitForPainted(page);
    const { texts, outside } = await paintedOn(page);
    for (const text of expected) expect(texts).toContain(text);
    expect(outside).toBe(0);
    await page.close();
  });
});
