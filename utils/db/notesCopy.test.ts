import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../notes/model';
import { setChangeNotifier } from './changes';
import { closeNotesDb } from './database';
import { allNotes, clearAll, deleteNotes, putNotesInOneTransaction, saveNote } from './notes';
import { notesCopy } from './notesCopy';
import { DB_NAME } from './schema';
import { idsMatchingText } from './searchCache';

const URLS = ['https://a.example/1', 'https://b.example/2', 'https://www.c.example/3'];

function note(n: number, url: string, body: string): Note {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    url,
    pageTitle: `Page ${url}`,
    body,
    tags: n % 2 ? ['even'] : [],
    created: '2026-01-01T00:00:00.000Z',
    modified: `2026-01-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`,
  };
}

/** The copy's notes and sites, by id, to compare with what is stored. */
async function copied() {
  const copy = await notesCopy();
  return copy.notes
    .map((n, i) => ({ ...n, site: copy.sites[i], page: copy.pages[i] }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function stored() {
  return (await allNotes())
    .map((n) => ({ ...n, site: new URL(n.url).hostname.replace(/^www\./, ''), page: n.url }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('notesCopy kept up to date by patches', () => {
  beforeEach(async () => {
    setChangeNotifier(() => undefined);
    closeNotesDb();
    await Dexie.delete(DB_NAME);
  });

  it('matches what is stored after every kind of write, as does the search copy', async () => {
    // A seeded sequence of saves, edits, moves to another page, deletions, an import and a clear.
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const live = new Map<number, Note>();
    await notesCopy();
    for (let step = 0; step < 60; step++) {
      const kind = random(10);
      const n = random(30);
      if (kind < 5) {
        const saved = note(n, URLS[random(URLS.length)] as string, `body ${step} word${n}`);
        await saveNote(saved);
        live.set(n, saved);
      } else if (kind < 8 && live.size > 0) {
        const ids = [...live.keys()].slice(0, 1 + random(3));
        await deleteNotes(ids.map((k) => (live.get(k) as Note).id));
        for (const k of ids) live.delete(k);
      } else if (kind === 8) {
        const batch = Array.from({ length: 60 }, (_, i) =>
          note(100 + i, URLS[i % 3] as string, `imported ${i}`),
        );
        await putNotesInOneTransaction(batch);
        for (const [i, b] of batch.entries()) live.set(100 + i, b);
      } else {
        await clearAll();
        live.clear();
      }
      await expect.poll(copied).toEqual(await stored());
      // Search matches word prefixes: "word1" finds word1, word10, word11…
      const word = `word${n}`;
      const withWord = [...live.values()].filter((x) => new RegExp(`\\b${word}`).test(x.body));
      await expect
        .poll(async () => [...(await idsMatchingText(word))].sort())
        .toEqual(withWord.map((x) => x.id).sort());
    }
  });
});
