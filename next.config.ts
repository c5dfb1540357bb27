import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Pages are built from content/ at build time; nothing here needs a server runtime.
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
