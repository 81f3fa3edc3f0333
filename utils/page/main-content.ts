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
import { wordSet } from './word-set';

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
  const articles = [...doc.querySelectorAll('article')].filter(
    (article) => !isExcluded(article, opts) && !hasExcludedAncestor(article, doc.documentElement, opts),
  );
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of articles) {
    const len = proseLength(article, opts);
    if (len > bestLength) [best, bestLength] = [article, len];
  }
  if (best && bestLength >= MIN_ARTICLE_CHARS && !(articles.length > 1 && isTeaser(bestLength, doc, opts)))
    return best;
  for (const main of doc.querySelectorAll('main, [role="main"]')) {
    if (proseLength(main, opts) >= MIN_ARTICLE_CHARS) return main;
  }
  return null;
}

/**
 * Some sites mark up the cards of "related stories" as `<article>`s and the
 * story itself as plain divs. Among several articles, the one with the most
 * prose is only a teaser when the page holds far more prose outside it.
 */
function isTeaser(articleProse: number, doc: Document, opts: ExclusionOptions): boolean {
  const limit = (TEASER_OUTWEIGHED + 1) * articleProse + 1;
  const pageProse = doc.body ? proseLength(doc.body, opts, limit) : 0;
  return pageProse - articleProse > TEASER_OUTWEIGHED * articleProse;
}
/** How many times an article's prose the rest of the page must hold for the article to be a teaser. */
const TEASER_OUTWEIGHED = 2;

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

/**
 * The paragraphs that vote: paragraph-like elements, and divs that hold prose
 * directly rather than in child blocks (old blogs and forums write
 * `<div>text<br><br>text</div>`, as Readability also allows).
 */
function* paragraphs(body: HTMLElement): Iterable<Element> {
  yield* body.querySelectorAll(PARAGRAPH_SELECTOR);
  for (const div of body.querySelectorAll('div')) if (holdsProseDirectly(div)) yield div;
}

const BLOCK_CHILD = wordSet('div p section article table ul ol blockquote pre figure');

function holdsProseDirectly(div: Element): boolean {
  let direct = 0;
  for (const child of div.childNodes) {
    if (child.nodeType === 3) direct += (child.nodeValue ?? '').trim().length;
    else if (child.nodeType === 1 && BLOCK_CHILD.has((child as Element).localName)) return false;
  }
  return direct >= MIN_DIRECT_PROSE;
}
/** Direct text a div needs to vote as a paragraph: a sentence or two, not a label. */
const MIN_DIRECT_PROSE = 100;

function scoredRoot(doc: Document, opts: ExclusionOptions): Element | null {
  const scores = new Map<Element, number>();
  const body = doc.body;
  if (!body) return null;
  for (const p of paragraphs(body)) {
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
  const finals = new Map<Element, number>();
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(el));
    finals.set(el, final);
    if (final > bestScore) [best, bestScore] = [el, final];
  }
  if (!best) return null;
  best = withSiblingParts(best, bestScore, finals, body);
  const prose = normalisedLength(best.textContent ?? '') - linkTextLength(best);
  if (prose < MIN_ARTICLE_CHARS) return null;
  return best;
}

/**
 * An article cut into parts by an advertisement or a newsletter box
 * (`<div class="body-part">…</div><div class="ad">…</div><div class="body-part">…</div>`)
 * scores as several candidates. When a sibling of the best scores nearly as
 * well, the article is their parent; the furniture between the parts is
 * excluded when the text is mapped. Not above the body: that would take in the
 * whole page.
 */
function withSiblingParts(
  best: Element,
  bestScore: number,
  finals: ReadonlyMap<Element, number>,
  body: Element,
): Element {
  const parent = best.parentElement;
  if (!parent || parent === body || parent === body.parentElement) return best;
  for (const sibling of parent.children) {
    if (sibling === best || looksLikeFurniture(sibling)) continue;
    if ((finals.get(sibling) ?? 0) >= bestScore * SIBLING_PART_SHARE) return parent;
  }
  return best;
}
/** How well a sibling must score, against the best candidate, to count as another part of the article. */
const SIBLING_PART_SHARE = 0.5;

/** The element holding the page's main content, or null when the page has no article-like content. */
export function findMainContent(doc: Document, opts: ExclusionOptions = {}): Element | null {
  return semanticRoot(doc, opts) ?? scoredRoot(doc, opts);
}
