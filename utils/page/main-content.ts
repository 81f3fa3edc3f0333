/**
 * Finds the element that holds a page's main content (the article).
 *
 * Order of evidence:
 *  1. semantic markup: the `<article>` with the most prose, else `<main>` /
 *     `[role=main]`, when it holds enough prose;
 *  2. otherwise a Readability-style score: every paragraph votes for its parent
 *     (and half a vote for its grandparent) by length and commas; candidates
 *     lose weight for link density and furniture-like class names.
 *
 * Standard DOM only (no layout), so it runs under happy-dom as well.
 */
import { type ExclusionOptions, isExcluded, looksLikeFurniture } from './exclusions';

/** Prose below this many characters is not an article. */
export const MIN_ARTICLE_CHARS = 250;

const PARAGRAPH_SELECTOR = 'p, blockquote, li, h2, h3, td, pre';

/**
 * Characters of paragraph text inside `el` that are not furniture or links,
 * counted up to `limit` (enough to compare candidates without reading all of
 * a huge page).
 */
export function proseLength(el: Element, opts: ExclusionOptions = {}, limit = PROSE_COUNT_LIMIT): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) {
    if (total >= limit) break;
    if (hasExcludedAncestor(p, el, opts)) continue;
    total += normalisedLength(p.textContent ?? '') - linkTextLength(p);
  }
  return total;
}

/** Beyond this much prose a candidate is plainly the article; counting further only costs time. */
const PROSE_COUNT_LIMIT = 20_000;

function normalisedLength(s: string): number {
  return s.replace(/\s+/g, ' ').trim().length;
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += normalisedLength(a.textContent ?? '');
  return n;
}

/** Share of an element's text that sits in links (navigation blocks are mostly links). */
export function linkDensity(el: Element): number {
  const len = normalisedLength(el.textContent ?? '');
  return len === 0 ? 0 : Math.min(1, linkTextLength(el) / len);
}

function hasExcludedAncestor(el: Element, root: Element, opts: ExclusionOptions): boolean {
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (isExcluded(cur, opts)) return true;
  }
  return false;
}

function semanticRoot(doc: Document, opts: ExclusionOptions): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of doc.querySelectorAll('article')) {
    if (hasExcludedAncestor(article, doc.documentElement, opts) || isExcluded(article, opts)) continue;
    const len = proseLength(article, opts);
    if (len > bestLength) [best, bestLength] = [article, len];
  }
  if (best && bestLength >= MIN_ARTICLE_CHARS) return best;
  for (const main of doc.querySelectorAll('main, [role="main"]')) {
    if (proseLength(main, opts) >= MIN_ARTICLE_CHARS) return main;
  }
  return null;
}

/** Starting score of a candidate by what kind of element it is (Readability's priors). */
function tagPrior(el: Element): number {
  switch (el.localName) {
    case 'article':
    case 'main':
      return 10;
    case 'div':
    case 'section':
      return 5;
    case 'blockquote':
    case 'td':
      return 3;
    case 'ul':
    case 'ol':
    case 'dl':
    case 'form':
      return -3;
    default:
      return /^h[1-6]$/.test(el.localName) || el.localName === 'th' ? -5 : 0;
  }
}

function scoredRoot(doc: Document, opts: ExclusionOptions): Element | null {
  const scores = new Map<Element, number>();
  const body = doc.body;
  if (!body) return null;
  for (const p of body.querySelectorAll(PARAGRAPH_SELECTOR)) {
    if (hasExcludedAncestor(p, body, opts)) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 25) continue;
    const vote = 1 + (text.match(/,/g)?.length ?? 0) + Math.min(3, Math.floor(text.length / 100));
    const parent = p.parentElement;
    const grandparent = parent?.parentElement;
    for (const [el, share] of [
      [parent, 1],
      [grandparent, 0.5],
    ] as const) {
      if (!el || el === doc.documentElement) continue;
      if (!scores.has(el)) scores.set(el, tagPrior(el) + (looksLikeFurniture(el) ? -25 : 0));
      scores.set(el, (scores.get(el) ?? 0) + vote * share);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(el));
    if (final > bestScore) [best, bestScore] = [el, final];
  }
  if (!best) return null;
  const prose = normalisedLength(best.textContent ?? '') - linkTextLength(best);
  if (prose < MIN_ARTICLE_CHARS) return null;
  return best;
}

/** The element holding the page's main content, or null when the page has no article-like content. */
export function findMainContent(doc: Document, opts: ExclusionOptions = {}): Element | null {
  return semanticRoot(doc, opts) ?? scoredRoot(doc, opts);
}
