/**
 * Fetching a feed given as a URL: http(s) only, a timeout, and a size cap
 * enforced while streaming, so a slow or endless response cannot hang or
 * exhaust the ingest.
 */
export const FETCH_TIMEOUT_MS = 20_000;
export const FETCH_MAX_BYTES = 10 * 1024 * 1024;

export function isUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}

/** Returns the body bytes, or throws an Error whose message says what went wrong. */
export async function fetchSource(
  url: string,
  { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = FETCH_MAX_BYTES } = {},
): Promise<Uint8Array> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'follow',
    headers: {
      accept:
        'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.1',
    },
  });
  // An unread body keeps its connection open (and the server sending) until the timeout: release it.
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`response larger than ${maxBytes} bytes`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    total += part.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`response larger than ${maxBytes} bytes`);
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks);
}
