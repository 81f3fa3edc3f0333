/**
 * Reads an element's class and id for the names sites give page furniture:
 * comments, ads, sidebars and rails, share bars, "related" and "most read"
 * boxes, newsletter sign-ups. Names are judged word by word, each class token
 * on its own: `related-content` is a related-links box even though it says
 * "content", while `main-content has-sidebar` is the article (a state class
 * such as `has-sidebar` describes the layout, not the element).
 */

import { wordSet } from './word-set';

/**
 * Class or id words that mark furniture. Matched as whole words (split on
 * `-`, `_`, spaces and camelCase), so `ad` matches `ad-slot` but not `header`
 * or `download`.
 */
const FURNITURE_WORDS = wordSet(
  `comment comments disqus respond replies sidebar rail widget share sharing social related
   recommended trending popular recirc recirculation outbrain taboola promo sponsor sponsored ad
   ads advert advertisement adsbygoogle newsletter signup subscribe subscription donate paywall
   cookie cookies consent popup modal breadcrumb breadcrumbs masthead navbar menu footer pagination
   pager skip button buttons btn toc bio tags readmore`,
);

/** Furniture words no content word can rescue: `comment-body` is still a comment. */
const STRONG_FURNITURE_WORDS = wordSet(
  `comment comments disqus replies ad ads advert advertisement adsbygoogle sponsored outbrain
   taboola cookie consent`,
);

/** Words that rescue a token naming weaker furniture (`entry-content` stays in). */
const CONTENT_WORDS = wordSet('article content story post entry body main text prose');

/**
 * Word pairs that name a box of links to other pages: "more stories",
 * "read more", "most read", "also read", "you may like".
 */
const FURNITURE_PAIRS = new Map<string, ReadonlySet<string>>([
  ['more', wordSet('stories articles news from on in like coverage headlines')],
  ['read', wordSet('more next also')],
  ['also', wordSet('read see like')],
  ['most', wordSet('read popular viewed shared emailed commented')],
  ['you', wordSet('may might')],
  ['further', wordSet('reading')],
]);

/**
 * A furniture word run together with what it holds, as one class word:
 * `relatedposts`, `sharebar`, `commentlist`, `sidebarwidget`. The part after
 * must be one of these, so `commentary` (an opinion section) is not a comment.
 */
const RUN_TOGETHER = new RegExp(
  `^(?:related|share|sharing|social|sidebar|comments?|newsletter|subscribe|promo|sponsor|trending|popular|recirc)` +
    `(?:posts?|articles?|stories|links?|bar|box|list|area|block|module|widgets?|container|wrap|wrapper|tools?|buttons?|items?|section|content|rail|panel)$`,
);

/** Words saying a class describes the page's state or layout (`has-sidebar`, `comments-open`), not this element. */
const STATE_WORDS = wordSet('has with no show hide open closed count');

const WORD_SPLIT = /[_-]+|(?<=[a-z])(?=[A-Z])/;

function words(token: string): string[] {
  return token.split(WORD_SPLIT).map((w) => w.toLowerCase());
}

type TokenVerdict = 'strong' | 'furniture' | 'content' | 'neutral';

function judgeToken(token: string): TokenVerdict {
  const ws = words(token);
  let furniture = false;
  let strong = false;
  let content = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (STATE_WORDS.has(w)) return 'neutral';
    if (FURNITURE_WORDS.has(w) || RUN_TOGETHER.test(w) || FURNITURE_PAIRS.get(w)?.has(ws[i + 1] ?? '')) {
      furniture = true;
      if (STRONG_FURNITURE_WORDS.has(w)) strong = true;
    } else if (CONTENT_WORDS.has(w)) content = true;
  }
  if (strong) return 'strong';
  // A content word rescues the token only when it names the element ("entry-content"), not what
  // the furniture holds ("related-content", "sidebar-content": the furniture word comes first).
  if (furniture) return content && !startsWithFurniture(ws) ? 'content' : 'furniture';
  return content ? 'content' : 'neutral';
}

function startsWithFurniture(ws: readonly string[]): boolean {
  const first = ws[0] ?? '';
  return (
    FURNITURE_WORDS.has(first) || RUN_TOGETHER.test(first) || !!FURNITURE_PAIRS.get(first)?.has(ws[1] ?? '')
  );
}

/**
 * True when the element's class or id names page furniture (comments, ads,
 * sidebars, related links…). A token naming strong furniture always counts;
 * weaker furniture counts unless another token names content
 * (`post-content sidebar` is an article laid out beside a sidebar).
 */
export function looksLikeFurniture(el: Element): boolean {
  // Page-level containers carry state classes ("comments-open", "has-sidebar").
  if (el.localName === 'body' || el.localName === 'html' || el.localName === 'main') return false;
  const classAndId = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (classAndId.length === 1) return false;
  let furniture = false;
  let content = false;
  for (const token of classAndId.split(/\s+/)) {
    if (!token) continue;
    const verdict = judgeToken(token);
    if (verdict === 'strong') return true;
    if (verdict === 'furniture') furniture = true;
    else if (verdict === 'content') content = true;
  }
  return furniture && !content;
}
