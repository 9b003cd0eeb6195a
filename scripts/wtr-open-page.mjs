// Test-runner commands. `mrx-open-page` opens a URL in a fresh tab of the
// test's own browser and reports what a script saw there: for what only a real
// navigation does (`#:~:text=` links, a page's first `#id`, a CSP header).
// `mrx-a11y-tree` returns the test page's accessibility tree; `mrx-forced-colors`
// emulates forced-colours mode; `mrx-geolocation` sets the geolocation
// permission and the position the browser reports; `mrx-print` prints the test
// page to PDF as the browser would on paper (both browsers) and counts its pages.
import { writeFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
/** Runs first in every opened page: window.__mrxLog collects errors, warnings and CSP violations. */
function recordPageLog() {
  const log = { errors: [], warnings: [], violations: [] };
  window.__mrxLog = log;
  const text = (args) => args.map(String).join(' ');
  const { error, warn } = console;
  console.error = (...args) => (log.errors.push(text(args)), error.apply(console, args));
  console.warn = (...args) => (log.warnings.push(text(args)), warn.apply(console, args));
  addEventListener('error', (event) => log.errors.push(`uncaught: ${event.message}`));
  addEventListener('unhandledrejection', (event) => log.errors.push(`unhandled rejection: ${event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) => log.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
}

export function openPagePlugin() {
  let serverOrigin;
  return {
    name: 'mrx-open-page',
    serverStart({ config }) {
      serverOrigin = `${config.http2 ? 'https' : 'http'}://${config.hostname ?? 'localhost'}:${config.port}`;
    },
    async executeCommand({ command, payload, session }) {
      // The test page's accessibility tree as the browser exposes it to screen readers.
      if (command === 'mrx-a11y-tree') return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
      // @web/test-runner-commands' emulateMedia has no forced-colors; CDP does (Chromium only).
      if (command === 'mrx-forced-colors') {
        await session.browser.getPage(session.id).emulateMediaFeatures([{ name: 'forced-colors', value: payload.value }]);
        return true;
      }
      // The permission ('granted', 'denied', or 'prompt' for no override) and a faked position;
      // `unavailable` makes every position request fail (Chromium only: CDP).
      if (command === 'mrx-geolocation') {
        const page = session.browser.getPage(session.id);
        const context = page.browserContext();
        const { permission, position, unavailable } = payload;
        await context.clearPermissionOverrides();
        // Every permission not listed is denied.
        if (permission !== 'prompt') await context.overridePermissions(new URL(page.url()).origin, permission === 'granted' ? ['geolocation'] : []);
        if (position) await page.setGeolocation({ accuracy: 10, ...position });
        if (unavailable) await (await page.createCDPSession()).send('Emulation.setGeolocationOverride', {});
        return true;
      }
      // Print media on (true) or back to none emulated (false), unlike emulateMedia's 'screen',
      // which page.pdf() would then print with (Chromium only: CDP).
      if (command === 'mrx-print-media') {
        await session.browser.getPage(session.id).emulateMediaType(payload.on ? 'print' : undefined);
        return true;
      }
      // The test page on paper of `format` ('letter', 'a4'), as the print dialog would
      // make it: the text of each page (read back with PDF.js), and the PDF itself at
      // `save` when asked, to look at. Works over CDP and WebDriver BiDi alike.
      if (command === 'mrx-print') {
        const pdf = await session.browser.getPage(session.id).pdf({ format: payload.format });
        if (payload.save) writeFileSync(payload.save, pdf);
        const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
        const pages = [];
        for (let number = 1; number <= document.numPages; number++) {
          const { items } = await (await document.getPage(number)).getTextContent();
          pages.push(items.map((item) => item.str ?? '').join(' '));
        }
        return pages;
      }
      if (command !== 'mrx-open-page') return undefined;
      const { path, evaluate, waitFor = 'true', timeout = 5000, position } = payload;
      const testPage = session.browser.getPage(session.id);
      // The test page's origin; once, in a full run, its URL still read about:blank ("null"): then the server's.
      const pageOrigin = new URL(testPage.url()).origin;
      const origin = pageOrigin === 'null' ? serverOrigin : pageOrigin;
      const page = await testPage.browserContext().newPage();
      // `position`: geolocation allowed, at this place.
      if (position) {
        await page.browserContext().overridePermissions(origin, ['geolocation']);
        await page.setGeolocation({ accuracy: 10, ...position });
      }
      // Before any page script: record what a webmaster's console would show.
      await page.evaluateOnNewDocument(recordPageLog);
      try {
        await page.goto(origin + path);
        await page.waitForFunction(waitFor, { timeout });
        // `evaluate` is a function body; the test page sends it as text.
        return await page.evaluate(`(async () => { ${evaluate} })()`);
      } finally {
        await page.close();
      }
    },
  };
}
