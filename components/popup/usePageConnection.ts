/**
 * Whether the extension may run in the popup's tab (./tab.ts finds which),
 * and what its content script reports.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type PageStatus, sendMessage } from '@/utils/messaging/protocol';
import { accessFromScriptingError, type PageAccess, pageAccess } from './pageAccess';
import type { TabInfo } from './tab';

export type { TabInfo } from './tab';

export type Connection =
  | { state: 'loading' }
  | { state: 'restricted'; access: Exclude<PageAccess, { ok: true }> }
  /** The content script did not answer (tab opened before install, file URL, crashed script). */
  | { state: 'unresponsive'; busy: boolean; error?: string }
  | { state: 'ready'; status: PageStatus; busy: boolean; error?: string };

/** How long to wait for the content script before offering to reload or inject it. */
const STATUS_TIMEOUT_MS = 1500;

const TIMEOUT = 'timeout';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(TIMEOUT)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * `earlyStatus`: the content script's answer to a status request the popup
 * sent as soon as it knew the tab (./earlyStart.ts); the first refresh uses it
 * instead of asking again.
 */
export function usePageConnection(
  tab: TabInfo | undefined,
  earlyStatus?: Promise<{ reply: Promise<PageStatus> } | undefined>,
) {
  const [connection, setConnection] = useState<Connection>({ state: 'loading' });
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const set = useCallback((next: Connection) => alive.current && setConnection(next), []);
  const unusedEarlyStatus = useRef(earlyStatus);

  const refresh = useCallback(async () => {
    if (!tab) return;
    const fileAccess = tab.url?.startsWith('file:')
      ? await browser.extension.isAllowedFileSchemeAccess()
      : false;
    // With no URL visible (no permission on that tab) the content script may still answer.
    const access = tab.url ? pageAccess(tab.url, fileAccess) : ({ ok: true } as const);
    if (!access.ok) {
      set({ state: 'restricted', access });
      return;
    }
    try {
      const early = (await unusedEarlyStatus.current)?.reply;
      unusedEarlyStatus.current = undefined;
      const status = await statusOnceStarted(tab.id, early);
      performance.mark('rl:status');
      set({ state: 'ready', status, busy: false });
      // Manual analysis in progress elsewhere (legend, shortcut): follow it until done.
      if (status.state === 'analysing') setTimeout(() => void refresh(), 300);
    } catch {
      const forbidden = tab.url ? undefined : await probeForbidden(tab.id);
      set(forbidden ? { state: 'restricted', access: forbidden } : { state: 'unresponsive', busy: false });
    }
  }, [tab, set]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Asks the page to analyse now; injects the content script first when it is not running. */
  const analyse = useCallback(async () => {
    if (!tab) return;
    setConnection((c) =>
      c.state === 'ready' || c.state === 'unresponsive' ? { ...c, busy: true, error: undefined } : c,
    );
    try {
      let status: PageStatus;
      try {
        status = await withTimeout(sendMessage('page:analyse', undefined, tab.id), 10_000);
      } catch {
        // Inject the built content script, whose path the manifest lists.
        const files = browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
        type Injection = Parameters<typeof browser.scripting.executeScript>[0];
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files } as Injection);
        status = await withTimeout(sendMessage('page:analyse', undefined, tab.id), 10_000);
      }
      set({ state: 'ready', status, busy: false });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setConnection((c) =>
        c.state === 'ready' || c.state === 'unresponsive'
          ? { ...c, busy: false, error: `Could not analyse this page: ${message}` }
          : c,
      );
    }
  }, [tab, set]);

  const reloadTab = useCallback(async () => {
    if (!tab) return;
    set({ state: 'loading' });
    const reloaded = reloadFinished(tab.id);
    await browser.tabs.reload(tab.id);
    await reloaded;
    // Give the reloaded page's content script time to start before asking it.
    await new Promise((r) => setTimeout(r, 300));
    await refresh();
  }, [tab, set, refresh]);

  return { connection, refresh, analyse, reloadTab };
}

/** How long the popup waits for a page that is still loading to start its content script. */
const START_WAIT_MS = 10_000;
/** Pause between asking again while the page loads. */
const RETRY_MS = 250;

/**
 * The content script's status. A page still loading has no content script yet
 * (it starts once the document is parsed), and one that has just loaded may
 * be a moment from starting: the browser then refuses the message at once.
 * Rather than call such a page unresponsive, ask again while the tab loads,
 * and once more after it has loaded (at most START_WAIT_MS in all).
 */
async function statusOnceStarted(tabId: number, first?: Promise<PageStatus>): Promise<PageStatus> {
  const deadline = Date.now() + START_WAIT_MS;
  let request = first ?? sendMessage('page:status', undefined, tabId);
  let retriedAfterLoad = false;
  for (;;) {
    try {
      return await withTimeout(request, STATUS_TIMEOUT_MS);
    } catch (error) {
      const loading = await tabLoading(tabId);
      // A script that is there but busy (the timeout) gets no second chance once the page has loaded.
      const refused = !(error instanceof Error && error.message === TIMEOUT);
      if (Date.now() > deadline || (!loading && (retriedAfterLoad || !refused))) throw error;
      if (!loading) retriedAfterLoad = true;
      await new Promise((r) => setTimeout(r, RETRY_MS));
      request = sendMessage('page:status', undefined, tabId);
    }
  }
}

async function tabLoading(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).status === 'loading';
  } catch {
    return false;
  }
}

/** Tries a no-op script in the tab: the browser's refusal names forbidden pages (chrome://, the web store). */
async function probeForbidden(tabId: number): Promise<Exclude<PageAccess, { ok: true }> | undefined> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: () => true });
    return undefined;
  } catch (error) {
    return accessFromScriptingError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Resolves once the tab has loaded again (or after 10 s). Listening for the
 * change, not polling the tab: right after `tabs.reload` the tab can still
 * report the old page's 'complete'.
 */
function reloadFinished(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    let loading = false;
    const done = () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      clearTimeout(timer);
      resolve();
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id !== tabId) return;
      if (change.status === 'loading') loading = true;
      else if (change.status === 'complete' && loading) done();
    };
    const timer = setTimeout(done, 10_000);
    browser.tabs.onUpdated.addListener(onUpdated);
  });
}
