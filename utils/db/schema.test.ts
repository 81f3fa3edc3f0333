/**
 * Upgrade harness: a database written by an older schema must open with the
 * current one and lose nothing. Each released version gets a case here that
 * writes records exactly as that release did (its own schema function, raw
 * records) and reads them back through today's API.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setChangeNotifier } from './changes';
import { closeNotesDb, notesDb } from './database';
import { allSites, labelsInUse } from './facets';
import { allTags, countNotes, getNote, notesForUrl, searchNotes } from './notes';
import { DB_NAME, SCHEMA_VERSIONS, schemaV1, schemaV2, schemaV3 } from './schema';
import { bucketOf, putSearchTexts, type SearchTable } from './searchBuckets';
import { noteSearchText } from './searchText';

/** A note as release 1 stored it (derived index fields included). */
const V1_RECORD = {
  id: '6f1c1f5e-8a53-4c1e-9f59-3b0b8a0c1a11',
  url: 'https://example.org/article',
  pageTitle: 'Oil and the election',
  target: {
    quote: {
      type: 'TextQuoteSelector',
      exact: 'production fell',
      prefix: 'a'.repeat(32),
      suffix: 'b'.repeat(32),
    },
    position: { type: 'TextPositionSelector', start: 32, end: 47 },
  },
  body: 'Check the OPEC report',
  tags: ['oil'],
  label: 'needs-source',
  created: '2026-01-01T10:00:00.000Z',
  modified: '2026-01-01T10:00:00.000Z',
  finding: { kind: 'figure', label: 'percent' },
  site: 'example.org',
  terms: ['check', 'the', 'opec', 'report', 'production', 'fell', 'oil', 'and', 'election'],
};

beforeEach(async () => {
  setChangeNotifier(() => undefined);
  closeNotesDb();
  await Dexie.delete(DB_NAME);
});
afterEach(() => closeNotesDb());

describe('schema versions', () => {
  it('v1 alone creates the notes table with its indexes', async () => {
    const v1 = new Dexie(DB_NAME);
    schemaV1(v1);
    await v1.open();
    const indexes = v1
      .table('notes')
      .schema.indexes.map((i) => i.name)
      .sort();
    expect(indexes).toEqual(['created', 'label', 'modified', 'site', 'tags', 'terms', 'url']);
    expect(v1.table('notes').schema.indexes.find((i) => i.name === 'tags')?.multi).toBe(true);
    v1.close();
  });

  it('a database written through v1 reads back through the current version', async () => {
    const v1 = new Dexie(DB_NAME);
    schemaV1(v1);
    await v1.table('notes').put(V1_RECORD);
    v1.close();

    const current = notesDb();
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.length);
    const { site: _s, terms: _t, ...expected } = V1_RECORD;
    expect(await getNote(V1_RECORD.id)).toEqual(expected);
    expect((await notesForUrl('https://example.org/article#x')).length).toBe(1);
    expect(await allTags()).toEqual(['oil']);
    expect((await searchNotes({ text: 'opec' })).total).toBe(1);
  });

  it('v2 drops the terms index and adds the search table', async () => {
    const v2 = new Dexie(DB_NAME);
    schemaV1(v2);
    schemaV2(v2);
    await v2.open();
    const indexes = v2
      .table('notes')
      .schema.indexes.map((i) => i.name)
      .sort();
    expect(indexes).toEqual(['created', 'label', 'modified', 'site', 'tags', 'url']);
    expect(v2.table('search').schema.primKey.name).toBe('bucket');
    v2.close();
  });

  it('a database written through v1 reads back through v2, search texts built from every note', async () => {
    const v1 = new Dexie(DB_NAME);
    schemaV1(v1);
    const { target: _target, ...untargeted } = V1_RECORD;
    const second = {
      ...untargeted,
      id: '7a2b3c4d-0000-4000-8000-000000000002',
      pageTitle: 'Budget vote',
      body: 'Another remark on the election',
      tags: ['oil'],
      terms: ['another', 'remark', 'on', 'the', 'election', 'budget', 'vote', 'oil'],
    };
    await v1.table('notes').bulkPut([V1_RECORD, second]);
    v1.close();

    const v2 = new Dexie(DB_NAME);
    schemaV1(v2);
    schemaV2(v2);
    await v2.open();
    expect(v2.verno).toBe(2);
    const raw = await v2.table('notes').get(V1_RECORD.id);
    expect(raw).not.toHaveProperty('terms');
    expect(raw.site).toBe('example.org');
    const row = await v2.table('search').get(bucketOf(V1_RECORD.id));
    expect(row.texts.get(V1_RECORD.id)).toBe(' check the opec report production fell oil and election');
    v2.close();

    // Body, quote, title and tag words are all found through today's API.
    const found = async (text: string) => (await searchNotes({ text })).notes.map((n) => n.id).sort();
    expect(await found('opec')).toEqual([V1_RECORD.id]);
    expect(await found('produc')).toEqual([V1_RECORD.id]);
    expect(await found('remark elect')).toEqual([second.id]);
    expect(await found('oil')).toEqual([V1_RECORD.id, second.id].sort());
  });

  it('v3 replaces the notes table with one record per page', async () => {
    const v3 = new Dexie(DB_NAME);
    for (const declare of [schemaV1, schemaV2, schemaV3]) declare(v3);
    await v3.open();
    expect(v3.tables.map((t) => t.name).sort()).toEqual(['pages', 'search']);
    const pages = v3.table('pages').schema;
    expect(pages.primKey.name).toBe('url');
    expect(pages.indexes.map((i) => i.name).sort()).toEqual(['ids', 'labels', 'site', 'tags']);
    expect(
      pages.indexes
        .filter((i) => i.multi)
        .map((i) => i.name)
        .sort(),
    ).toEqual(['ids', 'labels', 'tags']);
    v3.close();
  });

  it('a database written through v2 reads back through v3, each page one record', async () => {
    const { terms: _t, ...v2Record } = V1_RECORD;
    const later = {
      ...v2Record,
      id: '7a2b3c4d-0000-4000-8000-000000000002',
      body: 'A later remark',
      tags: ['budget', 'oil'],
      label: 'misleading',
      created: '2026-01-02T10:00:00.000Z',
      modified: '2026-01-02T10:00:00.000Z',
    };
    const { target: _target, label: _label, finding: _finding, ...plain } = v2Record;
    const otherPage = {
      ...plain,
      id: '0a2b3c4d-0000-4000-8000-000000000003',
      url: 'https://www.news.test/story',
      site: 'news.test',
      body: 'Elsewhere',
      tags: [],
    };
    const v2 = new Dexie(DB_NAME);
    schemaV1(v2);
    schemaV2(v2);
    // As release 2 wrote them: notes with their derived `site`, search texts in buckets.
    await v2.transaction('rw', v2.table('notes'), v2.table('search'), async () => {
      await v2.table('notes').bulkPut([later, v2Record, otherPage]);
      await putSearchTexts(
        v2.table('search') as SearchTable,
        [later, v2Record, otherPage].map((n) => [n.id, noteSearchText(n)] as const),
      );
    });
    v2.close();

    const current = notesDb();
    await current.open();
    expect(current.verno).toBe(3);
    expect(current.tables.map((t) => t.name).sort()).toEqual(['pages', 'search']);
    const page = await current.pages.get(V1_RECORD.url);
    expect(page?.site).toBe('example.org');
    expect(page?.ids.sort()).toEqual([V1_RECORD.id, later.id].sort());
    expect(page?.tags.sort()).toEqual(['budget', 'oil']);
    expect(page?.labels.sort()).toEqual(['misleading', 'needs-source']);
    for (const note of page?.notes ?? []) expect(note).not.toHaveProperty('site');

    const { site: _s, ...expected } = v2Record;
    expect(await getNote(V1_RECORD.id)).toEqual(expected);
    expect((await notesForUrl(V1_RECORD.url)).map((n) => n.body)).toEqual([V1_RECORD.body, 'A later remark']);
    expect(await countNotes()).toBe(3);
    expect(await allTags()).toEqual(['budget', 'oil']);
    expect(await allSites()).toEqual(['example.org', 'news.test']);
    expect(await labelsInUse()).toEqual(['misleading', 'needs-source']);
    expect((await searchNotes({ text: 'opec' })).notes.map((n) => n.id)).toEqual([V1_RECORD.id]);
    expect((await searchNotes({ site: 'news.test' })).notes.map((n) => n.body)).toEqual(['Elsewhere']);
  });
});
