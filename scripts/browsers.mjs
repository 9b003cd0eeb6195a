// Where the test browsers live. They come from Debian's packages, never from a
// test tool's download; MRX_CHROMIUM / MRX_FIREFOX override the paths.
import { existsSync } from 'node:fs';

export const browsers = [
  { name: 'Chromium', path: process.env.MRX_CHROMIUM || '/usr/bin/chromium', apt: 'chromium' },
  { name: 'Firefox ESR', path: process.env.MRX_FIREFOX || '/usr/bin/firefox-esr', apt: 'firefox-esr' },
];

export const missingBrowsers = () => browsers.filter((browser) => !existsSync(browser.path));
