// End-to-end: the package as npm publishes it, loaded from a public npm CDN,
// which is how nearly every webmaster will load it. `npm pack` makes the
// tarball, e2e/npm-cdn.mjs serves it unpacked on a second loopback origin under
// /npm/@motionrx/widgets@VERSION/ with a CDN's headers, and pages on the first
// origin load it with `integrity` and `crossorigin="anonymous"`, under the
// strict CSP naming that origin, with Trusted Types. Run after `npm run build`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, browsers } from '../scripts/browsers.mjs';
import { CSP, cspWithCdn } from '../scripts/csp.mjs';
import { PUBLIC_CDN, onLoopbackCdn, packPackage, startNpmCdn } from './npm-cdn.mjs';
import { NOTHING_LOGGED, pagesOf, record, use } from './page-helpers.mjs';
import { startServer } from './server.mjs';

const TEMPLATE = readFileSync(new URL('./pages/template.html', import.meta.url), 'utf8');

let pack;
let cdn;
let corsless;
let server;
let browser;
let withPage;
let pageCount = 0;

before(async () => {
  pack = packPackage();
  cdn = await startNpmCdn(pack.dir);
  corsless = await startNpmCdn(pack.dir, { cors: false });
  server = await startServer({ cdn: cdn.origin });
  browser = await chromium.launch({ executablePath: browsers[0].path, args: CHROMIUM_ARGS });
  ({ withPage } = pagesOf(browser, server.origin));
});
after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), cdn?.close(), corsless?.close()]);
  pack?.remove();
});

/** The packed package's own files: its SRI hashes and its chunk graph. */
const packaged = (file) => JSON.parse(readFileSync(join(pack.dir, 'dist/cdn', file), 'utf8'));

/** Every file the CDN entry `entry` can load, itself included: its imports and dynamic imports, transitively (dist/cdn/meta.json). */
function reachable(entry) {
  const meta = packaged('meta.json');
  const found = new Set();
  const visit = (file) => {
    const name = file.replace(/^\.\//, '');
    if (found.has(name)) return;
    found.add(name);
    for (const next of [...meta[name].imports, ...meta[name].dynamicImports]) visit(next);
  };
  visit(entry);
  return [...found].sort();
}

/** A script tag for `file` of the package on the CDN at `base`, as the README writes it (or with `attributes` instead). */
function scriptTag(base, file, attributes = `integrity="${packaged('sri.json')[file]}" crossorigin="anonymous"`) {
  const type = file.endsWith('.iife.js') ? 'defer' : 'type="module"';
  return `<script src="${base}dist/cdn/${file}" ${attributes} ${type}></script>`;
}

/**
 * Every feature that loads a file later, from beside the script: the built-in FAQ in English and Spanish, JSON
 * content, FAQ and clinic JSON-LD, the Spanish quiz with session persistence, the configuration check of a location
 * CTA whose JSON comes from the page's own site.
 */
const EVERYTHING = `
  <mrx-faq-accordion id="built-in" structured-data></mrx-faq-accordion>
  <mrx-faq-accordion id="spanish" lang="es"></mrx-faq-accordion>
  <mrx-faq-accordion id="json"><script type="application/json">[{"id":"json-question","question":"Is the JSON content shown?","answer":"Yes."}]</script></mrx-faq-accordion>
  <mrx-stiffness-quiz lang="es" persist="session" clinic-name="MotionRx"><p>Fallback</p></mrx-stiffness-quiz>
  <mrx-location-cta src="/clinics.json" structured-data><p>MotionRx Tampa: <a href="tel:+18135550100">(813) 555-0100</a></p></mrx-location-cta>`;

/**
 * Opens a page of the first origin with `html` in its body and the strict CSP naming the CDN; resolves { page,
 * context, fromCdn, consoleErrors }: each CDN response as { file, status }, and the browser's own console errors
 * (CORS and integrity failures are reported there, not to page scripts).
 */
async function openOnFirstOrigin(html, csp = cspWithCdn(cdn.origin)) {
  const path = `/e2e/published-${++pageCount}.html`;
  server.publish(path, TEMPLATE.replace('<!-- widgets -->', html), csp);
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const fromCdn = [];
  const consoleErrors = [];
  page.on('response', (response) => {
    const url = response.url();
    for (const { base } of [cdn, corsless])
      if (url.startsWith(base)) fromCdn.push({ file: url.slice(base.length), status: response.status() });
  });
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  await page.addInitScript(record);
  await page.goto(server.origin + path);
  return { page, context, fromCdn, consoleErrors };
}

/** What the EVERYTHING page shows once every widget has loaded what it needs. */
async function everythingShown(page) {
  await page.waitForFunction(
    () => {
      const count = (selector, inner) => document.querySelector(selector)?.shadowRoot?.querySelectorAll(inner).length ?? 0;
      return (
        count('#built-in', 'button[aria-expanded]') > 1 &&
        count('#spanish', 'button[aria-expanded]') > 1 &&
        count('#json', 'button[aria-expanded]') === 1 &&
        document.querySelector('mrx-stiffness-quiz')?.shadowRoot?.querySelector('button.primary, [part="progress"]') &&
        count('mrx-location-cta', 'option') === 2 &&
        document.head.querySelectorAll('script[type="application/ld+json"]').length === 3
      );
    },
    null,
    { timeout: 15000 },
  );
  return page.evaluate(() => {
    const root = (selector) => document.querySelector(selector).shadowRoot;
    return {
      builtIn: root('#built-in').querySelector('button').textContent.trim(),
      spanish: root('#spanish').querySelector('button').textContent.trim(),
      json: root('#json').querySelector('button').textContent.trim(),
      quiz: root('mrx-stiffness-quiz').querySelector('button.primary')?.textContent.trim(),
      progress: root('mrx-stiffness-quiz').querySelector('[part="progress"]')?.textContent.trim(),
      clinic: root('mrx-location-cta').querySelector('[part~="name"]').textContent.trim(),
      jsonLd: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => JSON.parse(script.textContent)['@type'],
      ),
      log: window.__mrxLog,
    };
  });
}

describe('the published package from an npm CDN on another origin', () => {
  test("the CDN serves the tarball's files with CORS, immutable caching and JavaScript content types (what the tarball holds: scripts/pack.test.mjs)", async () => {
    const response = await fetch(`${cdn.base}dist/cdn/motionrx-widgets.iife.js`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await response.text(), /^\/\*![^\n]*@motionrx\/widgets 0\.\d+\.\d+/, 'the banner names the version');
  });

  for (const [build, entry] of [
    ['classic script', 'motionrx-widgets.iife.js'],
    ['ES module', 'motionrx-widgets.js'],
  ]) {
    test(`${build}: with SRI and crossorigin under the strict CSP and Trusted Types, every widget works and every lazy file loads from the CDN`, async () => {
      const { page, context, fromCdn } = await openOnFirstOrigin(scriptTag(cdn.base, entry) + EVERYTHING);
      try {
        const shown = await everythingShown(page);
        assert.deepEqual(
          { ...shown, jsonLd: shown.jsonLd.sort() },
          {
            builtIn: 'Why does my back feel stiff when I first wake up?',
            spanish: '¿Por qué siento la espalda rígida al despertar?',
            json: 'Is the JSON content shown?',
            quiz: 'Empezar la autoevaluación',
            progress: undefined,
            clinic: 'MotionRx Tampa',
            jsonLd: ['FAQPage', 'MedicalClinic', 'MedicalClinic'],
            log: NOTHING_LOGGED,
          },
        );
        // Session persistence: the first question survives a reload.
        await page.locator('mrx-stiffness-quiz button.primary').click();
        await page.locator('mrx-stiffness-quiz [part="progress"]').waitFor();
        await page.reload();
        const reloaded = await everythingShown(page);
        assert.equal(reloaded.progress, 'Pregunta 1 de 12');
        assert.deepEqual(reloaded.log, NOTHING_LOGGED);
        // Every file the entry can load was loaded, from the CDN, and nothing else.
        assert.deepEqual(
          [...new Set(fromCdn.map(({ file }) => file))].sort(),
          reachable(entry).map((file) => `dist/cdn/${file}`),
        );
        assert.deepEqual(
          fromCdn.filter(({ status }) => status !== 200 && status !== 304),
          [],
        );
      } finally {
        await context.close();
      }
    });
  }

  const refused = [
    [
      'a CDN that sends no CORS header (classic script)',
      () => scriptTag(corsless.base, 'motionrx-widgets.iife.js'),
      /CORS|Access-Control-Allow-Origin/,
    ],
    [
      'a CDN that sends no CORS header (ES module)',
      () => scriptTag(corsless.base, 'motionrx-widgets.js'),
      /CORS|Access-Control-Allow-Origin/,
    ],
    [
      'a tag without crossorigin="anonymous"',
      () => scriptTag(cdn.base, 'motionrx-widgets.iife.js', `integrity="${packaged('sri.json')['motionrx-widgets.iife.js']}"`),
      /integrity|cross-origin|CORS/i,
    ],
  ];
  for (const [what, tag, message] of refused) {
    test(`negative case, ${what}: the browser refuses the script, so nothing upgrades and the fallback stays`, async () => {
      // The CSP allows both loopback CDNs: only CORS and `crossorigin` are at stake.
      const csp = cspWithCdn(`${cdn.origin} ${corsless.origin}`);
      const { page, context, consoleErrors } = await openOnFirstOrigin(tag() + EVERYTHING, csp);
      try {
        await page.waitForLoadState('load');
        await page.waitForTimeout(300);
        const seen = await page.evaluate(() => ({
          defined: ['mrx-faq-accordion', 'mrx-stiffness-quiz', 'mrx-location-cta'].filter((tagName) => customElements.get(tagName)),
          fallback: document.querySelector('mrx-location-cta a').textContent,
        }));
        assert.deepEqual(seen, { defined: [], fallback: '(813) 555-0100' });
        assert.ok(
          consoleErrors.some((text) => message.test(text)),
          `the console says why: ${consoleErrors.join(' | ')}`,
        );
      } finally {
        await context.close();
      }
    });
  }

  test('negative case, a CSP without the CDN in script-src: the script is refused and the violation reported', async () => {
    const { page, context } = await openOnFirstOrigin(scriptTag(cdn.base, 'motionrx-widgets.iife.js') + EVERYTHING, CSP);
    try {
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => customElements.get('mrx-faq-accordion')), undefined);
      const violations = await page.evaluate(() => window.__mrxLog.violations);
      assert.ok(
        violations.some((line) => line.startsWith('script-src') && line.includes(cdn.origin)),
        violations.join(' | '),
      );
    } finally {
      await context.close();
    }
  });
});

describe('README guides', () => {
  for (const guide of ['paste', 'wordpress', 'squarespace', 'webflow', 'wix', 'gtm']) {
    test(`${guide}: the README snippet, pasted as is, works under the CSP the guide names`, async () => {
      await withPage(`/e2e/guide/${guide}.html`, async ({ page }) => {
        await page.waitForFunction(
          () => {
            const widgets = [...document.querySelectorAll('mrx-faq-accordion, mrx-stiffness-quiz, mrx-location-cta')];
            return widgets.length > 0 && widgets.every((el) => el.shadowRoot?.querySelector('button, h2, [part~="status"]'));
          },
          null,
          { timeout: 10000 },
        );
        assert.deepEqual(await page.evaluate(() => window.__mrxLog), NOTHING_LOGGED);
      });
    });
  }
});

describe('Embed builder', () => {
  for (const source of ['cdn', 'self']) {
    test(`the snippet it writes (${source === 'cdn' ? 'from the npm CDN, the default' : 'self-hosted'}), pasted into a page with the strict CSP, works: SRI accepted, every widget up, nothing logged`, async () => {
      await withPage('/demo/builder.html', async ({ context, page }) => {
        if (source === 'self') {
          await page.locator('[name="source"][value="self"]').check();
          await page.locator('[name="base"]').fill('/widgets/');
        }
        await page.locator('#add-location').click();
        await page.waitForFunction(() => document.getElementById('snippet').value.includes('integrity="sha384-'));
        const snippet = await page.locator('#snippet').inputValue();
        assert.equal(snippet.includes(PUBLIC_CDN), source === 'cdn', 'the default snippet loads the script from jsDelivr');
        // A page of the webmaster's, on this server, with the snippet pasted in (jsDelivr mapped to the loopback CDN).
        server.publish(
          `/e2e/pasted-${source}.html`,
          TEMPLATE.replace('<!-- widgets -->', onLoopbackCdn(snippet, cdn.origin)),
          source === 'cdn' ? cspWithCdn(cdn.origin) : CSP,
        );
        const pasted = await context.newPage();
        await pasted.addInitScript(record);
        await pasted.goto(`${server.origin}/e2e/pasted-${source}.html`);
        const seen = await use(pasted);
        assert.deepEqual(seen.log, NOTHING_LOGGED);
        assert.equal(await pasted.locator('mrx-location-cta select option').count(), 2);
      });
    });
  }
});
