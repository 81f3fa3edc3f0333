import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../notes/model';
import { browseNotes, urlsOf } from './browse';
import { closeNotesDb, notesDb } from './database';
import { deleteNotes, getNotes, putNotesInOneTransaction, saveNote, searchNotes } from './notes';

const note = (i: number, extra: Partial<Note>): Note => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  url: `https://site${i % 3}.test/a`,
  pageTitle: `Page ${i % 3}`,
  body: `note number ${i}`,
  tags: [],
  created: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
  modified: new Date(Date.UTC(2026, 1, 28 - i)).toISOString(),
  ...extra,
});

describe('browseNotes', () => {
  beforeEach(async () => {
    await putNotesInOneTransaction([
      note(1, { body: 'Tariffs raise prices', tags: ['economy'], label: 'false' }),
      note(2, { body: 'Border talks', tags: ['economy', 'border'] }),
      note(3, {
        body: 'Tariff exemptions',
        label: 'false',
        finding: { kind: 'figure', label: 'percent' },
      }),
      note(4, { body: 'Nothing to see', pageTitle: 'Tariff explainer' }),
    ]);
  });
  afterEach(async () => {
    await notesDb().delete();
    closeNotesDb();
  });

  it('returns every note in the chosen order without a query', async () => {
    const byCreated = await browseNotes({}, 'created-asc');
    expect(byCreated.ids.map((id) => Number(id.slice(-2)))).toEqual([1, 2, 3, 4]);
    const byModified = await browseNotes({}, 'modified-desc');
    expect(byModified.ids.map((id) => Number(id.slice(-2)))).toEqual([1, 2, 3, 4]);
    expect(await urlsOf(byModified.ids.slice(0, 2))).toEqual([
      'https://site1.test/a',
      'https://site2.test/a',
    ]);
  });

  it('agrees with searchNotes on every kind of filter', async () => {
    const queries = [
      { text: 'tariff' },
      { text: 'tar econ' },
      { tags: ['economy'] },
      { label: 'false' },
      { site: 'site1.test' },
      { findingKind: 'figure' as const },
      { text: 'tariff', label: 'false' },
      {
        from: new Date(Date.UTC(2026, 0, 3)).toISOString(),
        to: new Date(Date.UTC(2026, 0, 4)).toISOString(),
      },
      { text: 'absent' },
    ];
    for (const query of queries) {
      const expected = (await searchNotes(query, { sort: 'created-desc' })).notes.map((n) => n.id);
      const actual = (await browseNotes(query, 'created-desc')).ids;
      expect(actual, JSON.stringify(query)).toEqual(expected);
    }
  });

  it('reads the notes of the first ids with them, as getNotes returns them', async () => {
    const { ids, first } = await browseNotes({ text: 'tariff' }, 'created-asc', 2);
    expect(ids.map((id) => Number(id.slice(-2)))).toEqual([1, 3, 4]);
    expect(first).toEqual(await getNotes(ids.slice(0, 2)));
    expect(first[0]).not.toHaveProperty('site');
    expect((await browseNotes({ text: 'tariff' }, 'created-asc')).first).toEqual([]);
  });

  it('sees notes added and deleted since the last call', async () => {
    expect((await browseNotes({}, 'created-desc')).ids).toHaveLength(4);
    await saveNote(note(5, { body: 'A fresh tariff note' }));
    const after = await browseNotes({}, 'created-desc');
    expect(after.ids[0]?.endsWith('05')).toBe(true);
    await deleteNotes([after.ids[0]!]);
    expect((await browseNotes({}, 'created-desc')).ids).toHaveLength(4);
  });

  it('agrees with searchNotes when every word is common (index intersection path)', async () => {
    const many = Array.from({ length: 450 }, (_, i) =>
      note(100 + i, {
        body: `alpha beta${i % 2 ? ' gamma' : ''} item${i}`,
        url: `https://bulk.test/${i % 7}`,
      }),
    );
    await putNotesInOneTransaction(many);
    for (const text of ['alpha beta', 'alpha gamma', 'gamma item1', 'beta item44']) {
      const expected = (await searchNotes({ text }, { sort: 'created-asc' })).notes.map((n) => n.id);
      expect((await browseNotes({ text }, 'created-asc')).ids, text).toEqual(expected);
    }
  });
});
