/**
 * The JSON backup: every note exactly as stored plus the settings, versioned
 * so a later release can migrate an old file instead of misreading it.
 * utils/import/backup.ts reads it back.
 */
import type { Note } from '../notes/model';
import type { Settings } from '../settings';

export const BACKUP_FORMAT = 'rhetoric-lens-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 time of the export. */
  exported: string;
  notes: Note[];
  settings: Settings;
}

export function toBackup(notes: readonly Note[], settings: Settings, exported: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: exported.toISOString(),
    notes: [...notes],
    settings,
  };
}

/** Indented for a person to read; compact past this many notes, to keep large backups well under the import limit. */
export const PRETTY_UP_TO = 1_000;

export function toBackupJson(notes: readonly Note[], settings: Settings, exported: Date): string {
  return JSON.stringify(
    toBackup(notes, settings, exported),
    null,
    notes.length <= PRETTY_UP_TO ? 1 : undefined,
  );
}
