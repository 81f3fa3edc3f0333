/**
 * Benchmark: highlighting in Chromium with the built extension.
 *
 * - Sample page: content-script start → painted (`rl:start` → `rl:painted`
 *   performance marks the content script records). Target < 50 ms.
 * - A generated 100,000-word article: start → painted, target < 500 ms, and
 *   the longest main-thread task while we work (PerformanceObserver
 *   'longtask' plus the content script's own slice timing), target ≤ 50 ms.
 * - Side by side, same run, same ranges: painting with the CSS Custom
 *   Highlight API versus wrapping text nodes in elements (the way Hypothesis
 *   draws highlights), each timed to the next rendered frame.
 * - The sample page right after stopping the service worker (as Chrome does
 *   after 30 s idle), served at once and with a slow script holding up its
 *   parsing as on a real network.
 * - The content script bundle size (target < 100 KB minified).
 *
 * `npx tsx bench/highlight.bench.ts` runs it alone; `npm run bench` with the
 * others. It builds the extension into .output-bench (skip with RL_BENCH_NO_BUILD=1).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchExtension, stopWorker } from '../tests/e2e/browser';
import { chromiumPath, hasSamplePage, SAMPLE_PAGE } from '../tests/e2e/paths';
import { type FixtureServer, startServer } from '../tests/e2e/server';
import { type UnattendedRun, unattendedLoads } from './unattended-loads';
import { waitForMark } from './wait-for-mark';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = '.output-bench';
const SAMPLE_TARGET_MS = 50;
const BIG_TARGET_MS = 500;
const TASK_TARGET_MS = 50;
const BUNDLE_TARGET_KB = 100;
/** Loads of the sample page with a running worker (the first one right after the browser started). */
const RUNS = 9;
/** Loads of the sample page each after stopping the service worker. */
const STOPPED_WORKER_RUNS = 3;
/** The sample page again, its parsing held up by a slow script as on a real network. */
const SLOW_SCRIPT_MS = 800;
const BIG_RUNS = 3;
/** Loads of each page in a Chromium with no automation attached (the first is the browser's first page). */
const UNATTENDED_SAMPLE_LOADS = 13;
const UNATTENDED_BIG_LOADS = 4;
const BIG_WORDS = 100_000;

export interface PageRun {
  startToPaintedMs: number;
  /** From the page's navigation start: what a reader waits after following a link. */
  navigationToPaintedMs: number;
  /** From DOMContentLoaded (the page parsed; our features start soon after). */
  parsedToPaintedMs: number;
  findings: number;
  /** Longest slice of work the content script ran in one task. */
  longestSliceMs: number;
  /** Long tasks (> 50 ms) the browser saw from our start until painted. */
  longTasks: number[];
  /** Long tasks from painted until the next rendered frame (the browser drawing what we registered). */
  longTasksAfterPaint: number[];
  /** Time the engine itself ran in the service worker for this load (sum of its 'rl:engine' measures). */
  engineMs: number;
  /** When the engine started its first run and ended its last, ms after start (clocks of two processes of one machine). */
  engineSpan: [number, number];
  /** Time from start to each phase mark (rl:settings, rl:root, rl:mapped, rl:analysed). */
  phases: Record<string, number>;
  /** Messages to the engine: how many, first sent and last answer (ms after start). */
  batches: { count: number; firstSent: number; lastBack: number };
}

export interface PaintComparison {
  ranges: number;
  cssHighlightMs: number;
  wrapElementsMs: number;
  wrappersAdded: number;
}

export interface HighlightFigures {
  bundleKB: number;
  /** The engine warm-up the service worker ran when it started (ms), if it did. */
  warmupMs: number | null;
  /** After it: the follow-up runs, over how long, and the worker's time spent in them (ms). */
  warming: { runs: number; spanMs: number; busyMs: number } | null;
  sample: { runs: PageRun[]; medianMs: number } | null;
  /**
   * The sample page loaded right after stopping the service worker (with that new worker's
   * engine warm-up), served at once and with its parsing held up by a slow script.
   */
  stoppedWorker: { runs: PageRun[]; warmupsMs: number[]; slowRuns: PageRun[] } | null;
  /** `run` is the load with the median start→painted of `runs`. */
  big: { words: number; run: PageRun; runs: PageRun[]; paint: PaintComparison };
  samplePaint: PaintComparison | null;
  /** The same pages loaded in a Chromium that no automation is attached to (./unattended-loads.ts). */
  unattended: { sample: UnattendedRun[] | null; big: UnattendedRun[] } | null;
}

/** A deterministic 100,000-word article of political-commentary-like prose (figures, loaded words, claims). */
export function bigArticle(words = BIG_WORDS): string {
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pick = <T>(xs: readonly T[]) => xs[rand(xs.length)] as T;
  const subjects = [
    'The council',
    'The ministry',
    'Opposition leaders',
    'The governor',
    'Critics',
    'The committee',
    'Local unions',
  ];
  const verbs = ['reported', 'claimed', 'announced', 'admitted', 'insisted', 'warned'];
  const objects = ['schools', 'hospitals', 'households', 'voters', 'workers', 'small firms'];
  const loaded = [
    'a disgraceful betrayal',
    'a reckless scheme',
    'an outright catastrophe',
    'a shameful cover-up',
    'a sensible compromise',
  ];
  const sentence = () => {
    switch (rand(4)) {
      case 0:
        return `${pick(subjects)} ${pick(verbs)} that ${rand(90) + 5} percent of ${pick(objects)} lost support in ${2000 + rand(26)}.`;
      case 1:
        return `Spending rose by $${rand(900) + 10} million over ${rand(9) + 2} years, which ${pick(subjects).toLowerCase()} called ${pick(loaded)}.`;
      case 2:
        return `On ${rand(27) + 1} March ${2010 + rand(16)}, ${rand(5000) + 100} ${pick(objects)} joined the protest against the plan.`;
      default:
        return `${pick(subjects)} said the reform was ${pick(loaded)} and that nothing would change for ${pick(objects)}.`;
    }
  };
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let i = 0; i < 6; i++) sentences.push(sentence());
    const p = sentences.join(' ');
    count += p.split(/\s+/).length;
    paragraphs.push(`<p>${p}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long commentary</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>A very long commentary</h1>
${paragraphs.join('\n')}
</article></main><footer>Footer</footer></body></html>`;
}

async function measurePage(browser: ExtensionBrowser, url: string): Promise<PageRun> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await waitForMark(page, 'rl:painted', 60_000);
  const run = await page.evaluate(async () => {
    // The frame after painted, and a little more for a long task entry to be delivered.
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const framed = performance.now();
    await new Promise((r) => setTimeout(r, 50));
    const start = performance.getEntriesByName('rl:start')[0] as PerformanceEntry;
    const painted = performance.getEntriesByName('rl:painted')[0] as PerformanceMark;
    const detail = (painted.detail ?? {}) as { findings?: number; longestSliceMs?: number };
    const all = (window as unknown as { __rlLongTasks?: PerformanceEntry[] }).__rlLongTasks ?? [];
    const tasks = all
      .filter((t) => t.startTime + t.duration >= start.startTime && t.startTime <= painted.startTime)
      .map((t) => Math.round(t.duration));
    const after = all
      .filter((t) => t.startTime > painted.startTime && t.startTime <= framed)
      .map((t) => Math.round(t.duration));
    const abs = (name: string) =>
      performance.timeOrigin + (performance.getEntriesByName(name)[0]?.startTime ?? 0);
    const phases: Record<string, number> = {};
    for (const name of ['rl:settings', 'rl:rendered', 'rl:root', 'rl:mapped', 'rl:analysed']) {
      const mark = performance.getEntriesByName(name)[0];
      if (mark) phases[name.slice(3)] = Math.round(mark.startTime - start.startTime);
    }
    // The page's own first paint: when it comes after our start, its first style and layout ran
    // on the main thread inside our window (they are not ours, but the highlights wait for them).
    const firstPaint = performance.getEntriesByName('first-paint')[0];
    if (firstPaint) phases['page first paint'] = Math.round(firstPaint.startTime - start.startTime);
    const sent = performance.getEntriesByName('rl:batch-sent').map((m) => m.startTime - start.startTime);
    const back = performance.getEntriesByName('rl:batch-back').map((m) => m.startTime - start.startTime);
    return {
      phases,
      batches: { count: sent.length, firstSent: Math.min(...sent), lastBack: Math.max(...back) },
      startToPaintedMs: painted.startTime - start.startTime,
      navigationToPaintedMs: painted.startTime,
      parsedToPaintedMs:
        painted.startTime -
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
          .domContentLoadedEventStart,
      findings: detail.findings ?? 0,
      longestSliceMs: detail.longestSliceMs ?? 0,
      longTasks: tasks,
      longTasksAfterPaint: after,
      window: [abs('rl:start'), abs('rl:analysed')],
    };
  });
  await page.close();
  // The engine's own time, from the service worker's measures that fall in this load's window.
  const [from, to] = run.window as [number, number];
  const engine = await browser.serviceWorker.evaluate(
    ([a, b]) => {
      const runs = performance
        .getEntriesByName('rl:engine')
        .filter(
          (m) => performance.timeOrigin + m.startTime >= a && performance.timeOrigin + m.startTime <= b,
        );
      // Inline arithmetic: a named helper here would be wrapped in tsx's __name, absent in the worker.
      return {
        ms: runs.reduce((sum, m) => sum + m.duration, 0),
        from: Math.min(...runs.map((m) => performance.timeOrigin + m.startTime - a)),
        to: Math.max(...runs.map((m) => performance.timeOrigin + m.startTime + m.duration - a)),
      };
    },
    [from, to] as const,
  );
  const { window: _window, ...rest } = run;
  return { ...rest, engineMs: engine.ms, engineSpan: [engine.from, engine.to] };
}

/** Ranges compared per page: wrapping cost grows with every live range in the document, so it is capped. */
const COMPARE_MAX_RANGES = 2000;

/**
 * Paints the same ranges twice in the page: once with the CSS Custom
 * Highlight API, once by wrapping text in elements (the way Hypothesis draws
 * highlights), each timed to the next rendered frame. Ranges are taken as
 * static, non-overlapping and processed from the end of the document, so
 * wrapping never invalidates a range not yet wrapped.
 */
async function comparePainting(page: Page): Promise<PaintComparison> {
  return page.evaluate(async (max) => {
    const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const all: Range[] = [];
    CSS.highlights.forEach((h) => {
      for (const r of h as unknown as Set<Range>) all.push(r as Range);
    });
    all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const chosen: StaticRange[] = [];
    let last: Range | null = null;
    for (const r of all) {
      if (chosen.length >= max) break;
      if (last && last.comparePoint(r.startContainer, r.startOffset) <= 0) continue; // overlaps the previous one
      if (r.startContainer.nodeType !== 3 || r.endContainer.nodeType !== 3) continue;
      chosen.push(new StaticRange(r));
      last = r;
    }
    CSS.highlights.clear();
    await nextFrame();

    let t0 = performance.now();
    CSS.highlights.set('bench-css', new Highlight(...chosen));
    document.body.getBoundingClientRect();
    await nextFrame();
    const cssHighlightMs = performance.now() - t0;
    CSS.highlights.clear();
    await nextFrame();

    let wrappersAdded = 0;
    t0 = performance.now();
    for (let i = chosen.length - 1; i >= 0; i--) {
      const range = chosen[i] as StaticRange;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const nodes: Text[] = [];
      const root = live.commonAncestorContainer;
      if (root.nodeType === 3) nodes.push(root as Text);
      else {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode())
          if (live.intersectsNode(n)) nodes.push(n as Text);
      }
      live.detach();
      for (let node of nodes) {
        const start = node === range.startContainer ? range.startOffset : 0;
        const end = node === range.endContainer ? range.endOffset : node.length;
        if (end <= start) continue;
        if (end < node.length) node.splitText(end);
        if (start > 0) node = node.splitText(start);
        const wrapper = document.createElement('bench-highlight');
        wrapper.style.background = 'rgba(255, 200, 0, .3)';
        node.replaceWith(wrapper);
        wrapper.append(node);
        wrappersAdded++;
      }
    }
    document.body.getBoundingClientRect();
    await nextFrame();
    const wrapElementsMs = performance.now() - t0;
    return { ranges: chosen.length, cssHighlightMs, wrapElementsMs, wrappersAdded };
  }, COMPARE_MAX_RANGES);
}

/** "settings 5 root 12 mapped 20 analysed 55 painted 62": where the time went (analysed − mapped is the engine's share). */
const phaseText = (r: PageRun) =>
  `${Object.entries(r.phases)
    .map(([k, v]) => `${k} ${v}`)
    .join(
      ' ',
    )} painted ${Math.round(r.startToPaintedMs)}; ${r.batches.count} message(s) to the engine, first sent ${Math.round(r.batches.firstSent)}, last answered ${Math.round(r.batches.lastBack)} (engine ${Math.round(r.engineMs)} in the service worker, from ${Math.round(r.engineSpan[0])} to ${Math.round(r.engineSpan[1])}); main-thread tasks over 50 ms in the window: [${r.longTasks.join(', ')}]`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');

function report(f: HighlightFigures): string {
  const lines = ['highlight benchmark (Chromium, built extension)'];
  lines.push(
    `  content script bundle: ${f.bundleKB.toFixed(1)} KB minified (target < ${BUNDLE_TARGET_KB} KB) ${verdict(f.bundleKB < BUNDLE_TARGET_KB)}`,
  );
  if (f.sample) {
    lines.push(
      `  sample page start→painted: median ${ms(f.sample.medianMs)} over ${f.sample.runs.length} loads [${f.sample.runs.map((r) => r.startToPaintedMs.toFixed(0)).join(', ')}] (target < ${SAMPLE_TARGET_MS} ms) ${verdict(f.sample.medianMs < SAMPLE_TARGET_MS)}`,
    );
    lines.push(
      `    first load (the worker started with the browser and had warmed up): ${ms(f.sample.runs[0]?.startToPaintedMs ?? 0)}; median of the later loads ${ms(median(f.sample.runs.slice(1).map((r) => r.startToPaintedMs)))}; engine warm-up at worker start ${f.warmupMs === null ? 'not seen' : ms(f.warmupMs)}, then ${f.warming ? `${f.warming.runs} follow-up runs over ${ms(f.warming.spanMs)} (${ms(f.warming.busyMs)} of the worker's time)` : 'no follow-up runs seen'}`,
    );
    lines.push(
      `    findings ${f.sample.runs[0]?.findings}, longest slice ${ms(Math.max(...f.sample.runs.map((r) => r.longestSliceMs)))}`,
    );
    for (const r of f.sample.runs) lines.push(`    phases (ms after start): ${phaseText(r)}`);
    if (f.stoppedWorker) {
      const runs = f.stoppedWorker.runs;
      lines.push(
        `  sample page right after the service worker was stopped (as Chrome stops it after 30 s idle): start→painted median ${ms(median(runs.map((r) => r.startToPaintedMs)))} [${runs.map((r) => r.startToPaintedMs.toFixed(0)).join(', ')}], navigation→painted median ${ms(median(runs.map((r) => r.navigationToPaintedMs)))}; the new worker's engine warm-up [${f.stoppedWorker.warmupsMs.map((w) => w.toFixed(0)).join(', ')}] ms`,
      );
      for (const r of runs) lines.push(`    phases (ms after start): ${phaseText(r)}`);
      const slow = f.stoppedWorker.slowRuns;
      lines.push(
        `    the same with the page's parsing held up ${SLOW_SCRIPT_MS} ms by a slow script (as on a real network): parsed→painted median ${ms(median(slow.map((r) => r.parsedToPaintedMs)))} [${slow.map((r) => r.parsedToPaintedMs.toFixed(0)).join(', ')}]`,
      );
    }
  } else {
    lines.push('  sample page: ../shared/corpus absent, skipped');
  }
  const b = f.big.run;
  const longest = Math.max(...f.big.runs.flatMap((r) => [r.longestSliceMs, ...r.longTasks]));
  lines.push(
    `  ${f.big.words.toLocaleString('en')}-word page start→painted: ${ms(b.startToPaintedMs)} (target < ${BIG_TARGET_MS} ms) ${verdict(b.startToPaintedMs < BIG_TARGET_MS)}`,
  );
  lines.push(
    `    loads [${f.big.runs.map((r) => r.startToPaintedMs.toFixed(0)).join(', ')}] ms; the median one:`,
  );
  lines.push(`    phases (ms after start): ${phaseText(b)}`);
  lines.push(
    `    findings ${b.findings}; longest slice of ours ${ms(Math.max(...f.big.runs.map((r) => r.longestSliceMs)))}; long tasks from start to painted, per load: ${f.big.runs.map((r) => `[${r.longTasks.join(', ')}]`).join(' ')} ms (target none > ${TASK_TARGET_MS} ms) ${verdict(longest <= TASK_TARGET_MS)}`,
  );
  lines.push(
    `    long tasks from painted to the next frame (the browser drawing the page with its highlights), per load: ${f.big.runs.map((r) => `[${r.longTasksAfterPaint.join(', ')}]`).join(' ')} ms`,
  );
  if (f.unattended) lines.push(...unattendedReport(f.unattended));
  for (const [name, p] of [
    ['sample page', f.samplePaint],
    ['100k-word page', f.big.paint],
  ] as const) {
    if (!p) continue;
    lines.push(
      `  painting ${p.ranges} ranges on the ${name}: CSS Custom Highlights ${ms(p.cssHighlightMs)} vs wrapping text in elements ${ms(p.wrapElementsMs)} (${p.wrappersAdded} elements added), to the next frame`,
    );
  }
  return lines.join('\n');
}

/** Report lines for the loads with no automation attached; the first load (browser and worker starting) apart. */
function unattendedReport(u: NonNullable<HighlightFigures['unattended']>): string[] {
  const lines = [
    "  the same pages in a Chromium with no automation attached (a reader's browser: no DevTools client receiving every event of the load):",
  ];
  const pages: [string, UnattendedRun[] | null, number][] = [
    ['sample page', u.sample, SAMPLE_TARGET_MS],
    [`${BIG_WORDS.toLocaleString('en')}-word page`, u.big, BIG_TARGET_MS],
  ];
  for (const [name, runs, target] of pages) {
    if (!runs || runs.length < 2) continue;
    const [first, ...later] = runs as [UnattendedRun, ...UnattendedRun[]];
    const m = median(later.map((r) => r.startToPaintedMs));
    const longest = Math.max(...later.flatMap((r) => [r.longestSliceMs, ...r.longTasks]));
    lines.push(
      `    ${name} start→painted: median ${ms(m)} over ${later.length} loads [${later.map((r) => r.startToPaintedMs.toFixed(0)).join(', ')}] (target < ${target} ms) ${verdict(m < target)}; the browser's first page ${ms(first.startToPaintedMs)}; longest slice of ours ${ms(Math.max(...later.map((r) => r.longestSliceMs)))}, long tasks ${later.map((r) => `[${r.longTasks.join(', ')}]`).join(' ')} (target none > ${TASK_TARGET_MS} ms) ${verdict(longest <= TASK_TARGET_MS)}`,
    );
    const typical = later.find((r) => r.startToPaintedMs === m);
    if (typical)
      lines.push(
        `      the median load's phases (ms after start): ${Object.entries(typical.phases)
          .map(([k, v]) => `${k} ${v}`)
          .join(' ')} painted ${Math.round(typical.startToPaintedMs)}`,
      );
  }
  return lines;
}

export async function run(): Promise<{ name: string; results: Record<string, HighlightFigures> }> {
  if (!chromiumPath()) {
    console.log('highlight: Chromium not found (set CHROMIUM_PATH); skipping the highlighting benchmark');
    return { name: 'highlight', results: {} };
  }
  const extensionDir = join(ROOT, OUT_DIR, 'chrome-mv3');
  if (!(process.env.RL_BENCH_NO_BUILD && existsSync(extensionDir))) {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      env: { ...process.env, RL_OUT_DIR: OUT_DIR },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const bundleKB = statSync(join(extensionDir, 'content-scripts/content.js')).size / 1024;
  const server: FixtureServer = await startServer();
  server.route('/bench/big-article.html', { body: bigArticle() });
  if (hasSamplePage()) {
    const sampleHtml = readFileSync(SAMPLE_PAGE, 'utf8');
    server.route('/bench/slow.js', { body: '', type: 'text/javascript', delayMs: SLOW_SCRIPT_MS });
    server.route('/bench/slow-sample.html', {
      body: sampleHtml.replace(/<head[^>]*>/i, (head) => `${head}<script src="/bench/slow.js"></script>`),
    });
  }
  const browser = await launchExtension({ extensionDir });
  let playwrightFigures: HighlightFigures;
  try {
    // tsx's keepNames wraps evaluated functions in `__name`; pages need a stand-in.
    // The long-task observer starts before any script of the page or ours.
    await browser.context.addInitScript({
      content: `globalThis.__name ??= (f) => f;
        window.__rlLongTasks = [];
        try { new PerformanceObserver((l) => window.__rlLongTasks.push(...l.getEntries())).observe({ type: 'longtask', buffered: true }); } catch {}`,
    });
    let sample: HighlightFigures['sample'] = null;
    let samplePaint: PaintComparison | null = null;
    let stoppedWorker: HighlightFigures['stoppedWorker'] = null;
    // The warm-up the worker ran when the browser started (read before any stop replaces the worker).
    const warmups = await browser.serviceWorker.evaluate(() =>
      performance.getEntriesByName('rl:warmup').map((m) => m.duration),
    );
    // The follow-up warming of the same worker: over by now unless the machine is very slow.
    const warming = await browser.serviceWorker.evaluate(async () => {
      for (let i = 0; i < 100 && performance.getEntriesByName('rl:warming').length === 0; i++)
        await new Promise((r) => setTimeout(r, 50));
      const m = performance.getEntriesByName('rl:warming')[0] as PerformanceMeasure | undefined;
      const detail = (m?.detail ?? {}) as { runs?: number; busyMs?: number };
      return m ? { runs: detail.runs ?? 0, spanMs: m.duration, busyMs: detail.busyMs ?? 0 } : null;
    });
    if (hasSamplePage()) {
      const runs: PageRun[] = [];
      for (let i = 0; i < RUNS; i++)
        runs.push(await measurePage(browser, server.url('/corpus/petro-trump-commentary.html')));
      sample = { runs, medianMs: median(runs.map((r) => r.startToPaintedMs)) };
      const page = await browser.context.newPage();
      await page.goto(server.url('/corpus/petro-trump-commentary.html'));
      await waitForMark(page, 'rl:painted');
      samplePaint = await comparePainting(page);
      await page.close();
      const stoppedRuns: PageRun[] = [];
      const warmupsMs: number[] = [];
      const slowRuns: PageRun[] = [];
      for (let i = 0; i < STOPPED_WORKER_RUNS; i++) {
        await stopWorker(browser);
        stoppedRuns.push(await measurePage(browser, server.url('/corpus/petro-trump-commentary.html')));
        const warmup = await browser.serviceWorker.evaluate(
          () => performance.getEntriesByName('rl:warmup')[0]?.duration ?? Number.NaN,
        );
        warmupsMs.push(warmup);
        await stopWorker(browser);
        slowRuns.push(await measurePage(browser, server.url('/bench/slow-sample.html')));
      }
      stoppedWorker = { runs: stoppedRuns, warmupsMs, slowRuns };
    }
    const bigRuns: PageRun[] = [];
    for (let i = 0; i < BIG_RUNS; i++)
      bigRuns.push(await measurePage(browser, server.url('/bench/big-article.html')));
    const bigMedian = median(bigRuns.map((r) => r.startToPaintedMs));
    const bigRun = bigRuns.find((r) => r.startToPaintedMs === bigMedian) as PageRun;
    const page = await browser.context.newPage();
    await page.goto(server.url('/bench/big-article.html'));
    await waitForMark(page, 'rl:painted', 60_000);
    const bigPaint = await comparePainting(page);
    await page.close();
    playwrightFigures = {
      bundleKB,
      warmupMs: warmups[0] ?? null,
      warming,
      sample,
      stoppedWorker,
      samplePaint,
      big: { words: BIG_WORDS, run: bigRun, runs: bigRuns, paint: bigPaint },
      unattended: null,
    };
  } finally {
    await browser.close();
    await server.close();
  }
  // After the automated browser has closed, so the two never compete for the machine.
  const unattended = {
    sample: hasSamplePage()
      ? await unattendedLoads({
          extensionDir,
          html: readFileSync(SAMPLE_PAGE, 'utf8'),
          loads: UNATTENDED_SAMPLE_LOADS,
        })
      : null,
    big: await unattendedLoads({
      extensionDir,
      html: bigArticle(),
      loads: UNATTENDED_BIG_LOADS,
      gapMs: 1000,
    }),
  };
  const figures: HighlightFigures = { ...playwrightFigures, unattended };
  console.log(report(figures));
  return { name: 'highlight', results: { chromium: figures } };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === join(process.argv[1])) {
  run().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
