/**
 * Round trip: random notes (unicode, emoji, newlines, quotes, commas, tabs,
 * HTML, very long text) saved in the database, exported as a JSON backup and
 * as W3C JSON-LD, the database wiped, the file imported back through the same
 * path the import panel takes: the database holds identical notes again.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { allNotes, clearAll, putNotesInOneTransaction, setChangeNotifier } from '../db';
import { toBackupJson } from '../export/backup';
import { noteArbitrary } from '../export/testing/notes';
import { toW3CJson } from '../export/w3c';
import type { Note } from '../notes/model';
import { DEFAULT_SETTINGS } from '../settings';
import { applyImport } from './apply';
import { parseImportText } from './parse';
import { planImport } from './plan';

const byId = (notes: Note[]) => [...notes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Notes with distinct ids and distinct (page, quote, text), as a database holds them. */
const storedNotes = fc
  .uniqueArray(noteArbitrary, {
    maxLength: 8,
    selector: (n) => n.id,
  })
  .map((notes) => {
    const seen = new Set<string>();
    return notes.filter((n) => {
      const key = `${n.url}\u0000${n.target?.quote.exact ?? ''}\u0000${n.body}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

async function roundTrip(serialise: (notes: Note[]) => string) {
  await fc.assert(
    fc.asyncProperty(storedNotes, async (notes) => {
      await clearAll();
      await putNotesInOneTransaction(notes);
      const before = byId(await allNotes());
      const file = serialise(before);
      await clearAll();
      const parsed = await parseImportText(file);
      expect(parsed.issues).toEqual([]);
      const plan = planImport(parsed.notes, await allNotes());
      await applyImport(
        parsed.notes,
        plan,
        { replaceConflicts: false, restoreSettings: false },
        parsed.settings,
      );
      expect(byId(await allNotes())).toEqual(before);
    }),
    { numRuns: 40 },
  );
}

beforeEach(() => setChangeNotifier(() => undefined));

describe('export → wipe → import round trip (property)', () => {
  it('JSON backup gives back identical notes', async () => {
    await roundTrip((notes) => toBackupJson(notes, DEFAULT_SETTINGS, new Date()));
  }, 120_000);

  it('W3C Web Annotation JSON-LD gives back identical notes', async () => {
    await roundTrip((notes) => toW3CJson(notes, { label: 'round trip', exported: new Date() }));
  }, 120_000);

  it('importing the same file twice adds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(storedNotes, async (notes) => {
        await clearAll();
        const file = toW3CJson(notes, { label: 'twice', exported: new Date() });
        for (let i = 0; i < 2; i++) {
          const parsed = await parseImportText(file);
          await applyImport(
            parsed.notes,
            planImport(parsed.notes, await allNotes()),
            { replaceConflicts: false, restoreSettings: false },
            undefined,
          );
        }
        expect(await allNotes()).toHaveLength(notes.length);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
