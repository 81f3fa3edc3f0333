/**
 * What never counts as article text: page furniture (navigation, sidebars,
 * comments, ads, forms), code, hidden elements and the extension's own UI.
 *
 * Decisions are made per element from its tag, ARIA role, class/id,
 * attributes and own text only (see furniture-names.ts and link-blocks.ts), so
 * the same rules run in the browser and under happy-dom in Node. Real visibility (CSS `display: none` from a stylesheet) is checked by an
 * optional predicate the browser caller supplies.
 */

import { looksLikeFurniture } from './furniture-names';
import { isLinkBlock } from './link-blocks';
import { wordSet } from './word-set';

export { looksLikeFurniture };

/** Tag of the single element the extension adds to a page (its UI lives in that element's shadow root). */
export const UI_HOST_TAG = 'rhetoric-lens-ui';
/** Tag of the wrapper elements the fallback highlighter uses where the CSS Custom Highlight API is missing. */
export const WRAPPER_TAG = 'rhetoric-lens-mark';

/** Elements whose content is never prose to analyse. */
const SKIPPED_TAGS = wordSet(
  `script style noscript template svg math canvas iframe object embed video audio picture img nav
   aside form button select option textarea input label dialog menu code pre kbd samp var`,
  UI_HOST_TAG,
);

/** Landmarks and widgets that are furniture, not content. */
const SKIPPED_ROLES = wordSet(
  `navigation complementary banner contentinfo search form dialog alertdialog menu menubar toolbar
   tablist button textbox code`,
);

function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert'))
    return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export interface ExclusionOptions {
  /**
   * Optional real visibility check (the browser passes one built on
   * `checkVisibility`); without it only attributes and inline styles count.
   */
  isVisible?: (el: Element) => boolean;
}

/**
 * True when `el` and everything inside it is left out of the analysed text.
 * `header` and `footer` count as furniture only outside an `<article>` (inside
 * one, the header holds the title and byline).
 */
export function isExcluded(el: Element, opts: ExclusionOptions = {}): boolean {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag)) return true;
  if ((tag === 'header' || tag === 'footer') && (tag === 'footer' || !el.closest('article'))) return true;
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  if (el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') return true;
  if (hiddenByAttributes(el)) return true;
  if (looksLikeFurniture(el) || isLinkBlock(el)) return true;
  return opts.isVisible ? !opts.isVisible(el) : false;
}

/**
 * A visibility predicate for real browsers: `checkVisibility` (which also sees
 * stylesheet rules), keeping `display: contents` wrappers that have no box of
 * their own but whose children render.
 */
export function browserVisibility(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function') return true;
  if (el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return true;
  const view = el.ownerDocument.defaultView;
  return !!view && view.getComputedStyle(el).display === 'contents';
}
