/**
 * Whether the extension can run on a tab's URL, and if not, why, in words a
 * reader understands. Browsers forbid extensions on their own pages and on
 * extension stores; files need an explicit permission.
 */

export type PageAccess = { ok: true } | { ok: false; title: string; reason: string; fileAccess?: boolean };

const BROWSER_SCHEMES =
  /^(chrome|chrome-untrusted|chrome-search|edge|brave|opera|vivaldi|devtools|about|view-source|resource|moz-extension|chrome-extension):/i;

const STORES: readonly RegExp[] = [
  /^https:\/\/chromewebstore\.google\.com(\/|$)/i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org(\/|$)/i,
  /^https:\/\/addons\.opera\.com(\/|$)/i,
];

/**
 * @param fileAccessAllowed whether the reader allowed access to file URLs
 *   (browser.extension.isAllowedFileSchemeAccess()); only consulted for file: URLs.
 */
export function pageAccess(url: string | undefined, fileAccessAllowed = false): PageAccess {
  if (!url) {
    return {
      ok: false,
      title: 'This tab has no page',
      reason: 'Open an article in this tab, then open Rhetoric Lens again.',
    };
  }
  if (STORES.some((store) => store.test(url))) {
    return {
      ok: false,
      title: 'Extensions cannot run on the extension store',
      reason:
        'The browser protects its extension store from all extensions, so nothing can be highlighted here.',
    };
  }
  if (/^(chrome-extension|moz-extension):/i.test(url)) {
    return {
      ok: false,
      title: "This is an extension's own page",
      reason: 'Extensions cannot read the pages of other extensions or their own settings pages.',
    };
  }
  if (BROWSER_SCHEMES.test(url)) {
    return {
      ok: false,
      title: 'Extensions cannot run on browser pages',
      reason:
        "The browser's own pages (settings, new tab, history…) are off limits to every extension. Open an article on a website.",
    };
  }
  if (/^file:/i.test(url)) {
    return fileAccessAllowed
      ? { ok: true }
      : {
          ok: false,
          fileAccess: true,
          title: 'Files on your computer need your permission',
          reason:
            'To use Rhetoric Lens on local files, open the extension\'s details in your browser\'s extensions page and turn on "Allow access to file URLs".',
        };
  }
  if (!/^https?:/i.test(url)) {
    return {
      ok: false,
      title: 'Not a web page',
      reason: 'Rhetoric Lens works on web pages (http and https addresses).',
    };
  }
  return { ok: true };
}

/**
 * Without permission to read a tab's URL (e.g. `popup.html?tab=<id>` opened in
 * a tab, where activeTab does not apply) the browser's refusal to script the
 * tab still tells what kind of page it is. Returns undefined when the message
 * says nothing about a forbidden page.
 */
export function accessFromScriptingError(message: string): Exclude<PageAccess, { ok: true }> | undefined {
  if (/extensions gallery|web ?store/i.test(message)) {
    return pageAccess('https://chromewebstore.google.com/') as Exclude<PageAccess, { ok: true }>;
  }
  const scheme = /Cannot access an? ([a-z-]+):(?:\/\/)? URL/i.exec(message)?.[1];
  if (scheme) return pageAccess(`${scheme}://`) as Exclude<PageAccess, { ok: true }>;
  if (/file:/i.test(message)) return pageAccess('file:///', false) as Exclude<PageAccess, { ok: true }>;
  return undefined;
}
