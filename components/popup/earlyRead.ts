/**
 * The popup's first reads: which tab it describes, and that page's notes read
 * straight from IndexedDB (./directNotes.ts).
 *
 * A small classic script in the popup's <head> (entrypoints/popup-early.ts)
 * starts them while the page is still parsing, before its stylesheets and
 * module scripts have loaded (module scripts run only after both, 40–50 ms
 * later), and leaves them on the window for the module entry to take over.
 * When that script did not run, the entry starts them itself.
 */
import { type PageNotesRead, readTabNotesDirectly } from './directNotes';
import { findTab, type TabInfo } from './tab';

export interface EarlyRead {
  tab: Promise<TabInfo | null>;
  notes: Promise<PageNotesRead>;
}

/** What they answered, when that came before the popup's first render. */
export interface EarlyAnswers {
  tab: TabInfo | null;
  notes: PageNotesRead;
}

const KEY = '__rhetoricLensPopupRead';
type Holder = { [KEY]?: EarlyRead };

export function startEarlyRead(search: string): EarlyRead {
  const tab = findTab(search);
  return { tab, notes: readTabNotesDirectly(tab) };
}

/** Called by the early script: hands its reads over to the module entry. */
export function publishEarlyRead(read: EarlyRead): void {
  (globalThis as Holder)[KEY] = read;
}

/** The reads the early script started, or new ones when it did not run. */
export function takeEarlyRead(search: string): EarlyRead {
  const holder = globalThis as Holder;
  const read = holder[KEY];
  delete holder[KEY];
  return read ?? startEarlyRead(search);
}
