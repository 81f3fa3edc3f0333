/**
 * The database schema, one function per version. Dexie needs every version
 * declared (old ones too) so it can upgrade a database written by any earlier
 * release; keeping each version in its own function lets the upgrade tests open
 * a database exactly as an older release wrote it (see schema.test.ts).
 *
 * Rules for the future: never edit a released version function; add
 * `schemaV4(db)` with its `.upgrade()` and append it to SCHEMA_VERSIONS, then
 * add a test that writes through v3 and reads through v4.
 */
import type Dexie from 'dexie';
import type { Note } from '../notes/model';
import { byPage, pageRecord } from './pages';
import { putSearchTexts, type SearchTable } from './searchBuckets';
import { noteSearchText } from './searchText';

export const DB_NAME = 'RhetoricLensDB';

/**
 * v1 (first release). Indexed fields of a stored note (the Note plus `site`):
 * - `id` primary key (UUID);
 * - `url` normalised page URL (notes of a page);
 * - `*tags` multi-entry (filter by tag, list all tags);
 * - `label` verdict label; `site` host without www (dashboard filters);
 * - `created`, `modified` ISO strings (sort, date ranges);
 * - `*terms` multi-entry full-text search terms derived from body, quote, title, tags.
 */
export function schemaV1(db: Dexie): void {
  db.version(1).stores({
    notes: 'id, url, *tags, label, site, created, modified, *terms',
  });
}

/**
 * v2: full-text search moves from the notes' multi-entry `*terms` index to the
 * `search` table of bucketed search texts (see searchBuckets.ts): writing
 * about 20 index entries per note made a 10,000-note import twice as slow.
 * - `notes` loses the `terms` index and field; its other indexes are unchanged;
 * - `search`: primary key `bucket` (0..SEARCH_BUCKETS-1), no index.
 * The upgrade fills `search` from every note and drops each note's `terms`.
 */
export function schemaV2(db: Dexie): void {
  db.version(2)
    .stores({
      notes: 'id, url, *tags, label, site, created, modified',
      search: 'bucket',
    })
    .upgrade(async (tx) => {
      const entries: [string, string][] = [];
      await tx
        .table('notes')
        .toCollection()
        .modify((note) => {
          entries.push([note.id, noteSearchText(note)]);
          delete note.terms;
        });
      await putSearchTexts(tx.table('search') as SearchTable, entries);
    });
}

/**
 * v3: notes are stored one record per page (see pages.ts): writing 10,000
 * notes as 10,000 records was most of a 10,000-note import's time.
 * - `pages`: primary key `url`; indexes `site`, `*ids` (the page of a note),
 *   `*tags`, `*labels`;
 * - `notes` is deleted; `search` is unchanged.
 * The upgrade moves every note into its page's record (dropping the derived
 * `site`), then Dexie deletes `notes`.
 */
export function schemaV3(db: Dexie): void {
  db.version(3)
    .stores({
      notes: null,
      pages: 'url, site, *ids, *tags, *labels',
    })
    .upgrade(async (tx) => {
      const stored: (Note & { site?: string })[] = await tx.table('notes').toArray();
      const notes = stored.map(({ site: _site, ...note }) => note);
      const pages = [...byPage(notes)].map(([url, onPage]) => pageRecord(url, onPage));
      await tx.table('pages').bulkPut(pages);
    });
}

/** Every version in order; the last one is the current schema. */
export const SCHEMA_VERSIONS: readonly ((db: Dexie) => void)[] = [schemaV1, schemaV2, schemaV3];

/** Declares versions 1..`upTo` on `db` (all of them by default). */
export function declareSchema(db: Dexie, upTo = SCHEMA_VERSIONS.length): void {
  for (const declare of SCHEMA_VERSIONS.slice(0, upTo)) declare(db);
}
