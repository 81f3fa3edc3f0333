/**
 * The three output formats of `npm run analyze`: human-readable text grouped
 * by kind with context, JSON, and RFC 4180 CSV (papaparse).
 */
import Papa from 'papaparse';
import type { Finding, FindingKind } from '../../utils/analysis/types';

export interface FileResult {
  path: string;
  text: string;
  findings: Finding[];
}

const KIND_TITLES: Record<FindingKind, string> = { claim: 'Claims', figure: 'Figures', framing: 'Framing' };
const KIND_ORDER: FindingKind[] = ['claim', 'figure', 'framing'];
const CONTEXT_CHARS = 50;

/** The finding in its sentence surroundings: "…left office with a [[72 percent]] approval rating…". */
export function context(text: string, start: number, end: number, chars = CONTEXT_CHARS): string {
  let from = Math.max(0, start - chars);
  let to = Math.min(text.length, end + chars);
  // Cut at word boundaries so the context does not start or end mid-word.
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (from > start) from = Math.max(0, start - chars);
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${squash(text.slice(from, start)).trimStart()}[[${squash(text.slice(start, end))}]]${squash(text.slice(end, to)).trimEnd()}${to < text.length ? '…' : ''}`;
}

export function formatText(results: readonly FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(
      `== ${r.path} (${r.text.length.toLocaleString('en')} characters, ${r.findings.length} findings)`,
    );
    for (const kind of KIND_ORDER) {
      const list = r.findings.filter((f) => f.kind === kind);
      if (list.length === 0) continue;
      out.push('', `${KIND_TITLES[kind]} (${list.length})`);
      for (const f of list) {
        out.push(`  ${f.label} · ${f.score.toFixed(2)} · ${f.start}–${f.end}`);
        out.push(`    ${context(r.text, f.start, f.end)}`);
        out.push(`    ${f.explanation}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

/** One file: {text, findings}. Several: an object keyed by path, in input order. */
export function formatJson(results: readonly FileResult[]): string {
  const body = (r: FileResult) => ({ text: r.text, findings: r.findings });
  if (results.length === 1) return JSON.stringify(body(results[0]!), null, 2);
  return JSON.stringify(Object.fromEntries(results.map((r) => [r.path, body(r)])), null, 2);
}

export const CSV_COLUMNS = [
  'file',
  'kind',
  'label',
  'start',
  'end',
  'text',
  'value',
  'explanation',
  'score',
] as const;

export function formatCsv(results: readonly FileResult[]): string {
  const rows = results.flatMap((r) =>
    r.findings.map((f) => [
      r.path,
      f.kind,
      f.label,
      f.start,
      f.end,
      r.text.slice(f.start, f.end),
      f.value ? JSON.stringify(f.value) : '',
      f.explanation,
      f.score,
    ]),
  );
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false });
}
