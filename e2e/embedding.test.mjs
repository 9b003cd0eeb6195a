// End-to-end: the built files in dist/cdn on pages like the ones webmasters
// make, in Debian's Chromium driven by playwright-core (Playwright's Firefox
// needs its own browser build, which this project never downloads).
// Run with `npm run test:e2e` after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import fc from 'fast-check';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, browsers } from '../scripts/browsers.mjs';
import { MODES, startServer } from './server.mjs';
import { NOTHING_LOGGED, pagesOf, record, UPGRADED, use } from './page-helpers.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url);
let server;
let browser;
let withPage;

before(async () => {
  server = await startServer();
  browser = await chromium.launch({
    executablePath: browsers[0].path,
    args: CHROMIUM_ARGS,
  });
  ({ withPage } = pagesOf(browser, server.origin));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('loading the widgets', () => {
  for (const mode of Object.keys(MODES).filter((mode) => !['twice', 'two-versions', 'hostile', 'fuzz', 'react', 'vue'].includes(mode))) {
    test(`${mode}: every widget works, nothing logged, no CSP violation`, async () => {
      await withPage(`/e2e/load/${mode}.html`, async ({ page }) => {
        const seen = await use(page);
        assert.equal(seen.faqOpen, 'true');
        assert.equal(seen.quiz, 'Question 1 of 12');
        assert.match(seen.status, /^(Open now|Closed)\b/);
        assert.deepEqual(seen.log, NOTHING_LOGGED);
      });
    });
  }

  test('moved, removed and re-added: the widgets keep working and their state', async () => {
    await withPage('/e2e/load/defer.html', async ({ page }) => {
      await use(page);
      await page.evaluate(async () => {
        const main = document.querySelector('main');
        const aside = main.appendChild(document.createElement('aside'));
        for (const el of document.querySelectorAll('mrx-faq-accordion, mrx-stiffness-quiz, mrx-location-cta')) aside.append(el);
        const cta = document.querySelector('mrx-location-cta');
        cta.remove();
        await new Promise((resolve) => setTimeout(resolve, 50));
        aside.prepend(cta);
      });
      const seen = await page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return {
          faqOpen: document.querySelector('mrx-faq-accordion').shadowRoot.querySelector('button').getAttribute('aria-expanded'),
          quiz: document.querySelector('mrx-stiffness-quiz').shadowRoot.querySelector('[part="progress"]')?.textContent.trim(),
          status: document.querySelector('mrx-location-cta').shadowRoot.querySelector('[part~="status"]')?.textContent.trim(),
          log: window.__mrxLog,
        };
      });
      assert.equal(seen.faqOpen, 'true');
      assert.equal(seen.quiz, 'Question 1 of 12');
      assert.match(seen.status, /^(Open now|Closed)\b/);
      assert.deepEqual(seen.log, NOTHING_LOGGED);
    });
  });
});

describe('loaded twice', () => {
  for (const [mode, other] of [
    ['twice', '0.1.0'],
    ['two-versions', '0.0.1-other'],
  ]) {
    test(`${mode}: no exception, the first copy wins, one warning naming both versions`, async () => {
      await withPage(`/e2e/load/${mode}.html`, async ({ page }) => {
        const seen = await use(page);
        assert.deepEqual(seen.log.errors, []);
        assert.deepEqual(seen.log.violations, []);
        assert.equal(seen.log.warnings.length, 1, seen.log.warnings.join('\n'));
        assert.match(seen.log.warnings[0], /^@motionrx\/widgets \S+ not registered: <mrx-[a-z-]+> is already defined by version \S+\./);
        assert.ok(seen.log.warnings[0].includes(other));
      });
    });
  }
});

describe('hostile host CSS', () => {
  test('62.5% root size, global button/h3/input/* rules: readable, usable, in the page font; screenshot saved', async () => {
    await withPage('/e2e/load/hostile.html', async ({ page }) => {
      const seen = await use(page);
      assert.deepEqual(seen.log, NOTHING_LOGGED);
      const styles = await page.evaluate(() => {
        const faqButton = document.querySelector('mrx-faq-accordion').shadowRoot.querySelector('button');
        const quizButton = document.querySelector('mrx-stiffness-quiz').shadowRoot.querySelector('button');
        const book = document.querySelector('mrx-location-cta').shadowRoot.querySelector('[part~="book"]');
        const of = (el) => ({
          font: getComputedStyle(el).fontFamily,
          size: parseFloat(getComputedStyle(el).fontSize),
          width: el.getBoundingClientRect().width,
          height: el.getBoundingClientRect().height,
        });
        return { faq: of(faqButton), quiz: of(quizButton), book: of(book), body: getComputedStyle(document.body).fontFamily };
      });
      for (const [name, style] of Object.entries({ faq: styles.faq, quiz: styles.quiz, book: styles.book })) {
        assert.equal(style.font, styles.body, `${name} inherits the page font`);
        assert.ok(style.size >= 12, `${name} text is ${style.size}px`);
        assert.ok(style.height >= 24, `${name} target is ${style.height}px tall`);
      }
      // The theme's `summary { display: block }` does not bring back the summary the FAQ hides.
      assert.equal(await page.locator('mrx-faq-accordion summary').first().isVisible(), false);
      // The theme's `button { width: 100px }` does not reach inside: the FAQ question spans the accordion.
      assert.ok(styles.faq.width > 300, `FAQ question is ${styles.faq.width}px wide`);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: new URL('hostile.png', SHOTS).pathname, fullPage: true });
    });
  });
});

describe('without JavaScript', () => {
  test('the FAQ and the location CTA fallback are readable and their links work', async () => {
    await withPage('/e2e/load/defer.html', { javaScriptEnabled: false }, async ({ page }) => {
      const summary = page.locator('mrx-faq-accordion summary').first();
      assert.equal(await summary.isVisible(), true);
      await summary.click();
      assert.equal(await page.locator('mrx-faq-accordion details').first().getAttribute('open'), '');
      assert.equal(await page.locator('mrx-faq-accordion details p').first().isVisible(), true);
      const links = await page
        .locator('mrx-location-cta .fallback a')
        .evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.href, a.getBoundingClientRect().height > 0]));
      assert.deepEqual(links, [
        ['(813) 555-0100', 'tel:+18135550100', true],
        ['Book a visit', 'https://example.com/book/tampa', true],
      ]);
      assert.equal(await page.locator('mrx-stiffness-quiz p').isVisible(), true);
    });
  });
});

describe('network and storage', () => {
  test('by default: no request beyond the page and its script files, no cookie, no storage, through a whole quiz', async () => {
    await withPage('/e2e/load/defer.html', async ({ context, page, requests }) => {
      await use(page);
      // Through to a result by clicks, as a reader would.
      const answers = {
        age: '16to49',
        emergency: 'none',
        warning: 'none',
        easeTime: 'lt20',
        relief: 'rest',
        night: 'no',
        buttock: 'no',
        onset: 'sudden',
        duration: 'lt6w',
        onsetAge: '45plus',
        related: 'none',
        factors: 'tightHips',
      };
      const quiz = page.locator('mrx-stiffness-quiz');
      for (let step = 0; step < 12; step++) {
        const name = await quiz.locator('input').first().getAttribute('name');
        await quiz.locator(`input[value="${answers[name]}"]`).click();
        await quiz.locator('button.primary').click();
      }
      await page.waitForFunction(() => document.querySelector('mrx-stiffness-quiz').shadowRoot.querySelector('[part="result"]'));
      const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
      assert.deepEqual(stored, { local: 0, session: 0, cookie: '' });
      assert.deepEqual(await context.cookies(), []);
      const paths = requests.map((url) => new URL(url)).map((url) => (url.origin === server.origin ? url.pathname : url.href));
      const scripts = paths.filter((path) => path.startsWith('/dist/cdn/'));
      assert.deepEqual(
        paths.filter((path) => !path.startsWith('/dist/cdn/')),
        ['/e2e/load/defer.html'],
      );
      assert.ok(scripts.every((path) => path.endsWith('.js')));
      console.log(`requests: ${requests.length} (the page and ${scripts.length} script file(s): ${scripts.join(', ')})`);
    });
  });
});

describe('layout stability', () => {
  test('the demo article shifts nothing above the fold while the widgets upgrade', async () => {
    await withPage('/demo/index.html', async ({ page }) => {
      await page.waitForFunction(UPGRADED, null, { timeout: 10000 });
      const cls = await page.evaluate(
        () =>
          new Promise((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
          }),
      );
      console.log(`cumulative layout shift of the demo page: ${cls.toFixed(4)}`);
      assert.equal(cls, 0);
    });
  });
});

/** Before any page script: counts what stays registered on the page: listeners on window and document, pending timers, connected MutationObservers. */
function countResources() {
  const ids = new WeakMap();
  let next = 0;
  const id = (fn) => (ids.has(fn) || ids.set(fn, ++next), ids.get(fn));
  const listeners = new Set();
  const key = (target, type, fn, options) =>
    `${target === window ? 'window' : 'document'} ${type} ${id(fn)} ${typeof options === 'boolean' ? options : !!options?.capture}`;
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    if ((this === window || this === document) && fn && !(typeof options === 'object' && options.once))
      listeners.add(key(this, type, fn, options));
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    if (this === window || this === document) listeners.delete(key(this, type, fn, options));
    return remove.call(this, type, fn, options);
  };
  const timers = new Set();
  const { setTimeout: set, clearTimeout: clear } = window;
  window.setTimeout = (handler, delay, ...rest) => {
    const timer = set((...args) => (timers.delete(timer), typeof handler === 'function' ? handler(...args) : undefined), delay, ...rest);
    timers.add(timer);
    return timer;
  };
  window.clearTimeout = (timer) => (timers.delete(timer), clear(timer));
  const observers = new Set();
  const { observe, disconnect } = MutationObserver.prototype;
  MutationObserver.prototype.observe = function (...args) {
    observers.add(this);
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function () {
    observers.delete(this);
    return disconnect.call(this);
  };
  window.__mrxResources = () => ({ listeners: listeners.size, timers: timers.size, observers: observers.size });
}

describe('lifecycle', () => {
  test('1,000 connect/disconnect cycles of each widget leave no listener, timer or observer behind, and the heap flat', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(record);
    await page.addInitScript(countResources);
    await page.goto(`${server.origin}/e2e/load/defer.html`);
    try {
      await use(page);
      const cdp = await context.newCDPSession(page);
      const heap = async () => (await cdp.send('HeapProfiler.collectGarbage'), (await cdp.send('Runtime.getHeapUsage')).usedSize);
      const cycle = (tag, times) =>
        page.evaluate(
          async ([tag, times]) => {
            // A new element each time (as page builders make them), connected, rendered, then removed.
            const original = document.querySelector(tag);
            // The location CTA's JSON goes through its property: a cloned <script> is a Trusted Types sink.
            const json = original.querySelector('script[type="application/json"]')?.textContent;
            for (let i = 0; i < times; i++) {
              const el = original.cloneNode(true);
              el.querySelector('script')?.remove();
              if (json) el.locations = JSON.parse(json);
              original.after(el);
              if (i % 10 === 0) await el.updateComplete;
              el.remove();
            }
            // Let lazy work started on connect (the location CTA's configuration read) finish.
            await new Promise((resolve) => setTimeout(resolve, 300));
            return window.__mrxResources();
          },
          [tag, times],
        );
      for (const tag of ['mrx-faq-accordion', 'mrx-stiffness-quiz', 'mrx-location-cta']) {
        // A first round warms lazy chunks, caches and compiled code (about 100 KB the first time), so what follows compares like with like.
        const before = await cycle(tag, 300);
        const heapBefore = await heap();
        const afterCycles = await cycle(tag, 1000);
        const growth = (await heap()) - heapBefore;
        console.log(
          `${tag}: after 1,000 cycles ${JSON.stringify(afterCycles)} (before ${JSON.stringify(before)}), heap ${growth >= 0 ? '+' : ''}${(growth / 1024).toFixed(1)} KB`,
        );
        assert.deepEqual(afterCycles, before, tag);
        assert.ok(growth < 128 * 1024, `${tag}: heap grew ${growth} bytes`);
      }
      assert.deepEqual(await page.evaluate(() => window.__mrxLog), NOTHING_LOGGED);
    } finally {
      await context.close();
    }
  });
});

describe('bad input at scale', () => {
  // Strings that would do harm if anything treated them as markup, a URL to follow, or a key to merge.
  const hostileString = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(
      '<img src=x onerror="window.__pwned=1">',
      '"><svg onload=window.__pwned=1>',
      '<script>window.__pwned=1</script>',
      'javascript:window.__pwned=1',
      ' JaVaScRiPt:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      '__proto__',
      'constructor',
      '\u202e\u0000',
      '{{7*7}}',
      'x'.repeat(50000),
    ),
  );
  const { value: hostileValue } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      hostileString,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), { maxKeys: 4 }),
    ),
  }));
  // Mostly valid, so that many configurations keep some locations and the valid paths run too.
  const maybe = (valid) => fc.oneof({ arbitrary: fc.constant(valid), weight: 5 }, { arbitrary: hostileValue, weight: 1 });
  const time = fc.oneof(
    { arbitrary: fc.constantFrom('07:00', '19:00', '24:00', '00:00', '12:30'), weight: 5 },
    { arbitrary: hostileValue, weight: 1 },
  );
  const location = fc.record(
    {
      id: maybe('tampa'),
      name: maybe('MotionRx Tampa'),
      address: fc.oneof(
        {
          arbitrary: fc.record(
            {
              street: maybe('100 Example Ave'),
              city: maybe('Tampa'),
              region: maybe('FL'),
              postalCode: maybe('33602'),
              country: maybe('US'),
            },
            { requiredKeys: ['street', 'city'] },
          ),
          weight: 5,
        },
        { arbitrary: hostileValue, weight: 1 },
      ),
      phone: maybe('+1 813 555 0100'),
      timezone: fc.oneof(
        { arbitrary: fc.constantFrom('America/New_York', 'Australia/Sydney', 'UTC'), weight: 5 },
        { arbitrary: hostileValue, weight: 1 },
      ),
      hours: fc.oneof(
        {
          arbitrary: fc.dictionary(
            fc.oneof({ arbitrary: fc.constantFrom('mon', 'tue', 'sat', 'sun'), weight: 5 }, { arbitrary: hostileString, weight: 1 }),
            fc.array(fc.tuple(time, time), { maxLength: 3 }),
            { maxKeys: 4 },
          ),
          weight: 5,
        },
        { arbitrary: hostileValue, weight: 1 },
      ),
      bookingUrl: fc.oneof(
        { arbitrary: fc.constantFrom('https://example.com/book?x=1#y', 'http://example.com/'), weight: 3 },
        { arbitrary: hostileValue, weight: 1 },
      ),
      geo: fc.oneof(
        fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lng: fc.double({ min: -180, max: 180, noNaN: true }) }),
        hostileValue,
      ),
    },
    { requiredKeys: ['id', 'name', 'address', 'timezone', 'hours'] },
  );
  const inputs = {
    faq: fc.oneof(
      fc.string(),
      hostileValue.map((value) => JSON.stringify(value) ?? 'null'),
      fc
        .array(fc.record({ id: maybe('item-1'), question: maybe('Why?'), answer: maybe('Because.') }, { requiredKeys: [] }), {
          maxLength: 5,
        })
        .map((items) => JSON.stringify(items)),
    ),
    quiz: fc
      .record(
        {
          'booking-url': hostileString,
          'clinic-name': hostileString,
          'emergency-number': hostileString,
          persist: hostileString,
          'cta-target': hostileString,
          lang: hostileString,
        },
        { requiredKeys: [] },
      )
      .map((attributes) => JSON.stringify(attributes)),
    location: fc
      .oneof(
        { arbitrary: hostileValue, weight: 1 },
        {
          arbitrary: fc.record(
            {
              organization: maybe({ name: 'MotionRx', url: 'https://example.com/' }),
              locations: fc.array(location, { minLength: 1, maxLength: 4 }),
            },
            { requiredKeys: ['locations'] },
          ),
          weight: 3,
        },
      )
      .map((config) => JSON.stringify(config) ?? 'null'),
  };
  const TAGS = { faq: 'mrx-faq-accordion', quiz: 'mrx-stiffness-quiz', location: 'mrx-location-cta' };
  const RUNS = { faq: 1000, quiz: 1000, location: 1500 };

  test(`${Object.values(RUNS).reduce((a, b) => a + b)} random and hostile configurations: no exception, no script, content or fallback with its errors`, async () => {
    await withPage('/e2e/load/fuzz.html', async ({ page }) => {
      await page.waitForFunction(() => window.tryConfig && customElements.get('mrx-location-cta'));
      let total = 0;
      let cards = 0;
      for (const [kind, arbitrary] of Object.entries(inputs)) {
        const samples = fc.sample(arbitrary, { numRuns: RUNS[kind], seed: 20261124 });
        for (let start = 0; start < samples.length; start += 100) {
          const results = await page.evaluate(
            async ([kind, batch]) => {
              const out = [];
              for (const input of batch) out.push(await window.tryConfig(kind, input));
              return out;
            },
            [kind, samples.slice(start, start + 100)],
          );
          results.forEach((result, i) => {
            if (kind === 'location') cards += result.fallbackShown ? 0 : 1;
            const input = samples[start + i].slice(0, 300);
            const where = `${kind} ${input}`;
            assert.equal(result.images, 0, `no markup became elements: ${where}`);
            for (const href of result.links) assert.match(href, /^(https?:|tel:)/, where);
            assert.deepEqual(result.warnings, [], where);
            for (const error of result.errors) assert.ok(error.startsWith(`${TAGS[kind]}: `), `${where}: ${error}`);
            if (kind === 'location') {
              // Either the card, or the fallback and why.
              if (result.fallbackShown) assert.ok(result.errors.length >= 1, `fallback without an error: ${where}`);
              else assert.ok(result.shown > 0, `blank: ${where}`);
            } else {
              // The FAQ falls back to its built-in questions, the quiz to its defaults: never blank.
              assert.ok(result.shown > 0, `blank: ${where}`);
            }
            if (kind === 'faq') assert.ok(result.errors.length <= 1, `one error at most: ${where}: ${result.errors.join(' | ')}`);
          });
          total += results.length;
        }
      }
      const page_ = await page.evaluate(() => ({ pwned: window.__pwned, log: window.__mrxLog }));
      assert.equal(page_.pwned, undefined, 'no payload ran');
      assert.deepEqual(page_.log.violations, [], 'nothing tried to run');
      assert.ok(
        !page_.log.errors.some((error) => /^(uncaught|unhandled)/.test(error)),
        page_.log.errors.find((error) => /^(uncaught|unhandled)/.test(error)),
      );
      console.log(
        `fuzz: ${total} configurations, no exception, no script run; ${cards} of ${RUNS.location} location configurations still showed a card`,
      );
      assert.ok(cards >= 50, 'many location configurations keep a valid location (fixed seed)');
    });
  });
});

describe('frameworks', () => {
  before(async () => {
    // Bundled the way an app would: the npm package (dist/, Lit as a dependency), React's JSX, production mode.
    await build({
      entryPoints: ['e2e/frameworks/react-app.jsx', 'e2e/frameworks/vue-app.js'],
      outdir: 'e2e/.build',
      bundle: true,
      format: 'esm',
      jsx: 'automatic',
      minify: true,
      logLevel: 'error',
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
  });

  for (const app of ['react', 'vue']) {
    test(`${app}: properties in, mrx-* events out, re-renders keep the widgets' state`, async () => {
      await withPage(`/e2e/load/${app}.html`, async ({ page }) => {
        await use(page);
        // The reader picks Clearwater in the CTA's list.
        await page.locator('mrx-location-cta select').selectOption('clearwater');
        await page.waitForFunction(() => document.querySelectorAll('#events li').length >= 3);
        const events = await page.locator('#events li').allTextContents();
        assert.deepEqual(events, [
          'mrx-faq-toggle {"id":"why-stiff","open":true}',
          'mrx-quiz-start {}',
          'mrx-location-change {"locationId":"clearwater"}',
        ]);
        // The app re-renders (new clinic-name, another variant): what the reader did stays.
        await page.locator('#rerender').click();
        await page.waitForFunction(() => document.querySelector('mrx-location-cta').getAttribute('variant') === 'banner');
        const seen = await page.evaluate(() => ({
          faqOpen: document.querySelector('mrx-faq-accordion').shadowRoot.querySelector('button').getAttribute('aria-expanded'),
          quiz: document.querySelector('mrx-stiffness-quiz').shadowRoot.querySelector('[part="progress"]')?.textContent.trim(),
          clinic: document.querySelector('mrx-location-cta').shadowRoot.querySelector('[part~="name"]').textContent.trim(),
          locationsIsProperty: Array.isArray(document.querySelector('mrx-location-cta').locations?.locations),
          log: window.__mrxLog,
        }));
        assert.deepEqual(seen, {
          faqOpen: 'true',
          quiz: 'Question 1 of 12',
          clinic: 'MotionRx Clearwater',
          locationsIsProperty: true,
          log: NOTHING_LOGGED,
        });
      });
    });
  }
});
