/**
 * Full-text search data (searchText.ts, searchBuckets.ts, searchCache.ts):
 * kept in step with every write, rolled back with a failed import, and the
 * dashboard's in-memory copy follows changes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../notes/model';
import { setChangeNotifier } from './changes';
import { closeNotesDb, notesDb, type PageRecord } from './database';
import { clearAll, deleteNotes, putNotesInOneTransaction, saveNote, searchNotes } from './notes';
import { bucketOf, readSearchTexts, SEARCH_BUCKETS } from './searchBuckets';
import { idsMatchingText } from './searchCache';
import { matchesQuery, noteSearchText, queryNeedles } from './searchText';

const note = (i: number, body: string, extra: Partial<Note> = {}): Note => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  url: `https://site.test/${i % 5}`,
  pageTitle: `Page ${i}`,
  body,
  tags: [],
  created: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  modified: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  ...extra,
});

const textIds = async (text: string) => [...(await idsMatchingText(text))].sort();
const searched = async (text: string) => (await searchNotes({ text })).notes.map((n) => n.id).sort();

beforeEach(async () => {
  setChangeNotifier(() => undefined);
  await clearAll();
});
afterEach(async () => {
  await notesDb().delete();
  closeNotesDb();
});

describe('search text', () => {
  it('matches every query word as the start of a word of body, quote, title or tags', () => {
    const text = noteSearchText({
      body: 'Tariffs raise prices',
      pageTitle: 'Trade war',
      tags: ['economy'],
      target: { quote: { exact: 'the Élysée said' } },
    });
    const matches = (query: string) => matchesQuery(text, queryNeedles(query));
    expect(matches('tariff')).toBe(true);
    expect(matches('elys econ war')).toBe(true);
    expect(matches('ariff')).toBe(false);
    expect(matches('tariff peace')).toBe(false);
    expect(matches('')).toBe(true);
  });

  it('spreads ids over every bucket, the same way every time', () => {
    const used = new Set(Array.from({ length: 5000 }, (_, i) => bucketOf(`id-${i}`)));
    expect(used.size).toBe(SEARCH_BUCKETS);
    expect(bucketOf('6f1c1f5e-8a53-4c1e-9f59-3b0b8a0c1a11')).toBe(
      bucketOf('6f1c1f5e-8a53-4c1e-9f59-3b0b8a0c1a11'),
    );
  });
});

describe('stored search texts', () => {
  it('follow saves, edits, deletions and clearing', async () => {
    await putNotesInOneTransaction(Array.from({ length: 300 }, (_, i) => note(i, `common word${i}`)));
    expect(await searched('common')).toHaveLength(300);
    expect(await searched('word42')).toEqual([note(42, '').id]);

    await saveNote(note(42, 'rewritten entirely'));
    expect(await searched('word42')).toEqual([]);
    expect(await searched('rewritten')).toEqual([note(42, '').id]);

    await deleteNotes([note(7, '').id, note(42, '').id]);
    expect(await searched('common')).toHaveLength(298);
    expect(await searched('rewritten')).toEqual([]);
    expect((await readSearchTexts(notesDb().search)).ids).toHaveLength(298);

    await clearAll();
    expect((await readSearchTexts(notesDb().search)).ids).toEqual([]);
  });

  it('are rolled back with a failed import', async () => {
    await saveNote(note(1, 'kept'));
    const hook = (_key: unknown, page: PageRecord) => {
      if (page.notes.some((n) => n.body === 'boom')) throw new Error('disk failure');
    };
    notesDb().pages.hook('creating', hook);
    try {
      await expect(putNotesInOneTransaction([note(2, 'first'), note(3, 'boom')])).rejects.toThrow();
    } finally {
      notesDb().pages.hook('creating').unsubscribe(hook);
    }
    expect((await readSearchTexts(notesDb().search)).ids).toEqual([note(1, '').id]);
  });
});

describe('in-memory copy', () => {
  it('answers like searchNotes and sees later writes', async () => {
    await putNotesInOneTransaction([note(1, 'alpha beta'), note(2, 'alpha'), note(3, 'gamma')]);
    for (const q of ['alpha', 'alpha bet', 'gam', 'delta', 'page'])
      expect(await textIds(q), q).toEqual(await searched(q));
    await saveNote(note(4, 'alpha again'));
    expect(await textIds('alpha')).toEqual([note(1, '').id, note(2, '').id, note(4, '').id]);
    await deleteNotes([note(1, '').id]);
    expect(await textIds('alpha')).toEqual([note(2, '').id, note(4, '').id]);
  });
});
