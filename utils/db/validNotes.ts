/**
 * Validating and cleaning a note before it is stored, once.
 *
 * Every note reaching the database must match NoteSchema, cleaned (URL
 * normalised, tags trimmed and de-duplicated). An import validates each note
 * with the same schema when it reads the file (utils/import/validate.ts), and
 * parsing 10,000 notes a second time on the way into the database cost a
 * noticeable part of the import. So a note validated and cleaned by
 * `acceptParsedNote` is remembered, and `cleanNote` passes it through.
 *
 * Why this is safe: the remembered note is deep-frozen when it is accepted
 * (it is the fresh object valibot built, not the caller's input), so it can
 * never change after it was found valid; any other object is parsed again.
 */
import { NoteSchema, parseOrThrow } from '../messaging/schemas';
import type { Note } from '../notes/model';
import { normalizeUrl } from '../url';
import { NotesStorageError } from './errors';

const accepted = new WeakSet<Note>();

/** Trimmed tags without empty ones and without case-insensitive duplicates (first spelling kept). */
function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** A note that matched NoteSchema, cleaned the way it is stored (a new object; optional fields left out when absent). */
function cleaned(parsed: Note): Note {
  const clean: Note = { ...parsed, url: normalizeUrl(parsed.url), tags: cleanTags(parsed.tags) };
  if (clean.label === undefined) delete clean.label;
  if (clean.target === undefined) delete clean.target;
  if (clean.finding === undefined) delete clean.finding;
  return clean;
}

function deepFreeze(note: Note): Note {
  Object.freeze(note.tags);
  if (note.target) {
    Object.freeze(note.target.quote);
    Object.freeze(note.target.position);
    Object.freeze(note.target);
  }
  if (note.finding) Object.freeze(note.finding);
  return Object.freeze(note);
}

/**
 * Cleans `parsed`, the output of a successful NoteSchema parse made by the
 * caller, and returns it frozen: `cleanNote` will not parse it again.
 */
export function acceptParsedNote(parsed: Note): Readonly<Note> {
  const note = deepFreeze(cleaned(parsed));
  accepted.add(note);
  return note;
}

/** Validates and cleans a note (URL normalised, tags trimmed and de-duplicated). Throws NotesStorageError('invalid'). */
export function cleanNote(note: Note): Note {
  if (accepted.has(note)) return note;
  let parsed: Note;
  try {
    parsed = parseOrThrow(NoteSchema, note, 'note') as Note;
  } catch (error) {
    throw new NotesStorageError('invalid', (error as Error).message, error);
  }
  return cleaned(parsed);
}
