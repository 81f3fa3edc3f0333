/**
 * The one element Rhetoric Lens adds to a page: `<rhetoric-lens-ui>`, appended
 * to `<html>` (outside `<body>`, so the page's body text is untouched), with an
 * open shadow root that holds all of the extension's in-page UI — the legend,
 * the finding card, and the notes feature's editor and "Add note" button.
 *
 * Usage (any content-script feature):
 *
 *   const { host, root } = getUiHost();
 *   const mount = document.createElement('div');
 *   root.append(mount);
 *   adoptStyles(root, MY_CSS);   // CSP-proof: constructable stylesheet
 *   render(<MyThing />, mount);
 *
 * The host is created on first use and removed by `removeUiHost()` (e.g. when
 * the reader turns the extension off on the site). Styles must go through
 * `adoptStyles`: a `<style>` element or `style="…"` attribute would be blocked
 * on pages whose Content-Security-Policy forbids inline styles. The host's own
 * box (fixed, zero-size, topmost) comes from the content-script stylesheet.
 */
import { UI_HOST_TAG } from '../page/exclusions';

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
}

let current: UiHost | null = null;
const removeListeners = new Set<() => void>();

/** The extension's UI host, created (and attached to the page) on first call. */
export function getUiHost(): UiHost {
  if (current?.host.isConnected) return current;
  const host = document.createElement(UI_HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  document.documentElement.append(host);
  current = { host, root };
  return current;
}

/** The host if it exists, without creating it. */
export const peekUiHost = (): UiHost | null => (current?.host.isConnected ? current : null);

/** Removes the host and everything in it. Features that mounted UI hear about it through `onUiHostRemoved`. */
export function removeUiHost(): void {
  if (!current) return;
  for (const listener of removeListeners) listener();
  current.host.remove();
  current = null;
}

/** Removes the host only when no feature has anything mounted in it any more. */
export function removeUiHostIfEmpty(): void {
  if (current && current.root.childElementCount === 0) removeUiHost();
}

/** Runs `listener` just before the host is removed (unmount Preact trees there). Returns an unsubscribe function. */
export function onUiHostRemoved(listener: () => void): () => void {
  removeListeners.add(listener);
  return () => removeListeners.delete(listener);
}

/** True for the host and anything inside it (mutation observers and hit tests ignore these). */
export function isOwnUi(node: Node | null): boolean {
  for (let cur = node; cur; cur = cur.parentNode ?? (cur as ShadowRoot).host ?? null) {
    if (cur.nodeType === 1 && (cur as Element).localName === UI_HOST_TAG) return true;
  }
  return false;
}

const sheets = new Map<string, CSSStyleSheet>();

/** Adds CSS to a shadow root as a constructable stylesheet, which page CSP does not block. */
export function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Browsers that cannot adopt a content script's sheet (older Firefox): a
    // <style> element, which there is exempt from the page's CSP.
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
