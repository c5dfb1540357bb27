import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSource, isUrl } from '@/lib/ingest/fetch-source';
import { type LocalServer, startLocalServer } from './local-server';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>';
/** Resolves when the server sees the client hang up on the named route. */
const hangUps = new Map<string, () => void>();
const hungUp = (route: string) => new Promise<void>((resolve) => hangUps.set(route, resolve));

function streamForever(response: http.ServerResponse, route: string, headers: http.OutgoingHttpHeaders): void {
  response.writeHead(200, headers);
  const timer = setInterval(() => response.write('x'.repeat(600)), 5);
  response.on('close', () => {
    clearInterval(timer);
    hangUps.get(route)?.();
  });
}

function serve(request: http.IncomingMessage, response: http.ServerResponse): void {
  const route = request.url ?? '/';
  if (route === '/feed.xml') {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.end(FEED);
  } else if (route === '/moved') {
    response.writeHead(302, { location: '/feed.xml' });
    response.end();
  } else if (route === '/endless') {
    streamForever(response, route, { 'content-type': 'application/rss+xml' }); // chunked: no content-length
  } else if (route === '/declared-huge') {
    streamForever(response, route, { 'content-length': String(50 * 1024 * 1024) });
  } else if (route === '/silent') {
    request.socket.setTimeout(0); // never answers
  } else {
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end('<html><body>Not found</body></html>');
  }
}
let server: LocalServer;
let base = '';

beforeAll(async () => {
  server = await startLocalServer(serve);
  base = server.base;
});

afterAll(() => server.stop());

describe('fetchSource', () => {
  it('returns the body bytes', async () => {
    const bytes = await fetchSource(`${base}/feed.xml`);
    expect(Buffer.from(bytes).toString('utf8')).toBe(FEED);
  });

  it('follows a redirect', async () => {
    expect(Buffer.from(await fetchSource(`${base}/moved`)).toString('utf8')).toBe(FEED);
  });

  it('stops reading once an undeclared body passes the size cap, and hangs up', { timeout: 5_000 }, async () => {
    const closed = hungUp('/endless');
    await expect(fetchSource(`${base}/endless`, { maxBytes: 4000, timeoutMs: 60_000 })).rejects.toThrow(
      'response larger than 4000 bytes',
    );
    await closed;
  });

  // The test's own limit is far below timeoutMs: the hang-up must come from the size check, not the timeout.
  it('refuses a declared length over the cap without reading it, and hangs up', { timeout: 5_000 }, async () => {
    const closed = hungUp('/declared-huge');
    await expect(fetchSource(`${base}/declared-huge`, { maxBytes: 4000, timeoutMs: 60_000 })).rejects.toThrow(
      'response larger than 4000 bytes',
    );
    await closed;
  });

  it('gives up on a server that never answers', async () => {
    const started = Date.now();
    await expect(fetchSource(`${base}/silent`, { timeoutMs: 300 })).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('treats an HTTP error status as an error, not as a feed', async () => {
    await expect(fetchSource(`${base}/missing`)).rejects.toThrow('HTTP 404 Not Found');
  });
});

describe('isUrl', () => {
  it('accepts only http(s) addresses', () => {
    expect(isUrl('https://blog.example.com/feed/')).toBe(true);
    expect(isUrl('HTTP://blog.example.com/feed/')).toBe(true);
    expect(isUrl('file:///etc/passwd')).toBe(false);
    expect(isUrl('content/sources/feed.xml')).toBe(false);
    expect(isUrl('ftp://example.com/feed')).toBe(false);
  });
});
