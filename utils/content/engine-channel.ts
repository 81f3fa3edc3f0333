/**
 * The content script's side of the engine port (../messaging/engine-port.ts):
 * opened once as the script starts, reopened after the background closed it
 * (Chrome stops an idle worker, which disconnects its ports), with the
 * one-off message as the fallback for a request the port could not carry.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type { PackedFindings } from '../background/findings-wire';
import { ENGINE_PORT, isEngineReply } from '../messaging/engine-port';

interface Waiting {
  /** The port the request went on: only its closing sends the request again. */
  port: Runtime.Port;
  resolve(packed: PackedFindings): void;
  reject(error: Error): void;
}

/** Rejects a request whose port closed before the reply: it goes again by the fallback. */
class PortClosed extends Error {}

export class EngineChannel<Input> {
  private port: Runtime.Port | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly fallback: (input: Input) => Promise<PackedFindings>) {}

  /** Connects (which also wakes a stopped service worker); a no-op while connected. */
  open(): void {
    if (this.port) return;
    let port: Runtime.Port;
    try {
      port = browser.runtime.connect({ name: ENGINE_PORT });
    } catch {
      return; // the extension was reloaded: requests take the fallback, which reports it
    }
    this.port = port;
    port.onMessage.addListener((reply: unknown) => this.answered(reply));
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      for (const w of this.waiting.values()) if (w.port === port) w.reject(new PortClosed());
    });
  }

  async run(input: Input): Promise<PackedFindings> {
    this.open();
    const port = this.port;
    if (!port) return this.fallback(input);
    const id = this.nextId++;
    try {
      return await new Promise<PackedFindings>((resolve, reject) => {
        this.waiting.set(id, { port, resolve, reject });
        try {
          port.postMessage({ id, input });
        } catch {
          // Disconnected before its onDisconnect event arrived.
          if (this.port === port) this.port = null;
          reject(new PortClosed());
        }
      });
    } catch (error) {
      if (error instanceof PortClosed) return this.fallback(input);
      throw error;
    } finally {
      this.waiting.delete(id);
    }
  }

  close(): void {
    try {
      this.port?.disconnect();
    } catch {
      // Already gone with the extension's context: nothing to close.
    }
    this.port = null;
    for (const w of this.waiting.values()) w.reject(new Error('Analysis stopped'));
    this.waiting.clear();
  }

  private answered(reply: unknown): void {
    if (!isEngineReply(reply)) return;
    const w = this.waiting.get(reply.id);
    if (!w) return;
    if ('error' in reply) w.reject(new Error(reply.error));
    else w.resolve(reply.packed);
  }
}
