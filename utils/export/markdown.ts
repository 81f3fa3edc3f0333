/**
 * Markdown export, written for Obsidian: YAML front matter, a heading per page
 * with its title, URL and date, each note as a block quote of the passage
 * followed by the note, its verdict label and #tags, and optionally the page's
 * findings grouped by kind as a reading report.
 */
import type { FindingKind } from '../analysis/types';
import type { PageFinding } from '../messaging/protocol';
import type { Note } from '../notes/model';
import { autolink, blockQuote, escapeLine, obsidianTag, paragraphs } from './markdown-text';
import { groupByPage, type PageGroup } from './pages';
import type { ExportData } from './types';

const KIND_HEADINGS: Record<FindingKind, string> = { claim: 'Claims', figure: 'Figures', framing: 'Framing' };
const KIND_ORDER: FindingKind[] = ['claim', 'figure', 'framing'];

const day = (iso: string): string => iso.slice(0, 10);
const humanLabel = (label: string): string => label.replace(/_/g, ' ');

function labelName(id: string, data: ExportData): string {
  return data.settings?.labels.find((l) => l.id === id)?.name ?? id;
}

function noteMeta(note: Note, data: ExportData): string {
  const parts: string[] = [];
  if (note.label) parts.push(`**${escapeLine(labelName(note.label, data))}**`);
  const tags = [...new Set(note.tags.map(obsidianTag).filter(Boolean))];
  if (tags.length) parts.push(tags.map((t) => `#${t}`).join(' '));
  if (note.finding)
    parts.push(`*on a ${note.finding.kind} finding: ${escapeLine(humanLabel(note.finding.label))}*`);
  parts.push(
    `noted ${day(note.created)}${note.modified !== note.created ? `, edited ${day(note.modified)}` : ''}`,
  );
  return parts.join(' · ');
}

function renderNote(note: Note, data: ExportData): string {
  const blocks: string[] = [];
  if (note.target) blocks.push(blockQuote(note.target.quote.exact));
  else blocks.push('*Page note*');
  const body = paragraphs(note.body);
  if (body) blocks.push(body);
  blocks.push(noteMeta(note, data));
  return blocks.join('\n\n');
}

function renderFinding(f: PageFinding): string {
  const text = escapeLine(f.text);
  const explanation = f.explanation ? ` — ${escapeLine(f.explanation)}` : '';
  return `- “${text}” (*${escapeLine(humanLabel(f.label))}*, score ${f.score.toFixed(2)})${explanation}`;
}

function renderReport(findings: readonly PageFinding[]): string {
  const sections = ['### Reading report'];
  for (const kind of KIND_ORDER) {
    const ofKind = findings.filter((f) => f.kind === kind);
    if (ofKind.length === 0) continue;
    sections.push(
      `#### ${KIND_HEADINGS[kind]} (${ofKind.length})\n\n${ofKind.map(renderFinding).join('\n')}`,
    );
  }
  if (sections.length === 1) sections.push('No findings on this page.');
  return sections.join('\n\n');
}

function renderPage(page: PageGroup, data: ExportData, level: '#' | '##'): string {
  const title = escapeLine(page.title) || escapeLine(page.url);
  const dates = page.notes.map((n) => n.created).sort();
  const when = dates.length
    ? `notes from ${day(dates[0]!)}${dates.length > 1 && day(dates.at(-1)!) !== day(dates[0]!) ? ` to ${day(dates.at(-1)!)}` : ''}`
    : `read ${day(data.exported.toISOString())}`;
  const parts = [`${level} ${title}`, `${autolink(page.url)} · ${when}`];
  if (page.notes.length) parts.push(page.notes.map((n) => renderNote(n, data)).join('\n\n---\n\n'));
  else if (!data.findings) parts.push('*No notes.*');
  if (data.findings) parts.push(renderReport(page.findings));
  return parts.join('\n\n');
}

/** The whole Markdown document. One page gets the page title as its top heading; several pages share one. */
export function toMarkdown(data: ExportData): string {
  const pages = groupByPage(data);
  const frontMatter = [
    '---',
    `exported: ${data.exported.toISOString()}`,
    'generator: Rhetoric Lens',
    `notes: ${data.notes.length}`,
    '---',
  ].join('\n');
  if (pages.length === 1) return `${frontMatter}\n\n${renderPage(pages[0]!, data, '#')}\n`;
  const head = '# Rhetoric Lens notes';
  const body = pages.length ? pages.map((p) => renderPage(p, data, '##')).join('\n\n') : '*No notes.*';
  return `${frontMatter}\n\n${head}\n\n${body}\n`;
}
