/**
 * Reader notes in real Chromium: created through the page UI on the sample
 * article, drawn again after a reload, re-anchored on an edited copy of the
 * page, kept as an orphan when the passage is gone, and still there after a
 * browser restart with the same profile. The database lives in the
 * extension's origin, never in the page's.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, type ExtensionBrowser, launchExtension } from './browser';
import { activeTabId, noteHighlightTexts, selectText, storedNotes, waitForNoteOn } from './notes-helpers';
import { e2eUnavailable, hasSamplePage, SAMPLE_PAGE } from './paths';
import { type FixtureServer, startServer } from './server';

const PATH = '/corpus/petro-trump-commentary.html';
const QUOTE = 'left the Colombian presidency in 2010 with a formidable 85 percent approval rating';
const EDITED_QUOTE = 'left the Colombian presidency in 2010 with a remarkable 85 percent approval rating';
const BODY = 'Source? <b>85%</b> is from which poll? <script>alert(1)</script>';

describe.skipIf(e2eUnavailable() || !hasSamplePage())(
  'notes: create, redraw, re-anchor, orphan, persist',
  () => {
    let browser: ExtensionBrowser;
    let server: FixtureServer;
    const original = hasSamplePage() ? readFileSync(SAMPLE_PAGE, 'utf8') : '';

    beforeAll(async () => {
      server = await startServer();
      browser = await launchExtension();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const sampleNotes = async () =>
      (await storedNotes(browser.serviceWorker)).filter((n) => n.url === server.url(PATH));

    async function openSample() {
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(server.url(PATH));
      await page.waitForFunction(() => document.documentElement.dataset.rhetoricLens !== undefined);
      return { page, errors };
    }

    it('creates a note through the UI and draws it on the quoted text', async () => {
      const { page, errors } = await openSample();
      await selectText(page, QUOTE);
      const add = page.getByRole('button', { name: 'Add note', exact: true });
      await add.waitFor();
      await add.click();
      const textbox = page.getByRole('textbox', { name: 'Note' });
      await textbox.waitFor();
      await page.screenshot({ path: join(tmpdir(), 'rl-notes-editor.png') });
      // Empty notes are not saved.
      await page.getByRole('button', { name: 'Save note' }).click();
      await page.getByRole('alert').waitFor();
      expect(await storedNotes(browser.serviceWorker)).toHaveLength(0);

      await textbox.fill(BODY);
      await page.getByRole('combobox', { name: 'Label' }).selectOption('needs-source');
      await page.getByRole('button', { name: 'Save note' }).click();
      await waitForNoteOn(page, QUOTE);
      expect((await noteHighlightTexts(page)).map((h) => h.name)).toContain('rl-note-needs-source');

      const notes = await storedNotes(browser.serviceWorker);
      expect(notes).toHaveLength(1);
      expect(notes[0]?.body).toBe(BODY);
      expect(notes[0]?.url).toBe(server.url(PATH));

      // Hover shows the note as text; click opens it for editing.
      const box = await page.evaluate((quote) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(quote);
          if (at === -1) continue;
          node.parentElement?.scrollIntoView({ block: 'center' });
          const range = document.createRange();
          range.setStart(node, at + 10);
          range.setEnd(node, at + 11);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        return null;
      }, QUOTE);
      expect(box).not.toBeNull();
      await page.mouse.move(box!.x, box!.y);
      const preview = page.getByRole('tooltip');
      await preview.waitFor();
      expect(await preview.textContent()).toContain('<script>alert(1)</script>');
      // The passage is also a claim: the reader's note wins the hover, no finding card opens beside it.
      await page.waitForTimeout(600);
      expect(await page.locator('rhetoric-lens-ui [role="dialog"]').count()).toBe(0);
      await page.screenshot({ path: join(tmpdir(), 'rl-notes-hover.png') });
      await page.mouse.click(box!.x, box!.y);
      await expect.poll(() => page.getByRole('textbox', { name: 'Note' }).inputValue()).toBe(BODY);
      await page.getByRole('button', { name: 'Delete note' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('textbox', { name: 'Note' }).waitFor({ state: 'detached' });

      // Our database is in the extension's origin, never the page's.
      const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
      expect(pageDatabases).not.toContain('RhetoricLensDB');
      // The sample page links an image the fixture server does not have; anything else is ours.
      expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
      await page.close();
    });

    it('ignores selections in a textarea, and saves and shows a 100,000-character note', async () => {
      const paragraphs = Array.from(
        { length: 8 },
        (_, i) =>
          `<p>Paragraph ${i + 1} of a plain test article. The council said the budget would rise by ${i + 2} percent next year, and critics disagreed with the estimate.</p>`,
      ).join('');
      server.route('/notes-fixture.html', {
        body: `<!doctype html><html lang="en"><head><title>Notes fixture</title></head><body><main><article><h1>Budget</h1>${paragraphs}<textarea id="comment">Typed text in a form field</textarea></article></main></body></html>`,
      });
      const page = await browser.context.newPage();
      await page.goto(server.url('/notes-fixture.html'));
      await page.waitForFunction(() => document.documentElement.dataset.rhetoricLens !== undefined);
      await page.evaluate(() => {
        const field = document.getElementById('comment') as HTMLTextAreaElement;
        field.focus();
        field.setSelectionRange(0, 10);
      });
      await page.waitForTimeout(500);
      expect(await page.getByRole('button', { name: 'Add note', exact: true }).count()).toBe(0);

      // A selection across several paragraphs works.
      await page.evaluate(() => {
        (document.activeElement as HTMLElement).blur();
        const ps = document.querySelectorAll('p');
        const range = document.createRange();
        range.setStart(ps[1]!.firstChild!, 5);
        range.setEnd(ps[3]!.firstChild!, 20);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await page.getByRole('button', { name: 'Add note', exact: true }).click();
      const long = `${'x'.repeat(99_990)} the end.`;
      await page.getByRole('textbox', { name: 'Note' }).fill(long);
      await page.keyboard.press('Control+Enter');
      await expect
        .poll(async () =>
          (await noteHighlightTexts(page)).some(
            (h) => h.text.startsWith('raph 2 of a plain') && h.text.endsWith('Paragraph 4 of a pla'),
          ),
        )
        .toBe(true);
      await page.screenshot({ path: join(tmpdir(), 'rl-notes-multi.png') });
      const saved = (await storedNotes(browser.serviceWorker)).find((n) =>
        n.url.endsWith('/notes-fixture.html'),
      );
      expect(saved?.body.length).toBe(long.length);
      await page.close();
    });

    it('draws the note on the same text after a reload', async () => {
      const { page } = await openSample();
      await waitForNoteOn(page, QUOTE);
      await page.screenshot({ path: join(tmpdir(), 'rl-notes-reload.png'), fullPage: false });
      await page.close();
    });

    it('keeps two tabs of the page consistent without a reload (create, then delete)', async () => {
      const second = 'is barely polling at 5 percent';
      const a = await openSample();
      const b = await openSample();
      await waitForNoteOn(b.page, QUOTE);
      await a.page.bringToFront();
      await selectText(a.page, second);
      await a.page.getByRole('button', { name: 'Add note', exact: true }).click();
      await a.page.getByRole('textbox', { name: 'Note' }).fill('Which pollster?');
      await a.page.getByRole('button', { name: 'Save note' }).click();
      await waitForNoteOn(b.page, second);

      // Delete it from tab A through the editor: tab B stops drawing it.
      await a.page.evaluate((quote) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(quote);
          if (at !== -1) (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        }
      }, second);
      const box = await a.page.evaluate((quote) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(quote);
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at + 12);
          range.setEnd(node, at + 13);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        return null;
      }, second);
      await a.page.mouse.click(box!.x, box!.y);
      await a.page.getByRole('button', { name: 'Delete note' }).click();
      await expect
        .poll(async () => (await noteHighlightTexts(b.page)).some((h) => h.text === second))
        .toBe(false);
      await waitForNoteOn(b.page, QUOTE);
      expect(await sampleNotes()).toHaveLength(1);
      await a.page.close();
      await b.page.close();
    });

    it('re-anchors on a copy with a paragraph inserted before and two words changed near the quote', async () => {
      const inserted =
        '<p>An editor’s note added after publication: this paragraph did not exist when the note was written, and it pushes everything below it further down the page.</p>';
      const edited = original
        .replace('(the top leader of the Colombian right', '(the main leader of the Colombian right')
        .replace('with a formidable 85 percent', 'with a remarkable 85 percent')
        .replace('<p>Álvaro Uribe Vélez', `${inserted}\n<p>Álvaro Uribe Vélez`);
      expect(edited).not.toBe(original);
      expect(edited).toContain(inserted);
      server.route(PATH, { body: edited });
      const { page } = await openSample();
      await waitForNoteOn(page, EDITED_QUOTE);
      await page.close();
    });

    it('keeps the note as a listed orphan when the passage is removed', async () => {
      const removed = original.replace(/<p>Álvaro Uribe Vélez[\s\S]*?<\/p>/, '');
      expect(removed).not.toContain('formidable');
      server.route(PATH, { body: removed });
      const { page } = await openSample();
      await page.bringToFront();
      const tabId = await activeTabId(browser.serviceWorker);
      const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.getByText(/Not found on the page \(1\)/).waitFor({ timeout: 15_000 });
      expect(await popup.textContent('body')).toContain(QUOTE);
      expect(await noteHighlightTexts(page)).toEqual([]);
      expect(await sampleNotes()).toHaveLength(1);
      await popup.screenshot({ path: join(tmpdir(), 'rl-notes-orphan-popup.png') });
      await popup.close();
      await page.close();
    });

    it('still has the note after the browser restarts with the same profile', async () => {
      server.route(PATH, { body: original });
      const userDataDir = browser.userDataDir;
      await browser.close({ keepProfile: true });
      browser = await launchExtension({ userDataDir });
      const { page } = await openSample();
      await waitForNoteOn(page, QUOTE);
      expect(await sampleNotes()).toHaveLength(1);
      await page.close();
    });
  },
);
