import { afterEach, describe, expect, it } from 'vitest';
import { closeNotesDb, notesDb } from './database';
import { allSites, labelsInUse } from './facets';
import { saveNote } from './notes';

const note = (id: string, url: string, label?: string) => ({
  id,
  url,
  pageTitle: 't',
  body: 'b',
  tags: [],
  ...(label ? { label } : {}),
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
});

describe('facets', () => {
  afterEach(async () => {
    await notesDb().delete();
    closeNotesDb();
  });

  it('lists distinct sites and labels in use', async () => {
    await saveNote(note('00000000-0000-4000-8000-000000000001', 'https://www.example.org/a', 'false'));
    await saveNote(note('00000000-0000-4000-8000-000000000002', 'https://example.org/b', 'misleading'));
    await saveNote(note('00000000-0000-4000-8000-000000000003', 'https://news.test/c'));
    expect(await allSites()).toEqual(['example.org', 'news.test']);
    expect(await labelsInUse()).toEqual(['false', 'misleading']);
  });
});
