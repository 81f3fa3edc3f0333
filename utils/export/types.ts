/**
 * Shapes shared by the export adapters and the export UI. Each adapter is a
 * pure function from notes (plus optional findings and settings) to text, so
 * it runs the same in the extension, in Node tests and in the benchmark.
 */
import type { PageFinding } from '../messaging/protocol';
import type { Note } from '../notes/model';
import type { Settings } from '../settings';

export type ExportFormat = 'markdown' | 'csv' | 'w3c' | 'backup';

/** What to export: the notes of one page (popup), chosen notes (dashboard selection/filter) or everything (settings). */
export type ExportScope =
  | { kind: 'page'; url: string; tabId?: number }
  | { kind: 'notes'; ids: string[] }
  | { kind: 'all' };

/** Findings of a page keyed by its normalised URL (only pages open in a tab have them). */
export type FindingsByUrl = ReadonlyMap<string, readonly PageFinding[]>;

export interface ExportData {
  notes: readonly Note[];
  /** Included only when the reader asked for the reading report. */
  findings?: FindingsByUrl;
  /** Titles for pages that have findings but no notes (the content script knows the title). */
  pageTitles?: ReadonlyMap<string, string>;
  settings?: Settings;
  /** The moment of the export; passed in so output is reproducible in tests. */
  exported: Date;
}

/** A finished export, ready to be downloaded. */
export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}
