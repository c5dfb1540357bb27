/**
 * How Debian's Chromium is run here, by the browser tests and the benchmark
 * alike. Headless without a sandbox or GPU (none in CI containers); the
 * background-networking flags stop it from trying to reach the internet.
 */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
