// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearAll, putNotesInOneTransaction, setChangeNotifier } from '../../utils/db';
import type { Note } from '../../utils/notes/model';
import { ExportButton } from './ExportButton';

const URL_A = 'https://example.org/petro-trump';
const note = (over: Partial<Note>): Note => ({
  id: crypto.randomUUID(),
  url: URL_A,
  pageTitle: 'Petro and Trump: the embrace of the jaguar and the eagle | Commentary',
  body: 'Which poll?',
  tags: ['economy'],
  created: '2026-11-25T10:00:00.000Z',
  modified: '2026-11-25T10:00:00.000Z',
  ...over,
});

let root: HTMLElement;
let downloads: { name: string; blob: Blob }[];
beforeEach(async () => {
  setChangeNotifier(() => undefined);
  await clearAll();
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as
    | HTMLButtonElement
    | undefined;

async function waitFor(check: () => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error(`Timed out waiting for ${what}: ${root.textContent}`);
}

describe('ExportButton', () => {
  it('opens the format choices and downloads the page notes as Markdown, named with date and slug', async () => {
    await putNotesInOneTransaction([note({}), note({ url: 'https://other.example/x', body: 'elsewhere' })]);
    await act(() => render(<ExportButton scope={{ kind: 'page', url: URL_A }} />, root));
    const toggle = button('Export')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(['Markdown', 'CSV', 'Web Annotation JSON-LD', 'JSON backup'].every((n) => button(n))).toBe(true);
    // No tab: no findings to offer.
    expect(root.textContent).not.toContain('Include findings');

    await act(() => button('Markdown')!.click());
    await waitFor(() => downloads.length === 1, 'the download');
    expect(downloads[0]!.name).toMatch(/^rhetoric-lens_\d{4}-\d{2}-\d{2}_petro-and-trump-the-embrace\.md$/);
    const md = await downloads[0]!.blob.text();
    expect(md).toContain('# Petro and Trump: the embrace of the jaguar and the eagle \\| Commentary');
    expect(md).toContain('Which poll?');
    expect(md).not.toContain('elsewhere');
    expect(root.querySelector('[role=status]')?.textContent).toMatch(/Saved rhetoric-lens_.*\.md \(1 note\)/);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('exports chosen notes and everything in every format', async () => {
    const a = note({ body: 'first' });
    const b = note({ body: 'second', url: 'https://other.example/x', pageTitle: 'Other' });
    await putNotesInOneTransaction([a, b]);
    await act(() => render(<ExportButton scope={{ kind: 'notes', ids: [a.id, b.id] }} />, root));
    await act(() => button('Export')!.click());
    await act(() => button('CSV')!.click());
    await waitFor(() => downloads.length === 1, 'the CSV');
    expect(downloads[0]!.name).toMatch(/_selected-notes\.csv$/);
    expect((await downloads[0]!.blob.text()).split('\r\n')).toHaveLength(4);

    render(null, root);
    await act(() => render(<ExportButton scope={{ kind: 'all' }} label="Export everything" />, root));
    await act(() => button('Export everything')!.click());
    await act(() => button('JSON backup')!.click());
    await waitFor(() => downloads.length === 2, 'the backup');
    expect(downloads[1]!.name).toMatch(/_backup_all-notes\.json$/);
    const backup = JSON.parse(await downloads[1]!.blob.text());
    expect(backup).toMatchObject({ format: 'rhetoric-lens-backup', version: 1 });
    expect(backup.notes).toHaveLength(2);
    expect(backup.settings.labels.length).toBeGreaterThan(0);

    await act(() => button('Export everything')!.click());
    await act(() => button('Web Annotation JSON-LD')!.click());
    await waitFor(() => downloads.length === 3, 'the JSON-LD');
    expect(downloads[2]!.name).toMatch(/_all-notes\.jsonld$/);
    expect(JSON.parse(await downloads[2]!.blob.text())).toMatchObject({
      type: 'AnnotationCollection',
      total: 2,
    });
  });

  it('says so instead of downloading an empty file', async () => {
    await act(() => render(<ExportButton scope={{ kind: 'page', url: URL_A }} />, root));
    await act(() => button('Export')!.click());
    await act(() => button('Markdown')!.click());
    await waitFor(() => !!root.querySelector('[role=alert]')?.textContent, 'the message');
    expect(root.querySelector('[role=alert]')?.textContent).toContain('Nothing to export');
    expect(downloads).toEqual([]);
  });

  it('offers findings for a page open in a tab and closes on Escape', async () => {
    await act(() =>
      render(<ExportButton scope={{ kind: 'page', url: URL_A, tabId: 3 }} includeFindings />, root),
    );
    await act(() => button('Export')!.click());
    const box = root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.parentElement?.textContent).toContain('Include findings (reading report)');
    expect(box.checked).toBe(true);
    await act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
    expect(button('Markdown')).toBeUndefined();
  });

  it('still exports the notes when the tab cannot give its findings, and says so', async () => {
    await putNotesInOneTransaction([note({})]);
    // Tab 3 has no content script here: the findings message fails.
    await act(() =>
      render(<ExportButton scope={{ kind: 'page', url: URL_A, tabId: 3 }} includeFindings />, root),
    );
    await act(() => button('Export')!.click());
    await act(() => button('Markdown')!.click());
    await waitFor(() => downloads.length === 1, 'the download');
    expect(await downloads[0]!.blob.text()).toContain('Which poll?');
    expect(root.querySelector('[role=status]')?.textContent).toMatch(
      /\(1 note\); the page's findings could not be read/,
    );
  });
});
