/**
 * `npm run demo`: builds the extension, serves the sample commentary page on
 * 127.0.0.1 and opens it in Chromium with the extension loaded.
 * With a display: a normal window that stays open until you close it.
 * Without one: headless; saves a full-page screenshot and prints what the
 * extension highlighted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension } from '../tests/e2e/browser';
import { chromiumPath, ROOT, SAMPLE_PAGE } from '../tests/e2e/paths';
import { startServer } from '../tests/e2e/server';

const OWN_SAMPLE = join(ROOT, 'scripts/demo/sample-commentary.html');

interface PaintedHighlight {
  name: string;
  texts: string[];
}

async function main(): Promise<void> {
  if (!chromiumPath()) {
    console.error(
      'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary, then run `npm run demo` again.',
    );
    process.exit(1);
  }

  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const extensionDir = join(ROOT, '.output/chrome-mv3');

  const samplePath = existsSync(SAMPLE_PAGE) ? SAMPLE_PAGE : OWN_SAMPLE;
  const server = await startServer();
  server.route('/sample.html', { body: readFileSync(samplePath) });
  const url = server.url('/sample.html');
  console.log(
    `Serving ${samplePath === SAMPLE_PAGE ? 'the shared sample article' : "the project's own sample page"} at ${url}`,
  );

  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const browser = await launchExtension({ extensionDir, headless });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);

  if (!headless) {
    console.log('Chromium is open with Rhetoric Lens loaded. Close the window to stop.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    await server.close();
    return;
  }

  // Wait until the content script has painted (or give up after 15 s and report what is there).
  await page
    .waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('rl-')), undefined, {
      timeout: 15_000,
    })
    .catch(() => console.warn('No highlights appeared within 15 s.'));
  await page.waitForTimeout(500);

  const painted: PaintedHighlight[] = await page.evaluate(() =>
    [...CSS.highlights.entries()].map(([name, highlight]) => ({
      name,
      texts: [...highlight].map((range) => range.toString().replace(/\s+/g, ' ').trim()),
    })),
  );
  const outDir = join(ROOT, 'artifacts');
  mkdirSync(outDir, { recursive: true });
  const shot = join(outDir, 'demo-screenshot.png');
  await page.screenshot({ path: shot, fullPage: true });

  console.log('\nWhat Rhetoric Lens highlighted on the page:');
  for (const kind of ['claim', 'figure', 'framing', 'note']) {
    const texts = [...new Set(painted.filter((h) => h.name.includes(kind)).flatMap((h) => h.texts))];
    if (texts.length === 0) continue;
    console.log(`\n${kind} (${texts.length}):`);
    for (const text of texts) console.log(`  • ${text.length > 110 ? `${text.slice(0, 107)}…` : text}`);
  }
  console.log(`\nFull-page screenshot: ${shot}`);
  await browser.close();
  await server.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
