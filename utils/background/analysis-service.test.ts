import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { answerEnginePort, mayAnalyse } from './analysis-service';

describe('mayAnalyse', () => {
  const url = 'https://news.example.org/opinion/1';
  it('allows batches sent after the page read settings', () => {
    expect(mayAnalyse(undefined, { ...DEFAULT_SETTINGS, mode: 'manual' })).toBe(true);
  });
  it('allows an unconfirmed batch where settings analyse automatically', () => {
    expect(mayAnalyse(url, DEFAULT_SETTINGS)).toBe(true);
    expect(mayAnalyse(url, { ...DEFAULT_SETTINGS, mode: 'always' })).toBe(true);
  });
  it('refuses it on a site turned off, when analysis is only on request, or without a URL', () => {
    expect(mayAnalyse(url, { ...DEFAULT_SETTINGS, disabledSites: ['news.example.org'] })).toBe(false);
    expect(mayAnalyse(url, { ...DEFAULT_SETTINGS, mode: 'manual' })).toBe(false);
    expect(mayAnalyse(42, DEFAULT_SETTINGS)).toBe(false);
  });
});

describe('answerEnginePort', () => {
  const fakePort = () => {
    const listeners: ((m: unknown) => void)[] = [];
    const posted: unknown[] = [];
    return {
      posted,
      send: (m: unknown) => Promise.all(listeners.map((l) => l(m))),
      port: {
        onMessage: { addListener: (l: (m: unknown) => void) => listeners.push(l) },
        postMessage: (m: unknown) => posted.push(m),
      } as unknown as Parameters<typeof answerEnginePort>[0],
    };
  };
  const packed = { strings: ['claim'], rows: [], values: [] };

  it('answers each request with its id', async () => {
    const { port, posted, send } = fakePort();
    answerEnginePort(port, async (input) => ({ ...packed, strings: [String(input)] }));
    await send({ id: 7, input: 'text' });
    expect(posted).toEqual([{ id: 7, packed: { ...packed, strings: ['text'] } }]);
  });

  it("answers a failure with the error's message", async () => {
    const { port, posted, send } = fakePort();
    answerEnginePort(port, async () => {
      throw new Error('analysis:run: malformed input');
    });
    await send({ id: 1, input: null });
    expect(posted).toEqual([{ id: 1, error: 'analysis:run: malformed input' }]);
  });

  it('ignores what is not a request', async () => {
    const { port, posted, send } = fakePort();
    answerEnginePort(port, async () => packed);
    for (const junk of [null, 'run', { id: 'x', input: 1 }, { id: 2 }]) await send(junk);
    expect(posted).toEqual([]);
  });

  it('drops the reply when the page went away meanwhile', async () => {
    const { port, send } = fakePort();
    port.postMessage = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    answerEnginePort(port, async () => packed);
    await expect(send({ id: 3, input: 'text' })).resolves.toBeDefined();
  });
});
