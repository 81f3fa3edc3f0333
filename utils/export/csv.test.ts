import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Note } from '../notes/model';
import { DEFAULT_SETTINGS } from '../settings';
import { CSV_COLUMNS, neutraliseFormula, toCsv } from './csv';
import { noteArbitrary } from './testing/notes';

const exported = new Date('2026-11-25T12:00:00Z');
const base: Note = {
  id: '0f8c8f5e-3d5b-4b8e-9c1e-2f1b7a1d9e01',
  url: 'https://example.org/a',
  pageTitle: 'A, "quoted" title',
  body: 'Line one\nline two, with comma',
  tags: ['economy', 'oil'],
  label: 'needs-source',
  created: '2026-11-25T10:00:00.000Z',
  modified: '2026-11-25T11:00:00.000Z',
  target: {
    quote: { type: 'TextQuoteSelector', exact: '85 percent', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 5, end: 15 },
  },
  finding: { kind: 'figure', label: 'percent' },
};

const parse = (csv: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
};

describe('CSV export', () => {
  it('writes a BOM, the header and one row per note with CRLF line ends (RFC 4180)', () => {
    const csv = toCsv({ notes: [base], exported });
    expect(csv).toBe(
      '\uFEFFHighlight,Note,Tags,Label,Title,URL,Created,Modified,Kind\r\n' +
        '85 percent,"Line one\nline two, with comma","economy, oil",needs-source,"A, ""quoted"" title",https://example.org/a,2026-11-25T10:00:00.000Z,2026-11-25T11:00:00.000Z,figure\r\n',
    );
  });

  it('uses label names from the settings and "note" as the kind of a note made on no finding', () => {
    const csv = toCsv({
      notes: [{ ...base, finding: undefined }],
      settings: { ...DEFAULT_SETTINGS, labels: [{ id: 'needs-source', name: 'Needs a source' }] },
      exported,
    });
    const [, row] = parse(csv);
    expect(row?.[3]).toBe('Needs a source');
    expect(row?.[8]).toBe('note');
  });

  it('adds finding rows when findings are included', () => {
    const csv = toCsv({
      notes: [base],
      findings: new Map([
        [
          'https://example.org/a',
          [
            {
              kind: 'framing',
              label: 'loaded_language',
              text: 'embrace',
              explanation: 'Emotive.',
              score: 0.8,
            },
          ],
        ],
      ]),
      exported,
    });
    const rows = parse(csv);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual([
      'embrace',
      'Emotive.',
      '',
      'loaded_language',
      'A, "quoted" title',
      'https://example.org/a',
      '',
      '',
      'framing',
    ]);
  });

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(neutraliseFormula('1+1')).toBe('1+1');
    expect(neutraliseFormula('')).toBe('');
    const hostile: Note = {
      ...base,
      body: '=HYPERLINK("http://evil.example","click")',
      pageTitle: '+cmd|/c calc',
      tags: ['-2+3'],
      label: '@SUM(A1)',
      target: { ...base.target!, quote: { ...base.target!.quote, exact: '\t=1' } },
    };
    const [, row] = parse(toCsv({ notes: [hostile], exported }));
    expect(row?.slice(0, 5)).toEqual([
      "'\t=1",
      '\'=HYPERLINK("http://evil.example","click")',
      "'-2+3",
      "'@SUM(A1)",
      "'+cmd|/c calc",
    ]);
    for (const cell of row ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('reads back cell for cell for any notes (property)', () => {
    fc.assert(
      fc.property(fc.array(noteArbitrary, { maxLength: 6 }), (notes) => {
        const rows = parse(toCsv({ notes, exported }));
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(notes.length + 1);
        const bodies = rows.slice(1).map((r) => r[1]);
        const expected = notes.map((n) => neutraliseFormula(n.body));
        expect(bodies.sort()).toEqual(expected.sort());
      }),
      { numRuns: 60 },
    );
  });
});
