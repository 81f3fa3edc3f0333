/**
 * Launches Debian's Chromium through playwright-core with the built extension
 * loaded, in a fresh (or given) profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** Opens an extension page such as `popup.html?tab=3` or `dashboard.html`. */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes the browser; removes the profile unless `keepProfile`. */
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (e.g. to test that notes survive a browser restart). */
  userDataDir?: string;
  extensionDir?: string;
  headless?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
}

export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=DialMediaRouteProvider,MediaRouter',
  ];
}

export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error('Chromium not found: set CHROMIUM_PATH or `apt-get install -y chromium`.');
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'rl-profile-'));
  const headless = opts.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    args: [...chromiumArgs(extensionDir), ...(headless ? ['--headless=new'] : []), ...(opts.args ?? [])],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  for (const page of context.pages()) boundClose(page);
  context.on('page', boundClose);
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    async openExtensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      // A stuck tab (see boundClose) can hold the browser's close too; Playwright kills the
      // browser process when this test process exits.
      await bounded(context.close(), CONTEXT_CLOSE_TIMEOUT_MS, 'closing the browser');
      if (!keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const PAGE_CLOSE_TIMEOUT_MS = 10_000;
const CONTEXT_CLOSE_TIMEOUT_MS = 20_000;

/** Waits for `promise`, or `ms` at most, then goes on with a warning. */
async function bounded(promise: Promise<unknown>, ms: number, what: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  const outcome = await Promise.race([promise, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') console.warn(`[e2e] ${what} took over ${ms} ms; going on without it`);
}

/**
 * Chromium can acknowledge closing a tab whose navigation is committing and
 * never close it (crbug.com/536385539; Playwright issues #42068, #42366), and
 * `page.close()` then waits for ever: a test would fail on its timeout for
 * something that is neither the extension's fault nor what it checks. Every
 * page's close is bounded; a stuck tab is left to the browser's own exit.
 */
function boundClose(page: Page): void {
  const close = page.close.bind(page);
  page.close = (options) => bounded(close(options), PAGE_CLOSE_TIMEOUT_MS, `closing ${page.url()}`);
}

/**
 * Stops the extension's service worker, as Chrome does after 30 seconds
 * without events: the next page or message starts it again, cold. Through
 * DevTools, from a page of the extension (its storage partition holds the
 * worker). `browser.serviceWorker` then reaches the new worker once it runs.
 */
export async function stopWorker(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.openExtensionPage('icon/16.png');
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.close();
}

/** Collects console errors and uncaught exceptions of a page for assertions. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}
