/**
 * The popup: the page in front of the reader at a glance. It shows the page
 * title and its notes straight from the database (fast, no round trip to the
 * page), then the content script's status: finding counts and toggles, or a
 * clear explanation of why there is nothing to show.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Note } from '@/utils/notes/model';
import { updateSettings } from '@/utils/settings';
import { normalizeUrl, siteOf } from '@/utils/url';
import { LazyExportButton as ExportButton } from '../shared/LazyExportButton';
import { useLiveQuery } from '../shared/useLiveQuery';
import { useSettings } from '../shared/useSettings';
import type { EarlyAnswers } from './earlyRead';
import type { EarlyStart } from './earlyStart';
import { FindingCounts } from './FindingCounts';
import { loadNotesDb } from './notesDbModule';
import { PageNotes } from './PageNotes';
import { PageState } from './PageState';
import { analysed } from './status';
import { type TabInfo, usePageConnection } from './usePageConnection';

export function Popup({ early, answered }: { early: EarlyStart; answered?: EarlyAnswers }) {
  // Reads that answered before the first render are its initial state: one render, not two.
  const [tab, setTab] = useState<TabInfo | null | undefined>(answered?.tab);
  const [earlyNotes, setEarlyNotes] = useState<{ url: string; notes: Note[] } | null | undefined>(
    answered?.notes,
  );
  // Layout effects: take the early results as soon as they arrive, not a frame after the first render.
  useLayoutEffect(() => {
    early.tab.then(setTab);
    early.notes.then((read) => setEarlyNotes(read ?? null));
  }, [early]);
  const { connection, analyse, reloadTab } = usePageConnection(tab ?? undefined, early.status);
  const settings = useSettings();

  const statusUrl = connection.state === 'ready' ? connection.status.url : undefined;
  const rawUrl = tab?.url ?? statusUrl;
  const restricted = connection.state === 'restricted';
  const url = rawUrl && !restricted ? normalizeUrl(rawUrl) : undefined;
  const [db, setDb] = useState<Awaited<ReturnType<typeof loadNotesDb>>>();
  // Each result names its page: right after the URL becomes known, the live query still holds
  // its answer for the previous (unknown) URL, which must not pass for this page's notes.
  const live = useLiveQuery(db && url ? async () => ({ url, notes: await db.notesForUrl(url) }) : null, [
    db,
    url,
  ]);
  // The live answer, or until it comes the notes read at startup for this same page.
  const notes = [live.value, earlyNotes].find((read) => read && read.url === url)?.notes;
  const tags = useLiveQuery(db ? () => db.allTags() : null, [db]);
  const title = (connection.state === 'ready' && connection.status.title) || tab?.title || rawUrl || '';

  // Marks the moment the reader sees the page's title and notes (read by bench/ui.bench.ts). When
  // the tab does not tell its URL, the content script's answer may, so that is waited for too.
  const firstContent =
    tab !== undefined && (restricted || notes !== undefined || (!url && connection.state !== 'loading'));
  useEffect(() => {
    if (firstContent && performance.getEntriesByName('rl:first-content').length === 0) {
      performance.mark('rl:first-content');
    }
  }, [firstContent]);
  // The database module (./notesDbModule.ts) loads once the first content is on screen (loading
  // it sooner held up that first frame by tens of milliseconds), or once the early read has
  // settled without giving this page's notes.
  const loadDb = firstContent || earlyNotes !== undefined;
  useEffect(() => {
    if (loadDb) loadNotesDb().then(setDb, () => undefined);
  }, [loadDb]);

  const openDashboard = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    window.close();
  };

  if (tab === null) {
    return (
      <main class="popup">
        <div class="state">
          <strong>No tab to describe</strong>
          <p>The tab this popup was opened for has closed.</p>
        </div>
      </main>
    );
  }

  return (
    <main class="popup" aria-busy={tab === undefined || connection.state === 'loading'}>
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width="20" height="20" />
        <div class="popup-title">
          <h1 title={title}>{tab === undefined ? 'Rhetoric Lens' : title || 'This tab'}</h1>
          {url && <p class="muted small site">{siteOf(url)}</p>}
        </div>
      </header>

      {connection.state === 'ready' && analysed(connection.status) && (
        <FindingCounts counts={connection.status.counts} settings={settings} />
      )}
      <PageState
        connection={connection}
        onAnalyse={analyse}
        onReload={reloadTab}
        onEnableSite={async () => {
          if (!settings || !url) return;
          const site = siteOf(url);
          await updateSettings({ disabledSites: settings.disabledSites.filter((s) => s !== site) });
          await reloadTab();
        }}
      />

      {url && tab && (
        <PageNotes
          notes={notes}
          orphanIds={connection.state === 'ready' ? connection.status.orphanIds : []}
          url={url}
          pageTitle={title}
          labels={settings?.labels ?? []}
          tagSuggestions={tags.value ?? []}
          canAdd={!restricted}
          onShow={(id) => sendMessage('page:scrollToNote', id, tab.id)}
        />
      )}

      <footer class="popup-footer">
        {url && tab && !restricted && (
          <ExportButton scope={{ kind: 'page', url, tabId: tab.id }} label="Export this page" />
        )}
        <button type="button" class="btn" onClick={openDashboard}>
          Open dashboard
        </button>
      </footer>
    </main>
  );
}
