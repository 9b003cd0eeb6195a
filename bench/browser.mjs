// Timings and memory in headless Chromium (Debian's, through playwright-core).
// Every page is served from memory on a made-up origin (no server, no
// network): bench/page.js, our dist/cdn files and the peers' bundles. Scripts
// are <link rel=modulepreload>ed, so a timing counts executing them, not
// fetching. Each sample is a fresh browser context (no warm code cache), and
// the cases take turns within each run, so a slow moment on a shared machine
// falls on all of them alike. Any case can run with the CPU throttled (`cpu`).
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, browsers } from '../scripts/browsers.mjs';
import { CDN, closure, readMeta } from '../scripts/cdn-meta.mjs';
import { faqCase } from './cases/faq.mjs';
import { locationCase } from './cases/location.mjs';
import { memoryCase } from './cases/memory.mjs';
import { quizCase } from './cases/quiz.mjs';
import { PEERS, bundle, peerFiles } from './peers.mjs';

export { FAQ_VARIANTS } from './cases/faq.mjs';
export { locations } from './cases/location.mjs';
export { MEMORY_CASES } from './cases/memory.mjs';
export { quizScript } from './cases/quiz.mjs';

const root = new URL('../', import.meta.url);
const ORIGIN = 'http://bench.localhost';
const START = Buffer.from('globalThis.benchStart??=performance.now();');
/** The in-page halves of the cases, loaded after bench/page.js on every bench page. */
const CASE_SCRIPTS = readdirSync(new URL('bench/cases/', root))
  .filter((name) => name.endsWith('.page.js'))
  .sort()
  .map((name) => `/bench/cases/${name}`);

async function files() {
  const served = new Map();
  const meta = readMeta();
  for (const name of Object.keys(meta)) served.set(`/cdn/${name}`, readFileSync(new URL(name, CDN)));
  served.set('/bench/page.js', readFileSync(new URL('bench/page.js', root)));
  for (const path of CASE_SCRIPTS) served.set(path, readFileSync(new URL(path.slice(1), root)));
  served.set('/bench/hours.js', await bundle({ entry: 'src/location-cta/hours.ts' }));
  const peers = {};
  for (const peer of PEERS.filter((p) => p.timing)) {
    const { script, css } = await peerFiles(peer);
    served.set(`/peer/${peer.id}.js`, script);
    css.forEach((text, i) => served.set(`/peer/${peer.id}-${i}.css`, text));
    peers[peer.timing] = { modules: [`/peer/${peer.id}.js`], css: css.map((_, i) => `/peer/${peer.id}-${i}.css`) };
  }
  // Ours: the entry, preloaded with every chunk it may import (static and lazy).
  const ours = (entry) => ({ modules: [`/cdn/${entry}`], preload: [...closure(meta, entry, true)].map((name) => `/cdn/${name}`) });
  return {
    served,
    setups: {
      native: { modules: [] },
      ours: ours('faq-accordion.js'),
      quiz: ours('stiffness-quiz.js'),
      location: ours('location-cta.js'),
      hours: { modules: ['/bench/hours.js'] },
      ...peers,
    },
  };
}

/** A bench page: the setup's CSS, its scripts preloaded, bench/page.js and the cases' page scripts, and templates for the memory cycles. */
function pageHtml({ modules, preload = modules, css = [] }, body = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>bench</title>
${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}${preload.map((href) => `<link rel="modulepreload" href="${href}">`).join('')}
<script>window.benchModules = ${JSON.stringify(modules)};</script><script src="/bench/page.js"></script>${CASE_SCRIPTS.map((src) => `<script src="${src}"></script>`).join('')}
</head><body><main id="root"></main>${body}</body></html>`;
}

export async function startBench() {
  const { served, setups } = await files();
  const browser = await chromium.launch({ executablePath: browsers[0].path, args: CHROMIUM_ARGS });
  const blocked = [];
  const errors = [];

  /**
   * A fresh context and page on `html`; `use(page)` runs on it. With `cpu` over
   * 1, Chromium slows the page's CPU that many times (DevTools' CPU throttling,
   * as a phone), set once the page has loaded and before anything is timed.
   */
  async function withPage(html, use, { cpu = 1 } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === ORIGIN && url.pathname === '/') return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
      const body = url.origin === ORIGIN && served.get(url.pathname);
      if (body && url.pathname.endsWith('.css')) return route.fulfill({ body: Buffer.from(body), contentType: 'text/css' });
      // Every widget module, ours or a peer's, notes when the first of them starts to run: the clock's start (bench/page.js).
      if (body)
        return route.fulfill({
          body: Buffer.concat([/^\/(cdn|peer)\//.test(url.pathname) ? START : Buffer.alloc(0), Buffer.from(body)]),
          contentType: 'text/javascript',
        });
      blocked.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const measure = async () => {
      await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
      if (cpu !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
      // The new page's own start-up work (first frames, a collection) is over before anything is timed.
      await page.evaluate(async () => {
        await new Promise((resolve) => setTimeout(resolve, 250));
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
      });
      return use(page, context);
    };
    let timer;
    // No page may hang the bench (or npm test): a minute each is ample.
    const limit = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('bench: a page took over 60 s')), 60_000)));
    try {
      return await Promise.race([limit, measure()]);
    } finally {
      clearTimeout(timer);
      await context.close();
    }
  }

  const cases = { withPage, pageHtml, setups };
  return {
    version: browser.version(),
    blocked,
    errors,
    close: () => browser.close(),
    ...faqCase(cases),
    quiz: quizCase(cases),
    ...locationCase(cases),
    memory: memoryCase(cases),
  };
}
