/**
 * HTTP GET that keeps the response as sent: Node's fetch decompresses
 * bodies and hides whether the server compressed, which is what the weight
 * and header checks need to see.
 */
import http from 'node:http';
import zlib from 'node:zlib';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as it crossed the wire. */
  body: Buffer;
}

export function getRaw(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${url}`)));
  });
}

/** The body with its Content-Encoding undone (gzip, br, deflate). */
export function decodedBody(response: RawResponse): Buffer {
  switch (response.headers['content-encoding']) {
    case 'gzip':
      return zlib.gunzipSync(response.body);
    case 'br':
      return zlib.brotliDecompressSync(response.body);
    case 'deflate':
      return zlib.inflateSync(response.body);
    default:
      return response.body;
  }
}

/** Size after gzip at zlib's default level, the figure page-weight budgets use. */
export const gzipSize = (bytes: Buffer): number => zlib.gzipSync(bytes).length;

export const header = (response: RawResponse, name: string): string | null => {
  const value = response.headers[name.toLowerCase()];
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
};
