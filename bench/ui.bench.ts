/**
 * Benchmark: the popup and the dashboard with 10,000 notes in the database,
 * in Chromium with the built extension.
 *
 * - Popup: time from navigation to its first content (page title and this
 *   page's notes; the popup marks it as `rl:first-content`). Target < 150 ms.
 * - Dashboard: time from typing a search to the results on screen (the
 *   dashboard measures `rl:search`). Target < 50 ms.
 * - Scrolling the 10,000-note list: frame times and how many rows are in the DOM.
 *
 * Side by side, in the same run: the same queries answered by scanning the
 * whole table (plain IndexedDB getAll of every page record + filter of their
 * notes in the same page), and checked to return the same number of notes.
 *
 * `npx tsx bench/ui.bench.ts` runs it alone; `npm run bench` with the others.
 * It builds the extension into .output-bench-ui (skip with RL_BENCH_NO_BUILD=1).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchExtension } from '../tests/e2e/browser';
import { makeNotes, writeNotes } from '../tests/e2e/dashboard-seed';
import { chromiumPath } from '../tests/e2e/paths';
import { startServer } from '../tests/e2e/server';
import { DB_NAME } from '../utils/db/schema';
import type { Note } from '../utils/notes/model';
import { waitForMark } from './wait-for-mark';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = '.output-bench-ui';
const NOTES = 10_000;
const PAGES = 500;
const NOTES_ON_ARTICLE = 25;
const POPUP_TARGET_MS = 150;
const SEARCH_TARGET_MS = 50;
const RUNS = 7;
/** Common and rare words, prefixes, several words, a note number, and this page's notes. */
const QUERIES = [
  'tariff',
  'border election',
  'infl',
  'note 4217',
  'climate treaty senate',
  'kaloru',
  'harbour',
];

export interface UiFigures {
  notes: number;
  popupFirstContentMs: number;
  popupRunsMs: number[];
  /** Medians of when each step of opening the popup happened (ms after navigation start). */
  popupSteps: {
    earlyMs: number;
    domInteractiveMs: number;
    scriptMs: number;
    tabMs: number;
    notesReadMs: number;
    statusMs: number;
  };
  popupNotesShown: number;
  pageNotesIndexMs: number;
  pageNotesScanMs: number;
  dashboardFirstLoadMs: number;
  searches: {
    query: string;
    found: number;
    /** Typed → matching ids in display order and the first screen's notes read (the dashboard's `rl:search-ids`). */
    idsMs: number;
    /** Typed → results rendered (measured by the dashboard as `rl:search`). */
    searchMs: number;
    /** Typed → the visible rows show their notes (measured here with a MutationObserver). */
    onScreenMs: number;
    scanMs: number;
    scanFound: number;
  }[];
  scroll: {
    frames: number;
    p50FrameMs: number;
    p95FrameMs: number;
    maxFrameMs: number;
    longFrames: number;
    rowsInDom: number;
  };
  /** Confirming click → the frame showing the count one lower, per deletion. */
  deleteShownMs: number[];
}

/** The part of the `chrome` global the benchmark uses inside extension pages. */
type ChromeGlobal = { chrome: { tabs: { query(q: { active: boolean }): Promise<{ id?: number }[]> } } };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Milliseconds from the page's navigation start to a performance mark. */
async function markTime(page: Page, name: string): Promise<number> {
  await waitForMark(page, name);
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

/** Times reading one page's notes by its record's key (one get), and by scanning every page record. */
function timePageQuery(page: Page, url: string) {
  return page.evaluate(
    async ({ name, url }) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((res, rej) => {
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
      type PageRecord = { url: string; notes: unknown[] };
      const store = () => db.transaction('pages').objectStore('pages');
      const t0 = performance.now();
      const viaIndex = ((await request(store().get(url))) as PageRecord | undefined)?.notes ?? [];
      const t1 = performance.now();
      const all = (await request(store().getAll())) as PageRecord[];
      const viaScan = all.flatMap((p) => p.notes as { url: string }[]).filter((n) => n.url === url);
      const t2 = performance.now();
      db.close();
      return { indexMs: t1 - t0, scanMs: t2 - t1, same: viaIndex.length === viaScan.length };
    },
    { name: DB_NAME, url },
  );
}

/**
 * The reference for a dashboard search: read every note and keep those where
 * each query word starts a word of the body, quote, title or tags (the search's
 * documented meaning), newest edit first.
 */
function timeScanSearch(page: Page, query: string) {
  return page.evaluate(
    async ({ name, query }) => {
      const fold = (s: string) =>
        s
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase();
      const wordsOf = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
      const t0 = performance.now();
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const all = await new Promise<
        {
          body: string;
          pageTitle: string;
          tags: string[];
          modified: string;
          target?: { quote: { exact: string } };
        }[]
      >((res, rej) => {
        const r = db.transaction('pages').objectStore('pages').getAll();
        r.onsuccess = () => res(r.result.flatMap((page) => page.notes));
        r.onerror = () => rej(r.error);
      });
      const wanted = wordsOf(query);
      const found = all.filter((n) => {
        const words = wordsOf(`${n.body} ${n.target?.quote.exact ?? ''} ${n.pageTitle} ${n.tags.join(' ')}`);
        return wanted.every((w) => words.some((x) => x.startsWith(w)));
      });
      found.sort((a, b) => (a.modified < b.modified ? 1 : -1));
      const ms = performance.now() - t0;
      db.close();
      return { ms, found: found.length };
    },
    { name: DB_NAME, query },
  );
}

type SearchWatch = { rlSearchDone: Promise<number> };

/**
 * Arms a watcher in the dashboard: from the search box's next input event to
 * the moment the count shows this query and no visible row is still loading.
 */
async function watchSearch(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    const box = document.querySelector<HTMLInputElement>('input[type=search]')!;
    (window as unknown as SearchWatch).rlSearchDone = new Promise<number>((resolve) => {
      let typedAt: number | undefined;
      box.addEventListener(
        'input',
        () => {
          typedAt = performance.now();
        },
        { capture: true, once: true },
      );
      const check = () => {
        const count = document.querySelector('.result-count');
        if (typedAt === undefined || count?.getAttribute('data-results-for') !== q) return;
        if (document.querySelector('.note-placeholder')) return;
        observer.disconnect();
        resolve(performance.now() - typedAt);
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
  }, query);
}

async function measureScroll(page: Page) {
  return page.evaluate(async () => {
    const list = document.querySelector<HTMLElement>('.notes-list')!;
    const frames: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 150; i++) {
      list.scrollTop += 180;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    const sorted = [...frames].sort((a, b) => a - b);
    const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return {
      frames: frames.length,
      p50FrameMs: pick(0.5),
      p95FrameMs: pick(0.95),
      maxFrameMs: sorted[sorted.length - 1] ?? 0,
      longFrames: frames.filter((f) => f > 50).length,
      rowsInDom: document.querySelectorAll('.vlist-row').length,
    };
  });
}

type DeleteWatch = { rlDeleteShown: Promise<number> };

/**
 * Deletes the first listed note with its row's buttons, as a reader would,
 * and times from the confirming click to the frame that shows the count one
 * lower (the list and its count are re-queried after every write).
 */
async function measureDeleteShown(page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const row = page.locator('.vlist-row').first();
    await row.getByRole('button', { name: /^Delete note:/ }).click();
    const confirm = row.getByRole('button', { name: 'Delete note', exact: true });
    await confirm.waitFor();
    await page.evaluate(() => {
      const count = document.querySelector('.result-count') as HTMLElement;
      const before = count.textContent;
      (window as unknown as DeleteWatch).rlDeleteShown = new Promise<number>((resolve) => {
        let clickedAt = 0;
        addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
        new MutationObserver((_, observer) => {
          if (count.textContent === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - clickedAt));
        }).observe(count, { childList: true, characterData: true, subtree: true });
      });
    });
    await confirm.click();
    times.push(await page.evaluate(() => (window as unknown as DeleteWatch).rlDeleteShown));
  }
  return times;
}

async function measure(browser: ExtensionBrowser, articleUrl: string): Promise<UiFigures> {
  const { context } = browser;
  // tsx compiles with esbuild's keepNames, which wraps the functions passed to
  // page.evaluate in calls to its `__name` helper; pages need a stand-in.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  // The dashboard opens the database (creating its schema) before the notes are written.
  const dashboard = await browser.openExtensionPage('dashboard.html');
  await dashboard.waitForSelector('.result-count:not(:empty)');
  const articleNotes: Note[] = makeNotes(NOTES_ON_ARTICLE, 1, 7).map((n, i) => ({
    ...n,
    id: `11111111-0000-4000-8000-${String(i).padStart(12, '0')}`,
    url: articleUrl,
    pageTitle: 'Harbour bridge reopens after repairs',
  }));
  const notes = [...makeNotes(NOTES - NOTES_ON_ARTICLE, PAGES), ...articleNotes];
  for (let i = 0; i < notes.length; i += 2000) await writeNotes(dashboard, notes.slice(i, i + 2000));

  // Popup: the article open in a tab, the popup opened for it again and again.
  const article = await context.newPage();
  await article.goto(articleUrl);
  await article.waitForTimeout(1000);
  const tabId = await dashboard.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    return (await chrome.tabs.query({ active: true }))[0]?.id;
  });
  const popupRuns: number[] = [];
  const popupSteps: {
    scriptStart: number;
    early: number;
    script: number;
    tab: number;
    notesRead: number;
    status: number;
  }[] = [];
  let popupNotesShown = 0;
  let pageQuery = { indexMs: 0, scanMs: 0, same: false };
  for (let run = 0; run < RUNS; run++) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    popupRuns.push(await markTime(popup, 'rl:first-content'));
    popupSteps.push(
      await popup.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return {
          scriptStart: nav?.domInteractive ?? Number.NaN,
          early: at('rl:early'),
          script: at('rl:script'),
          tab: at('rl:tab'),
          notesRead: at('rl:notes-read'),
          status: at('rl:status'),
        };
      }),
    );
    popupNotesShown = await popup.locator('.note-list > li').count();
    if (run === RUNS - 1) pageQuery = await timePageQuery(popup, articleUrl);
    await popup.close();
  }
  if (!pageQuery.same) throw new Error('index and scan disagree on the page notes');

  // Dashboard: first load of all notes, then searches typed into the box.
  // A background tab gets one animation frame a second: measure in the front.
  await dashboard.bringToFront();
  const started = Date.now();
  await dashboard.reload();
  await dashboard.waitForFunction(() =>
    /\d+ notes/.test(document.querySelector('.result-count')?.textContent ?? ''),
  );
  const dashboardFirstLoadMs = Date.now() - started;
  const search = dashboard.getByLabel('Search notes');
  const searches: UiFigures['searches'] = [];
  for (const query of QUERIES) {
    const times: number[] = [];
    const idTimes: number[] = [];
    const onScreen: number[] = [];
    let found = 0;
    for (let run = 0; run < 3; run++) {
      await search.fill('');
      await dashboard.waitForSelector('.result-count[data-results-for=""]');
      await dashboard.waitForTimeout(50);
      await dashboard.evaluate(() => {
        performance.clearMeasures('rl:search');
        performance.clearMeasures('rl:search-ids');
      });
      await watchSearch(dashboard, query);
      await search.fill(query);
      onScreen.push(await dashboard.evaluate(() => (window as unknown as SearchWatch).rlSearchDone));
      const measured = await dashboard.evaluate(() =>
        ['rl:search', 'rl:search-ids'].map(
          (name) => performance.getEntriesByName(name).at(-1)?.duration ?? Number.NaN,
        ),
      );
      times.push(measured[0] ?? Number.NaN);
      idTimes.push(measured[1] ?? Number.NaN);
      found = Number(/(\d+)/.exec((await dashboard.locator('.result-count').textContent()) ?? '')?.[1] ?? 0);
    }
    const scans = [];
    for (let run = 0; run < 3; run++) scans.push(await timeScanSearch(dashboard, query));
    searches.push({
      query,
      found,
      idsMs: median(idTimes),
      searchMs: median(times),
      onScreenMs: median(onScreen),
      scanMs: median(scans.map((s) => s.ms)),
      scanFound: scans[0]?.found ?? -1,
    });
  }
  await search.fill('');
  await dashboard.waitForSelector('.result-count[data-results-for=""]');
  await dashboard.waitForTimeout(300);
  const scroll = await measureScroll(dashboard);
  await dashboard.evaluate(() => document.querySelector('.notes-list')?.scrollTo(0, 0));
  const deleteShownMs = await measureDeleteShown(dashboard);
  return {
    notes: notes.length,
    popupFirstContentMs: median(popupRuns),
    popupRunsMs: popupRuns,
    popupSteps: {
      domInteractiveMs: median(popupSteps.map((p) => p.scriptStart)),
      earlyMs: median(popupSteps.map((p) => p.early)),
      scriptMs: median(popupSteps.map((p) => p.script)),
      tabMs: median(popupSteps.map((p) => p.tab)),
      notesReadMs: median(popupSteps.map((p) => p.notesRead)),
      statusMs: median(popupSteps.map((p) => p.status)),
    },
    popupNotesShown,
    pageNotesIndexMs: pageQuery.indexMs,
    pageNotesScanMs: pageQuery.scanMs,
    dashboardFirstLoadMs,
    searches,
    scroll,
    deleteShownMs,
  };
}

function report(f: UiFigures): string {
  const verdict = (ms: number, target: number) => (ms < target ? 'ok' : 'OVER TARGET');
  const lines = [
    `ui: ${f.notes.toLocaleString('en')} notes in the database`,
    `  popup first content: ${f.popupFirstContentMs.toFixed(1)} ms median of ${f.popupRunsMs.length} (target < ${POPUP_TARGET_MS} ms: ${verdict(f.popupFirstContentMs, POPUP_TARGET_MS)}); ${f.popupNotesShown} notes shown`,
    `    steps: early script ran ${f.popupSteps.earlyMs.toFixed(1)} ms, document interactive ${f.popupSteps.domInteractiveMs.toFixed(1)} ms, module script ran ${f.popupSteps.scriptMs.toFixed(1)} ms, tab known ${f.popupSteps.tabMs.toFixed(1)} ms, notes read ${f.popupSteps.notesReadMs.toFixed(1)} ms, content script answered ${f.popupSteps.statusMs.toFixed(1)} ms`,
    `    this page's notes via its record's key: ${f.pageNotesIndexMs.toFixed(1)} ms; scanning every page record: ${f.pageNotesScanMs.toFixed(1)} ms`,
    `  dashboard first load of all notes: ${f.dashboardFirstLoadMs} ms`,
    `  dashboard search (typed → results on screen) vs scanning the whole table:`,
  ];
  for (const s of f.searches) {
    const same = s.found === s.scanFound ? 'same count' : `COUNT DIFFERS (scan ${s.scanFound})`;
    lines.push(
      `    "${s.query}": ${s.onScreenMs.toFixed(1)} ms on screen (ids and first notes read ${s.idsMs.toFixed(1)} ms, rendered ${s.searchMs.toFixed(1)} ms) vs scan ${s.scanMs.toFixed(1)} ms; ${s.found} found, ${same} (target < ${SEARCH_TARGET_MS} ms: ${verdict(s.onScreenMs, SEARCH_TARGET_MS)})`,
    );
  }
  const sc = f.scroll;
  lines.push(
    `  scrolling the full list: ${sc.frames} frames, p50 ${sc.p50FrameMs.toFixed(1)} ms, p95 ${sc.p95FrameMs.toFixed(1)} ms, max ${sc.maxFrameMs.toFixed(1)} ms, ${sc.longFrames} frames over 50 ms; ${sc.rowsInDom} rows in the DOM of ${f.notes.toLocaleString('en')}`,
  );
  lines.push(
    `  deleting a note in the dashboard → the list shows it gone: ${f.deleteShownMs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  );
  return lines.join('\n');
}

export async function run(): Promise<{ name: string; results: Record<string, UiFigures> }> {
  if (!chromiumPath()) {
    console.log('ui: Chromium not found (set CHROMIUM_PATH); skipping the popup and dashboard benchmark');
    return { name: 'ui', results: {} };
  }
  const extensionDir = join(ROOT, OUT_DIR, 'chrome-mv3');
  if (!(process.env.RL_BENCH_NO_BUILD && existsSync(extensionDir))) {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      env: { ...process.env, RL_OUT_DIR: OUT_DIR },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const server = await startServer();
  const browser = await launchExtension({ extensionDir });
  try {
    const figures = await measure(browser, server.url('/simple-article.html'));
    console.log(report(figures));
    return { name: 'ui', results: { chromium: figures } };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === join(process.argv[1])) {
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
