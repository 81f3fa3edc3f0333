/**
 * Gathers what an export scope covers: the notes from the database, the
 * settings (label names, and the backup), and, when asked, the findings the
 * page's content script painted (only a page open in a tab has them).
 */
import { allNotes, getNotes, notesForUrl } from '../db';
import { type PageFinding, sendMessage } from '../messaging/protocol';
import type { Note } from '../notes/model';
import { getSettings } from '../settings';
import { normalizeUrl } from '../url';
import type { ExportData, ExportScope } from './types';

export interface CollectOptions {
  includeFindings?: boolean;
  now?: Date;
}

async function notesFor(scope: ExportScope): Promise<Note[]> {
  switch (scope.kind) {
    case 'page':
      return notesForUrl(scope.url);
    case 'notes':
      return getNotes(scope.ids);
    case 'all':
      return allNotes();
  }
}

async function findingsOfTab(tabId: number): Promise<{ findings: PageFinding[]; title: string }> {
  const [findings, status] = await Promise.all([
    sendMessage('page:findings', undefined, tabId),
    sendMessage('page:status', undefined, tabId).catch(() => undefined),
  ]);
  return { findings: Array.isArray(findings) ? findings : [], title: status?.title ?? '' };
}

export interface Collected {
  data: ExportData;
  /** Set when findings were asked for but the page could not give them; the notes are exported anyway. */
  findingsProblem?: string;
}

export async function collectExportData(scope: ExportScope, opts: CollectOptions = {}): Promise<Collected> {
  const [notes, settings] = await Promise.all([notesFor(scope), getSettings()]);
  const data: ExportData = { notes, settings, exported: opts.now ?? new Date() };
  if (opts.includeFindings && scope.kind === 'page' && scope.tabId !== undefined) {
    const url = normalizeUrl(scope.url);
    try {
      const { findings, title } = await findingsOfTab(scope.tabId);
      data.findings = new Map([[url, findings]]);
      if (title) data.pageTitles = new Map([[url, title]]);
    } catch {
      // No content script in the tab (reloaded extension, restricted page): the notes still export.
      return {
        data,
        findingsProblem: "the page's findings could not be read (reload the page to include them)",
      };
    }
  }
  return { data };
}
