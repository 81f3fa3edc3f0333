/**
 * Builds the extension once for the whole e2e run (into .output-e2e so it never
 * races `npm run build`) and checks that Chromium exists. Without a browser the
 * suite skips loudly on a developer machine and fails in CI.
 */
import { execFileSync } from 'node:child_process';
import { chromiumPath, E2E_OUT_DIR, ROOT } from './paths';

export default function setup(): void {
  if (!chromiumPath()) {
    const message =
      'Chromium was not found (looked at $CHROMIUM_PATH and /usr/bin/chromium). Install it with `sudo apt-get install -y chromium` to run the end-to-end tests.';
    if (process.env.CI) throw new Error(message);
    console.warn(`\n!!! SKIPPING END-TO-END TESTS: ${message}\n`);
    return;
  }
  if (process.env.RL_E2E_NO_BUILD) return;
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    // The shipped build: Vitest sets NODE_ENV=test, which would otherwise reach Vite and change the output.
    env: { ...process.env, NODE_ENV: 'production', RL_OUT_DIR: E2E_OUT_DIR },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
