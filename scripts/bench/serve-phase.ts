/**
 * Serving phase: autocannon against `next start` and against a plain static
 * server holding the same prerendered HTML, one route and connection count
 * at a time, each run after a warm-up. Both are asked for gzip.
 */
import { createHash } from 'node:crypto';
import autocannon from 'autocannon';
import type { BenchResults, ServeRow } from '@/lib/bench/results';
import { decodedBody, getRaw, header } from './http';
import type { Server } from './processes';
import { startNext, startStatic } from './servers';

export interface ServeOptions {
  duration: number;
  warmup: number;
  connections: number[];
  nextPort: number;
  staticPort: number;
  routes: { family: string; path: string }[];
}

const GZIP = { 'accept-encoding': 'gzip' };

async function load(url: string, connections: number, duration: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration, headers: GZIP });
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Whether both servers send the same HTML (compared decompressed), and whether each compressed it. */
async function compare(
  next: Server,
  stat: Server,
  path: string,
): Promise<{ path: string; same: boolean; detail: string }> {
  const [a, b] = await Promise.all([getRaw(next.url + path, GZIP), getRaw(stat.url + path, GZIP)]);
  const [bodyA, bodyB] = [decodedBody(a), decodedBody(b)];
  const same = a.status === 200 && b.status === 200 && bodyA.equals(bodyB);
  const encoding = (response: typeof a): string => header(response, 'content-encoding') ?? 'none';
  return {
    path,
    same,
    detail:
      `next ${a.status} ${bodyA.length} B sha256 ${sha256(bodyA)} (${encoding(a)}, ${a.body.length} B sent); ` +
      `static ${b.status} ${bodyB.length} B sha256 ${sha256(bodyB)} (${encoding(b)}, ${b.body.length} B sent)`,
  };
}

export async function runServePhase(root: string, options: ServeOptions): Promise<NonNullable<BenchResults['serve']>> {
  const servers: Server[] = [];
  try {
    const next = await startNext(root, options.nextPort);
    servers.push(next);
    const stat = await startStatic(root, options.staticPort);
    servers.push(stat);
    const sameBytes = await Promise.all(options.routes.map((route) => compare(next, stat, route.path)));
    for (const check of sameBytes)
      console.log(`  same HTML on ${check.path}: ${check.same ? 'yes' : 'NO'} (${check.detail})`);
    const rows: ServeRow[] = [];
    for (const route of options.routes) {
      for (const connections of options.connections) {
        for (const [name, server] of [
          ['next start', next],
          ['static', stat],
        ] as const) {
          const url = server.url + route.path;
          if (options.warmup > 0) await load(url, connections, options.warmup);
          const result = await load(url, connections, options.duration);
          const row: ServeRow = {
            family: route.family,
            path: route.path,
            connections,
            server: name,
            requestsPerSecond: result.requests.average,
            p50Ms: result.latency.p50,
            p99Ms: result.latency.p99,
            errors: result.errors,
            non2xx: result.non2xx,
            bytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
          };
          rows.push(row);
          console.log(
            `  ${name} ${route.path} c=${connections}: ${Math.round(row.requestsPerSecond)} req/s, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms`,
          );
        }
      }
    }
    const notes = [
      `Load: autocannon, ${options.duration} s per run after ${options.warmup} s of warm-up, \`Accept-Encoding: gzip\`, keep-alive, one route at a time; the load generator runs on the same 2 cores as the server.`,
      'Static server: node:http serving the prerendered .html from memory, gzip per request (zlib default level), as `next start` compresses per request.',
    ];
    return { rows, sameBytes, notes };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}
