/**
 * Typed messages between the parts of the extension. The content script never
 * opens IndexedDB (that would be the page's storage): it asks the background,
 * which owns the database. Extension pages (popup, dashboard) read the
 * database directly but talk to a tab's content script through these messages.
 *
 * Every handler validates its input with the valibot schemas in ./schemas.ts
 * before acting: a message is data from another context, never trusted.
 *
 * Add messages here as features need them; keep one line of "why" per message.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Block, Finding, FindingKind } from '../analysis/types';
import type { PackedFindings } from '../background/findings-wire';
import type { Note, NoteTarget } from '../notes/model';

/** What the popup shows about a tab's page. */
export interface PageStatus {
  url: string;
  title: string;
  /** False when no article-like main content was found. */
  article: boolean;
  /** 'idle' until analysed (manual mode), then 'done'. */
  state: 'idle' | 'analysing' | 'done' | 'disabled';
  /** Painted findings per kind (what the legend shows). */
  counts: Record<FindingKind, number>;
  /** Per technique / figure type counts, e.g. { loaded_language: 4 }. */
  labelCounts: Record<string, number>;
  /** Ids of this page's notes that could not be anchored. */
  orphanIds: string[];
}

/** A finding as the content script painted it, with its text, for export. */
export interface PageFinding {
  kind: FindingKind;
  label: string;
  text: string;
  explanation: string;
  score: number;
}

/** A batch of a page's blocks for the engine; `unconfirmedFor`: the page's URL, on batches sent before the content script read settings. */
export interface PackedAnalysisInput {
  text: string;
  blocks: Block[];
  unconfirmedFor?: string;
}

export interface ProtocolMap {
  // content script → background (the database lives in the extension's origin)
  'notes:forUrl'(url: string): Note[];
  'notes:save'(note: Note): Note;
  'notes:delete'(id: string): void;
  'notes:tags'(): string[];
  // content script → background: where the page's notes are in its text (fuzzy anchoring runs off the page's main thread and out of the content script)
  'notes:anchor'(input: { text: string; targets: NoteTarget[] }): ({ start: number; end: number } | null)[];

  // background → content script: notes of this URL changed elsewhere (popup, dashboard, other tab)
  'notes:changed'(data: { url: string }): void;

  // popup → content script of a tab
  'page:status'(): PageStatus;
  'page:findings'(): PageFinding[];
  'page:analyse'(): PageStatus;
  'page:scrollToNote'(id: string): boolean;

  // background → content script: the "add note" keyboard shortcut (manifest `commands`), for the current selection
  'notes:addFromSelection'(): void;

  // content script → background: run the engine in the extension's own context, off the page's main thread (text never leaves the browser)
  'analysis:run'(input: { text: string; blocks: Block[] }): Finding[];
  // content script → background: the same, findings packed (each repeated string sent once); the fallback for the engine port (./engine-port.ts), which carries the same request
  'analysis:runPacked'(input: PackedAnalysisInput): PackedFindings;

  // background → content script: an extension keyboard shortcut (manifest `commands`) for this tab
  'page:command'(command: 'toggle-highlights' | 'next-finding' | 'previous-finding'): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
