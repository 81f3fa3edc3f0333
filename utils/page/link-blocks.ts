/**
 * Lists and paragraphs that are mostly links: "Most read" lists, "Recent
 * posts", "READ MORE: <headline>" lines, app and newsletter plugs. Inside an
 * article they point elsewhere; their words are other pages' headlines, not
 * the author's prose. Decided from the element's own text, so it works on
 * sites that give these boxes no telling class name.
 */

/** Share of a list's text in links from which it is a list of links. */
const LIST_LINK_SHARE = 0.7;
/** A paragraph is a link line from this share ("READ MORE: <headline>"): a sentence with a link or two in it stays prose. */
const PARAGRAPH_LINK_SHARE = 0.6;

/** Characters that are not whitespace: link shares are compared on what a reader sees. */
function visibleLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0) n++;
  }
  return n;
}

function linkShare(el: Element): number {
  const links = el.getElementsByTagName('a');
  if (links.length === 0) return 0;
  const total = visibleLength(el.textContent ?? '');
  if (total === 0) return 0;
  let linked = 0;
  for (const a of links) linked += visibleLength(a.textContent ?? '');
  return linked / total;
}

/** True for a `ul`/`ol` or `p` whose text is mostly links. */
export function isLinkBlock(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'ul' || tag === 'ol') return el.children.length >= 2 && linkShare(el) >= LIST_LINK_SHARE;
  if (tag === 'p') return linkShare(el) >= PARAGRAPH_LINK_SHARE;
  return false;
}
