/**
 * Bounds on what an import reads. A backup of 10,000 notes is about 10 MB;
 * the file limit leaves room for three times that and refuses anything that
 * could exhaust the memory of an extension page before validation starts.
 * Single strings are bounded by the note schema (utils/messaging/schemas.ts
 * LIMITS: just under a million characters for a note).
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** More items than this is not a notes file a person made. */
export const MAX_ITEMS = 200_000;
/** Item problems listed in full in the preview (the count is always exact). */
export const MAX_LISTED_ISSUES = 50;

export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
