// The Embed builder page, as `npm start` serves it (strict CSP), driven like a webmaster would.
import { expect } from '@open-wc/testing';
import { openPage, runAxe } from '../src/test-support/page.js';

interface Seen {
  log: { errors: string[]; warnings: string[]; violations: string[] };
  first: string;
  sri: string;
  quizClinic: string | null;
  json: unknown;
  ctaLocations: unknown;
  picker: boolean;
  contrast: string;
  withoutFaq: string;
  css: string;
}

describe('Embed builder', () => {
  it('previews the real widgets and writes a snippet with SRI, the config and fallbacks, under the strict CSP', async function () {
    this.timeout(20000);
    const seen = await openPage<Seen>(
      '/demo/builder.html',
      `const set = (name, value) => { const field = document.querySelector('[name="' + name + '"]'); field.value = value; field.dispatchEvent(new Event('input', { bubbles: true })); };
       const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
       const snippet = () => document.getElementById('snippet').value;
       const first = snippet();
       set('clinicName', 'Harbor Physio & Rehab');
       document.getElementById('add-location').click();
       await frame();
       const cta = document.querySelector('#preview mrx-location-cta');
       await cta.updateComplete;
       await new Promise((resolve) => setTimeout(resolve, 300));
       const text = snippet();
       const json = JSON.parse(text.split('<script type="application/json">')[1].split('</script>')[0].replace(/<\\\\\\//g, '</'));
       set('primary', '#cccccc');
       await frame();
       const contrast = document.getElementById('contrast').textContent;
       const css = document.getElementById('css').value;
       const faq = document.querySelector('[name="widget"][value="faq"]');
       faq.checked = false;
       faq.dispatchEvent(new Event('input', { bubbles: true }));
       await frame();
       return {
         log: window.__mrxLog,
         first,
         sri: (await (await fetch('/dist/cdn/sri.json')).json())['motionrx-widgets.iife.js'],
         quizClinic: document.querySelector('#preview mrx-stiffness-quiz').getAttribute('clinic-name'),
         json,
         ctaLocations: cta.locations,
         picker: !!cta.shadowRoot.querySelector('select'),
         contrast,
         withoutFaq: snippet(),
         css,
       };`,
      `document.getElementById('snippet')?.value.includes('integrity="sha384-') && document.querySelector('#preview mrx-location-cta')?.shadowRoot?.querySelector('[part~="status"]')`,
      { timeout: 10000 },
    );
    expect(seen.log).to.deep.equal({ errors: [], warnings: [], violations: [] });
    expect(seen.first).to.include(`integrity="${seen.sri}" crossorigin="anonymous"`);
    expect(seen.first).to.match(/^<script src="https:\/\/your-site\.example\/widgets\/motionrx-widgets\.iife\.js" integrity/);
    expect(seen.quizClinic).to.equal('Harbor Physio & Rehab');
    // The snippet's JSON is exactly what the preview shows, and names both clinics.
    expect(seen.json).to.deep.equal(seen.ctaLocations);
    expect((seen.json as { locations: { id: string }[] }).locations.map((location) => location.id)).to.deep.equal(['tampa', 'clearwater']);
    expect(seen.picker).to.equal(true);
    expect(seen.withoutFaq).to.include('clinic-name="Harbor Physio &amp; Rehab"');
    expect(seen.withoutFaq).to.include('<p>MotionRx Tampa: <a href="tel:+18135550100">');
    expect(seen.withoutFaq).to.not.include('mrx-faq-accordion');
    expect(seen.contrast).to.match(/^Below WCAG AA contrast/);
    expect(seen.css).to.include('--mrx-color-primary: #cccccc;');
  });

  it('passes axe with its preview', async function () {
    this.timeout(20000);
    const violations = await openPage<string[]>(
      '/demo/builder.html?no-csp=1',
      `${runAxe('document')}
       return violations;`,
      `document.querySelector('#preview mrx-location-cta')?.shadowRoot?.querySelector('[part~="status"]') && document.querySelector('#preview mrx-stiffness-quiz')?.shadowRoot?.querySelector('h2')`,
      { timeout: 10000 },
    );
    expect(violations).to.deep.equal([]);
  });
});
