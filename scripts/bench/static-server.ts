/**
 * A plain static file server for the serving comparison: the prerendered
 * HTML of a build (.next/server/app/<path>.html) and its assets
 * (/_next/static/*), nothing else. Files are read once and kept in memory,
 * and gzip is applied per request when the client accepts it, as `next start`
 * does, so the comparison measures the framework rather than a different
 * compression strategy.
 *
 * usage: node scripts/run.mjs bench/static-server <.next dir> <port>
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const [nextDir, portArg] = process.argv.slice(2);
if (!nextDir || !portArg) {
  console.error('usage: static-server.ts <.next dir> <port>');
  process.exit(2);
}
const appDir = path.resolve(nextDir, 'server', 'app');
const staticDir = path.resolve(nextDir, 'static');
const cache = new Map<string, Buffer | null>();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The file for a URL path, or null; never outside the two folders. */
function fileFor(urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath);
  const [dir, relative] = decoded.startsWith('/_next/static/')
    ? [staticDir, decoded.slice('/_next/static/'.length)]
    : [appDir, decoded === '/' ? 'index.html' : `${decoded.slice(1)}.html`];
  const file = path.resolve(dir, relative);
  return file.startsWith(dir + path.sep) ? file : null;
}

function read(file: string): Buffer | null {
  if (!cache.has(file))
    cache.set(file, fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null);
  return cache.get(file) ?? null;
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(url.pathname);
  const body = file ? read(file) : null;
  if (!file || !body) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (!accepts) {
    response.writeHead(200, { 'content-type': type, 'content-length': body.length, vary: 'Accept-Encoding' }).end(body);
    return;
  }
  zlib.gzip(body, (error, compressed) => {
    if (error) {
      response.writeHead(500).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': compressed.length,
        vary: 'Accept-Encoding',
      })
      .end(compressed);
  });
});

server.listen(Number(portArg), '127.0.0.1', () => console.log(`static server on http://127.0.0.1:${portArg}`));
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
