/**
 * The internal note model. It follows the W3C Web Annotation model's ideas
 * (selectors, bodies, motivations) but stays a plain record; the W3C JSON-LD
 * shape lives only in the export adapter (utils/export), as recogito's
 * text-annotator separates model/core from model/w3c.
 */
import type { FindingKind } from '../analysis/types';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** At least 32 characters of context before the quote (less only at the start of the text). */
  prefix: string;
  /** At least 32 characters of context after the quote (less only at the end of the text). */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** UTF-16 offsets into the article text the content script extracted, end exclusive. */
  start: number;
  end: number;
}

export interface NoteTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** The finding a note was made on, if any. */
export interface NoteFinding {
  kind: FindingKind;
  /** Technique or figure type, e.g. 'loaded_language', 'percent', 'claim'. */
  label: string;
}

export interface Note {
  /** UUID. */
  id: string;
  /** The page's normalised URL (see utils/url.ts). */
  url: string;
  pageTitle: string;
  /** Absent for page notes (not tied to a passage). */
  target?: NoteTarget;
  /** The note's text, as typed; always shown as text, never as HTML. */
  body: string;
  tags: string[];
  /** Verdict label, e.g. 'needs-source', 'misleading'; absent when none was chosen. */
  label?: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  finding?: NoteFinding;
}

/** Default verdict labels; the list is configurable in settings. */
export const DEFAULT_LABELS: readonly { id: string; name: string }[] = [
  { id: 'needs-source', name: 'Needs a source' },
  { id: 'misleading', name: 'Misleading' },
  { id: 'false', name: 'False' },
  { id: 'verified', name: 'Verified' },
  { id: 'agree', name: 'Agree' },
  { id: 'disagree', name: 'Disagree' },
  { id: 'question', name: 'Question' },
];
