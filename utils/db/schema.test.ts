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
import { allTags, getNote, notesForUrl, searchNotes } from './notes';
import { DB_NAME, SCHEMA_VERSIONS, schemaV1 } from './schema';

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
});
