/** A throwaway HTTP server for the tests that fetch sources by URL. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type LocalServer = {
  /** "http://127.0.0.1:<port>", without a trailing slash. */
  base: string;
  /** Drops every open connection, then closes the server. */
  stop(): Promise<void>;
};

/** Serves `handler` on 127.0.0.1 only, on a free port the system picks. */
export async function startLocalServer(handler: http.RequestListener): Promise<LocalServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
