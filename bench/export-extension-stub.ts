/**
 * The notes database module reaches the extension messaging library, whose
 * webextension polyfill refuses to load outside an extension (it looks for
 * `chrome.runtime.id`). Outside one (the benchmark in Node or in a plain
 * Chromium page, which has a `chrome` object without a runtime id) these
 * minimal globals let it load; no extension API is called, since the
 * benchmark switches change notifications off. Imported first by
 * ./export-workload.ts.
 */
const ID = 'rhetoric-lens-bench';
const g = globalThis as { browser?: unknown; chrome?: { runtime?: { id?: string } } };
g.chrome ??= {};
if (!g.chrome.runtime?.id) g.chrome.runtime = { ...g.chrome.runtime, id: ID };
g.browser ??= { runtime: { id: ID } };
