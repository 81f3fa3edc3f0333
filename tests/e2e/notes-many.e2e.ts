/**
 * 1,000 notes on one page stay usable: they are anchored and drawn, and
 * selecting text, hovering a note and opening the editor still respond.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as describePassage } from '../../utils/anchoring/describe';
import { createNote } from '../../utils/notes/create';
import type { Note } from '../../utils/notes/model';
import { writeNotes } from './dashboard-seed';
import { noteHighlightTexts, selectText } from './notes-helpers';
import { e2eUnavailable, hasSamplePage } from './paths';
import { extensionSession } from './session';

const PATH = '/corpus/petro-trump-commentary.html';
const COUNT = 1000;

describe.skipIf(e2eUnavailable() || !hasSamplePage())('notes: 1,000 notes on one page', () => {
  const session = extensionSession();

  it('draws them and stays responsive', async () => {
    // Passages are cut from the page's paragraphs as the reader sees them (whitespace collapsed).
    const probe = await session.browser.context.newPage();
    await probe.goto(session.server.url(PATH));
    const paragraphs = await probe.evaluate(() =>
      [...document.querySelectorAll('article p')]
        .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter((t) => t.length > 120),
    );
    await probe.close();
    expect(paragraphs.length).toBeGreaterThan(5);
    const notes: Note[] = [];
    for (let i = 0; i < COUNT; i++) {
      const text = paragraphs[i % paragraphs.length]!;
      const length = 20 + (i % 50);
      const start = (i * 37) % (text.length - length);
      const target = describePassage(text, start, start + length)!;
      notes.push(
        createNote(
          {
            url: session.server.url(PATH),
            pageTitle: 'Sample',
            body: `Note ${i}`,
            target,
            label: i % 3 ? 'question' : undefined,
          },
          new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
        ),
      );
    }
    const dashboard = await session.browser.openExtensionPage('dashboard.html');
    await dashboard.waitForSelector('#app > *');
    await writeNotes(dashboard, notes);
    await dashboard.close();

    const page = await session.browser.context.newPage();
    const started = Date.now();
    await page.goto(session.server.url(PATH));
    await expect
      .poll(async () => (await noteHighlightTexts(page)).length, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(COUNT * 0.95);
    const drawnMs = Date.now() - started;
    console.log(
      `1,000 notes: ${(await noteHighlightTexts(page)).length} drawn ${drawnMs} ms after navigation`,
    );

    const t0 = Date.now();
    await selectText(page, 'There is something strange about this image.');
    await page.getByRole('button', { name: 'Add note', exact: true }).click();
    await page.getByRole('textbox', { name: 'Note' }).waitFor();
    const editorMs = Date.now() - t0;
    console.log(`1,000 notes: selection to open editor ${editorMs} ms`);
    expect(editorMs).toBeLessThan(3000);
    await page.screenshot({ path: join(tmpdir(), 'rl-notes-1000.png') });
    await page.close();
  });
});
