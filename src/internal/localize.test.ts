import { expect, fixture, html } from '@open-wc/testing';
import { resolveLanguage } from './localize.js';

describe('resolveLanguage()', () => {
  const cases: [string | null, string][] = [
    ['es', 'es'],
    ['ES', 'es'],
    ['es-MX', 'es'],
    ['es-419', 'es'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    ['estonian', 'en'],
  ];
  for (const [lang, expected] of cases) {
    it(`lang="${lang}" -> ${expected}`, async () => {
      const el = await fixture(html`<div lang=${lang ?? ''}></div>`);
      expect(resolveLanguage(el)).to.equal(expected);
    });
  }

  it('uses the nearest ancestor lang, crossing shadow roots', async () => {
    const outer = await fixture(
      html`<div lang="es">
        <div><span></span></div>
      </div>`,
    );
    expect(resolveLanguage(outer.querySelector('span')!)).to.equal('es');
    const host = outer.querySelector('div')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><em></em></p>';
    expect(resolveLanguage(root.querySelector('em')!)).to.equal('es');
  });

  it('prefers the nearest lang over a farther one', async () => {
    const outer = await fixture(
      html`<div lang="es">
        <div lang="en"><span></span></div>
      </div>`,
    );
    expect(resolveLanguage(outer.querySelector('span')!)).to.equal('en');
  });

  it('defaults to English with no lang anywhere on a detached element', () => {
    expect(resolveLanguage(document.createElement('div'))).to.equal('en');
  });
});
