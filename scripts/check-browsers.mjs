// Runs before the browser tests: a missing browser gets one clear line, not a stack trace.
import { missingBrowsers } from './browsers.mjs';

const only = process.env.MRX_BROWSERS ? process.env.MRX_BROWSERS.split(',') : undefined;
const missing = missingBrowsers().filter((browser) => !only || only.some((name) => browser.name.toLowerCase().startsWith(name)));
if (missing.length) {
  for (const browser of missing) {
    console.error(`${browser.name} is not installed (looked for ${browser.path}). Install it with: sudo apt-get install -y ${browser.apt}`);
  }
  console.error('Or point MRX_CHROMIUM / MRX_FIREFOX at an existing binary.');
  process.exit(1);
}
