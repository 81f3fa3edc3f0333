import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../notes/model';
import { setChangeNotifier } from './changes';
import { closeNotesDb } from './database';
import { saveNote } from './notes';
import { readPageNotesDirectly } from './pageNotesDirect';
import { DB_NAME, schemaV1, schemaV2 } from './schema';

const URL_A = 'https://example.org/a';

function note(id: string, created: string, url = URL_A): Note {
  return { id, url, pageTitle: 'A', body: `note ${id}`, tags: [], created, modified: created };
}

const databaseExists = async () => (await Dexie.getDatabaseNames()).includes(DB_NAME);

describe('readPageNotesDirectly', () => {
  beforeEach(async () => {
    setChangeNotifier(() => undefined);
    closeNotesDb();
    await Dexie.delete(DB_NAME);
  });
  afterEach(() => closeNotesDb());

  it('reads a page’s notes, oldest first, and [] for a page without notes', async () => {
    await saveNote(note('00000000-0000-4000-8000-000000000002', '2026-02-02T00:00:00.000Z'));
    await saveNote(note('00000000-0000-4000-8000-000000000001', '2026-01-01T00:00:00.000Z'));
    await saveNote(
      note('00000000-0000-4000-8000-000000000003', '2026-03-03T00:00:00.000Z', 'https://example.org/b'),
    );
    const notes = await readPageNotesDirectly(URL_A);
    expect(notes?.map((n) => n.body)).toEqual([
      'note 00000000-0000-4000-8000-000000000001',
      'note 00000000-0000-4000-8000-000000000002',
    ]);
    expect(await readPageNotesDirectly('https://example.org/none')).toEqual([]);
  });

  it('does not answer, and creates nothing, when there is no database yet', async () => {
    expect(await readPageNotesDirectly(URL_A)).toBeUndefined();
    expect(await databaseExists()).toBe(false);
  });

  it('does not answer for a database an older release wrote (Dexie upgrades it on open)', async () => {
    const old = new Dexie(DB_NAME);
    schemaV1(old);
    schemaV2(old);
    await old.open();
    old.close();
    expect(await readPageNotesDirectly(URL_A)).toBeUndefined();
  });
});
