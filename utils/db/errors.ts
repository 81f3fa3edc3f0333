/**
 * Storage errors the UI can show as they are. IndexedDB failures arrive as
 * DOMExceptions or Dexie errors whose messages mean little to a reader; the
 * one that matters most is a full disk (QuotaExceededError), where the reader
 * must hear that this note was not saved but everything saved before is intact
 * (a failed transaction is rolled back whole).
 */

export type StorageErrorKind = 'quota' | 'invalid' | 'other';

export class NotesStorageError extends Error {
  override name = 'NotesStorageError';
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

export const QUOTA_MESSAGE =
  'Your browser has no storage space left, so this change was not saved. Notes saved earlier are safe. Free some disk space, or export and delete old notes, then try again.';

function errorName(error: unknown): string {
  return error && typeof error === 'object' && 'name' in error
    ? String((error as { name: unknown }).name)
    : '';
}

/** True for quota errors, whether raw DOMExceptions or wrapped by Dexie (`inner`). */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (errorName(current) === 'QuotaExceededError') return true;
    const inner = (current as { inner?: unknown }).inner;
    current = inner;
  }
  return false;
}

/** Converts any database failure into a NotesStorageError with a message fit for the UI. */
export function toStorageError(error: unknown, action: string): NotesStorageError {
  if (error instanceof NotesStorageError) return error;
  if (isQuotaError(error)) return new NotesStorageError('quota', QUOTA_MESSAGE, error);
  const detail = error instanceof Error ? error.message : String(error);
  return new NotesStorageError('other', `Could not ${action}: ${detail}`, error);
}
