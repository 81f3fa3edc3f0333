/**
 * From file text to validated notes: recognises a JSON backup or W3C Web
 * Annotations and validates everything before anything touches the database.
 */
import type { Note } from '../notes/model';
import type { Settings } from '../settings';
import { isBackupLike, parseBackup } from './backup';
import type { ImportIssue } from './errors';
import { parseJsonSafely, readImportFile } from './json';
import { parseAnnotations } from './w3c';

export interface ParsedImport {
  kind: 'backup' | 'w3c';
  notes: Note[];
  /** Items set aside, each named by its place in the file. */
  issues: ImportIssue[];
  /** Backups only. */
  settings?: Settings;
}

/** Parses import text; throws ImportError when the file as a whole is refused. */
export async function parseImportText(text: string): Promise<ParsedImport> {
  const data = parseJsonSafely(text);
  if (isBackupLike(data)) return { kind: 'backup', ...parseBackup(data) };
  return { kind: 'w3c', ...(await parseAnnotations(data)) };
}

/** Reads (size checked first) and parses a picked file. */
export async function parseImportFile(file: Blob): Promise<ParsedImport> {
  return parseImportText(await readImportFile(file));
}
