/**
 * Export and import as a reader does them, in Chromium with the built
 * extension: "Export this page" in the popup (Markdown with the reading
 * report, CSV), the dashboard's notes export (CSV, W3C JSON-LD checked
 * against the model's MUSTs), "Export everything" as a JSON backup in the
 * settings, then that backup imported through the settings page into a fresh
 * profile, and the notes anchored on the sample page again.
 *
 * Downloads are started with `<a download href=blob:>` from the extension
 * page, so playwright sees them as ordinary download events.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionViolations } from '../../utils/export/testing/w3c-must';
import type { Note } from '../../utils/notes/model';
import { normalizeUrl } from '../../utils/url';
import { collectErrors, type ExtensionBrowser, launchExtension } from './browser';
import { writeNotes } from './dashboard-seed';
import { e2eUnavailable, hasSamplePage } from './paths';
import { type FixtureServer, startServer } from './server';

/** The bit of the extension API this test calls in the service worker (no @types/chrome in the project). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
};

const SAMPLE_PATH = '/corpus/petro-trump-commentary.html';
const QUOTE_A = 'had a meeting lasting one hour and forty minutes';
const QUOTE_B = 'top representatives of the Colombian ruling class';
const FILE_NAME = /^rhetoric-lens_\d{4}-\d{2}-\d{2}_petro-and-trump-the-embrace\.(md|csv)$/;

function seedNotes(sampleUrl: string): Note[] {
  const target = (exact: string, start: number) => ({
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  });
  const base = {
    pageTitle: 'Petro and Trump: the embrace of the jaguar and the eagle | Commentary',
    tags: [] as string[],
  };
  return [
    {
      ...base,
      id: '5b0f3a1e-2c1d-4e8f-9a7b-000000000001',
      url: sampleUrl,
      body: 'Which clock? "One hour and forty", exactly.',
      tags: ['diplomacy', 'timing'],
      label: 'needs-source',
      created: '2026-11-20T10:00:00.000Z',
      modified: '2026-11-20T10:05:00.000Z',
      target: target(QUOTE_A, 600),
      finding: { kind: 'figure', label: 'duration' },
    },
    {
      ...base,
      id: '5b0f3a1e-2c1d-4e8f-9a7b-000000000002',
      url: sampleUrl,
      body: '=1+1 is not a source; who exactly?',
      created: '2026-11-20T10:10:00.000Z',
      modified: '2026-11-20T10:10:00.000Z',
      target: target(QUOTE_B, 1200),
    },
    {
      id: '5b0f3a1e-2c1d-4e8f-9a7b-000000000003',
      url: 'https://news.example.com/other-article',
      pageTitle: 'Another article',
      body: 'Unrelated page note',
      tags: [],
      created: '2026-11-21T09:00:00.000Z',
      modified: '2026-11-21T09:00:00.000Z',
    },
  ];
}

async function downloadFrom(
  page: Page,
  start: () => Promise<void>,
): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), start()]);
  const path = await download.path();
  return { download, text: readFileSync(path, 'utf8') };
}

/** The id of the active tab (the article just opened); without the "tabs" permission tab URLs are hidden. */
async function activeTabId(browser: ExtensionBrowser): Promise<number> {
  return browser.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

describe.skipIf(e2eUnavailable() || !hasSamplePage())('export and import in Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let sampleUrl: string;
  const downloadsDir = mkdtempSync(join(tmpdir(), 'rl-export-'));
  let backupPath = '';

  beforeAll(async () => {
    server = await startServer();
    sampleUrl = normalizeUrl(server.url(SAMPLE_PATH));
    browser = await launchExtension();
    // The dashboard opens (and so creates) the database; then the notes go in.
    const dashboard = await browser.openExtensionPage('dashboard.html');
    await dashboard.waitForSelector('#app > *');
    await writeNotes(dashboard, seedNotes(sampleUrl));
    await dashboard.close();
    // A setting of the reader's own, which the backup must carry to the new profile.
    await browser.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { hiddenLabels: ['scare_quotes'] } }),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(downloadsDir, { recursive: true, force: true });
  });

  it('exports this page from the popup: Markdown with the reading report, then CSV', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url(SAMPLE_PATH));
    // Analysed and painted: the findings are there to export.
    await article.waitForFunction(
      () => [...CSS.highlights.keys()].some((name) => !name.includes('note')),
      undefined,
      {
        timeout: 20_000,
      },
    );
    const popup = await browser.openExtensionPage(`popup.html?tab=${await activeTabId(browser)}`);
    const errors = collectErrors(popup);
    const exportButton = popup.getByRole('button', { name: /^Export/ });
    await exportButton.click();
    await popup.getByRole('checkbox', { name: 'Include findings (reading report)' }).check();
    const md = await downloadFrom(popup, () =>
      popup.getByRole('button', { name: 'Markdown', exact: true }).click(),
    );
    expect(md.download.suggestedFilename()).toMatch(FILE_NAME);
    expect(md.download.suggestedFilename().endsWith('.md')).toBe(true);
    expect(md.text).toContain('# Petro and Trump: the embrace of the jaguar and the eagle \\| Commentary');
    expect(md.text).toContain(`> ${QUOTE_A}\n\nWhich clock? "One hour and forty", exactly.`);
    expect(md.text).toContain('**Needs a source** · #diplomacy #timing');
    expect(md.text).toContain('\\=1+1 is not a source');
    expect(md.text).toContain('### Reading report');
    expect(md.text).toMatch(/#### (Claims|Figures|Framing) \(\d+\)/);
    expect(md.text).not.toContain('Unrelated page note');

    await exportButton.click();
    const csv = await downloadFrom(popup, () =>
      popup.getByRole('button', { name: 'CSV', exact: true }).click(),
    );
    expect(csv.download.suggestedFilename()).toMatch(FILE_NAME);
    expect(csv.text.startsWith('\uFEFFHighlight,Note,Tags,Label,Title,URL,Created,Modified,Kind\r\n')).toBe(
      true,
    );
    expect(csv.text).toContain(`${QUOTE_B},'=1+1 is not a source; who exactly?`);
    expect(csv.text).toMatch(/,figure\r\n/);
    // Findings included: rows of the page's findings follow the notes.
    expect(csv.text).toMatch(/,(claim|framing)\r\n/);
    expect(errors).toEqual([]);
    await popup.close();
    await article.close();
  });

  it('exports from the dashboard: the listed notes as CSV and W3C JSON-LD, the current filter, the current selection', async () => {
    const dashboard = await browser.openExtensionPage('dashboard.html');
    const errors = collectErrors(dashboard);
    const exportButton = dashboard.getByRole('button', { name: /^Export (all|matches|selected)/ });
    await exportButton.click();
    const csv = await downloadFrom(dashboard, () =>
      dashboard.getByRole('button', { name: 'CSV', exact: true }).click(),
    );
    expect(csv.download.suggestedFilename()).toMatch(/^rhetoric-lens_\d{4}-\d{2}-\d{2}_selected-notes\.csv$/);
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(csv.text).toContain('Unrelated page note');

    await exportButton.click();
    const jsonld = await downloadFrom(dashboard, () =>
      dashboard.getByRole('button', { name: 'Web Annotation JSON-LD', exact: true }).click(),
    );
    expect(jsonld.download.suggestedFilename()).toMatch(/\.jsonld$/);
    const collection = JSON.parse(jsonld.text);
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 3,
    });
    expect(collectionViolations(collection)).toEqual([]);

    // The current filter: only the matching note is exported.
    await dashboard.getByRole('searchbox', { name: 'Search notes' }).fill('unrelated');
    const matches = dashboard.getByRole('button', { name: 'Export matches' });
    await matches.click();
    const md = await downloadFrom(dashboard, () =>
      dashboard.getByRole('button', { name: 'Markdown', exact: true }).click(),
    );
    expect(md.download.suggestedFilename()).toMatch(/^rhetoric-lens_\d{4}-\d{2}-\d{2}_another-article\.md$/);
    expect(md.text).toContain('# Another article');
    expect(md.text).toContain('Unrelated page note');
    expect(md.text).not.toContain('Which clock?');

    // The current selection.
    await dashboard.getByRole('searchbox', { name: 'Search notes' }).fill('');
    await dashboard
      .getByRole('checkbox', { name: /^Select note/ })
      .first()
      .check();
    await dashboard.getByRole('button', { name: 'Export selected (1)' }).click();
    const one = await downloadFrom(dashboard, () =>
      dashboard.getByRole('button', { name: 'JSON backup', exact: true }).click(),
    );
    expect(JSON.parse(one.text).notes).toHaveLength(1);
    expect(errors).toEqual([]);
    await dashboard.close();
  });

  it('exports everything as a JSON backup from the settings page', async () => {
    const settings = await browser.openExtensionPage('dashboard.html#settings');
    await settings.getByRole('button', { name: 'Export everything' }).click();
    const backup = await downloadFrom(settings, () =>
      settings.getByRole('button', { name: 'JSON backup', exact: true }).click(),
    );
    expect(backup.download.suggestedFilename()).toMatch(
      /^rhetoric-lens_\d{4}-\d{2}-\d{2}_backup_all-notes\.json$/,
    );
    const parsed = JSON.parse(backup.text);
    expect(parsed).toMatchObject({ format: 'rhetoric-lens-backup', version: 1 });
    expect(parsed.notes).toHaveLength(3);
    expect(parsed.settings.labels.length).toBeGreaterThan(0);
    expect(parsed.settings.hiddenLabels).toEqual(['scare_quotes']);
    backupPath = join(downloadsDir, backup.download.suggestedFilename());
    await backup.download.saveAs(backupPath);
    await settings.close();
  });

  it('imports the backup through the settings page into a fresh profile; the notes anchor on the sample page', async () => {
    expect(backupPath).not.toBe('');
    await browser.close();
    browser = await launchExtension();
    const settings = await browser.openExtensionPage('dashboard.html#settings');
    const errors = collectErrors(settings);
    const [chooser] = await Promise.all([
      settings.waitForEvent('filechooser'),
      settings.getByRole('button', { name: 'Import', exact: true }).click(),
    ]);
    await chooser.setFiles(backupPath);
    const preview = settings.getByRole('region', { name: 'Import preview' });
    await expect.poll(() => preview.textContent()).toContain('3 new notes');
    await expect(
      settings.getByRole('checkbox', { name: "Also restore the backup's settings" }).isChecked(),
    ).resolves.toBe(true);
    await settings.getByRole('button', { name: 'Confirm import' }).click();
    await expect
      .poll(() => settings.getByRole('status').filter({ hasText: 'Imported' }).textContent())
      .toContain('Imported 3 notes');

    const restored = await browser.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    expect(restored.settings).toMatchObject({ hiddenLabels: ['scare_quotes'] });

    // The same file again: nothing new.
    const [again] = await Promise.all([
      settings.waitForEvent('filechooser'),
      settings.getByRole('button', { name: 'Import', exact: true }).click(),
    ]);
    await again.setFiles(backupPath);
    await expect.poll(() => preview.textContent()).toContain('3 duplicates');
    await settings.getByRole('button', { name: 'Cancel' }).click();
    expect(errors).toEqual([]);

    const article = await browser.context.newPage();
    await article.goto(server.url(SAMPLE_PATH));
    const highlighted = await article.waitForFunction(
      (expected) => {
        const texts: string[] = [];
        for (const [name, highlight] of CSS.highlights) {
          if (!name.includes('note')) continue;
          for (const range of highlight) texts.push(range.toString());
        }
        return expected.every((q) => texts.includes(q)) ? texts : false;
      },
      [QUOTE_A, QUOTE_B],
      { timeout: 20_000 },
    );
    expect(await highlighted.jsonValue()).toEqual(expect.arrayContaining([QUOTE_A, QUOTE_B]));
    await article.close();
  });
});
