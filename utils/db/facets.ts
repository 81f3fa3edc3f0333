/**
 * Distinct values for the dashboard's filters, read from the page records'
 * indexes (no note is read): sites and verdict labels in use. Owned by the
 * popup/dashboard work; the rest of utils/db is the notes module's.
 */
import { notesDb } from './database';

/** Sites (host without www) that have notes, sorted. */
export async function allSites(): Promise<string[]> {
  const keys = await notesDb().pages.orderBy('site').uniqueKeys();
  return keys.map(String).filter(Boolean);
}

/** Verdict labels used by at least one note, sorted. */
export async function labelsInUse(): Promise<string[]> {
  const keys = await notesDb().pages.orderBy('labels').uniqueKeys();
  return keys.map(String).filter(Boolean);
}
