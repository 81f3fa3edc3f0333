import { beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import type { PackedFindings } from '../background/findings-wire';
import { ENGINE_PORT } from '../messaging/engine-port';

/** A port as the browser gives one: the background's side is driven by the test. */
class FakePort {
  sent: { id: number; input: unknown }[] = [];
  connected = true;
  private messageListeners: ((m: unknown) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];
  constructor(readonly name: string) {}
  onMessage = { addListener: (l: (m: unknown) => void) => this.messageListeners.push(l) };
  onDisconnect = { addListener: (l: () => void) => this.disconnectListeners.push(l) };
  postMessage(m: { id: number; input: unknown }) {
    if (!this.connected) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(m);
  }
  disconnect() {
    this.connected = false;
  }
  /** The background answers. */
  reply(m: unknown) {
    for (const l of this.messageListeners) l(m);
  }
  /** The worker stopped: the browser closes the port and tells this side. */
  drop() {
    this.connected = false;
    for (const l of this.disconnectListeners) l();
  }
}

const ports: FakePort[] = [];
const connect = vi.fn((info: { name: string }) => {
  const port = new FakePort(info.name);
  ports.push(port);
  return port;
});
vi.mock('wxt/browser', () => ({
  browser: { runtime: { connect: (info: { name: string }) => connect(info) } },
}));

const { EngineChannel } = await import('./engine-channel');

const packed = (label: string): PackedFindings => ({ strings: [label], rows: [], values: [] });
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('EngineChannel', () => {
  let fallback: Mock<(input: unknown) => Promise<PackedFindings>>;
  beforeEach(() => {
    ports.length = 0;
    connect.mockClear();
    fallback = vi.fn(async (input: unknown) => packed(`fallback ${JSON.stringify(input)}`));
  });

  it('opens one port, named for the engine, and answers each request by its id', async () => {
    const channel = new EngineChannel<string>(fallback);
    channel.open();
    channel.open();
    const a = channel.run('first');
    const b = channel.run('second');
    expect(connect).toHaveBeenCalledTimes(1);
    const port = ports[0] as FakePort;
    expect(port.name).toBe(ENGINE_PORT);
    const [ra, rb] = port.sent;
    // Out of order, as the background may answer.
    port.reply({ id: rb?.id, packed: packed('b') });
    port.reply({ id: ra?.id, packed: packed('a') });
    expect((await a).strings).toEqual(['a']);
    expect((await b).strings).toEqual(['b']);
    expect(fallback).not.toHaveBeenCalled();
  });

  it("rejects with the background's error (a refused batch, a malformed input)", async () => {
    const channel = new EngineChannel<string>(fallback);
    const run = channel.run('x');
    const port = ports[0] as FakePort;
    port.reply({ id: port.sent[0]?.id, error: 'analysis:run: settings do not allow analysing this page' });
    await expect(run).rejects.toThrow('settings do not allow');
    expect(fallback).not.toHaveBeenCalled();
  });

  it('ignores replies that are malformed or answer no request', async () => {
    const channel = new EngineChannel<string>(fallback);
    const run = channel.run('x');
    const port = ports[0] as FakePort;
    const id = port.sent[0]?.id ?? 0;
    for (const junk of [
      null,
      'text',
      { id: 'one', packed: packed('no') },
      { id: id + 1, packed: packed('no') },
      { id },
    ])
      port.reply(junk);
    port.reply({ id, packed: packed('yes') });
    expect((await run).strings).toEqual(['yes']);
  });

  it('sends a request again by the one-off message when the port closes before its reply', async () => {
    const channel = new EngineChannel<string>(fallback);
    const run = channel.run('lost');
    (ports[0] as FakePort).drop();
    expect((await run).strings).toEqual(['fallback "lost"']);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('connects again for the next request after the worker closed the port', async () => {
    const channel = new EngineChannel<string>(fallback);
    channel.open();
    (ports[0] as FakePort).drop();
    const run = channel.run('again');
    expect(connect).toHaveBeenCalledTimes(2);
    const port = ports[1] as FakePort;
    port.reply({ id: port.sent[0]?.id, packed: packed('new port') });
    expect((await run).strings).toEqual(['new port']);
  });

  it("leaves a request on a new port alone when an old port's closing is announced late", async () => {
    const channel = new EngineChannel<string>(fallback);
    channel.open();
    const old = ports[0] as FakePort;
    old.connected = false; // closed, not yet announced: the next request opens a new port
    await channel.run('x');
    expect(fallback).toHaveBeenCalledTimes(1);
    const later = channel.run('y');
    const port = ports[1] as FakePort;
    old.drop();
    port.reply({ id: port.sent[0]?.id, packed: packed('from the new port') });
    expect((await later).strings).toEqual(['from the new port']);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('falls back when the port is already closed but the browser has not said so yet', async () => {
    const channel = new EngineChannel<string>(fallback);
    channel.open();
    (ports[0] as FakePort).connected = false;
    expect((await channel.run('x')).strings).toEqual(['fallback "x"']);
  });

  it('falls back when it cannot connect at all (the extension was reloaded)', async () => {
    connect.mockImplementationOnce(() => {
      throw new Error('Extension context invalidated.');
    });
    const channel = new EngineChannel<string>(fallback);
    expect((await channel.run('x')).strings).toEqual(['fallback "x"']);
  });

  it('on close, disconnects and fails what is waiting, without the fallback', async () => {
    const channel = new EngineChannel<string>(fallback);
    const run = channel.run('x');
    channel.close();
    await expect(run).rejects.toThrow('Analysis stopped');
    expect((ports[0] as FakePort).connected).toBe(false);
    await flush();
    expect(fallback).not.toHaveBeenCalled();
  });
});
