/**
 * Runs the analysis engine for content scripts, in the extension's background
 * context. The page's main thread never pays for analysis (no long tasks on
 * the reader's page), the engine is not injected into every page (the
 * content script stays small), and its compiled patterns stay warm across
 * tabs. Text goes from the tab to the extension's own process and back: it
 * never leaves the browser.
 */

import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { analyze } from '../analysis';
import type { Block } from '../analysis/types';
import { ENGINE_PORT, type EngineReply, isEngineRequest } from '../messaging/engine-port';
import { onMessage } from '../messaging/protocol';
import { WAKE_PORT } from '../messaging/wake';
import { analysesAutomatically, getSettings, type Settings, watchSettings } from '../settings';
import { validAnalysisInput } from './analysis-input';
import { keepWarming, warmEngine } from './engine-warmup';
import { type PackedFindings, packFindings } from './findings-wire';

/** User-timing entries kept for the benchmark ('rl:engine' measures); older ones are dropped. */
const MAX_MEASURES = 500;

/** Runs the engine, leaving an 'rl:engine' measure the highlight benchmark reads to split engine time from messaging. */
function timedAnalyze(input: { text: string; blocks: Block[] }) {
  const started = performance.now();
  const findings = analyze(input);
  if (performance.getEntriesByName('rl:engine').length >= MAX_MEASURES)
    performance.clearMeasures('rl:engine');
  performance.measure('rl:engine', { start: started, detail: { chars: input.text.length } });
  return findings;
}

/**
 * Whether settings allow analysing a batch. A content script sends batches
 * before it has read settings itself (so the engine starts while settings
 * load), marked with the page's URL: those are analysed only where settings
 * would have let the page send them (not on a site turned off, not when
 * analysis is only on request). Other batches are always allowed.
 */
export function mayAnalyse(unconfirmedFor: unknown, settings: Settings): boolean {
  if (unconfirmedFor === undefined) return true;
  return typeof unconfirmedFor === 'string' && analysesAutomatically(settings, unconfirmedFor);
}

/** The background's copy of settings, read once (again after a failed read) and kept current. */
let settingsCopy: Promise<Settings> | undefined;
let watchingSettings = false;
function currentSettings(): Promise<Settings> {
  if (!watchingSettings) {
    watchingSettings = true;
    watchSettings((next) => {
      settingsCopy = Promise.resolve(next);
    });
  }
  if (!settingsCopy) {
    const reading = getSettings();
    settingsCopy = reading;
    reading.catch(() => {
      if (settingsCopy === reading) settingsCopy = undefined;
    });
  }
  return settingsCopy;
}

/** Answers a content script's requests on its engine port, each with its id; a closed port drops the reply. */
export function answerEnginePort(
  port: Pick<Runtime.Port, 'onMessage' | 'postMessage'>,
  runPacked: (data: unknown) => Promise<PackedFindings>,
): void {
  port.onMessage.addListener(async (request: unknown) => {
    if (!isEngineRequest(request)) return;
    let reply: EngineReply;
    try {
      reply = { id: request.id, packed: await runPacked(request.input) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    try {
      port.postMessage(reply);
    } catch {
      // The page went away meanwhile.
    }
  });
}

export function registerAnalysisService(): void {
  const run = (data: unknown) => {
    const input = validAnalysisInput(data);
    if (!input) throw new Error('analysis:run: malformed input');
    warmEngine();
    return timedAnalyze(input);
  };
  onMessage('analysis:run', ({ data }) => run(data));
  // What the content script uses (on its engine port, this message as the fallback): the
  // same findings in a much smaller message.
  const runPacked = async (data: unknown) => {
    const unconfirmedFor = (data as { unconfirmedFor?: unknown } | null)?.unconfirmedFor;
    if (unconfirmedFor !== undefined && !mayAnalyse(unconfirmedFor, await currentSettings()))
      throw new Error('analysis:run: settings do not allow analysing this page');
    return packFindings(run(data));
  };
  onMessage('analysis:runPacked', ({ data }) => runPacked(data));
  // A page starting to load opened this port only to start the worker (which warms the
  // engine on startup, below): nothing to say on it.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === WAKE_PORT) port.disconnect();
    else if (port.name === ENGINE_PORT) {
      // A content script connects as it starts: warm the engine before its first request.
      warmEngine();
      answerEnginePort(port, runPacked);
    }
  });
  // A worker started for any reason warms up right after startup, before a page asks, and
  // goes on warming (one run per task) until V8 has optimised the engine.
  setTimeout(() => void keepWarming(), 0);
  currentSettings().catch(() => undefined);
}
