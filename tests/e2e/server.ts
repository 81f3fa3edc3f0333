/**
 * A tiny static HTTP server on 127.0.0.1 for fixture pages. Tests may register
 * extra routes (a modified copy of a page, a page with a strict CSP header).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { CORPUS_PAGES_DIR, FIXTURES_DIR } from './paths';

export interface Route {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
  /** Answers this much later: a slow resource, as on a real network. */
  delayMs?: number;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Serves `body` at `path` (replacing any earlier route for it). */
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/** `/corpus/<file>` serves ../shared/corpus/pages; everything else serves tests/fixtures. */
function resolveFile(pathname: string): string | undefined {
  const [root, rest] = pathname.startsWith('/corpus/')
    ? [CORPUS_PAGES_DIR, pathname.slice('/corpus/'.length)]
    : [FIXTURES_DIR, pathname.slice(1)];
  const file = normalize(join(root, decodeURIComponent(rest)));
  if (!file.startsWith(root)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function startServer(port = 0): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(pathname);
    if (route) {
      const answer = () => {
        res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...route.headers });
        res.end(route.body);
      };
      if (route.delayMs) setTimeout(answer, route.delayMs);
      else answer();
      return;
    }
    const file = resolveFile(pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  };
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    route: (path, route) => routes.set(path, route),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
