import Dexie, { type ObservabilitySet, RangeSet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { changedKeys } from './changedKeys';

const part = (table: string, index = '') => `idb://TestDB/${table}/${index}`;

describe('changedKeys', () => {
  it('lists single keys written and deleted', () => {
    const parts: ObservabilitySet = {
      [part('pages')]: new RangeSet().addKeys(['https://a.example/', 'https://b.example/']),
      [part('pages', ':dels')]: new RangeSet().addKey('https://c.example/'),
      [part('pages', 'site')]: new RangeSet().addKey('a.example'),
    };
    expect(changedKeys(parts, 'TestDB', 'pages')).toEqual(
      new Set(['https://a.example/', 'https://b.example/', 'https://c.example/']),
    );
  });

  it('says "all" for a range, null for a table not written', () => {
    const parts: ObservabilitySet = {
      [part('pages')]: new RangeSet('a', 'z'),
      [part('search')]: new RangeSet().addKeys([3, 7]),
    };
    expect(changedKeys(parts, 'TestDB', 'pages')).toBe('all');
    expect(changedKeys(parts, 'TestDB', 'search')).toEqual(new Set([3, 7]));
    expect(changedKeys(parts, 'TestDB', 'other')).toBeNull();
    expect(changedKeys(parts, 'OtherDB', 'pages')).toBeNull();
  });

  it('reads a tree that lost its prototype (a broadcast from another context)', () => {
    const tree = structuredClone({ ...new RangeSet().addKeys(['k1', 'k2', 'k3']) });
    expect(changedKeys({ [part('pages')]: tree }, 'TestDB', 'pages')).toEqual(new Set(['k1', 'k2', 'k3']));
  });

  describe('with a real database', () => {
    const db = new Dexie('TestDB');
    db.version(1).stores({ pages: 'url' });
    const table = db.table('pages');
    const seen: ReturnType<typeof changedKeys>[] = [];
    const listen = (parts: ObservabilitySet) => seen.push(changedKeys(parts, 'TestDB', 'pages'));
    afterEach(() => Dexie.on.storagemutated.unsubscribe(listen));

    it('reports what each kind of write changed', async () => {
      await table.put({ url: 'x' }); // opens (creates) the database first
      Dexie.on('storagemutated', listen);
      const next = async (write: () => Promise<unknown>) => {
        seen.length = 0;
        await write();
        await expect.poll(() => seen.length).toBeGreaterThan(0);
        return seen[0];
      };
      expect(await next(() => table.put({ url: 'a' }))).toEqual(new Set(['a']));
      expect(await next(() => table.bulkPut([{ url: 'b' }, { url: 'c' }]))).toEqual(new Set(['b', 'c']));
      expect(await next(() => table.delete('a'))).toEqual(new Set(['a']));
      const many = Array.from({ length: 60 }, (_, i) => ({ url: `m${i}` }));
      expect(await next(() => table.bulkPut(many))).toBe('all');
      expect(await next(() => table.clear())).toBe('all');
    });
  });
});
