/**
 * User settings, kept in browser.storage.local so every part of the extension
 * (content scripts, popup, dashboard, background) reads the same values and
 * hears about changes.
 */
import { browser } from 'wxt/browser';
import type { FindingKind } from './analysis/types';
import { DEFAULT_LABELS } from './notes/model';
import { siteOf } from './url';

export type AnalysisMode = 'article' | 'always' | 'manual';
/**
 * How highlights are drawn: 'auto' uses the CSS Custom Highlight API (the
 * page's DOM untouched) where the browser has it; 'elements' wraps the text in
 * the extension's own elements, which shows where a page's styles hide
 * highlights. Elements are removed without trace.
 */
export type HighlightStyle = 'auto' | 'elements';

export interface Settings {
  /** Analyse automatically on article-like pages (default), on every page, or only when asked. */
  mode: AnalysisMode;
  /** Kinds shown on the page. */
  kinds: Record<FindingKind, boolean>;
  /** Techniques / figure types the reader switched off (absent means on). */
  hiddenLabels: string[];
  /** Hostnames (no www.) where the extension stays off. */
  disabledSites: string[];
  /** Verdict labels offered in the note editor. */
  labels: { id: string; name: string }[];
  highlightStyle: HighlightStyle;
}

export const DEFAULT_SETTINGS: Settings = {
  mode: 'article',
  kinds: { claim: true, figure: true, framing: true },
  hiddenLabels: [],
  disabledSites: [],
  labels: DEFAULT_LABELS.map((l) => ({ ...l })),
  highlightStyle: 'auto',
};

const KEY = 'settings';

/** Fills in anything missing or malformed with defaults, so old or hand-edited storage never breaks the UI. */
export function withDefaults(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Partial<Settings>;
  const mode: AnalysisMode = s.mode === 'always' || s.mode === 'manual' ? s.mode : 'article';
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  if (s.kinds && typeof s.kinds === 'object') {
    for (const k of Object.keys(kinds) as FindingKind[]) {
      if (typeof s.kinds[k] === 'boolean') kinds[k] = s.kinds[k];
    }
  }
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  const labels = Array.isArray(s.labels)
    ? s.labels.filter((l) => l && typeof l.id === 'string' && typeof l.name === 'string')
    : DEFAULT_SETTINGS.labels;
  return {
    mode,
    kinds,
    hiddenLabels: strings(s.hiddenLabels),
    disabledSites: strings(s.disabledSites),
    labels: labels.length > 0 ? labels : DEFAULT_SETTINGS.labels,
    highlightStyle: s.highlightStyle === 'elements' ? 'elements' : 'auto',
  };
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return withDefaults(stored[KEY]);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = withDefaults({ ...(await getSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/**
 * True when settings say to analyse the page at `url` without being asked. The
 * content script decides with it; the background checks with it the batches a
 * content script sends before it has read settings itself.
 */
export function analysesAutomatically(settings: Settings, url: string): boolean {
  return settings.mode !== 'manual' && !settings.disabledSites.includes(siteOf(url));
}

/** Calls `listener` whenever settings change anywhere in the extension. Returns an unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(withDefaults(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
