import { describe, expect, it } from 'vitest';
import type { Note } from '@/utils/notes/model';
import { groupedRows, noteRows } from './rows';

const note = (id: string, url: string, extra: Partial<Note> = {}): Note => ({
  id,
  url,
  pageTitle: `Title of ${url}`,
  body: id,
  tags: [],
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  ...extra,
});

describe('dashboard rows', () => {
  const notes = [
    note('a', 'https://www.one.test/x', { label: 'false' }),
    note('b', 'https://two.test/y'),
    note('c', 'https://www.one.test/x', {
      label: 'false',
      modified: '2026-02-01T00:00:00.000Z',
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'q', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 1 },
      },
    }),
  ];

  it('lists notes one per row', () => {
    expect(noteRows(notes).map((r) => (r.type === 'note' ? r.note.id : ''))).toEqual(['a', 'b', 'c']);
  });

  it('groups by page in order of first appearance, with counts', () => {
    const rows = groupedRows(notes);
    expect(rows.map((r) => (r.type === 'page' ? `page:${r.page.site}` : r.note.id))).toEqual([
      'page:one.test',
      'a',
      'c',
      'page:two.test',
      'b',
    ]);
    const first = rows[0];
    expect(first?.type === 'page' && first.page).toMatchObject({
      notes: 2,
      pageNotes: 1,
      labels: { false: 2 },
      latest: '2026-02-01T00:00:00.000Z',
      title: 'Title of https://www.one.test/x',
    });
  });
});
