/**
 * The setup most end-to-end suites share: the fixture server and Chromium
 * with the built extension, started before the suite's tests and stopped
 * after them. Call it inside `describe`; the fields are set once the suite starts.
 */
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchExtension } from './browser';
import { type FixtureServer, startServer } from './server';

export interface ExtensionSession {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

export function extensionSession(): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    session.server = await startServer();
    session.browser = await launchExtension();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
