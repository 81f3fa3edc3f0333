/**
 * A confirmed import against the real database code (Dexie over
 * fake-indexeddb): all or nothing, ids preserved, duplicates skipped, newer
 * local edits kept, settings restored only when chosen.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { allNotes, clearAll, putNotesInOneTransaction, saveNote, setChangeNotifier } from '../db';
import type { Note } from '../notes/model';
import { DEFAULT_SETTINGS, getSettings, type Settings, updateSettings } from '../settings';
import { applyImport, databaseStore, type ImportStore } from './apply';
import { ImportError } from './errors';
import { planImport } from './plan';

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
const keepAll = { replaceConflicts: false, restoreSettings: false };
const byId = (notes: Note[]) => [...notes].sort((a, b) => (a.id < b.id ? -1 : 1));

beforeEach(async () => {
  setChangeNotifier(() => undefined);
  await clearAll();
  await updateSettings(DEFAULT_SETTINGS);
});

describe('applying an import', () => {
  it('writes new notes with their ids and skips duplicates', async () => {
    const existing = await saveNote(note({ body: 'already here' }));
    const incoming = [note({ body: 'one' }), note({ body: 'two' }), { ...existing, id: crypto.randomUUID() }];
    const plan = planImport(incoming, await allNotes());
    const outcome = await applyImport(incoming, plan, keepAll, undefined);
    expect(outcome).toEqual({ written: 2, skipped: 1, settingsRestored: false });
    expect(byId(await allNotes())).toEqual(byId([existing, incoming[0]!, incoming[1]!]));
  });

  it('keeps a newer local edit unless the reader chose to replace it', async () => {
    const mine = await saveNote(note({ body: 'my newer edit', modified: '2026-11-25T12:00:00.000Z' }));
    const stale = { ...mine, body: 'old copy', modified: '2026-11-25T11:00:00.000Z' };
    const plan = planImport([stale], await allNotes());
    await applyImport([stale], plan, keepAll, undefined);
    expect((await allNotes())[0]?.body).toBe('my newer edit');
    await applyImport([stale], plan, { ...keepAll, replaceConflicts: true }, undefined);
    expect((await allNotes())[0]?.body).toBe('old copy');
  });

  it('stops when the notes changed after the preview', async () => {
    const mine = await saveNote(note({ body: 'v1', modified: '2026-11-25T10:00:00.000Z' }));
    const incoming = { ...mine, body: 'imported', modified: '2026-11-25T11:00:00.000Z' };
    const plan = planImport([incoming], await allNotes());
    expect(plan.updates).toHaveLength(1);
    // Edited in another tab while the preview was open.
    await saveNote({ ...mine, body: 'edited meanwhile', modified: '2026-11-25T12:00:00.000Z' });
    await expect(applyImport([incoming], plan, keepAll, undefined)).rejects.toBeInstanceOf(ImportError);
    expect((await allNotes())[0]?.body).toBe('edited meanwhile');
  });

  it('writes nothing when one note fails inside the transaction', async () => {
    const store: ImportStore = {
      ...databaseStore,
      // The real transaction, given one note the database refuses.
      putNotesInOneTransaction: (notes) =>
        putNotesInOneTransaction([...notes, { ...notes[0]!, id: 'bad', body: ' ' }]),
    };
    const incoming = [note({ body: 'a' }), note({ body: 'b' })];
    await expect(
      applyImport(incoming, planImport(incoming, []), keepAll, undefined, store),
    ).rejects.toThrow();
    expect(await allNotes()).toEqual([]);
  });

  it('restores settings only when chosen, after the notes', async () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, mode: 'manual', disabledSites: ['example.com'] };
    const incoming = [note({ body: 'a' })];
    await applyImport(incoming, planImport(incoming, []), keepAll, settings);
    expect((await getSettings()).mode).toBe('article');
    const again = planImport(incoming, await allNotes());
    const outcome = await applyImport(incoming, again, { ...keepAll, restoreSettings: true }, settings);
    expect(outcome.settingsRestored).toBe(true);
    expect(await getSettings()).toEqual(settings);
  });
});
