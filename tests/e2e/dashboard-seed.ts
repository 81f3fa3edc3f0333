/**
 * Fills the extension's notes database for e2e tests and the UI benchmark.
 * The built bundle exposes no modules, so the records are prepared in Node
 * exactly as utils/db stores them (one record per page with its derived
 * fields, and each note's search text in its bucket of the `search` table,
 * with the same functions) and written with plain IndexedDB from an extension
 * page, whose origin owns the database. Open pages must reload to see them.
 */
import type { Page } from 'playwright-core';
import { byPage, type PageRecord, pageRecord } from '../../utils/db/pages';
import { DB_NAME } from '../../utils/db/schema';
import { bucketOf } from '../../utils/db/searchBuckets';
import { noteSearchText } from '../../utils/db/searchText';
import type { Note } from '../../utils/notes/model';

/** Topical words first (the most frequent), then 1,000 made-up words for a long tail. */
const TOPICAL =
  'tariff border election budget senate court vote economy inflation crime climate energy oil treaty poll campaign debate reform policy union strike market trade health school tax'.split(
    ' ',
  );
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zen', 'dra', 'pel'];
const TAIL = SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => SYLLABLES.map((c) => `${a}${b}${c}`)));
const LABELS = ['needs-source', 'misleading', 'false', 'verified', 'question', undefined];
const FINDINGS = [
  { kind: 'claim', label: 'claim' },
  { kind: 'figure', label: 'percent' },
  { kind: 'framing', label: 'loaded_language' },
] as const;

/** A deterministic pseudo-random generator, so every run measures the same data. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` varied notes over `pages` pages of `site`-like hosts; notes get a
 * target (quote) two times in three. Page i's URL is `https://site<i % 40>.test/article-<i>`.
 */
export function makeNotes(count: number, pages: number, seed = 1): Note[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // Like a reader's notes on politics: topical words common (each in about a fifth of the notes), a long tail of rare ones.
  const word = () => (random() < 0.15 ? pick(TOPICAL) : pick(TAIL));
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const start = Date.parse('2025-01-01T00:00:00Z');
  const notes: Note[] = [];
  for (let i = 0; i < count; i++) {
    const page = i % pages;
    const created = new Date(start + i * 3_600_000).toISOString();
    const quote = sentence(8);
    const label = pick(LABELS);
    const withTarget = i % 3 !== 0;
    notes.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      url: `https://site${page % 40}.test/article-${page}`,
      pageTitle: `Article ${page} about the ${pick(TOPICAL)} ${word()}`,
      body: `Note ${i}: ${sentence(12)}`,
      tags: [pick(TOPICAL), pick(TOPICAL)].filter((t, k, all) => all.indexOf(t) === k),
      ...(label ? { label } : {}),
      created,
      modified: created,
      ...(withTarget
        ? {
            target: {
              quote: {
                type: 'TextQuoteSelector' as const,
                exact: quote,
                prefix: sentence(6),
                suffix: sentence(6),
              },
              position: { type: 'TextPositionSelector' as const, start: i, end: i + quote.length },
            },
            finding: { ...pick(FINDINGS) },
          }
        : {}),
    });
  }
  return notes;
}

/**
 * Writes notes with plain IndexedDB from `page`, an extension page that has
 * opened the database already. The notes must be new (ids not stored yet); a
 * page that already has notes gets these added to its record.
 */
export async function writeNotes(page: Page, notes: readonly Note[]): Promise<void> {
  const records: PageRecord[] = [...byPage(notes)].map(([url, onPage]) => pageRecord(url, onPage));
  const buckets = new Map<number, [string, string][]>();
  for (const note of notes) {
    const bucket = bucketOf(note.id);
    const entries = buckets.get(bucket) ?? [];
    entries.push([note.id, noteSearchText(note)]);
    buckets.set(bucket, entries);
  }
  await page.evaluate(
    async ({ name, records, texts }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['pages', 'search'], 'readwrite');
        // Each page record: read, add these notes (and their ids, tags, labels), write back.
        const pages = tx.objectStore('pages');
        for (const record of records) {
          const read = pages.get(record.url);
          read.onsuccess = () => {
            const old = read.result as typeof record | undefined;
            pages.put(
              old
                ? {
                    ...old,
                    notes: [...old.notes, ...record.notes],
                    ids: [...old.ids, ...record.ids],
                    tags: union(old.tags, record.tags),
                    labels: union(old.labels, record.labels),
                  }
                : record,
            );
          };
        }
        // Each bucket row: read, add these notes' texts, write back (same transaction).
        const search = tx.objectStore('search');
        for (const [bucket, entries] of texts) {
          const read = search.get(bucket);
          read.onsuccess = () => {
            const row = read.result ?? { bucket, texts: new Map<string, string>() };
            for (const [id, text] of entries) row.texts.set(id, text);
            search.put(row);
          };
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { name: DB_NAME, records, texts: [...buckets] },
  );
}
