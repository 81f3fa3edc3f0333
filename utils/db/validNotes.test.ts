import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import * as schemas from '../messaging/schemas';
import type { Note } from '../notes/model';
import { NotesStorageError } from './errors';
import { acceptParsedNote, cleanNote } from './validNotes';

const raw: Note = {
  id: '00000000-0000-4000-8000-000000000001',
  url: 'https://Example.org/a?utm_source=x',
  pageTitle: 'Title',
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'words', prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start: 7, end: 12 },
  },
  body: 'A note',
  tags: [' oil ', 'Oil', 'trade'],
  created: '2026-01-01T10:00:00.000Z',
  modified: '2026-01-01T10:00:00.000Z',
};

describe('validating notes once', () => {
  it('cleans a note: URL normalised, tags trimmed and de-duplicated', () => {
    expect(() => cleanNote({ ...raw, body: ' ' })).toThrow(NotesStorageError);
    const clean = cleanNote(raw);
    expect(clean.url).toBe('https://example.org/a');
    expect(clean.tags).toEqual(['oil', 'trade']);
  });

  it('passes a note accepted after a parse through without parsing it again', () => {
    const parsed = v.parse(schemas.NoteSchema, raw) as Note;
    const accepted = acceptParsedNote(parsed);
    expect(accepted).toEqual(cleanNote(raw));
    const parse = vi.spyOn(schemas, 'parseOrThrow');
    try {
      expect(cleanNote(accepted)).toBe(accepted);
      expect(parse).not.toHaveBeenCalled();
      // An equal note that was not accepted is parsed.
      expect(cleanNote({ ...accepted })).toEqual(accepted);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('freezes an accepted note, so it cannot become invalid afterwards', () => {
    const accepted = acceptParsedNote(v.parse(schemas.NoteSchema, raw) as Note) as Note;
    expect(() => {
      accepted.body = '';
    }).toThrow(TypeError);
    expect(() => accepted.tags.push('x'.repeat(10_000))).toThrow(TypeError);
    expect(() => {
      (accepted.target as NonNullable<Note['target']>).quote.exact = '';
    }).toThrow(TypeError);
  });
});
