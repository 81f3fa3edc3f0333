import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNote } from '../notes/create';
import type { Note } from '../notes/model';
import { setChangeNotifier } from './changes';
import { notesDb } from './database';
import { NotesStorageError } from './errors';
import {
  allNotes,
  allTags,
  clearAll,
  countNotes,
  deleteNotes,
  getNote,
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
    const table = notesDb().notes;
    const hook = (_key: unknown, obj: Note) => {
      if (obj.body === 'boom') throw new Error('disk failure');
    };
    table.hook('creating', hook);
    try {
      await expect(
        putNotesInOneTransaction([note({ body: 'first' }), note({ body: 'boom' }), note({ body: 'third' })]),
      ).rejects.toBeInstanceOf(NotesStorageError);
    } finally {
      table.hook('creating').unsubscribe(hook);
    }
    expect((await allNotes()).map((n) => n.body)).toEqual(['kept']);
  });

  it('reports a quota error clearly and keeps what was saved', async () => {
    const saved = note({ body: 'safe' });
    await saveNote(saved);
    const table = notesDb().notes;
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

  it('uses the index, not a table scan, for text', async () => {
    const scan = vi.spyOn(notesDb().notes, 'toArray');
    await searchNotes({ text: 'source' });
    expect(scan).not.toHaveBeenCalled();
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
