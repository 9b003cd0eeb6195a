// The Embed builder page, as `npm start` serves it (strict CSP), driven like a webmaster would.
import { expect } from '@open-wc/testing';
import { openPage, runAxe } from '../src/test-support/page.js';

/** In the opened page: set a field by name as typing would, then leave it. */
const HELPERS = `
  const field = (name) => document.querySelector('[name="' + name + '"]');
  const set = (name, value) => {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const snippet = () => document.getElementById('snippet').value;
  const configOf = (text) => JSON.parse(text.split('<script type="application/json">')[1].split('</script>')[0].replace(/<\\\\\\//g, '</'));`;
/** Ready: the snippet has its hash and the location widget has rendered. */
const READY = `document.getElementById('snippet')?.value.includes('integrity="sha384-') && document.querySelector('#preview mrx-location-cta')?.shadowRoot?.querySelector('[part~="status"]')`;

interface Location {
  id: string;
  hours: Record<string, string[][]>;
}
interface Seen {
  log: { errors: string[]; warnings: string[]; violations: string[] };
  first: string;
  version: string;
  sri: string;
  baseHidden: boolean;
  quizClinic: string | null;
  json: { locations: Location[] };
  ctaLocations: unknown;
  picker: boolean;
  contrast: string;
  withoutFaq: string;
  css: string;
  selfHosted: string;
  baseShown: boolean;
}

describe('Embed builder', () => {
  it('previews the real widgets and writes a snippet with the versioned CDN script, SRI, the config and fallbacks, under the strict CSP', async function () {
    this.timeout(20000);
    const seen = await openPage<Seen>(
      '/demo/builder.html',
      `${HELPERS}
       const first = snippet();
       const baseHidden = document.getElementById('base-field').hidden;
       set('clinicName', 'Harbor Physio & Rehab');
       document.getElementById('add-location').click();
       // Sunday opens with a break at the second location.
       const second = document.querySelectorAll('.builder__location')[1];
       const sunday = second.querySelector('[name="sun-mode"]');
       sunday.value = 'split';
       sunday.dispatchEvent(new Event('change', { bubbles: true }));
       await frame();
       const cta = document.querySelector('#preview mrx-location-cta');
       await cta.updateComplete;
       await new Promise((resolve) => setTimeout(resolve, 300));
       const json = configOf(snippet());
       set('primary', '#cccccc');
       await frame();
       const contrast = document.getElementById('contrast').textContent;
       const css = document.getElementById('css').value;
       const faq = document.querySelector('[name="widget"][value="faq"]');
       faq.checked = false;
       faq.dispatchEvent(new Event('input', { bubbles: true }));
       await frame();
       const withoutFaq = snippet();
       const self = document.querySelector('[name="source"][value="self"]');
       self.checked = true;
       self.dispatchEvent(new Event('change', { bubbles: true }));
       await frame();
       return {
         log: window.__mrxLog,
         first,
         version: customElements.get('mrx-faq-accordion').version,
         sri: (await (await fetch('/dist/cdn/sri.json')).json())['motionrx-widgets.iife.js'],
         baseHidden,
         quizClinic: document.querySelector('#preview mrx-stiffness-quiz').getAttribute('clinic-name'),
         json,
         ctaLocations: cta.locations,
         picker: !!cta.shadowRoot.querySelector('select'),
         contrast,
         withoutFaq,
         css,
         selfHosted: snippet(),
         baseShown: !document.getElementById('base-field').hidden,
       };`,
      READY,
      { timeout: 10000 },
    );
    expect(seen.log).to.deep.equal({ errors: [], warnings: [], violations: [] });
    // By default: this very version on the public npm CDN, with this build's hash.
    expect(seen.version).to.match(/^\d+\.\d+\.\d+/);
    expect(seen.first.split('\n')[0]).to.equal(
      `<script src="https://cdn.jsdelivr.net/npm/@motionrx/widgets@${seen.version}/dist/cdn/motionrx-widgets.iife.js" integrity="${seen.sri}" crossorigin="anonymous" defer></script>`,
    );
    expect(seen.baseHidden).to.equal(true);
    // "I host the files myself": the folder field, and the script from it.
    expect(seen.baseShown).to.equal(true);
    expect(seen.selfHosted).to.match(/^<script src="https:\/\/your-site\.example\/widgets\/motionrx-widgets\.iife\.js" integrity="sha384-/);
    expect(seen.quizClinic).to.equal('Harbor Physio & Rehab');
    // The snippet's JSON is exactly what the preview shows (and the widget took it without a word), and names both clinics.
    expect(seen.json).to.deep.equal(seen.ctaLocations);
    expect(seen.json.locations.map((location) => location.id)).to.deep.equal(['tampa', 'clearwater']);
    // Every day of the week, split hours, closed days left out.
    expect(seen.json.locations[0].hours).to.deep.equal({
      mon: [
        ['08:00', '12:00'],
        ['13:00', '18:00'],
      ],
      tue: [
        ['08:00', '12:00'],
        ['13:00', '18:00'],
      ],
      wed: [
        ['08:00', '12:00'],
        ['13:00', '18:00'],
      ],
      thu: [
        ['08:00', '12:00'],
        ['13:00', '18:00'],
      ],
      fri: [
        ['08:00', '12:00'],
        ['13:00', '17:00'],
      ],
      sat: [['08:00', '12:00']],
    });
    expect(seen.json.locations[1].hours.sun).to.deep.equal([
      ['08:00', '12:00'],
      ['13:00', '18:00'],
    ]);
    expect(seen.picker).to.equal(true);
    expect(seen.withoutFaq).to.include('clinic-name="Harbor Physio &amp; Rehab"');
    expect(seen.withoutFaq).to.include('<p>MotionRx Tampa: <a href="tel:+18135550100">');
    expect(seen.withoutFaq).to.not.include('mrx-faq-accordion');
    expect(seen.contrast).to.match(/^Below WCAG AA contrast/);
    expect(seen.css).to.include('--mrx-color-primary: #cccccc;');
  });

  it('says next to the field what the widgets would log for a bad booking link, emergency number or phone, and checks the hours', async function () {
    this.timeout(20000);
    const seen = await openPage<{
      shown: Record<string, { codes: string[]; text: string; invalid: string | null; valid: boolean; describedBy: boolean }>;
      logged: string[];
      hours: { text: string; invalid: string | null; monday: unknown };
      fixed: { invalid: string | null; text: string };
    }>(
      '/demo/builder.html',
      `${HELPERS}
       set('bookingUrl', 'ftp://example.com/book');
       set('emergencyNumber', 'call us');
       set('phone', 'ask us');
       set('locationBookingUrl', 'example.com/book');
       await frame();
       await document.querySelector('#preview mrx-location-cta').updateComplete;
       await new Promise((resolve) => setTimeout(resolve, 300));
       const shown = {};
       for (const name of ['bookingUrl', 'emergencyNumber', 'phone', 'locationBookingUrl']) {
         const input = field(name);
         const line = document.getElementById(input.id + '-error');
         shown[name] = {
           codes: [...line.querySelectorAll('code')].map((code) => code.textContent),
           text: line.textContent,
           invalid: input.getAttribute('aria-invalid'),
           valid: input.checkValidity(),
           describedBy: input.getAttribute('aria-describedby').split(' ').includes(line.id),
         };
       }
       // Monday closes before it opens: said, and left out of the configuration.
       set('mon-close1', '07:00');
       await frame();
       const monday = document.querySelector('[data-day="mon"]');
       const hours = {
         text: monday.querySelector('.builder__error').textContent,
         invalid: field('mon-close1').getAttribute('aria-invalid'),
         monday: configOf(snippet()).locations[0].hours.mon ?? null,
       };
       set('bookingUrl', 'https://example.com/book');
       await frame();
       return {
         shown,
         // The preview is the real widgets: what they logged for the same values.
         logged: window.__mrxLog.errors,
         hours,
         fixed: { invalid: field('bookingUrl').getAttribute('aria-invalid'), text: document.getElementById('bookingUrl-error').textContent },
       };`,
      READY,
      { timeout: 10000 },
    );
    // The preview's widget reads the configuration from its property; the snippet's from its JSON child.
    const logged = seen.logged.map((line) => line.replace('(in the locations property)', '(in the JSON child)'));
    expect(seen.shown.bookingUrl.codes).to.deep.equal([
      'mrx-stiffness-quiz: booking-url must be an http(s) link; booking is hidden, got "ftp://example.com/book".',
      'mrx-location-cta: booking-url must be an http(s) URL, got "ftp://example.com/book"; it is ignored.',
    ]);
    expect(seen.shown.emergencyNumber.codes).to.deep.equal([
      'mrx-stiffness-quiz: emergency-number must be a phone number; using 911, got "call us".',
    ]);
    expect(seen.shown.phone.codes).to.have.length(1);
    expect(seen.shown.locationBookingUrl.codes).to.have.length(1);
    for (const [name, shown] of Object.entries(seen.shown)) {
      for (const code of shown.codes) expect(logged, `${name}: ${code}`).to.include(code);
      expect(shown.invalid, name).to.equal('true');
      expect(shown.valid, name).to.equal(false);
      expect(shown.describedBy, name).to.equal(true);
    }
    expect(seen.hours).to.deep.equal({ text: 'It closes after it opens.', invalid: 'true', monday: null });
    expect(seen.fixed).to.deep.equal({ invalid: null, text: '' });
  });

  it('copies each block on its own and downloads a test page with the snippet and the CSS', async function () {
    this.timeout(20000);
    const seen = await openPage<{
      statuses: string[][];
      page: string;
      type: string;
      download: string;
      href: string;
      snippet: string;
      css: string;
    }>(
      '/demo/builder.html',
      `${HELPERS}
       const status = () => ['snippet-status', 'css-status'].map((id) => document.getElementById(id).textContent);
       const statuses = [status()];
       for (const button of document.querySelectorAll('[data-copy]')) {
         button.click();
         await new Promise((resolve) => setTimeout(resolve, 200));
         statuses.push(status());
       }
       // Catch the Blob and the link instead of downloading.
       let blob, link;
       URL.createObjectURL = (made) => ((blob = made), 'blob:test');
       HTMLAnchorElement.prototype.click = function () { link = this; };
       document.getElementById('download').click();
       return {
         statuses,
         page: await blob.text(),
         type: blob.type,
         download: link.download,
         href: link.href,
         snippet: snippet(),
         css: document.getElementById('css').value,
       };`,
      READY,
      { timeout: 10000 },
    );
    // Copied (or, without clipboard permission, selected for Ctrl+C): each button speaks in its own status line.
    expect(seen.statuses[0]).to.deep.equal(['', '']);
    expect(seen.statuses[1][0]).to.match(/^(Copied|Selected)/);
    expect(seen.statuses[1][1]).to.equal('');
    expect(seen.statuses[2][1]).to.match(/^(Copied|Selected)/);
    expect(seen.type).to.equal('text/html');
    expect(seen.download).to.equal('motionrx-test.html');
    expect(seen.href).to.equal('blob:test');
    expect(seen.page).to.match(/^<!doctype html>/);
    expect(seen.page).to.include(seen.snippet);
    expect(seen.page).to.include(`<style>`);
    expect(seen.page).to.include(seen.css);
  });

  it('keeps every control inside its fieldset or section at 360, 768 and 1280 px, without sideways scrolling', async function () {
    this.timeout(30000);
    const seen = await openPage<{ width: number; controls: number; outside: string[]; scroll: number; client: number }[]>(
      '/demo/builder.html',
      `const results = [];
       for (const width of [360, 768, 1280]) {
         const frame = document.createElement('iframe');
         frame.width = String(width);
         frame.height = '900';
         frame.src = '/demo/builder.html';
         document.body.append(frame);
         await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
         const doc = frame.contentDocument;
         // A second location and a day with a break: the most there is to lay out.
         doc.getElementById('add-location').click();
         await new Promise((resolve) => setTimeout(resolve, 500));
         const controls = [...doc.querySelectorAll('input, select, textarea, button')].filter((control) => control.getClientRects().length);
         const outside = [];
         for (const control of controls) {
           const box = control.parentElement.closest('fieldset, section');
           const a = control.getBoundingClientRect();
           const b = box.getBoundingClientRect();
           if (a.left < b.left - 0.5 || a.right > b.right + 0.5 || a.top < b.top - 0.5 || a.bottom > b.bottom + 0.5)
             outside.push((control.name || control.id || control.textContent) + ' ' + Math.round(a.left) + '-' + Math.round(a.right) + ' in ' + Math.round(b.left) + '-' + Math.round(b.right));
         }
         results.push({ width, controls: controls.length, outside, scroll: doc.documentElement.scrollWidth, client: doc.documentElement.clientWidth });
         frame.remove();
       }
       return results;`,
      READY,
      { timeout: 10000 },
    );
    for (const { width, controls, outside, scroll, client } of seen) {
      expect(controls, `${width} px`).to.be.greaterThan(50);
      expect(outside, `${width} px`).to.deep.equal([]);
      expect(scroll, `${width} px: page width`).to.equal(client);
    }
  });

  it('passes axe with its preview, and with an error shown', async function () {
    this.timeout(20000);
    const violations = await openPage<string[]>(
      '/demo/builder.html?no-csp=1',
      `${HELPERS}
       set('phone', 'ask us');
       await frame();
       await new Promise((resolve) => setTimeout(resolve, 300));
       ${runAxe('document')}
       return violations;`,
      `document.querySelector('#preview mrx-location-cta')?.shadowRoot?.querySelector('[part~="status"]') && document.querySelector('#preview mrx-stiffness-quiz')?.shadowRoot?.querySelector('h2')`,
      { timeout: 10000 },
    );
    expect(violations).to.deep.equal([]);
  });
});
