/**
 * Turns collected export data into a named file in the chosen format.
 */
import { toBackupJson } from './backup';
import { toCsv } from './csv';
import { exportFileName, pageSlug } from './filename';
import { toMarkdown } from './markdown';
import type { ExportData, ExportFile, ExportFormat, ExportScope } from './types';
import { toW3CJson } from './w3c';

export const FORMATS: Record<ExportFormat, { label: string; extension: string; mime: string }> = {
  markdown: { label: 'Markdown', extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { label: 'CSV', extension: 'csv', mime: 'text/csv;charset=utf-8' },
  w3c: { label: 'Web Annotation JSON-LD', extension: 'jsonld', mime: 'application/ld+json;charset=utf-8' },
  backup: { label: 'JSON backup', extension: 'json', mime: 'application/json;charset=utf-8' },
};

/** What the file is about, for its name and the collection label. */
export function describeScope(scope: ExportScope, data: ExportData): { slug: string; label: string } {
  const urls = new Set([...data.notes.map((n) => n.url), ...(data.findings?.keys() ?? [])]);
  if (scope.kind !== 'all' && urls.size === 1) {
    const url = [...urls][0]!;
    const title = data.notes.find((n) => n.pageTitle)?.pageTitle ?? data.pageTitles?.get(url) ?? '';
    return { slug: pageSlug(title, url), label: `Notes on ${title || url}` };
  }
  if (scope.kind === 'page') {
    const title = data.pageTitles?.get(scope.url) ?? '';
    return { slug: pageSlug(title, scope.url), label: `Notes on ${title || scope.url}` };
  }
  if (scope.kind === 'notes') return { slug: 'selected-notes', label: `${data.notes.length} selected notes` };
  return { slug: 'all-notes', label: 'All notes' };
}

export function buildExport(format: ExportFormat, scope: ExportScope, data: ExportData): ExportFile {
  const { slug, label } = describeScope(scope, data);
  const { extension, mime } = FORMATS[format];
  const filename = exportFileName(data.exported, format === 'backup' ? `backup_${slug}` : slug, extension);
  let content: string;
  switch (format) {
    case 'markdown':
      content = toMarkdown(data);
      break;
    case 'csv':
      content = toCsv(data);
      break;
    case 'w3c':
      content = toW3CJson(data.notes, { label: `Rhetoric Lens: ${label}`, exported: data.exported });
      break;
    case 'backup':
      // A backup without settings would restore defaults over the reader's choices: refuse to make one.
      if (!data.settings) throw new Error('A backup needs the settings to be complete.');
      content = toBackupJson(data.notes, data.settings, data.exported);
      break;
  }
  return { filename, mime, content };
}
