import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeNotesDb, saveNote, setChangeNotifier } from '@/utils/db';
import { DB_NAME } from '@/utils/db/schema';
import { readTabNotesDirectly } from './directNotes';

const tab = (url: string | undefined) => Promise.resolve({ id: 7, url, title: 'A page' });

describe('readTabNotesDirectly', () => {
  beforeEach(async () => {
    setChangeNotifier(() => undefined);
    closeNotesDb();
    await Dexie.delete(DB_NAME);
  });

  it('reads the notes of the tab’s page under its normalised URL', async () => {
    await saveNote({
      id: '00000000-0000-4000-8000-000000000001',
      url: 'https://example.org/a',
      pageTitle: 'A page',
      body: 'check this',
      tags: [],
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    });
    closeNotesDb();
    const read = await readTabNotesDirectly(tab('https://example.org/a#section'));
    expect(read?.url).toBe('https://example.org/a');
    expect(read?.notes.map((n) => n.body)).toEqual(['check this']);
  });

  it('does not answer without a web page URL or without a database', async () => {
    expect(await readTabNotesDirectly(tab('https://example.org/a'))).toBeUndefined();
    await saveNote({
      id: '00000000-0000-4000-8000-000000000002',
      url: 'https://example.org/b',
      pageTitle: 'B',
      body: 'x',
      tags: [],
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    });
    expect(await readTabNotesDirectly(tab(undefined))).toBeUndefined();
    expect(await readTabNotesDirectly(tab('chrome://extensions'))).toBeUndefined();
  });
});
