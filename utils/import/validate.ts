/**
 * Validation of one imported note against the same schema the database
 * enforces, with the problem phrased for a person and placed in the file.
 * Valid notes are normalised the way the database stores them (URL
 * normalised, tags trimmed and de-duplicated) so duplicate detection compares
 * like with like, and handed over frozen through the database's
 * acceptParsedNote, so the write does not parse them a second time.
 */
import * as v from 'valibot';
import { acceptParsedNote } from '../db/validNotes';
import { NoteSchema } from '../messaging/schemas';
import type { Note } from '../notes/model';
import type { ImportIssue } from './errors';

export type Checked = { ok: true; note: Note } | { ok: false; issue: ImportIssue };

function describe(issue: v.BaseIssue<unknown>): string {
  const field = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  const subject = field || 'value';
  if (issue.type === 'max_length' && typeof issue.input === 'string') {
    return `${subject} is ${issue.input.length.toLocaleString('en')} characters long; the limit is ${Number(issue.requirement).toLocaleString('en')}`;
  }
  if (issue.kind === 'schema' && issue.input === undefined) return `${subject} is missing`;
  return field ? `${field}: ${issue.message}` : issue.message;
}

export function checkNote(candidate: unknown, where: string): Checked {
  const result = v.safeParse(NoteSchema, candidate);
  if (!result.success) return { ok: false, issue: { where, problem: describe(result.issues[0]) } };
  // valibot's object schema builds a new object with only the known keys: nothing else from the file survives.
  return { ok: true, note: acceptParsedNote(result.output as Note) };
}
