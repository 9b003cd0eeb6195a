// Where the test browsers live. They come from Debian's packages, never from a
// test tool's download; MRX_CHROMIUM / MRX_FIREFOX override the paths.
import { existsSync } from 'node:fs';

export const browsers = [
  { name: 'Chromium', path: process.env.MRX_CHROMIUM || '/usr/bin/chromium', apt: 'chromium' },
  { name: 'Firefox ESR', path: process.env.MRX_FIREFOX || '/usr/bin/firefox-esr', apt: 'firefox-esr' },
];

/** Chromium's flags everywhere it runs here (as root, on a machine whose only network is the package registries). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export const missingBrowsers = () => browsers.filter((browser) => !existsSync(browser.path));
