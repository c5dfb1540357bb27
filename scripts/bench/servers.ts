/** The two servers the bench measures: `next start` and the plain static server, both on 127.0.0.1. */
import fs from 'node:fs';
import path from 'node:path';
import { startServer, commandArgs, type Server } from './processes';

export const nextUrl = (port: number): string => `http://127.0.0.1:${port}`;

/** `next start` on the build in `root/.next`. */
export function startNext(root: string, port: number): Promise<Server> {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')))
    throw new Error('no production build in .next; run the build phase first');
  return startServer(
    'next start',
    path.join(root, 'node_modules', '.bin', 'next'),
    ['start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: root,
      url: nextUrl(port),
      readyPath: '/roles',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
}

/** scripts/bench/static-server.ts on the same build's prerendered HTML. */
export function startStatic(root: string, port: number): Promise<Server> {
  return startServer(
    'static server',
    process.execPath,
    commandArgs(root, 'bench/static-server', [path.join(root, '.next'), String(port)]),
    {
      cwd: root,
      url: nextUrl(port),
      readyPath: '/roles',
    },
  );
}

/** One real article slug (the first by name), for the article route family. */
export function sampleArticleSlug(root: string): string {
  const first = fs
    .readdirSync(path.join(root, 'content', 'articles'))
    .filter((name) => name.endsWith('.md'))
    .sort()[0];
  if (!first) throw new Error('content/articles is empty');
  return first.slice(0, -'.md'.length);
}
