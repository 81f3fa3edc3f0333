/**
 * Notices when the page's content changes or the single-page app navigates,
 * and tells the controller once things settle (debounced).
 *
 * Our own changes never count: the UI host (and everything in its shadow
 * root) is filtered out, and the fallback renderer's wrapping runs `quietly`,
 * so painting can never trigger another analysis.
 */
import { UI_HOST_TAG } from '../page/exclusions';

export type ChangeReason = 'content' | 'navigation';

/** Quiet time before re-analysing, and the longest a constantly changing page makes us wait. */
const DEBOUNCE_MS = 400;
const MAX_WAIT_MS = 2000;

const isOurs = (node: Node): boolean => node.nodeType === 1 && (node as Element).localName === UI_HOST_TAG;

/** True when a mutation record is about the page's content rather than our own UI. */
function isPageChange(record: MutationRecord): boolean {
  if (isOurs(record.target) || (record.target.parentNode && isOurs(record.target.parentNode))) return false;
  if (record.type === 'characterData') return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.some(
    (n) => !isOurs(n) && (n.nodeType === 1 || (n.nodeType === 3 && (n as Text).data.trim() !== '')),
  );
}

export interface PageWatch {
  /** Ignores mutations while `fn` runs (the fallback renderer wrapping or unwrapping text). */
  quietly<T>(fn: () => T): T;
  stop(): void;
}

export function watchPage(onChange: (reason: ChangeReason) => void): PageWatch {
  let url = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let pendingReason: ChangeReason | null = null;

  const flush = () => {
    timer = undefined;
    firstPending = 0;
    const reason = location.href !== url ? 'navigation' : pendingReason;
    url = location.href;
    pendingReason = null;
    if (reason) onChange(reason);
  };
  const schedule = (reason: ChangeReason) => {
    if (pendingReason !== 'navigation') pendingReason = reason;
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstPending + MAX_WAIT_MS - now));
    timer = setTimeout(flush, wait);
  };

  let muted = 0;
  const observer = new MutationObserver((records) => {
    if (muted === 0 && records.some(isPageChange)) schedule('content');
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  // pushState from the page's own scripts is invisible to a content script; a
  // URL change shows up with the DOM changes it causes, on popstate, or
  // through the Navigation API where the browser has it.
  const onNavigate = () => schedule('navigation');
  addEventListener('popstate', onNavigate);
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigatesuccess', onNavigate);

  return {
    quietly(fn) {
      muted++;
      try {
        return fn();
      } finally {
        // Records of our own changes arrive in a microtask: drop them before listening again.
        observer.takeRecords();
        muted--;
      }
    },
    stop() {
      observer.disconnect();
      removeEventListener('popstate', onNavigate);
      nav?.removeEventListener('navigatesuccess', onNavigate);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
