import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { setChangeNotifier } from './changes';
import { copyUntilWrite } from './copyUntilWrite';
import { closeNotesDb } from './database';
import { saveNote } from './notes';
import { DB_NAME } from './schema';

describe('copyUntilWrite', () => {
  beforeEach(async () => {
    setChangeNotifier(() => undefined);
    closeNotesDb();
    await Dexie.delete(DB_NAME);
  });

  it('reads once until a write, then again', async () => {
    let reads = 0;
    const get = copyUntilWrite(async () => ++reads);
    expect(await get()).toBe(1);
    expect(await get()).toBe(1);
    await saveNote({
      id: '00000000-0000-4000-8000-000000000001',
      url: 'https://example.org/a',
      pageTitle: 'A',
      body: 'x',
      tags: [],
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    });
    await expect.poll(() => get()).toBe(2);
  });

  it('does not keep a failed read', async () => {
    let attempts = 0;
    const get = copyUntilWrite(async () => {
      attempts++;
      if (attempts === 1) throw new Error('disk');
      return 'ok';
    });
    await expect(get()).rejects.toThrow('disk');
    expect(await get()).toBe('ok');
  });
});
