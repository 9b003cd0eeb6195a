// Test-runner commands. `mrx-open-page` opens a URL in a fresh tab of the
// test's own browser and reports what a script saw there: for what only a real
// navigation does (`#:~:text=` links, a page's first `#id`, a CSP header).
// `mrx-a11y-tree` returns the test page's accessibility tree; `mrx-forced-colors`
// emulates forced-colours mode; `mrx-geolocation` sets the geolocation
// permission and the position the browser reports; `mrx-print` prints the test
// page to PDF as the browser would on paper (both browsers) and counts its pages.
// `mrx-ax-tree` returns one element's subtree of Chromium's accessibility tree
// (CDP), as plain data, or (both browsers) the roles and names its headings and
// controls have, for the pinned snapshots of src/pinned/.
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

/** The accessibility properties worth pinning: states a reader hears, not layout details. */
const AX_PROPERTIES = new Set(
  `level expanded checked pressed selected disabled focusable focused required invalid readonly multiselectable modal hasPopup
   live atomic relevant busy url valuetext orientation autocomplete keyshortcuts roledescription`.split(/\s+/),
);

async function axTree(page, selector) {
  let cdp;
  try {
    cdp = await page.createCDPSession();
  } catch (error) {
    // Firefox (WebDriver BiDi) has no CDP, and puppeteer's own snapshot needs it too. Said as
    // data, not thrown: the test asserts on it, and the runner prints a thrown command's stack.
    const snapshot = await page.accessibility.snapshot().then(
      () => 'works',
      (reason) => `${reason.name}: ${reason.message}`,
    );
    return {
      unsupported: `no DevTools protocol session (${error.name}${error.message ? `: ${error.message}` : ''}); page.accessibility.snapshot(): ${snapshot}`,
    };
  }
  try {
    await cdp.send('Accessibility.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`mrx-ax-tree: no element matches ${selector}`);
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((ax) => [ax.nodeId, ax]));
    const start = nodes.find((ax) => ax.backendDOMNodeId === node.backendNodeId);
    if (!start) throw new Error(`mrx-ax-tree: ${selector} has no accessibility node`);
    const children = (ax) => (ax.childIds ?? []).flatMap((id) => plain(byId.get(id)));
    // One node as plain data, or its children in its place when Chromium ignores it.
    const plain = (ax) => {
      if (!ax || ax.role?.value === 'InlineTextBox') return [];
      if (ax.ignored) return children(ax);
      const properties = {};
      for (const { name, value } of ax.properties ?? []) if (AX_PROPERTIES.has(name)) properties[name] = value.value;
      const result = { role: ax.role?.value ?? '', name: ax.name?.value ?? '', properties, children: children(ax) };
      if (ax.description?.value) result.description = ax.description.value;
      if (ax.value?.value !== undefined && ax.value.value !== '') result.value = String(ax.value.value);
      return [result];
    };
    // The root itself even when ignored (a plain wrapper), so the caller always gets one node.
    return start.ignored ? { role: 'none', name: '', properties: {}, children: children(start) } : plain(start)[0];
  } finally {
    await cdp.detach();
  }
}

/** The roles `mrx-ax-tree` looks for with `locate`: what a reader navigates by and hears announced. */
const LOCATED_ROLES = ['heading', 'button', 'link', 'radio', 'checkbox', 'combobox', 'region', 'status', 'alert'];

/** In the page: the name an element's text and labels give it, for the browser to confirm or not. */
function expectedName(element, role) {
  const text = (value) => (value ?? '').replace(/\s+/g, ' ').trim();
  if (element.getAttribute('aria-label')) return text(element.getAttribute('aria-label'));
  const ids = element.getAttribute('aria-labelledby');
  if (ids)
    return text(
      ids
        .split(/\s+/)
        .map((id) => element.getRootNode().getElementById(id)?.textContent)
        .join(' '),
    );
  if (element.labels?.length) {
    // A label's own words, without the control inside it.
    return text(
      [...element.labels]
        .map((label) => {
          const copy = label.cloneNode(true);
          copy.querySelectorAll('input, select, textarea').forEach((control) => control.remove());
          return copy.textContent;
        })
        .join(' '),
    );
  }
  // Live regions and landmarks are not named by their content.
  if (['status', 'alert', 'region'].includes(role)) return '';
  return text(element.innerText);
}

/** In the page: where each element comes in reading order (the flat tree: shadow roots and slots followed). */
function readingOrder(root, ...elements) {
  const order = [];
  const walk = (node) => {
    order.push(node);
    const children = node.shadowRoot
      ? node.shadowRoot.childNodes
      : node.localName === 'slot'
        ? node.assignedNodes({ flatten: true })
        : node.childNodes;
    for (const child of children) walk(child);
  };
  walk(root);
  return elements.map((element) => order.indexOf(element));
}

async function axLocate(page, selector) {
  const root = await page.$(selector);
  if (!root) throw new Error(`mrx-ax-tree: no element matches ${selector}`);
  // The locator stays in the tree it starts from: start from the element and from every shadow root under it.
  const scopes = await root.evaluateHandle((element) => {
    const found = [element];
    const visit = (host) => {
      found.push(host.shadowRoot);
      for (const child of host.shadowRoot.querySelectorAll('*')) if (child.shadowRoot) visit(child);
    };
    for (const child of [element, ...element.querySelectorAll('*')]) if (child.shadowRoot) visit(child);
    return found;
  });
  const located = [];
  for (const scope of [...(await scopes.getProperties()).values()].map((handle) => handle.asElement())) {
    for (const role of LOCATED_ROLES) {
      // queryAXTree is puppeteer's own step under its `::-p-aria` selectors (BiDi `browsingContext.locateNodes`
      // with an `accessibility` locator, or CDP `Accessibility.queryAXTree`); called directly, a name needs no escaping.
      for await (const element of scope.queryAXTree(undefined, role)) {
        const name = await element.evaluate(expectedName, role);
        let confirmed = false;
        if (name) {
          for await (const match of scope.queryAXTree(name, role)) {
            confirmed ||= await match.evaluate((a, b) => a === b, element);
            await match.dispose();
          }
        }
        located.push({ element, role, name, confirmed });
      }
    }
  }
  const order = await root.evaluate(readingOrder, ...located.map(({ element }) => element));
  await Promise.all([root, scopes, ...located.map(({ element }) => element)].map((handle) => handle.dispose()));
  return {
    located: located
      .map(({ role, name, confirmed }, index) => ({ role, name, confirmed, order: order[index] }))
      .sort((a, b) => a.order - b.order)
      .map(({ role, name, confirmed }) => ({ role, name, confirmed })),
  };
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
        if (permission !== 'prompt')
          await context.overridePermissions(new URL(page.url()).origin, permission === 'granted' ? ['geolocation'] : []);
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
      // The subtree of Chromium's accessibility tree (the one screen readers get: shadow roots
      // pierced, names computed) at the first element matching `selector`, as plain data:
      // role, name, description, value, the states in AX_PROPERTIES and children. Nodes Chromium marks
      // ignored give way to their children; inline text boxes are dropped (their StaticText
      // parent carries the text). Chromium only: Firefox's WebDriver BiDi has no CDP session.
      // With `locate`, instead: the headings, controls and live regions there, in reading order,
      // each with its role and the name the browser confirmed, found with the browser's
      // accessibility locator. That much works over WebDriver BiDi too (Firefox).
      if (command === 'mrx-ax-tree') {
        const page = session.browser.getPage(session.id);
        const selector = payload?.selector ?? '[data-ax-root]';
        return payload?.locate ? axLocate(page, selector) : axTree(page, selector);
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
