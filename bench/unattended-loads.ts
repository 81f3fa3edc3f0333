/**
 * Page loads timed in a Chromium that no automation is attached to.
 *
 * Playwright drives Chromium over the DevTools protocol: it attaches to every
 * new tab and receives an event for each request, frame and console call.
 * While a page loads, that traffic keeps the browser process busy, and every
 * message between the page and the extension's service worker waits behind
 * it: measured on this project's 2-core host, a message round trip right after
 * load took a median 39–50 ms with Playwright attached and 6.5–14 ms without.
 * A reader's browser has no such client, so the highlight benchmark reports
 * both: its Playwright loads (which also give the engine's own time, read from
 * the service worker) and these.
 *
 * Here Chromium is started with the page's URL and nothing else. A small
 * script added at the top of the page's `<head>` watches the content script's
 * performance marks, posts what it saw to a local server on 127.0.0.1 and
 * follows a link to the next load, in the same tab as a reader would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../tests/e2e/browser';
import { chromiumPath } from '../tests/e2e/paths';

export interface UnattendedRun {
  startToPaintedMs: number;
  /** ms after `rl:start` of each of the content script's marks (settings, root, mapped, analysed…). */
  phases: Record<string, number>;
  findings: number;
  longestSliceMs: number;
  /** Main-thread tasks over 50 ms from our start until painted. */
  longTasks: number[];
}

export interface UnattendedOptions {
  extensionDir: string;
  html: string;
  loads: number;
  /** Pause after one load's report before following the link to the next. */
  gapMs?: number;
  /** The pause after the browser's first page, which comes while the browser and its worker are still starting. */
  firstGapMs?: number;
  timeoutMs?: number;
}

/** Runs in the page, before its own scripts; `__LOADS__`, `__GAP__` and `__FIRST_GAP__` are filled in. */
const REPORTER = `(() => {
  const longTasks = [];
  try { new PerformanceObserver((l) => longTasks.push(...l.getEntries())).observe({ type: 'longtask', buffered: true }); } catch {}
  const load = Number(new URLSearchParams(location.search).get('load') || 0);
  let reported = false;
  const report = () => {
    if (reported) return;
    reported = true;
    const start = performance.getEntriesByName('rl:start')[0].startTime;
    const painted = performance.getEntriesByName('rl:painted')[0];
    const phases = {};
    for (const m of performance.getEntriesByType('mark'))
      if (m.name.startsWith('rl:') && m.name !== 'rl:start' && m.name !== 'rl:painted' && !(m.name.slice(3) in phases))
        phases[m.name.slice(3)] = Math.round(m.startTime - start);
    const firstPaint = performance.getEntriesByName('first-paint')[0];
    if (firstPaint) phases['page first paint'] = Math.round(firstPaint.startTime - start);
    const detail = painted.detail || {};
    const run = {
      startToPaintedMs: painted.startTime - start,
      phases,
      findings: detail.findings || 0,
      longestSliceMs: detail.longestSliceMs || 0,
      longTasks: longTasks
        .filter((t) => t.startTime + t.duration >= start && t.startTime <= painted.startTime)
        .map((t) => Math.round(t.duration)),
    };
    fetch('/report', { method: 'POST', body: JSON.stringify(run) }).then(() => {
      if (load + 1 < __LOADS__) setTimeout(() => location.assign('/page?load=' + (load + 1)), load === 0 ? __FIRST_GAP__ : __GAP__);
    });
  };
  new PerformanceObserver((l) => {
    // After the frame that shows the highlights, and a little more for long-task entries to arrive.
    if (l.getEntries().some((e) => e.name === 'rl:painted'))
      requestAnimationFrame(() => setTimeout(report, 50));
  }).observe({ type: 'mark', buffered: true });
})();`;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export async function unattendedLoads(opts: UnattendedOptions): Promise<UnattendedRun[]> {
  const executable = chromiumPath();
  if (!executable) throw new Error('Chromium not found');
  const { loads, gapMs = 500, firstGapMs = 3000, timeoutMs = 120_000 } = opts;
  const script = REPORTER.replace('__LOADS__', String(loads))
    .replace('__FIRST_GAP__', String(firstGapMs))
    .replace('__GAP__', String(gapMs));
  const page = opts.html.replace(/<head[^>]*>/i, (head) => `${head}<script>${script}</script>`);
  const runs: UnattendedRun[] = [];
  let finished: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finished = resolve;
  });
  const server: Server = createServer(async (req, res) => {
    if (req.method === 'POST' && req.url === '/report') {
      runs.push(JSON.parse(await readBody(req)) as UnattendedRun);
      res.end('ok');
      if (runs.length >= loads) finished();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const profile = mkdtempSync(join(tmpdir(), 'rl-unattended-'));
  let browser: ChildProcess | null = null;
  try {
    browser = spawn(
      executable,
      [
        ...chromiumArgs(opts.extensionDir),
        '--headless=new',
        '--window-size=1280,900',
        `--user-data-dir=${profile}`,
        `http://127.0.0.1:${port}/page?load=0`,
      ],
      // Its own process group, so that stopping it stops its helper processes too.
      { stdio: 'ignore', detached: true },
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`unattended loads: ${runs.length} of ${loads} reported in ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    const exited = new Promise<never>((_, reject) =>
      browser?.once('exit', (code) => reject(new Error(`Chromium exited (${code}) during unattended loads`))),
    );
    exited.catch(() => undefined); // once the loads are in, its exit is expected
    await Promise.race([done, timedOut, exited]).finally(() => clearTimeout(timer));
    return runs;
  } finally {
    if (browser?.pid && browser.exitCode === null) {
      const exit = new Promise((resolve) => browser?.once('exit', resolve));
      process.kill(-browser.pid, 'SIGTERM');
      await exit;
    }
    // Helper processes can still be writing to the profile for a moment.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
