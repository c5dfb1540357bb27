import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { CACHEABLE_PATHS, PAGE_CACHE_CONTROL } from './lib/cache-headers';
import { comparisonRedirects } from './lib/guides/compare/pairs';
import { extractorVersion } from './lib/records/cache/fingerprint';
import { imageOrigins, securityHeaders } from './lib/security-headers';

// A role's slug is its file name in content/roles (the records check that), so
// the reversed comparison addresses can be listed before any page is built.
const roleSlugs = fs
  .readdirSync(path.join(process.cwd(), 'content', 'roles'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -'.md'.length));

// Articles hotlink their images; the policy allows exactly the origins they use.
const articlesDir = path.join(process.cwd(), 'content', 'articles');
const articleImages = imageOrigins(
  fs
    .readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => fs.readFileSync(path.join(articlesDir, name), 'utf8')),
);

const nextConfig: NextConfig = {
  // Pages are built from content/ at build time; nothing here needs a server runtime.
  reactStrictMode: true,
  poweredByHeader: false,
  // The build type-checks what it ships (app/, components/, lib/); tests and scripts are
  // checked by `npm run typecheck`, which CI runs before the build.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  experimental: {
    // Next keeps a core for its main process, which waits while pages are generated;
    // on this 2-core machine a second page worker cut generating 985 pages from 100 s to 73 s.
    cpus: os.availableParallelism(),
  },
  // Keys the records cache (lib/records/cache): a change to an extractor, the schema or a
  // library version gives a new key, so no build reads records an older extractor wrote.
  env: { CAREER_RECORDS_EXTRACTOR: extractorVersion(process.cwd()) },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(articleImages) },
      // Pages rendered per request (/salaries?role=…) depend only on their
      // address and the build, so they are as cacheable as prerendered ones.
      { source: CACHEABLE_PATHS, headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }] },
    ];
  },
  async redirects() {
    return comparisonRedirects(roleSlugs);
  },
};

export default nextConfig;
