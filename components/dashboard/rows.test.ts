import { describe, expect, it } from 'vitest';
import { groupedRows, noteRows, summarisePage } from './rows';

describe('dashboard rows', () => {
  const ids = ['a', 'b', 'c'];
  const urls = ['https://one.test/x', 'https://two.test/y', 'https://one.test/x'];

  it('lists notes one per row', () => {
    expect(noteRows(ids)).toEqual([
      { type: 'note', id: 'a' },
      { type: 'note', id: 'b' },
      { type: 'note', id: 'c' },
    ]);
  });

  it('groups by page in order of first appearance, counting matches', () => {
    expect(
      groupedRows(ids, urls).map((r) => (r.type === 'page' ? `page:${r.url}:${r.matches}` : r.id)),
    ).toEqual(['page:https://one.test/x:2', 'a', 'c', 'page:https://two.test/y:1', 'b']);
  });

  it("summarises a page's notes", () => {
    const summary = summarisePage([
      { pageTitle: '', label: 'false', modified: '2026-01-01' },
      { pageTitle: 'Title', target: {}, label: 'false', modified: '2026-02-01' },
      { pageTitle: 'Other', target: {}, modified: '2026-01-15' },
    ]);
    expect(summary).toEqual({
      title: 'Title',
      notes: 3,
      pageNotes: 1,
      labels: { false: 2 },
      latest: '2026-02-01',
    });
  });
});
