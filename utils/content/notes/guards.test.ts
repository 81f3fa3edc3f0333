import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { NoteSchema } from '../../messaging/schemas';
import { createNote } from '../../notes/create';
import type { Note } from '../../notes/model';
import { checked, isNote, isNoteId, isNoteList, isStringList, isUrl } from './guards';

const target = {
  quote: { type: 'TextQuoteSelector', exact: 'forty percent', prefix: 'about ', suffix: ' of voters' },
  position: { type: 'TextPositionSelector', start: 10, end: 23 },
} as const;

const valid: Note = createNote({
  url: 'https://example.org/a',
  pageTitle: 'A page',
  body: 'Needs a source.',
  target: { quote: { ...target.quote }, position: { ...target.position } },
  tags: ['economy'],
  label: 'needs-source',
  finding: { kind: 'figure', label: 'percent' },
});

const broken: [string, unknown][] = [
  ['not an object', 'note'],
  ['empty body', { ...valid, body: '  ' }],
  ['missing id', { ...valid, id: undefined }],
  ['numeric tag', { ...valid, tags: [3] }],
  ['empty target', { ...valid, target: { ...target, position: { ...target.position, end: 10 } } }],
  ['wrong selector type', { ...valid, target: { ...target, quote: { ...target.quote, type: 'X' } } }],
  ['unknown finding kind', { ...valid, finding: { kind: 'opinion', label: 'x' } }],
  ['negative offset', { ...valid, target: { ...target, position: { ...target.position, start: -1 } } }],
];

describe('notes guards', () => {
  it('accepts what the full schema accepts', () => {
    expect(v.safeParse(NoteSchema, valid).success).toBe(true);
    expect(isNote(valid)).toBe(true);
    const pageNote = createNote({ url: 'https://example.org/a', pageTitle: '', body: 'A page note' });
    expect(isNote(pageNote)).toBe(true);
    expect(isNoteList([valid, pageNote])).toBe(true);
  });

  it.each(broken)('refuses a note with %s, as the full schema does', (_, note) => {
    expect(v.safeParse(NoteSchema, note).success).toBe(false);
    expect(isNote(note)).toBe(false);
    expect(isNoteList([valid, note])).toBe(false);
  });

  it('checks ids, URLs and string lists', () => {
    expect(isNoteId('abc')).toBe(true);
    expect(isNoteId('')).toBe(false);
    expect(isNoteId('x'.repeat(101))).toBe(false);
    expect(isUrl('https://example.org/')).toBe(true);
    expect(isUrl(42)).toBe(false);
    expect(isStringList(['a', 'b'])).toBe(true);
    expect(isStringList(['a', 1])).toBe(false);
  });

  it('throws a named error on malformed data', () => {
    expect(() => checked({}, isNote, 'saved note')).toThrow('Invalid saved note');
    expect(checked('id-1', isNoteId, 'note id')).toBe('id-1');
  });
});
