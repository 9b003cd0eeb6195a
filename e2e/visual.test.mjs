// Visual baselines: every story of the built Storybook (storybook-static/,
// which `npm test` builds first), screenshotted in Debian's Chromium and
// compared pixel by pixel with e2e/baselines/<story-id>/<lang-dir>-<width>-<theme>.png.
// What it pins: English left to right and Spanish right to left, 1280 and 360
// px wide, the light default brand and the dark one; 8 images a story.
// A changed image, a missing baseline, or a baseline of a story that no longer
// exists fails. `MRX_UPDATE_BASELINES=1` (the end of `npm run update-snapshots`)
// writes the baselines instead and removes stale ones: review them in the diff.
// Changed images leave <name>-actual.png and <name>-diff.png in e2e/visual-diffs/.
// Deterministic: one fixed moment (the open-now status and the summary's date
// depend on it), New York time, en-US, reduced motion, a granted geolocation
// at a fixed place, no caret, animations stopped, device scale factor 1.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { CONTENT_TYPES, listenOnLoopback } from './loopback.mjs';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, browsers } from '../scripts/browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const STATIC = join(root, 'storybook-static');
const BASELINES = join(root, 'e2e/baselines');
const DIFFS = join(root, 'e2e/visual-diffs');
const UPDATE = process.env.MRX_UPDATE_BASELINES === '1';

const LANGUAGES = { 'en-ltr': 'locale:en;dir:ltr', 'es-rtl': 'locale:es;dir:rtl' };
const WIDTHS = [1280, 360];
const THEMES = ['motionrx', 'dark']; // ids from stories/support/themes.ts: the light default and the dark page
const HEIGHT = 800;
// Per pixel: pixelmatch's colour distance (OKLab HyAB, 0 to 1) above which a pixel differs; its
// anti-aliasing detection ignores smoothed edges. Per image: how many differing pixels still pass.
// Measured over repeated full runs: the only noise is 5 to 10 corner pixels of the nearest-clinic
// card, 1/255 apart, far below the threshold; so no pixel is allowed on top. (A chevron turned the
// wrong way changes only 28 pixels: a 0.02% allowance, 110 pixels of a 1248x456 image, would miss it.)
const THRESHOLD = 0.1;
const MAX_DIFF_PIXELS = 0;
// Where the location CTA's "nearest clinic" asks the browser (Clearwater, as in stories/storybook.test.ts),
// and the one moment every run sees: a Tuesday, 10:00 in New York, when the clinics are open.
const POSITION = { latitude: 27.96, longitude: -82.75 };
const NOW = new Date('2026-12-01T15:00:00Z');
const PAGES = 2; // the machine has two cores

/** storybook-static/ on a free loopback port (no CSP: Storybook runs inline scripts); resolves { origin, close }. */
function serveStorybook() {
  return listenOnLoopback(async (request, response) => {
    const file = normalize(join(STATIC, decodeURIComponent(new URL(request.url, 'http://localhost').pathname)));
    try {
      if (!file.startsWith(STATIC + '/')) throw new Error('outside storybook-static');
      const content = await readFile(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(content);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
}

const stories = existsSync(join(STATIC, 'index.json'))
  ? Object.values(JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8')).entries)
      .filter((entry) => entry.type === 'story')
      .map((entry) => entry.id)
  : [];
const imageNames = Object.keys(LANGUAGES).flatMap((language) =>
  WIDTHS.flatMap((width) => THEMES.map((theme) => `${language}-${width}-${theme}.png`)),
);

const counts = { unchanged: 0, changed: 0, written: 0, removed: 0, retaken: 0 };
const started = Date.now();
let server;
let browser;
let context;
/** Idle pages, each with its count of requests in flight; at most PAGES exist. */
const idle = [];
let pageCount = 0;
const waiting = [];

async function takePage() {
  if (idle.length) return idle.pop();
  if (pageCount < PAGES) {
    pageCount++;
    const page = await context.newPage();
    const tracked = { page, inFlight: 0 };
    page.on('request', () => tracked.inFlight++);
    page.on('requestfinished', () => tracked.inFlight--);
    page.on('requestfailed', () => tracked.inFlight--);
    return tracked;
  }
  return new Promise((resolve) => waiting.push(resolve));
}
function givePage(tracked) {
  const next = waiting.shift();
  if (next) next(tracked);
  else idle.push(tracked);
}

before(async () => {
  assert.ok(stories.length, 'storybook-static/index.json lists no story: run npm run build-storybook first');
  rmSync(DIFFS, { recursive: true, force: true });
  server = await serveStorybook();
  browser = await chromium.launch({ executablePath: browsers[0].path, args: CHROMIUM_ARGS });
  context = await browser.newContext({
    viewport: { width: WIDTHS[0], height: HEIGHT },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'America/New_York',
    reducedMotion: 'reduce',
    geolocation: { ...POSITION, accuracy: 10 },
    permissions: ['geolocation'],
  });
  await context.clock.setFixedTime(NOW);
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const compared = counts.unchanged + counts.changed;
  console.log(
    `visual baselines: ${stories.length} stories, ${compared} images compared (${counts.unchanged} unchanged, ${counts.changed} changed), ` +
      `${counts.written} written${counts.removed ? `, ${counts.removed} stale removed` : ''}${counts.retaken ? `, ${counts.retaken} taken again after a first mismatch` : ''}, in ${seconds} s`,
  );
});

/** Resolves once the story rendered and ran its play function, its fetches ended, fonts loaded and two frames painted. */
async function settle(tracked) {
  const { page } = tracked;
  const phase = await page.waitForFunction(
    () => {
      const current = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return ['finished', 'errored', 'aborted'].includes(current) && current;
    },
    null,
    { timeout: 20000 },
  );
  assert.equal(await phase.jsonValue(), 'finished', 'story and play function finished');
  // Lazy chunks (Spanish copy) and fetched configuration: wait until nothing is in flight for a moment.
  for (let quiet = 0; quiet < 3;) {
    await page.waitForTimeout(50);
    quiet = tracked.inFlight > 0 ? 0 : quiet + 1;
  }
  await page.evaluate(async () => {
    await document.fonts.ready;
    const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.tagName.startsWith('MRX-'));
    await Promise.all(widgets.map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** A screenshot of the whole story root, decoded. */
const shoot = async (page) =>
  PNG.sync.read(await page.locator('#storybook-root').screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' }));

/** Pixels of `actual` that differ from `expected` (Infinity for another size), and the diff image. */
function compare(expected, actual) {
  if (!expected || expected.width !== actual.width || expected.height !== actual.height) return { different: Infinity };
  const diff = new PNG({ width: actual.width, height: actual.height });
  return { different: pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD }), diff };
}

/**
 * Screenshots until two in a row are identical (at most 5 tries), so an image
 * still changing is never taken for the result.
 */
async function stableShot(page, first) {
  let previous = first ?? (await shoot(page));
  for (let attempt = 0; attempt < 4; attempt++) {
    const next = await shoot(page);
    if (next.data.equals(previous.data) && next.width === previous.width) return next;
    previous = next;
  }
  throw new Error('the story did not settle: five screenshots in a row differ');
}

/**
 * Lossless and about half the size of the browser's own PNG: UI screenshots
 * have long runs of one colour, which deflate finds best unfiltered.
 */
const compact = (png) => PNG.sync.write(png, { filterType: 0, deflateLevel: 9, deflateStrategy: 0 });

/** Compares the story root with its baseline (or writes it); returns a problem line or undefined. */
async function check(page, story, name) {
  const baselineFile = join(BASELINES, story, name);
  const expected = existsSync(baselineFile) ? PNG.sync.read(readFileSync(baselineFile)) : undefined;
  if (UPDATE) {
    const actual = await stableShot(page);
    // What the test would pass stays as it is: no churn in the baselines' history.
    if (compare(expected, actual).different <= MAX_DIFF_PIXELS) {
      counts.unchanged++;
    } else {
      mkdirSync(join(BASELINES, story), { recursive: true });
      writeFileSync(baselineFile, compact(actual));
      counts.written++;
    }
    return undefined;
  }
  if (!expected) return `${relative(root, baselineFile)} is missing: run npm run update-snapshots and review the new image`;
  let actual = await shoot(page);
  let { different, diff } = compare(expected, actual);
  if (different > MAX_DIFF_PIXELS) {
    // Perhaps caught mid-change: compare a settled image before calling it changed.
    counts.retaken++;
    actual = await stableShot(page, actual);
    ({ different, diff } = compare(expected, actual));
  }
  if (different <= MAX_DIFF_PIXELS) {
    counts.unchanged++;
    return undefined;
  }
  counts.changed++;
  const diffBase = join(DIFFS, story, name.replace(/\.png$/, ''));
  mkdirSync(join(DIFFS, story), { recursive: true });
  writeFileSync(`${diffBase}-actual.png`, compact(actual));
  if (diff) {
    writeFileSync(`${diffBase}-diff.png`, compact(diff));
    return `${relative(root, baselineFile)}: ${different} pixels differ; see ${relative(root, diffBase)}-actual.png and -diff.png`;
  }
  return `${relative(root, baselineFile)}: size ${expected.width}x${expected.height} became ${actual.width}x${actual.height}; see ${relative(root, diffBase)}-actual.png`;
}

describe('visual baselines of every Storybook story', { concurrency: PAGES }, () => {
  test('the baselines are exactly one folder of 8 images per story, nothing stale', () => {
    const expected = new Set(stories.flatMap((story) => imageNames.map((name) => join(story, name))));
    const present = existsSync(BASELINES)
      ? readdirSync(BASELINES, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(BASELINES, join(entry.parentPath ?? entry.path, entry.name)))
      : [];
    const stale = present.filter((file) => !expected.has(file)).sort();
    if (UPDATE) {
      for (const file of stale) rmSync(join(BASELINES, file));
      for (const dir of readdirSync(BASELINES, { withFileTypes: true }))
        if (dir.isDirectory() && !readdirSync(join(BASELINES, dir.name)).length) rmSync(join(BASELINES, dir.name), { recursive: true });
      counts.removed = stale.length;
      return;
    }
    const without = stories.filter((story) => !existsSync(join(BASELINES, story)));
    assert.deepEqual(
      { stale, without },
      { stale: [], without: [] },
      'stale: baselines of stories or images that no longer exist; without: stories with no baseline folder. Run npm run update-snapshots and review the change.',
    );
  });

  for (const story of stories) {
    test(story, { timeout: 120000 }, async () => {
      const problems = [];
      const tracked = await takePage();
      const { page } = tracked;
      try {
        for (const [language, globals] of Object.entries(LANGUAGES)) {
          for (const theme of THEMES) {
            await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT });
            await page.goto(`${server.origin}/iframe.html?id=${story}&viewMode=story&globals=${globals};theme:${theme};motion:reduce`);
            await settle(tracked);
            // The narrow image comes from resizing the same page: for every story that gave the
            // same pixels as a fresh load at 360 px (checked once by reloading instead).
            for (const width of WIDTHS) {
              if (width !== WIDTHS[0]) {
                await page.setViewportSize({ width, height: HEIGHT });
                await settle(tracked);
              }
              const problem = await check(page, story, `${language}-${width}-${theme}.png`);
              if (problem) problems.push(problem);
            }
          }
        }
      } finally {
        givePage(tracked);
      }
      assert.equal(
        problems.length,
        0,
        `${problems.length} of 8 images do not match their baselines:\n${problems.join('\n')}\nIf the change is meant, run npm run update-snapshots and review the new baselines.`,
      );
    });
  }
});
