import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNote } from '../notes/create';
import type { Note } from '../notes/model';
import { setChangeNotifier } from './changes';
import { notesDb, type PageRecord } from './database';
import { NotesStorageError } from './errors';
import {
  allNotes,
  allTags,
  clearAll,
  countNotes,
  deleteNotes,
  getNote,
  getNotes,
  notesForUrl,
  putNotesInOneTransaction,
  saveNote,
  searchNotes,
} from './notes';

const URL_A = 'https://example.org/article?id=1';
const URL_B = 'https://news.example.com/other';

function note(overrides: Partial<Note> & { body: string }, when = '2026-01-01T10:00:00.000Z'): Note {
  return {
    ...createNote({ url: URL_A, pageTitle: 'Oil and the election', body: overrides.body }, new Date(when)),
    ...overrides,
  };
}

const target = (exact: string) => ({
  quote: { type: 'TextQuoteSelector' as const, exact, prefix: 'before ', suffix: ' after' },
  position: { type: 'TextPositionSelector' as const, start: 10, end: 10 + exact.length },
});

let changed: string[][];
beforeEach(async () => {
  changed = [];
  setChangeNotifier((urls) => {
    changed.push(urls);
  });
  await clearAll();
  changed = [];
});
afterEach(() => vi.restoreAllMocks());

async function flushNotifications() {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('notes database', () => {
  it('saves, reads back and lists notes of a URL (URL normalised)', async () => {
    const a = note({ body: 'First', url: 'https://Example.org/article?utm_source=x&id=1#frag' });
    await saveNote(a);
    await saveNote(note({ body: 'Other page', url: URL_B }));
    expect((await getNote(a.id))?.url).toBe(URL_A);
    const forA = await notesForUrl('https://example.org/article?id=1&fbclid=abc');
    expect(forA.map((n) => n.body)).toEqual(['First']);
    expect(forA[0]).not.toHaveProperty('terms');
    expect(await countNotes()).toBe(2);
  });

  it('rejects empty and malformed notes without writing anything', async () => {
    await expect(saveNote(note({ body: '   \n ' }))).rejects.toBeInstanceOf(NotesStorageError);
    await expect(saveNote({ ...note({ body: 'x' }), created: 'yesterday' })).rejects.toThrow(/created/);
    expect(await countNotes()).toBe(0);
  });

  it('keeps HTML in a note as text and saves a 100,000-character note', async () => {
    const html = note({ body: '<img src=x onerror=alert(1)> <script>alert(2)</script>' });
    const long = note({ body: 'word '.repeat(20_000) });
    await saveNote(html);
    await saveNote(long);
    expect((await getNote(html.id))?.body).toBe(html.body);
    expect((await getNote(long.id))?.body.length).toBe(100_000);
  });

  it('deletes and notifies the URLs that changed', async () => {
    const a = note({ body: 'one' });
    const b = note({ body: 'two', url: URL_B });
    await saveNote(a);
    await saveNote(b);
    await deleteNotes([a.id, b.id, 'missing']);
    await flushNotifications();
    expect(await countNotes()).toBe(0);
    expect(changed).toEqual([[URL_A], [URL_B], [URL_A, URL_B]]);
  });

  it('lists distinct tags sorted, dropping duplicates within a note', async () => {
    await saveNote(note({ body: 'a', tags: ['oil', ' Oil', 'venezuela'] }));
    await saveNote(note({ body: 'b', tags: ['elections', 'oil'] }));
    expect(await allTags()).toEqual(['elections', 'oil', 'venezuela']);
  });

  it('imports all or nothing', async () => {
    await saveNote(note({ body: 'kept' }));
    const good = note({ body: 'good' });
    const bad = { ...note({ body: 'bad' }), url: '' };
    await expect(putNotesInOneTransaction([good, bad])).rejects.toThrow(/Note 2/);
    expect(await countNotes()).toBe(1);
    expect(await putNotesInOneTransaction([good, note({ body: 'also good' })])).toBe(2);
    expect(await countNotes()).toBe(3);
  });

  it('keeps nothing of a large batch whose invalid note comes after many valid ones', async () => {
    await saveNote(note({ body: 'kept' }));
    const many = Array.from({ length: 1200 }, (_, i) => note({ body: `bulk ${i}` }));
    many[1100] = { ...many[1100]!, url: '' };
    await expect(putNotesInOneTransaction(many)).rejects.toThrow(/Note 1101/);
    expect(await countNotes()).toBe(1);
    expect((await searchNotes({ text: 'bulk' })).total).toBe(0);
  });

  it('rolls back an import when the database fails midway', async () => {
    await saveNote(note({ body: 'kept' }));
    const table = notesDb().pages;
    const hook = (_key: unknown, page: PageRecord) => {
      if (page.notes.some((n) => n.body === 'boom')) throw new Error('disk failure');
    };
    table.hook('creating', hook);
    try {
      await expect(
        putNotesInOneTransaction([
          note({ body: 'first', url: URL_B }),
          note({ body: 'boom', url: 'https://third.example/page' }),
          note({ body: 'third', url: URL_B }),
        ]),
      ).rejects.toBeInstanceOf(NotesStorageError);
    } finally {
      table.hook('creating').unsubscribe(hook);
    }
    expect((await allNotes()).map((n) => n.body)).toEqual(['kept']);
  });

  it('reports a quota error clearly and keeps what was saved', async () => {
    const saved = note({ body: 'safe' });
    await saveNote(saved);
    const table = notesDb().pages;
    const hook = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    table.hook('updating', hook);
    try {
      const error = await saveNote({ ...saved, body: 'changed' }).catch((e) => e);
      expect(error).toBeInstanceOf(NotesStorageError);
      expect(error.kind).toBe('quota');
      expect(error.message).toMatch(/no storage space left.*Notes saved earlier are safe/);
    } finally {
      table.hook('updating').unsubscribe(hook);
    }
    expect((await getNote(saved.id))?.body).toBe('safe');
  });
});

describe('page records', () => {
  const page = (url: string) => notesDb().pages.get(url);

  it('imports into the existing page records: same id replaces, new ids are added', async () => {
    const a = note({ body: 'a', tags: ['oil'] }, '2026-01-01T10:00:00.000Z');
    const b = note({ body: 'b' }, '2026-01-02T10:00:00.000Z');
    await saveNote(a);
    await saveNote(b);
    const editedB = { ...b, body: 'b edited', label: 'false', modified: '2026-02-01T10:00:00.000Z' };
    const c = note({ body: 'c', tags: ['trade'] }, '2026-01-03T10:00:00.000Z');
    const d = note({ body: 'd', url: URL_B }, '2026-01-04T10:00:00.000Z');
    expect(await putNotesInOneTransaction([editedB, c, d])).toBe(3);

    expect(await countNotes()).toBe(4);
    expect((await notesForUrl(URL_A)).map((n) => n.body)).toEqual(['a', 'b edited', 'c']);
    const record = await page(URL_A);
    expect(record?.ids).toEqual([a.id, b.id, c.id]);
    expect(record?.tags.sort()).toEqual(['oil', 'trade']);
    expect(record?.labels).toEqual(['false']);
    expect((await page(URL_B))?.ids).toEqual([d.id]);
    expect(await notesDb().pages.count()).toBe(2);
  });

  it('finds notes by id wherever they are stored', async () => {
    const a = note({ body: 'a' });
    const b = note({ body: 'b', url: URL_B });
    const c = note({ body: 'c' });
    await putNotesInOneTransaction([a, b, c]);
    expect((await getNote(b.id))?.body).toBe('b');
    expect(await getNote('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    expect((await getNotes([c.id, 'missing', b.id, a.id])).map((n) => n.body)).toEqual(['c', 'b', 'a']);
  });

  it('deleting a note keeps the others of its page; the last one removes the page record', async () => {
    const a = note({ body: 'a' });
    const b = note({ body: 'b', tags: ['gone'] });
    const c = note({ body: 'c', url: URL_B });
    await putNotesInOneTransaction([a, b, c]);
    await deleteNotes([b.id]);
    expect((await page(URL_A))?.ids).toEqual([a.id]);
    expect((await page(URL_A))?.tags).toEqual([]);
    expect((await notesForUrl(URL_A)).map((n) => n.body)).toEqual(['a']);
    expect(await allTags()).toEqual([]);
    await deleteNotes([c.id]);
    expect(await page(URL_B)).toBeUndefined();
    expect(await countNotes()).toBe(1);
    expect((await searchNotes({ text: 'c' })).total).toBe(0);
  });

  it('moves a note to its new page when its URL changes, on save and on import', async () => {
    const a = note({ body: 'a' }, '2026-01-01T10:00:00.000Z');
    const b = note({ body: 'b' }, '2026-01-02T10:00:00.000Z');
    await putNotesInOneTransaction([a, b]);
    await saveNote({ ...a, url: URL_B });
    await flushNotifications();
    expect(changed.at(-1)?.sort()).toEqual([URL_A, URL_B].sort());
    expect((await page(URL_A))?.ids).toEqual([b.id]);
    expect((await page(URL_B))?.ids).toEqual([a.id]);
    await putNotesInOneTransaction([{ ...b, url: URL_B }]);
    expect(await page(URL_A)).toBeUndefined();
    expect((await notesForUrl(URL_B)).map((n) => n.body)).toEqual(['a', 'b']);
    expect(await countNotes()).toBe(2);
  });

  it('finds and deletes hundreds of notes at once (pages read whole rather than looked up per id)', async () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      note({ body: `n${i}`, url: `https://bulk.example/${i % 5}` }),
    );
    await putNotesInOneTransaction(many);
    const picked = many.filter((_, i) => i % 5 !== 0).reverse();
    expect((await getNotes(picked.map((n) => n.id))).map((n) => n.body)).toEqual(picked.map((n) => n.body));
    // Moving 240 stored notes to one page takes them out of their old pages.
    await putNotesInOneTransaction(picked.map((n) => ({ ...n, url: URL_B })));
    expect((await notesDb().pages.get(URL_B))?.ids).toHaveLength(240);
    expect(await countNotes()).toBe(300);
    await deleteNotes(picked.map((n) => n.id));
    expect(await countNotes()).toBe(60);
    expect(await page(URL_B)).toBeUndefined();
    expect(await notesDb().pages.count()).toBe(1);
    expect((await notesForUrl('https://bulk.example/0')).length).toBe(60);
  });

  it('keeps the later of two notes with the same id in one import', async () => {
    const a = note({ body: 'first' });
    await putNotesInOneTransaction([a, { ...a, body: 'second', url: URL_B }]);
    expect(await countNotes()).toBe(1);
    expect(await getNote(a.id)).toMatchObject({ body: 'second', url: URL_B });
  });
});

describe('searchNotes', () => {
  beforeEach(async () => {
    await putNotesInOneTransaction([
      note(
        {
          body: 'Needs a source for the Élysée figure',
          tags: ['oil'],
          label: 'needs-source',
          target: target('production fell 40 percent'),
          finding: { kind: 'figure', label: 'percent' },
        },
        '2026-01-01T10:00:00.000Z',
      ),
      note(
        { body: 'Loaded language here', tags: ['rhetoric', 'oil'], label: 'misleading' },
        '2026-01-02T10:00:00.000Z',
      ),
      note(
        { body: 'Agree with this point', url: URL_B, pageTitle: 'Venezuela talks' },
        '2026-01-03T10:00:00.000Z',
      ),
    ]);
  });

  it('finds words in body, quote, title and tags by prefix, accent-insensitively', async () => {
    const bodies = async (text: string) => (await searchNotes({ text })).notes.map((n) => n.body).sort();
    expect(await bodies('elysee')).toEqual(['Needs a source for the Élysée figure']);
    expect(await bodies('product')).toEqual(['Needs a source for the Élysée figure']);
    expect(await bodies('venez')).toEqual(['Agree with this point']);
    expect(await bodies('rhetoric loaded')).toEqual(['Loaded language here']);
    expect(await bodies('loaded agree')).toEqual([]);
  });

  it('answers from the in-memory copy, and after a change reads only the changed page again', async () => {
    await searchNotes({ text: 'source' });
    const read = vi.spyOn(notesDb().pages, 'toArray');
    const readSome = vi.spyOn(notesDb().pages, 'bulkGet');
    expect((await searchNotes({ text: 'oil' })).total).toBe(2);
    expect((await searchNotes({ label: 'misleading' })).total).toBe(1);
    expect(read).not.toHaveBeenCalled();
    const fresh = note({ body: 'Fresh oil note', tags: ['oil'] });
    await saveNote(fresh);
    expect((await searchNotes({ tags: ['oil'] })).total).toBe(3);
    expect((await searchNotes({ text: 'fresh' })).notes.map((n) => n.id)).toEqual([fresh.id]);
    await deleteNotes([fresh.id]);
    expect((await searchNotes({ tags: ['oil'] })).total).toBe(2);
    expect((await searchNotes({ text: 'fresh' })).total).toBe(0);
    expect(read).not.toHaveBeenCalled();
    expect(readSome.mock.calls.map(([keys]) => keys)).toContainEqual([fresh.url]);
  });

  it('combines tags, label, site, dates and finding kind', async () => {
    const ids = async (q: Parameters<typeof searchNotes>[0]) => (await searchNotes(q)).total;
    expect(await ids({ tags: ['oil'] })).toBe(2);
    expect(await ids({ tags: ['oil', 'rhetoric'] })).toBe(1);
    expect(await ids({ label: 'needs-source' })).toBe(1);
    expect(await ids({ site: 'www.news.example.com' })).toBe(1);
    expect(await ids({ from: '2026-01-02T00:00:00.000Z' })).toBe(2);
    expect(await ids({ to: '2026-01-02T00:00:00.000Z' })).toBe(1);
    expect(await ids({ findingKind: 'figure' })).toBe(1);
    expect(await ids({ text: 'oil', label: 'misleading' })).toBe(1);
  });

  it('sorts and paginates', async () => {
    const page = await searchNotes({}, { sort: 'created-asc', offset: 1, limit: 1 });
    expect(page.total).toBe(3);
    expect(page.notes.map((n) => n.body)).toEqual(['Loaded language here']);
    const newest = await searchNotes({}, { sort: 'created-desc', limit: 1 });
    expect(newest.notes[0]?.body).toBe('Agree with this point');
  });
});
