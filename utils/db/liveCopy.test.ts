import Dexie, { type IndexableType } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { setChangeNotifier } from './changes';
import { closeNotesDb } from './database';
import { liveCopy } from './liveCopy';
import { saveNote } from './notes';
import { DB_NAME } from './schema';

describe('liveCopy', () => {
  beforeEach(async () => {
    setChangeNotifier(() => undefined);
    closeNotesDb();
    await Dexie.delete(DB_NAME);
  });

  it('without patching, reads once until a write, then again', async () => {
    let reads = 0;
    const get = liveCopy(async () => ++reads);
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
    const get = liveCopy(async () => {
      attempts++;
      if (attempts === 1) throw new Error('disk');
      return 'ok';
    });
    await expect(get()).rejects.toThrow('disk');
    expect(await get()).toBe('ok');
  });

  describe('with patching', () => {
    const db = new Dexie('LiveCopyTest');
    db.version(1).stores({ items: 'key', other: 'key' });
    const items = db.table<{ key: string; value: number }>('items');

    /** A copy of `items` as a Map, counting full reads and patches. */
    function itemsCopy() {
      const calls = { reads: 0, patches: [] as string[][] };
      const get = liveCopy(
        async () => {
          calls.reads++;
          return new Map((await items.toArray()).map((r) => [r.key, r.value]));
        },
        {
          db: 'LiveCopyTest',
          table: 'items',
          async patch(copy, keys: ReadonlySet<IndexableType>) {
            const changed = [...keys] as string[];
            calls.patches.push(changed.sort());
            const next = new Map(copy);
            const rows = await items.bulkGet(changed);
            changed.forEach((key, i) => {
              const row = rows[i];
              if (row) next.set(key, row.value);
              else next.delete(key);
            });
            return next;
          },
        },
      );
      return { get, calls };
    }

    beforeEach(async () => {
      await items.clear();
      await db.table('other').clear();
      await items.bulkPut([
        { key: 'a', value: 1 },
        { key: 'b', value: 2 },
      ]);
    });

    it('reads only the records a write changed', async () => {
      const { get, calls } = itemsCopy();
      expect([...(await get())]).toEqual([
        ['a', 1],
        ['b', 2],
      ]);
      await items.put({ key: 'a', value: 10 });
      await items.delete('b');
      await expect.poll(async () => [...(await get())]).toEqual([['a', 10]]);
      expect(calls.reads).toBe(1);
      expect(calls.patches.flat().sort()).toEqual(['a', 'b']);
    });

    it('keeps the copy as it is when another table is written', async () => {
      const { get, calls } = itemsCopy();
      await get();
      await db.table('other').put({ key: 'x' });
      await items.put({ key: 'c', value: 3 }); // a later write to the table, to know the first was seen
      await expect.poll(async () => (await get()).get('c')).toBe(3);
      expect(calls).toEqual({ reads: 1, patches: [['c']] });
    });

    it('reads everything again after a write that names no keys', async () => {
      const { get, calls } = itemsCopy();
      await get();
      await items.clear();
      await expect.poll(async () => (await get()).size).toBe(0);
      const many = Array.from({ length: 60 }, (_, i) => ({ key: `k${i}`, value: i }));
      await items.bulkPut(many);
      await expect.poll(async () => (await get()).size).toBe(60);
      expect(calls.reads).toBe(3);
      expect(calls.patches).toEqual([]);
    });
  });
});
