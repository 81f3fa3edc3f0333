// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toBackupJson } from '../../utils/export/backup';
import type { ImportStore } from '../../utils/import/apply';
import type { Note } from '../../utils/notes/model';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { ImportPanel } from './ImportPanel';

const note = (over: Partial<Note>): Note => ({
  id: crypto.randomUUID(),
  url: 'https://example.org/a',
  pageTitle: 'A',
  body: 'text',
  tags: [],
  created: '2026-11-25T10:00:00.000Z',
  modified: '2026-11-25T10:00:00.000Z',
  ...over,
});

function fakeStore(initial: Note[]) {
  const state = { notes: [...initial], settings: undefined as Settings | undefined, writes: 0 };
  const store: ImportStore = {
    allNotes: async () => [...state.notes],
    putNotesInOneTransaction: async (notes) => {
      state.writes++;
      const ids = new Set(notes.map((n) => n.id));
      state.notes = [...state.notes.filter((n) => !ids.has(n.id)), ...notes];
      return notes.length;
    },
    updateSettings: async (s) => {
      state.settings = s;
    },
  };
  return { store, state };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
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

async function pick(text: string, name = 'backup.json') {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('ImportPanel', () => {
  it('previews a backup, writes nothing before confirmation, then imports and restores settings', async () => {
    const existing = note({ body: 'already here' });
    const { store, state } = fakeStore([existing]);
    const fresh = note({ body: 'new <b>one</b>' });
    const settings = { ...DEFAULT_SETTINGS, mode: 'manual' as const };
    await act(() => render(<ImportPanel store={store} />, root));
    expect(root.querySelector('input[type=file]')?.getAttribute('aria-label')).toBe('Import file');
    expect(button('Import')).toBeDefined();

    await pick(toBackupJson([fresh, { ...existing }, { ...fresh, id: 'x', body: '' }], settings, new Date()));
    await waitFor(() => !!button('Confirm import'), 'the preview');
    const preview = root.querySelector('section[aria-label="Import preview"]')!;
    expect(preview.textContent).toContain('1 new note');
    expect(preview.textContent).toContain('1 duplicate (skipped)');
    expect(preview.textContent).toContain('1 invalid item (skipped)');
    expect(preview.textContent).toContain('note 3: body: An empty note is not saved.');
    expect(state.writes).toBe(0);
    // HTML in a note is shown as text, never parsed.
    expect(root.querySelector('b')).toBeNull();

    await act(() => button('Confirm import')!.click());
    await waitFor(
      () => /Imported 1 note; skipped 2\. Settings restored\./.test(root.textContent ?? ''),
      'the result',
    );
    expect(state.writes).toBe(1);
    expect(state.notes.map((n) => n.body)).toEqual(['already here', 'new <b>one</b>']);
    expect(state.settings?.mode).toBe('manual');
  });

  it('shows why a hostile file is refused and writes nothing', async () => {
    const { store, state } = fakeStore([]);
    await act(() => render(<ImportPanel store={store} />, root));
    await pick('{"format":"rhetoric-lens-backup","version":1,"notes":[{"__proto__":{"x":1}}]}');
    await waitFor(() => !!root.querySelector('[role=alert]'), 'the error');
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/"__proto__"/);
    await pick('{"format":"rhetoric-lens-backup","version":1,"notes":[');
    await waitFor(
      () => /cut off/.test(root.querySelector('[role=alert]')?.textContent ?? ''),
      'the truncation error',
    );
    expect(button('Confirm import')).toBeUndefined();
    expect(state.writes).toBe(0);
  });

  it('lists conflicts and keeps the newer local edit unless asked to replace it', async () => {
    const mine = note({ body: 'my newer edit', modified: '2026-11-25T12:00:00.000Z' });
    const { store, state } = fakeStore([mine]);
    await act(() => render(<ImportPanel store={store} />, root));
    await pick(
      toBackupJson(
        [{ ...mine, body: 'stale', modified: '2026-11-25T11:00:00.000Z' }],
        DEFAULT_SETTINGS,
        new Date(),
      ),
    );
    await waitFor(() => !!button('Confirm import'), 'the preview');
    expect(root.textContent).toContain('1 conflict: your copy was edited more recently');
    const replace = [...root.querySelectorAll('label')].find((l) =>
      l.textContent?.includes('Replace my newer local versions'),
    );
    const settingsBox = [...root.querySelectorAll('label')].find((l) =>
      l.textContent?.includes("restore the backup's settings"),
    );
    // Settings alone would be restored: untick them, so nothing at all is to be written.
    await act(() => settingsBox!.querySelector('input')!.click());
    expect(button('Confirm import')!.disabled).toBe(true);
    expect(root.textContent).toContain('Nothing new to import');
    await act(() => replace!.querySelector('input')!.click());
    expect(button('Confirm import')!.disabled).toBe(false);
    await act(() => button('Confirm import')!.click());
    await waitFor(() => /Imported 1 note/.test(root.textContent ?? ''), 'the result');
    expect(state.notes[0]?.body).toBe('stale');
  });
});
