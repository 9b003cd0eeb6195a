// The built CDN files, loaded as a webmaster would: here several copies meet on
// one page. Runs against dist/ (npm test builds first).
import { expect } from '@open-wc/testing';
import { ConsoleSpy } from './test-support/console.js';
import { openPage, until } from './test-support/page.js';

let pkg: { name: string; version: string };

function load(src: string, module: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (module) script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('CDN bundles', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  let spy: ConsoleSpy;
  before(async () => {
    pkg = (await (await fetch('/package.json')).json()) as typeof pkg;
    window.addEventListener('error', onError);
  });
  after(() => window.removeEventListener('error', onError));
  beforeEach(() => (spy = new ConsoleSpy()));
  afterEach(() => spy.restore());

  it('start with a banner naming the package and version', async () => {
    for (const file of ['motionrx-widgets.js', 'motionrx-widgets.iife.js', 'faq-accordion.js', 'stiffness-quiz.js', 'location-cta.js']) {
      const text = await (await fetch(`/dist/cdn/${file}`)).text();
      expect(text.startsWith(`/*! ${pkg.name} ${pkg.version} `), `${file}: ${text.slice(0, 60)}`).to.equal(true);
    }
  });

  it('the ES module registers the FAQ, which then works', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<mrx-faq-accordion id="cdn-faq"><details><summary>Q</summary>A</details></mrx-faq-accordion>',
    );
    // WordPress adds ?ver= to script URLs: the lazy chunks must still find the same copy.
    await load('/dist/cdn/motionrx-widgets.js?ver=6.4', true);
    await customElements.whenDefined('mrx-faq-accordion');
    const el = document.getElementById('cdn-faq')!;
    await until(() => !!el.shadowRoot?.querySelector('button'));
    el.shadowRoot!.querySelector('button')!.click();
    await until(() => el.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded') === 'true');
    expect(spy.warnings).to.deep.equal([]);
  });

  it('the ES module loads its lazy chunks (location CTA configuration) without a second copy', async () => {
    const { EXAMPLE } = await import('./test-support/clinics.js');
    document.body.insertAdjacentHTML(
      'beforeend',
      `<mrx-location-cta id="cdn-cta" structured-data><script type="application/json">${JSON.stringify(EXAMPLE)}</script></mrx-location-cta>`,
    );
    const el = document.getElementById('cdn-cta')!;
    await until(() => !!el.shadowRoot?.querySelector('[part~="status"]'));
    await until(() => document.querySelectorAll('script[data-mrx-owner="mrx-location-cta"]').length === 2);
    expect(el.shadowRoot!.querySelector('[part~="name"]')!.textContent).to.equal('MotionRx Tampa');
    expect(spy.warnings).to.deep.equal([]);
    expect(spy.errors).to.deep.equal([]);
    el.remove();
  });

  it('a per-widget file next to the all-in-one file: no exception, one warning', async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/cdn/faq-accordion.js`);
    expect(errors).to.deep.equal([]);
    expect(spy.warnings).to.have.length(1);
    expect(spy.warnings[0]).to.match(/not registered: <mrx-faq-accordion> is already defined/);
  });

  it('the IIFE on the same page: no exception, one warning naming both versions', async () => {
    await load('/dist/cdn/motionrx-widgets.iife.js', false);
    expect(errors).to.deep.equal([]);
    expect(spy.warnings).to.have.length(1);
    expect(spy.warnings[0]).to.match(
      new RegExp(`^@motionrx/widgets ${pkg.version} not registered: <mrx-faq-accordion> is already defined by version ${pkg.version}\\.`),
    );
  });

  it('another version on the same page: no exception, one warning naming both versions', async () => {
    const text = await (await fetch('/dist/cdn/motionrx-widgets.iife.js')).text();
    const other = text.replaceAll(`"${pkg.version}"`, '"0.0.1-other"');
    expect(other).not.to.equal(text);
    await load(URL.createObjectURL(new Blob([other], { type: 'text/javascript' })), false);
    expect(errors).to.deep.equal([]);
    expect(spy.warnings).to.have.length(1);
    expect(spy.warnings[0]).to.include('0.0.1-other not registered').and.include(`already defined by version ${pkg.version}`);
  });

  it('two copies under the strict CSP from the README: no violation, no exception, one warning, a working FAQ', async () => {
    const seen = await openPage<{
      log: { errors: string[]; warnings: string[]; violations: string[] };
      opened: string | null;
      jsonLd: number;
    }>(
      '/src/faq-accordion/fixtures/two-bundles.html',
      `const el = document.querySelector('mrx-faq-accordion');
       el.shadowRoot.querySelector('button').click();
       await el.updateComplete;
       return { log: window.__mrxLog, opened: el.shadowRoot.querySelector('button').getAttribute('aria-expanded'), jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length };`,
      `document.readyState === 'complete' && document.querySelector('mrx-faq-accordion')?.shadowRoot?.querySelector('button') && document.querySelector('script[type="application/ld+json"]')`,
    );
    expect(seen.log.violations).to.deep.equal([]);
    expect(seen.log.errors).to.deep.equal([]);
    expect(seen.log.warnings).to.have.length(1);
    expect(seen.log.warnings[0]).to.include('not registered');
    expect(seen.opened).to.equal('true');
    expect(seen.jsonLd).to.equal(1);
  });

  it('the IIFE loads Spanish packs from beside its own URL, under the strict CSP', async () => {
    const seen = await openPage<{ quiz: string; faq: string; packs: string[]; log: unknown }>(
      '/src/test-support/fixtures/iife-languages.html',
      `return {
         quiz: document.querySelector('mrx-stiffness-quiz').shadowRoot.querySelector('h2').textContent.trim(),
         faq: document.querySelector('mrx-faq-accordion').shadowRoot.querySelector('button').textContent.trim(),
         packs: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('.es.js')).sort(),
         log: window.__mrxLog,
       };`,
      `document.querySelector('mrx-stiffness-quiz')?.shadowRoot?.querySelector('h2') && document.querySelector('mrx-faq-accordion')?.shadowRoot?.querySelector('button')`,
    );
    const spanishQuiz = (await import('./stiffness-quiz/strings.es.js')).default;
    const spanishFaq = (await import('./faq-accordion/content.es.js')).default;
    expect(seen.quiz).to.equal(spanishQuiz.intro.heading);
    expect(seen.faq).to.equal(spanishFaq[0].question);
    expect(seen.packs).to.deep.equal(['/dist/cdn/faq-content.es.js', '/dist/cdn/quiz-strings.es.js']);
    expect(seen.log).to.deep.equal({ errors: [], warnings: [], violations: [] });
  });

  it('the IIFE defines no global beyond the custom elements', async () => {
    const before = new Set(Object.keys(window));
    const text = await (await fetch('/dist/cdn/motionrx-widgets.iife.js')).text();
    await load(URL.createObjectURL(new Blob([text], { type: 'text/javascript' })), false);
    const added = Object.keys(window).filter((key) => !before.has(key));
    expect(added).to.deep.equal([]);
  });
});
