/**
 * The export/import benchmark's workload, the same in Node (Dexie over
 * fake-indexeddb) and in Chromium (real IndexedDB): 10,000 notes written to
 * the database, exported in each format, imported back from the backup and
 * the JSON-LD through the real import path (safe JSON parse, valibot
 * validation, preview plan, all-or-nothing write), beside a plain
 * JSON.stringify / JSON.parse of the same records and a plain database write.
 */
import './export-extension-stub';
import { allNotes, clearAll, putNotesInOneTransaction, setChangeNotifier } from '../utils/db';
import { toBackupJson } from '../utils/export/backup';
import { toCsv } from '../utils/export/csv';
import { toMarkdown } from '../utils/export/markdown';
import { makeNotes } from '../utils/export/testing/notes';
import { toW3CJson } from '../utils/export/w3c';
import { parseImportText } from '../utils/import/parse';
import { notesToWrite, planImport } from '../utils/import/plan';
import { DEFAULT_SETTINGS } from '../utils/settings';

export const NOTES = 10_000;
export const EXPORT_TARGET_MS = 1_000;
export const IMPORT_TARGET_MS = 3_000;
const RUNS = 3;

export interface ExportFigures {
  notes: number;
  readAllMs: number;
  markdownMs: number;
  csvMs: number;
  w3cMs: number;
  backupMs: number;
  stringifyMs: number;
  importBackupMs: number;
  importW3cMs: number;
  parseBackupMs: number;
  parseW3cMs: number;
  jsonParseMs: number;
  dbWriteMs: number;
  backupMB: number;
  w3cMB: number;
  withinTargets: boolean;
}

/** Median time of `work` over RUNS runs after a warm-up; `setup` runs before each, untimed. */
async function median(work: () => unknown, setup?: () => Promise<unknown>): Promise<number> {
  await setup?.();
  await work(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await setup?.();
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function measure(): Promise<ExportFigures> {
  setChangeNotifier(() => undefined);
  await clearAll();
  await putNotesInOneTransaction(makeNotes(NOTES));
  const stored = await allNotes();
  const exported = new Date();
  const data = { notes: stored, settings: DEFAULT_SETTINGS, exported };
  const backup = toBackupJson(stored, DEFAULT_SETTINGS, exported);
  const w3c = toW3CJson(stored, { label: 'bench', exported });
  const plain = JSON.stringify(stored);

  // The database is emptied before each timed import (untimed): a fresh profile restoring a backup.
  const importFile = async (text: string) => {
    const parsed = await parseImportText(text);
    if (parsed.notes.length !== NOTES) throw new Error(`imported ${parsed.notes.length} of ${NOTES} notes`);
    await putNotesInOneTransaction(notesToWrite(planImport(parsed.notes, await allNotes()), false));
  };

  const f: ExportFigures = {
    notes: NOTES,
    readAllMs: await median(() => allNotes()),
    markdownMs: await median(() => toMarkdown(data)),
    csvMs: await median(() => toCsv(data)),
    w3cMs: await median(() => toW3CJson(stored, { label: 'bench', exported })),
    backupMs: await median(() => toBackupJson(stored, DEFAULT_SETTINGS, exported)),
    stringifyMs: await median(() => JSON.stringify(stored)),
    importBackupMs: await median(() => importFile(backup), clearAll),
    importW3cMs: await median(() => importFile(w3c), clearAll),
    parseBackupMs: await median(() => parseImportText(backup)),
    parseW3cMs: await median(() => parseImportText(w3c)),
    jsonParseMs: await median(() => JSON.parse(plain)),
    dbWriteMs: await median(() => putNotesInOneTransaction(stored), clearAll),
    backupMB: new TextEncoder().encode(backup).length / 1e6,
    w3cMB: new TextEncoder().encode(w3c).length / 1e6,
    withinTargets: false,
  };
  f.withinTargets =
    Math.max(f.markdownMs, f.csvMs, f.w3cMs, f.backupMs) < EXPORT_TARGET_MS &&
    Math.max(f.importBackupMs, f.importW3cMs) < IMPORT_TARGET_MS;
  await clearAll();
  return f;
}
