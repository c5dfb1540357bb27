/**
 * Page-weight phase: for each route family, the HTML (raw and gzip) and the
 * gzipped size of every script it loads, fetched from `next start`; the
 * framework's share is what every family loads; and the response headers
 * that decide compression and caching.
 */
import { commonScripts, evaluateBudget, inlineScriptBytes, scriptSources } from '@/lib/bench/page-weight';
import type { BenchResults, HeaderCheck, WeightRow } from '@/lib/bench/results';
import type { BenchRoute } from '@/lib/bench/routes';
import { decodedBody, getRaw, gzipSize, header } from './http';
import { startNext } from './servers';

const GZIP = { 'accept-encoding': 'gzip' };

function headerChecks(
  html: { path: string; cacheControl: string | null; encoding: string | null }[],
  asset: { path: string; cacheControl: string | null; encoding: string | null } | null,
): HeaderCheck[] {
  const checks: HeaderCheck[] = [];
  for (const page of html) {
    checks.push({
      what: 'HTML compressed',
      url: page.path,
      header: 'Content-Encoding',
      value: page.encoding,
      expected: 'gzip or br',
      ok: page.encoding === 'gzip' || page.encoding === 'br',
    });
    checks.push({
      what: 'HTML cacheable by a CDN',
      url: page.path,
      header: 'Cache-Control',
      value: page.cacheControl,
      expected: 's-maxage and stale-while-revalidate',
      ok: /s-maxage=\d+/.test(page.cacheControl ?? '') && /stale-while-revalidate/.test(page.cacheControl ?? ''),
    });
  }
  if (asset) {
    checks.push({
      what: 'Hashed asset compressed',
      url: asset.path,
      header: 'Content-Encoding',
      value: asset.encoding,
      expected: 'gzip or br',
      ok: asset.encoding === 'gzip' || asset.encoding === 'br',
    });
    checks.push({
      what: 'Hashed asset cached immutably',
      url: asset.path,
      header: 'Cache-Control',
      value: asset.cacheControl,
      expected: 'immutable, max-age ≥ 1 year',
      ok:
        /immutable/.test(asset.cacheControl ?? '') &&
        Number(/max-age=(\d+)/.exec(asset.cacheControl ?? '')?.[1] ?? 0) >= 31_536_000,
    });
  }
  return checks;
}

export async function runWeightPhase(
  root: string,
  port: number,
  routes: readonly BenchRoute[],
): Promise<NonNullable<BenchResults['weight']>> {
  const server = await startNext(root, port);
  try {
    const pages = [];
    for (const route of routes) {
      const response = await getRaw(server.url + route.path, GZIP);
      const html = decodedBody(response);
      pages.push({ route, response, html, scripts: scriptSources(html.toString('utf8')) });
    }
    // Each script once, uncompressed, then gzipped here so every size is measured the same way.
    const sizes = new Map<string, number>();
    for (const src of new Set(pages.flatMap((page) => page.scripts))) {
      const response = await getRaw(new URL(src, server.url).href);
      if (response.status !== 200) throw new Error(`script ${src} answered ${response.status}`);
      sizes.set(src, gzipSize(decodedBody(response)));
    }
    const framework = commonScripts(pages.filter((page) => page.response.status === 200).map((page) => page.scripts));
    const rows: WeightRow[] = pages.map(({ route, response, html, scripts }) => ({
      family: route.family,
      path: route.path,
      status: response.status,
      htmlBytes: html.length,
      htmlGzipBytes: gzipSize(html),
      inlineScriptBytes: inlineScriptBytes(html.toString('utf8')),
      scripts,
      jsGzipBytes: scripts.reduce((sum, src) => sum + (sizes.get(src) ?? 0), 0),
      contentEncoding: header(response, 'content-encoding'),
      cacheControl: header(response, 'cache-control'),
      budget: route.budgeted ? evaluateBudget(scripts, framework, sizes) : null,
    }));
    const firstAsset = framework[0] ?? null;
    const asset = firstAsset ? await getRaw(new URL(firstAsset, server.url).href, GZIP) : null;
    const checked = rows.filter(
      (row) => row.family === 'role guide' || row.family === 'article' || row.family === 'salaries',
    );
    const headers = headerChecks(
      checked.map((row) => ({ path: row.path, cacheControl: row.cacheControl, encoding: row.contentEncoding })),
      asset && firstAsset
        ? {
            path: firstAsset,
            cacheControl: header(asset, 'cache-control'),
            encoding: header(asset, 'content-encoding'),
          }
        : null,
    );
    for (const row of rows) {
      const budget = row.budget ? (row.budget.pass ? ' budget pass' : ' budget FAIL') : '';
      console.log(`  ${row.path}: HTML ${row.htmlGzipBytes} B gzip, JS ${row.jsGzipBytes} B gzip${budget}`);
    }
    return {
      rows,
      frameworkScripts: framework,
      frameworkJsGzipBytes: framework.reduce((sum, src) => sum + (sizes.get(src) ?? 0), 0),
      headers,
    };
  } finally {
    await server.stop();
  }
}
