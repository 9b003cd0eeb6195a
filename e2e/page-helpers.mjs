// What the end-to-end suites do in a page: record its console, open it in a
// fresh context, use the three widgets as a reader would.

/** What record() collects on a page where all went well. */
export const NOTHING_LOGGED = Object.freeze({ errors: [], warnings: [], violations: [] });

/** Before any page script: collect errors, warnings and CSP violations as a webmaster's console shows them. */
export function record() {
  const log = { errors: [], warnings: [], violations: [] };
  window.__mrxLog = log;
  const { error, warn } = console;
  console.error = (...args) => (log.errors.push(args.map(String).join(' ')), error.apply(console, args));
  console.warn = (...args) => (log.warnings.push(args.map(String).join(' ')), warn.apply(console, args));
  addEventListener('error', (event) => log.errors.push(`uncaught: ${event.message}`));
  addEventListener('unhandledrejection', (event) => log.errors.push(`unhandled rejection: ${event.reason}`));
  document.addEventListener('securitypolicyviolation', (event) => log.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
}

export const UPGRADED = () =>
  ['mrx-faq-accordion', 'mrx-stiffness-quiz', 'mrx-location-cta'].every((tag) =>
    document.querySelector(tag)?.shadowRoot?.querySelector('button, a, h2'),
  );

/** Clicks the FAQ's first question, starts the quiz, and reads what each widget shows. */
export async function use(page) {
  await page.waitForFunction(UPGRADED, null, { timeout: 10000 });
  await page.locator('mrx-faq-accordion button').first().click();
  await page.locator('mrx-stiffness-quiz button.primary').click();
  return page.evaluate(() => ({
    faqOpen: document.querySelector('mrx-faq-accordion').shadowRoot.querySelector('button').getAttribute('aria-expanded'),
    quiz: document.querySelector('mrx-stiffness-quiz').shadowRoot.querySelector('[part="progress"]')?.textContent.trim(),
    status: document.querySelector('mrx-location-cta').shadowRoot.querySelector('[part~="status"]').textContent.trim(),
    log: window.__mrxLog,
  }));
}

/**
 * `open(path, options)` and `withPage(path, options?, check)` for pages of `origin` in `browser`: each a fresh context
 * (no cookies, no storage) with the log recorder; withPage closes it afterwards, whatever happened.
 */
export function pagesOf(browser, origin) {
  async function open(path, options = {}) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    if (options.javaScriptEnabled !== false) await page.addInitScript(record);
    await page.goto(origin + path);
    return { context, page, requests };
  }

  // A function, not a string: the pages' CSP forbids eval, and Playwright evaluates string predicates with it.
  async function withPage(path, ...rest) {
    const check = rest.pop();
    const opened = await open(path, ...rest);
    try {
      return await check(opened);
    } finally {
      await opened.context.close();
    }
  }
  return { open, withPage };
}
