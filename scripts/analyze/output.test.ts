import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../utils/analysis/types';
import { CSV_COLUMNS, context, type FileResult, formatCsv, formatJson, formatText } from './output';

const text = 'Turnout hit 64 percent, "a record", said the clerk, in 2022.';
const figure: Finding = {
  kind: 'figure',
  start: 12,
  end: 22,
  label: 'percent',
  explanation: 'A percentage: 64% (0.64).',
  score: 0.95,
  value: { number: 0.64, unit: 'ratio' },
};
const framing: Finding = {
  kind: 'framing',
  start: 24,
  end: 34,
  label: 'scare_quotes',
  explanation: 'Quoted, with doubt.',
  score: 0.5,
};
const one: FileResult = { path: 'a.txt', text, findings: [figure, framing] };

describe('context', () => {
  it('marks the finding and keeps nearby words whole', () => {
    expect(context(text, 12, 22, 10)).toBe('…hit [[64 percent]], "a…');
    expect(context(`${'x'.repeat(5)} alpha beta 12 gamma delta`, 17, 19, 8)).toBe('…beta [[12]] gamma…');
  });
  it('collapses newlines and no-break spaces', () => {
    expect(context('one\n\ntwo\u00A0three', 5, 8, 20)).toBe('one [[two]] three');
  });
});

describe('formatText', () => {
  it('groups findings by kind with context and explanation', () => {
    const out = formatText([one]);
    expect(out).toContain('== a.txt (60 characters, 2 findings)');
    expect(out.indexOf('Figures (1)')).toBeLessThan(out.indexOf('Framing (1)'));
    expect(out).toContain('[[64 percent]]');
    expect(out).toContain('A percentage: 64% (0.64).');
    expect(out).not.toContain('Claims (');
  });
});

describe('formatJson', () => {
  it('prints {text, findings} for one file, offsets into that text', () => {
    const parsed = JSON.parse(formatJson([one]));
    expect(parsed.text).toBe(text);
    expect(parsed.text.slice(parsed.findings[0].start, parsed.findings[0].end)).toBe('64 percent');
  });
  it('keys several files by path', () => {
    const parsed = JSON.parse(formatJson([one, { path: 'b.txt', text: 'x', findings: [] }]));
    expect(Object.keys(parsed)).toEqual(['a.txt', 'b.txt']);
    expect(parsed['b.txt']).toEqual({ text: 'x', findings: [] });
  });
});

describe('formatCsv', () => {
  it('writes RFC 4180 rows that parse back to the same fields', () => {
    const csv = formatCsv([one]);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'a.txt',
      'figure',
      'percent',
      '12',
      '22',
      '64 percent',
      '{"number":0.64,"unit":"ratio"}',
      'A percentage: 64% (0.64).',
      '0.95',
    ]);
    // The quoted span contains quotes and a comma; it must survive the round trip.
    expect(rows[2]![5]).toBe('"a record"');
    expect(rows[2]![6]).toBe('');
  });
});
