// Timings and memory in headless Chromium (Debian's, through playwright-core).
// Every page is served from memory on a made-up origin (no server, no
// network): bench/page.js, our dist/cdn files and the peers' bundles. Scripts
// are <link rel=modulepreload>ed, so a timing counts executing them, not
// fetching. Each sample is a fresh browser context (no warm code cache), and
// the cases take turns within each run, so a slow moment on a shared machine
// falls on all of them alike.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, browsers } from '../scripts/browsers.mjs';
import { CDN, closure, readMeta } from '../scripts/cdn-meta.mjs';
import { PEERS, bundle, peerFiles } from './peers.mjs';

const root = new URL('../', import.meta.url);
const ORIGIN = 'http://bench.localhost';
const START = Buffer.from('globalThis.benchStart??=performance.now();');

/** The widgets the memory cycles run, each with the page setup that loads it and the markup of one copy. */
export const MEMORY_CASES = {
  'mrx-faq-accordion': {
    setup: 'ours',
    markup: `<mrx-faq-accordion>${'<details><summary>Why stiff?</summary><p>Stillness.</p></details>'.repeat(5)}</mrx-faq-accordion>`,
  },
  'mrx-stiffness-quiz': { setup: 'quiz', markup: '<mrx-stiffness-quiz></mrx-stiffness-quiz>' },
  'mrx-location-cta': { setup: 'location', markup: '<mrx-location-cta></mrx-location-cta>' },
};

export const FAQ_VARIANTS = ['native', 'ours', ...PEERS.filter((peer) => peer.timing).map((peer) => peer.timing)];

/** Median, quartiles, min and max of samples (ms or bytes). */
export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => {
    const i = (sorted.length - 1) * q;
    return sorted[Math.floor(i)] + (sorted[Math.ceil(i)] - sorted[Math.floor(i)]) * (i - Math.floor(i));
  };
  return { median: at(0.5), p25: at(0.25), p75: at(0.75), min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/** n locations made from the demo's clinics, in four time zones. */
export function locations(n) {
  const demo = JSON.parse(readFileSync(new URL('demo/clinics.json', root), 'utf8'));
  const zones = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/Madrid'];
  return {
    organization: demo.organization,
    locations: Array.from({ length: n }, (_, i) => {
      const base = demo.locations[i % demo.locations.length];
      return {
        ...base,
        id: `clinic-${i + 1}`,
        name: `MotionRx ${i + 1}`,
        timezone: zones[i % zones.length],
        geo: { lat: base.geo.lat + i / 100, lng: base.geo.lng - i / 100 },
      };
    }),
  };
}

async function files() {
  const served = new Map();
  const meta = readMeta();
  for (const name of Object.keys(meta)) served.set(`/cdn/${name}`, readFileSync(new URL(name, CDN)));
  served.set('/bench/page.js', readFileSync(new URL('bench/page.js', root)));
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

/** A bench page: the setup's CSS, its scripts preloaded, bench/page.js, and templates for the memory cycles. */
function pageHtml({ modules, preload = modules, css = [] }, body = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>bench</title>
${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}${preload.map((href) => `<link rel="modulepreload" href="${href}">`).join('')}
<script>window.benchModules = ${JSON.stringify(modules)};</script><script src="/bench/page.js"></script>
</head><body><main id="root"></main>${body}</body></html>`;
}

export async function startBench() {
  const { served, setups } = await files();
  const browser = await chromium.launch({ executablePath: browsers[0].path, args: CHROMIUM_ARGS });
  const blocked = [];
  const errors = [];

  /** A fresh context and page on `html`; `use(page)` runs on it. */
  async function withPage(html, use) {
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

  return {
    version: browser.version(),
    blocked,
    errors,
    close: () => browser.close(),

    /** One sample of a FAQ variant with n items: { render, open } in ms (bench/page.js `faq`), then `added` on a fresh page (`faqAdded`). */
    faq: async (variant, n) => ({
      ...(await withPage(pageHtml(setups[variant]), (page) => page.evaluate(([variant, n]) => window.bench.faq(variant, n), [variant, n]))),
      added: await withPage(pageHtml(setups[variant]), (page) =>
        page.evaluate(([variant, n]) => window.bench.faqAdded(variant, n), [variant, n]),
      ),
    }),

    /** One sample of the quiz: first render, then a whole keyboard-only run to a result, with each press's time to rendered. */
    quiz: (lang, answers, questions) =>
      withPage(pageHtml(setups.quiz), async (page) => {
        const render = await page.evaluate((lang) => window.bench.quiz(lang), lang);
        const steps = [];
        let events = 0;
        const press = async (step, key) => {
          await page.keyboard.press(key);
          events += 2;
          const [down, up] = await page.evaluate((n) => window.bench.keys(n), events);
          // An interaction's latency, as INP counts it: the longest of its events.
          step.presses.push({ key, ms: Math.max(down.ms, up.ms) });
        };
        const focused = () =>
          page.evaluate(() => document.querySelector('mrx-stiffness-quiz').shadowRoot.activeElement?.textContent.trim());
        await page.evaluate(() => document.querySelector('mrx-stiffness-quiz').shadowRoot.querySelector('h2').focus());
        const intro = { id: 'start', presses: [] };
        steps.push(intro);
        await press(intro, 'Tab');
        await press(intro, 'Enter');
        for (const question of questions) {
          const step = { id: question.id, presses: [] };
          steps.push(step);
          const choice = answers[question.id];
          if (question.kind === 'single') {
            const target = question.options.indexOf(choice);
            await press(step, 'Tab');
            if (target === 0) await press(step, 'Space');
            for (let i = 0; i < target; i++) await press(step, 'ArrowDown');
            await press(step, 'Tab');
          } else {
            let position = -1;
            for (const value of choice.map((v) => question.options.indexOf(v)).sort((a, b) => a - b)) {
              for (; position < value; position++) await press(step, 'Tab');
              await press(step, 'Space');
            }
            for (; position < question.options.length; position++) await press(step, 'Tab');
          }
          const label = await focused();
          if (!/^\S/.test(label ?? '')) throw new Error(`bench: focus is not on a button before Next on ${question.id} (${label})`);
          await press(step, 'Enter');
        }
        const outcome = await page.evaluate(() => document.querySelector('mrx-stiffness-quiz').result?.outcome);
        if (!outcome) throw new Error('bench: the keyboard run did not reach a result');
        return { render, steps, outcome };
      }),

    /** One sample of the location CTA's first render with this configuration, in ms. */
    location: (config) => withPage(pageHtml(setups.location), (page) => page.evaluate((config) => window.bench.location(config), config)),

    /** Open-now computations per location, warm: { us, opened }. */
    openNow: (config, rounds) =>
      withPage(pageHtml(setups.hours), (page) =>
        page.evaluate(([config, rounds]) => window.bench.openNow(config, rounds), [config, rounds]),
      ),

    /**
     * Heap and DOM counters after cycles of connecting and removing a widget:
     * a warm-up, then two equal rounds. A leak grows the second round as much
     * as the first; warm caches and compiled code grow only the first.
     */
    memory: (tag, { warmup, cycles }) => {
      const config = tag === 'mrx-location-cta' ? locations(3) : null;
      const { setup, markup } = MEMORY_CASES[tag];
      return withPage(pageHtml(setups[setup], `<template id="${tag}">${markup}</template>`), async (page, context) => {
        const cdp = await context.newCDPSession(page);
        const measure = async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
          return { heap: usedSize, nodes, listeners: jsEventListeners };
        };
        const cycle = (times) =>
          page.evaluate(([tag, times, config]) => window.bench.cycle(tag, times, config?.locations ? config : null), [tag, times, config]);
        await cycle(warmup);
        const start = await measure();
        await cycle(cycles);
        const first = await measure();
        await cycle(cycles);
        const second = await measure();
        return { start, first, second };
      });
    },
  };
}

/** The quiz's questions (from the engine) and a run's answers: a mechanical result with no red flag (the spec's baseline B). */
export async function quizScript() {
  const { QUESTIONS } = await import(new URL('dist/stiffness-quiz/engine.js', root));
  const { outputFiles } = await build({
    entryPoints: [new URL('src/test-support/quiz-answers.ts', root).pathname],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const { BASELINE } = await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
  return { questions: QUESTIONS, answers: BASELINE };
}
