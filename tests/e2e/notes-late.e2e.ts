/**
 * Notes whose passage arrives late (content loaded by script after the page)
 * are orphans at first and are anchored as soon as the passage appears.
 */
import { describe, expect, it } from 'vitest';
import { noteHighlightTexts, selectText, storedNotes, waitForNoteOn } from './notes-helpers';
import { e2eUnavailable } from './paths';
import { extensionSession } from './session';

const LATE = 'The ministry later admitted that the 40 percent figure came from an unpublished internal memo.';
const paragraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story. Officials said the programme would cost ${i + 3} billion over ten years, a figure the opposition disputed.</p>`,
).join('');
const page = (late: 'inline' | 'script') =>
  `<!doctype html><html lang="en"><head><title>Late content</title></head><body><main><article id="a"><h1>Costs</h1>${paragraphs}${
    late === 'inline'
      ? `<p>${LATE}</p>`
      : `<script>setTimeout(() => { const p = document.createElement('p'); p.textContent = ${JSON.stringify(LATE)}; document.getElementById('a').append(p); }, 1500);</script>`
  }</article></main></body></html>`;

describe.skipIf(e2eUnavailable())('notes: late content', () => {
  const session = extensionSession();

  it('anchors an orphaned note once its passage is added to the page', async () => {
    session.server.route('/late.html', { body: page('inline') });
    const tab = await session.browser.context.newPage();
    await tab.goto(session.server.url('/late.html'));
    await tab.waitForFunction(() => document.documentElement.dataset.rhetoricLens !== undefined);
    await selectText(tab, 'the 40 percent figure came from an unpublished internal memo');
    await tab.getByRole('button', { name: 'Add note', exact: true }).click();
    await tab.getByRole('textbox', { name: 'Note' }).fill('Ask for the memo.');
    await tab.getByRole('button', { name: 'Save note' }).click();
    await waitForNoteOn(tab, 'the 40 percent figure came from an unpublished internal memo');

    session.server.route('/late.html', { body: page('script') });
    await tab.reload();
    await tab.waitForFunction(() => document.documentElement.dataset.rhetoricLens !== undefined);
    expect(await noteHighlightTexts(tab)).toEqual([]);
    await waitForNoteOn(tab, 'the 40 percent figure came from an unpublished internal memo');
    expect(await storedNotes(session.browser.serviceWorker)).toHaveLength(1);
    await tab.close();
  });
});
