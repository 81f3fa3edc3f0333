import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Built extension used by the e2e tests; kept apart from `npm run build`'s output. */
export const E2E_OUT_DIR = join(ROOT, '.output-e2e');
export const EXTENSION_DIR = join(E2E_OUT_DIR, 'chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
/** The shared reference corpus sits beside the repository on developer and CI machines, not in users' clones. */
export const CORPUS_PAGES_DIR = resolve(ROOT, '../shared/corpus/pages');
export const SAMPLE_PAGE = join(CORPUS_PAGES_DIR, 'petro-trump-commentary.html');
export const SAMPLE_GOLD = join(CORPUS_PAGES_DIR, 'petro-trump-commentary.gold.json');
export const hasSamplePage = (): boolean => existsSync(SAMPLE_PAGE);

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** True when the e2e suites must skip (no browser outside CI; global setup fails in CI instead). */
export const e2eUnavailable = (): boolean => !chromiumPath();
