/**
 * Shape checks for the notes data the content script exchanges with the
 * background. The background validates every note with the full valibot
 * schemas (utils/messaging/schemas.ts) before it touches the database; here,
 * in a bundle injected into every page, a few plain checks are enough to
 * refuse malformed data (~6 KB of validation library stays out of the
 * content script). Limits follow LIMITS in schemas.ts.
 */
import type { Note, NoteTarget } from '../../notes/model';

const MAX_ID = 100;
const MAX_URL = 8_192;
const MAX_TAGS = 100;

const isString = (x: unknown, min = 0, max = Number.POSITIVE_INFINITY): x is string =>
  typeof x === 'string' && x.length >= min && x.length <= max;

const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

const isRecord = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object';

export const isNoteId = (x: unknown): x is string => isString(x, 1, MAX_ID);

export const isUrl = (x: unknown): x is string => isString(x, 1, MAX_URL);

function isTarget(x: unknown): x is NoteTarget {
  if (!isRecord(x) || !isRecord(x.quote) || !isRecord(x.position)) return false;
  const { quote, position } = x;
  return (
    quote.type === 'TextQuoteSelector' &&
    isString(quote.exact, 1) &&
    isString(quote.prefix) &&
    isString(quote.suffix) &&
    position.type === 'TextPositionSelector' &&
    isOffset(position.start) &&
    isOffset(position.end) &&
    position.end > position.start
  );
}

/** True when `x` has every field a Note needs, of the right type. */
export function isNote(x: unknown): x is Note {
  if (!isRecord(x)) return false;
  return (
    isNoteId(x.id) &&
    isUrl(x.url) &&
    isString(x.pageTitle) &&
    isString(x.body) &&
    x.body.trim().length > 0 &&
    Array.isArray(x.tags) &&
    x.tags.length <= MAX_TAGS &&
    x.tags.every((t) => isString(t, 1)) &&
    (x.target === undefined || isTarget(x.target)) &&
    (x.label === undefined || isString(x.label, 1)) &&
    (x.finding === undefined ||
      (isRecord(x.finding) &&
        (x.finding.kind === 'claim' || x.finding.kind === 'figure' || x.finding.kind === 'framing') &&
        isString(x.finding.label))) &&
    isString(x.created, 1) &&
    isString(x.modified, 1)
  );
}

/** Returns `x` when `ok(x)`, else throws an Error naming what was malformed. */
export function checked<T>(x: unknown, ok: (x: unknown) => x is T, what: string): T {
  if (!ok(x)) throw new Error(`Invalid ${what}`);
  return x;
}

export const isNoteList = (x: unknown): x is Note[] => Array.isArray(x) && x.every(isNote);

export const isStringList = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');
