/**
 * Helpers shared by the highlighting e2e tests: read the page's highlight
 * registry, find the legend in our shadow root, compare the page's text.
 */
import type { Page } from 'playwright-core';

export interface RegistryRange {
  name: string;
  text: string;
  /** True when the range lies inside the page's <article>. */
  inArticle: boolean;
}

/** Every range in CSS.highlights, by highlight name. */
export function readRegistry(page: Page): Promise<RegistryRange[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string; inArticle: boolean }[] = [];
    const article = document.querySelector('article');
    CSS.highlights.forEach((highlight, name) => {
      for (const r of highlight as unknown as Set<AbstractRange>) {
        const range = r as Range;
        out.push({
          name,
          text: range.toString(),
          inArticle:
            !!article && article.contains(range.startContainer) && article.contains(range.endContainer),
        });
      }
    });
    return out;
  });
}

/** Waits until the content script has painted (the `rl:painted` performance mark). */
export async function waitForPainted(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('rl:painted').length > 0, undefined, {
    timeout,
  });
}

/** The body's text without our UI host (which lives outside <body> anyway). */
export function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('rhetoric-lens-ui')) el.remove();
    return clone.textContent ?? '';
  });
}

/** True when the page shows no trace of the extension: no registered highlights, no UI host, no wrappers. */
export function hasNoTrace(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      CSS.highlights.size === 0 &&
      document.querySelectorAll('rhetoric-lens-ui, rhetoric-lens-mark').length === 0 &&
      document.documentElement.dataset.rhetoricLens === undefined,
  );
}
