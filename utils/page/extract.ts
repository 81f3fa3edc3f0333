/**
 * Page → analysis input: finds the main content and maps its text.
 *
 * `extractArticle` is what the content script, the CLI (`npm run analyze`) and
 * the evaluation (`npm run eval`) all call, so the text they analyse is the
 * same. Standard DOM only: it runs under happy-dom in Node.
 */
import type { Block } from '../analysis/types';
import type { ExclusionOptions } from './exclusions';
import { findMainContent } from './main-content';
import { buildTextMap, type TextMap } from './text-map';

export interface ExtractedArticle {
  /** The content's text: blocks separated by "\n\n", whitespace collapsed. */
  text: string;
  /** Block boundaries in `text`, with type and the page's declared language. */
  blocks: Block[];
  /** The element the text came from, or null when the page has no main content. */
  root: Element | null;
  /** Offsets ↔ DOM table (see text-map.ts); null when `root` is null. */
  map: TextMap | null;
}

/** The page's main content (article) as analysis input. Empty text when no main content is found. */
export function extractArticle(doc: Document, opts: ExclusionOptions = {}): ExtractedArticle {
  const root = findMainContent(doc, opts);
  return root ? extractFrom(root, opts) : { text: '', blocks: [], root: null, map: null };
}

/** The text of any element (e.g. `document.body` when analysing every page, not only articles). */
export function extractFrom(root: Element, opts: ExclusionOptions = {}): ExtractedArticle {
  const map = buildTextMap(root, opts);
  return { text: map.text, blocks: map.blocks, root, map };
}
