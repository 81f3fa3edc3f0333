/**
 * Writing a confirmed import. The plan is recomputed against the database as
 * it is now: if a note was edited in another tab since the preview, the import
 * stops and asks for a new review rather than overwrite that edit. The notes
 * are written in one transaction (all or nothing); settings are restored only
 * when the reader ticked that choice, after the notes are safely written.
 */
import { allNotes, putNotesInOneTransaction } from '../db';
import type { Note } from '../notes/model';
import { type Settings, updateSettings } from '../settings';
import { ImportError } from './errors';
import { type ImportPlan, notesToWrite, planImport } from './plan';

export interface ImportChoices {
  /** Replace local notes that were edited at the same time or later than the imported copy. */
  replaceConflicts: boolean;
  /** Restore the backup's settings over the current ones. */
  restoreSettings: boolean;
}

export interface ImportOutcome {
  written: number;
  skipped: number;
  settingsRestored: boolean;
}

/** Storage the import writes to; the real database by default, a fake in tests. */
export interface ImportStore {
  allNotes(): Promise<Note[]>;
  putNotesInOneTransaction(notes: Note[]): Promise<number>;
  updateSettings(settings: Settings): Promise<unknown>;
}

export const databaseStore: ImportStore = { allNotes, putNotesInOneTransaction, updateSettings };

const idsOf = (notes: Note[]) => notes.map((n) => n.id).join('\n');

export async function applyImport(
  incoming: readonly Note[],
  reviewed: ImportPlan,
  choices: ImportChoices,
  settings: Settings | undefined,
  store: ImportStore = databaseStore,
): Promise<ImportOutcome> {
  const current = planImport(incoming, await store.allNotes());
  if (
    idsOf(notesToWrite(current, choices.replaceConflicts)) !==
      idsOf(notesToWrite(reviewed, choices.replaceConflicts)) ||
    current.conflicts.length !== reviewed.conflicts.length
  ) {
    throw new ImportError(
      'Your notes changed since the preview (perhaps in another tab). Nothing was imported; review the new preview.',
    );
  }
  const toWrite = notesToWrite(current, choices.replaceConflicts);
  const written = toWrite.length ? await store.putNotesInOneTransaction(toWrite) : 0;
  const restore = choices.restoreSettings && settings !== undefined;
  if (restore) await store.updateSettings(settings);
  return { written, skipped: incoming.length - written, settingsRestored: restore };
}
