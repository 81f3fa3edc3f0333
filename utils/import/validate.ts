/**
 * Validation of one imported note against the same schema the database
 * enforces, with the problem phrased for a person and placed in the file.
 * Valid notes are normalised the way the database stores them (URL
 * normalised, tags trimmed and de-duplicated) so duplicate detection compares
 * like with like.
 */
import * as v from 'valibot';
import { NoteSchema } from '../messaging/schemas';
import type { Note } from '../notes/model';
import { normalizeUrl } from '../url';
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

function normaliseTags(tags: string[]): string[] {
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

export function checkNote(candidate: unknown, where: string): Checked {
  const result = v.safeParse(NoteSchema, candidate);
  if (!result.success) return { ok: false, issue: { where, problem: describe(result.issues[0]) } };
  // valibot's object schema builds a new object with only the known keys: nothing else from the file survives.
  const parsed = result.output as Note;
  const note: Note = { ...parsed, url: normalizeUrl(parsed.url), tags: normaliseTags(parsed.tags) };
  for (const key of ['target', 'label', 'finding'] as const) if (note[key] === undefined) delete note[key];
  return { ok: true, note };
}
