// dist/cdn/sri.json, as a webmaster uses it: `<script integrity crossorigin>`.
import { expect } from '@open-wc/testing';

const sri = (await (await fetch('/dist/cdn/sri.json')).json()) as Record<string, string>;
const meta = (await (await fetch('/dist/cdn/meta.json')).json()) as Record<string, unknown>;

/** Adds a classic script with this integrity; resolves 'load' or 'error'. */
function script(src: string, integrity: string): Promise<string> {
  return new Promise((resolve) => {
    const el = Object.assign(document.createElement('script'), { src, integrity, crossOrigin: 'anonymous' });
    el.onload = () => resolve('load');
    el.onerror = () => resolve('error');
    document.head.append(el);
  });
}

describe('Subresource Integrity', () => {
  it('sri.json has the sha384 of every CDN script', async () => {
    expect(Object.keys(sri).sort()).to.deep.equal(Object.keys(meta).sort());
    for (const [file, hash] of Object.entries(sri)) {
      const bytes = await (await fetch(`/dist/cdn/${file}`)).arrayBuffer();
      const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
      expect(hash, file).to.equal(`sha384-${digest}`);
    }
  });

  it('the browser refuses a wrong hash and runs the right one', async () => {
    const src = '/dist/cdn/motionrx-widgets.iife.js';
    const wrong = sri['motionrx-widgets.js'];
    expect(await script(src, wrong)).to.equal('error');
    expect(customElements.get('mrx-faq-accordion'), 'nothing ran').to.equal(undefined);
    expect(await script(src, sri['motionrx-widgets.iife.js'])).to.equal('load');
    for (const tag of ['mrx-faq-accordion', 'mrx-stiffness-quiz', 'mrx-location-cta'])
      expect(customElements.get(tag), tag).to.not.equal(undefined);
  });
});
