/**
 * The long-lived channel between a page's content script and the analysis
 * engine in the background. A one-off message opens a new channel through the
 * browser process each time, and while a page is loading the browser is busy:
 * measured on the sample page without automation, a one-off round trip right
 * after load took 3–28 ms (median 14) and a message on a port opened at
 * content-script start 2–20 ms (median 6.5). The content script opens the
 * port as it starts, so connecting overlaps reading the page, and the
 * connection itself wakes a stopped service worker.
 *
 * Requests carry an id; replies answer it. The one-off message
 * 'analysis:runPacked' stays as the fallback when the port is gone: Chrome
 * closes it when it stops the idle worker (an open port does not keep the
 * worker alive: measured, a page left open 45 s found it stopped), when the
 * page enters the back/forward cache, or when the extension is reloaded.
 */
import type { PackedFindings } from '../background/findings-wire';

export const ENGINE_PORT = 'rhetoric-lens:engine';

export interface EngineRequest {
  id: number;
  /** As 'analysis:runPacked': text, blocks and, before settings were read, `unconfirmedFor`. */
  input: unknown;
}

export type EngineReply = { id: number; packed: PackedFindings } | { id: number; error: string };

/** Shape check of a reply before use (it comes from another context); `packed` itself is checked as it is unpacked. */
export function isEngineReply(x: unknown): x is EngineReply {
  if (typeof x !== 'object' || x === null || typeof (x as { id?: unknown }).id !== 'number') return false;
  const r = x as { error?: unknown; packed?: unknown };
  return typeof r.error === 'string' || (typeof r.packed === 'object' && r.packed !== null);
}

export function isEngineRequest(x: unknown): x is EngineRequest {
  return (
    typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'number' && 'input' in x
  );
}
