import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Each developer/test run may build into its own folder so concurrent builds
// never overwrite each other (e2e tests set RL_OUT_DIR).
const outDir = process.env.RL_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // @webext-core/messaging nests its own older copy of the polyfill; one copy keeps ~10 KB out of every bundle.
    // serialize-error (its import inside @webext-core/messaging) is swapped for our 0.3 KB
    // equivalent, utils/messaging/error-wire.ts.
    resolve: {
      dedupe: ['webextension-polyfill'],
      alias: {
        'serialize-error': fileURLToPath(new URL('./utils/messaging/error-wire.ts', import.meta.url)),
      },
    },
    // terser packs the content script a few KB tighter than esbuild's minifier (budget: 100 KB).
    // cssTarget: the browsers the manifest admits, so nested CSS ships nested (shorter than the
    // same rules each spelled out under their parent).
    build: {
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
      cssTarget: ['chrome120', 'firefox142'],
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Rhetoric Lens',
    description:
      'Highlights claims, figures and rhetorical framing in political commentary, and keeps your notes. Everything stays in your browser.',
    // storage: settings; unlimitedStorage: notes must never hit the default quota;
    // activeTab + scripting: "analyse this page" when automatic analysis is off;
    // downloads: export files.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'downloads'],
    // The same sites the content script already runs on (so the same install warning): lets
    // the popup and dashboard read a tab's address and title at once, without waiting for the
    // page's content script to answer (popup opened for a tab, ?tab=<id>).
    host_permissions: ['http://*/*', 'https://*/*'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Besides the main content script (entrypoints/content): 300 bytes that start the service
    // worker as a page starts loading (entrypoints/wake.ts).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['wake.js'], run_at: 'document_start' }],
    action: { default_title: 'Rhetoric Lens' },
    // Keyboard shortcuts for highlighting; handled in utils/background/commands.ts.
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Hide or show highlights on the page',
      },
      'next-finding': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next finding' },
      'previous-finding': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous finding',
      },
      // Notes: utils/background/notes.ts.
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Add a note on the selected text',
      },
    },
    // The dashboard doubles as the options page and opens in a tab.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rhetoric-lens@example.org',
              strict_min_version: '142.0',
              // Nothing is collected or transmitted: all analysis and notes stay local.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // CSS nesting (the in-page notes styles, kept nested by cssTarget above) arrived in
        // Chrome 120; the CSS Custom Highlight API that draws every highlight in 105.
        { minimum_chrome_version: '120' }),
  }),
});
