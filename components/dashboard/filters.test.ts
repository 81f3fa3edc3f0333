import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, isFiltered, toQuery } from './filters';

describe('dashboard filters', () => {
  it('sends nothing for empty filters', () => {
    expect(toQuery(EMPTY_FILTERS)).toEqual({});
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
  });

  it('turns every filter into its query field', () => {
    const q = toQuery({
      ...EMPTY_FILTERS,
      text: '  tariff war ',
      tag: 'economy',
      label: 'false',
      site: 'example.org',
      from: '2026-03-01',
      to: '2026-03-31',
      kind: 'figure',
    });
    expect(q).toMatchObject({
      text: 'tariff war',
      tags: ['economy'],
      label: 'false',
      site: 'example.org',
      findingKind: 'figure',
    });
    expect(new Date(q.from!).getDate()).toBe(1);
    expect(new Date(q.to!).getHours()).toBe(23);
    expect(Date.parse(q.to!) - Date.parse(q.from!)).toBeGreaterThan(30 * 24 * 3600 * 1000 - 3600 * 1000 * 2);
  });

  it('ignores malformed dates', () => {
    expect(toQuery({ ...EMPTY_FILTERS, from: 'yesterday' })).toEqual({});
  });
});
