// Component tests in real browsers: Debian's Chromium and Firefox ESR, both
// driven by puppeteer-core (Firefox over WebDriver BiDi). No browser download.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, browsers } from './scripts/browsers.mjs';
import { CSP } from './scripts/csp.mjs';
import { openPagePlugin } from './scripts/wtr-open-page.mjs';
import { snapshotPlugin } from './scripts/wtr-snapshots.mjs';
import { summaryReporter } from './scripts/wtr-summary.mjs';

const [chromium, firefox] = browsers;
const only = process.env.MRX_BROWSERS ? process.env.MRX_BROWSERS.split(',') : undefined;

const chromiumLauncher = chromeLauncher({
  puppeteer,
  launchOptions: {
    executablePath: chromium.path,
    headless: true,
    args: CHROMIUM_ARGS,
  },
});
chromiumLauncher.name = 'Chromium';

const firefoxLauncher = chromeLauncher({
  puppeteer,
  launchOptions: { browser: 'firefox', executablePath: firefox.path, headless: true },
});
firefoxLauncher.name = 'Firefox';

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['src/**/*.test.ts', 'demo/**/*.test.ts', 'stories/**/*.test.ts'],
  // Lit's production build, as users get it (and no dev-mode banner in the logs).
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time per browser: a background tab's animation frames are
  // throttled, and several tests wait for frames.
  concurrency: 1,
  browsers: [chromiumLauncher, firefoxLauncher].filter(
    (launcher) => !only || only.some((name) => launcher.name.toLowerCase().startsWith(name)),
  ),
  // target 'auto' transforms TypeScript only: the built dist/ files are served byte for byte.
  // Pages that tests open (the demo, fixtures) get the strict policy webmasters
  // are told to use; the runner's own test pages need inline scripts and don't.
  // `?no-csp` lets a test inject axe-core, which Trusted Types would refuse.
  // `?delay=ms` holds a response back: a slow server, for the location CTA's `src`.
  middleware: [
    async (context, next) => {
      if (context.query.delay) await new Promise((resolve) => setTimeout(resolve, Number(context.query.delay)));
      return next();
    },
    (context, next) => {
      if (/^\/(demo\/|src\/.*\/fixtures\/).*\.html$/.test(context.path) && !context.query['no-csp'])
        context.set('Content-Security-Policy', CSP);
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    openPagePlugin(),
    snapshotPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
