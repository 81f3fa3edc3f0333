/**
 * CSV export (RFC 4180): comma separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break (papaparse does the quoting).
 *
 * Encoding decision: UTF-8 *with* a byte order mark. Excel and LibreOffice
 * read a BOM-less CSV as the system's legacy code page and garble accents and
 * emoji; with the BOM they pick UTF-8. Tools that read RFC 4180 strictly
 * ignore or strip a leading BOM (Python's `utf-8-sig`, papaparse, pandas).
 *
 * Formula injection: a cell starting with =, +, -, @, tab or carriage return
 * is executed as a formula by spreadsheet apps, so such cells get a leading
 * single quote (the OWASP recommendation), which the apps display as text.
 */
import Papa from 'papaparse';
import { groupByPage } from './pages';
import type { ExportData } from './types';

export const CSV_COLUMNS = [
  'Highlight',
  'Note',
  'Tags',
  'Label',
  'Title',
  'URL',
  'Created',
  'Modified',
  'Kind',
] as const;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that a spreadsheet would evaluate as a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(data: ExportData): string {
  const labelName = (id: string) => data.settings?.labels.find((l) => l.id === id)?.name ?? id;
  const rows: string[][] = [];
  for (const page of groupByPage(data)) {
    for (const note of page.notes) {
      rows.push([
        note.target?.quote.exact ?? '',
        note.body,
        note.tags.join(', '),
        note.label ? labelName(note.label) : '',
        note.pageTitle || page.title,
        note.url,
        note.created,
        note.modified,
        note.finding?.kind ?? 'note',
      ]);
    }
    if (data.findings) {
      for (const f of page.findings) {
        // Finding rows: the passage, the engine's explanation, its technique or figure type as the label.
        rows.push([f.text, f.explanation, '', f.label, page.title, page.url, '', '', f.kind]);
      }
    }
  }
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((r) => r.map(neutraliseFormula)) },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${BOM}${csv}\r\n`;
}
