/**
 * Re-anchors a page's notes for its content script: finds each note's passage
 * in the page text the content script extracted (utils/anchoring). Running it
 * here keeps the fuzzy matching (approx-string-match and the anchoring rules)
 * out of the content script that every page loads, and off the page's main
 * thread when a page has many notes. The text comes from the tab and goes
 * back as offsets; it never leaves the browser.
 */
import * as v from 'valibot';
import { type Anchor, anchorAll } from '../anchoring/anchor';
import { onMessage } from '../messaging/protocol';
import { NoteTargetSchema, parseOrThrow } from '../messaging/schemas';

/** Larger page texts are refused (a 100,000-word article is about 600,000 characters). */
const MAX_TEXT = 5_000_000;
/** More passages than this in one request are refused. */
const MAX_TARGETS = 20_000;

const AnchorRequestSchema = v.object({
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  targets: v.pipe(v.array(NoteTargetSchema), v.maxLength(MAX_TARGETS)),
});

/** Offsets of each target's passage in `text`, or null where it was not found. */
export function anchorRequest(data: unknown): ({ start: number; end: number } | null)[] {
  const { text, targets } = parseOrThrow(AnchorRequestSchema, data, 'anchoring request');
  return anchorAll(text, targets).map((a: Anchor | null) => (a ? { start: a.start, end: a.end } : null));
}

export function registerAnchoringService(): void {
  onMessage('notes:anchor', ({ data }) => anchorRequest(data));
}
