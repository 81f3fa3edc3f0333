/**
 * Starts the service worker, and with it the analysis engine's warm-up, as
 * soon as a page starts loading.
 *
 * Chrome stops an idle extension service worker after 30 seconds, so the next
 * article a reader opens usually finds it stopped. Its first analysis then
 * pays for starting the worker and compiling the engine's patterns (a few
 * hundred milliseconds); woken here, that overlaps the page's own loading
 * instead of following the main content script (document_idle).
 *
 * The browser's own API, without the promise polyfill (12 KB that every page
 * would load before its own scripts): opening a port needs no promise.
 */
import type { Browser } from 'webextension-polyfill';
import { WAKE_PORT } from '@/utils/messaging/wake';

type Globals = { browser?: Browser; chrome?: Browser };

// Declared as a document_start content script in wxt.config.ts: WXT's own content-script
// wrapper would bring the polyfill along.
export default defineUnlistedScript(() => {
  const { browser, chrome } = globalThis as Globals;
  (browser?.runtime?.id ? browser : chrome)?.runtime.connect({ name: WAKE_PORT });
});
