// Bytes: gzip and brotli of our CDN files (each entry with the chunks it
// imports statically, as scripts/size.mjs counts them) against the same
// features from peers, bundled the same way (esbuild, minified, production).
// Part of `npm run bench` (issue 7); the timing, memory and Lighthouse parts are still to come.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const file = (path) => readFileSync(new URL(path, root));

/** Our entry plus its static chunks (dist/cdn/meta.json), each compressed on its own, as a browser fetches them. */
function ours(entry) {
  const meta = JSON.parse(file('dist/cdn/meta.json'));
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of meta[name]?.imports ?? []) visit(imported);
  };
  visit(entry);
  const parts = [...seen].map((name) => file(`dist/cdn/${name}`));
  return { gzip: parts.reduce((sum, part) => sum + gz(part), 0), brotli: parts.reduce((sum, part) => sum + br(part), 0) };
}

/** A peer's feature bundled by esbuild into one minified file, plus any CSS it needs. */
async function peer(source, css = []) {
  const result = await build({
    stdin: { contents: source, resolveDir: new URL('.', root).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    legalComments: 'none',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const parts = [result.outputFiles[0].contents, ...css.map((path) => file(`node_modules/${path}`))];
  return { gzip: parts.reduce((sum, part) => sum + gz(part), 0), brotli: parts.reduce((sum, part) => sum + br(part), 0) };
}

export async function measureBytes() {
  const rows = [
    { name: 'ours: faq-accordion.js (+ runtime)', feature: 'accordion', ours: true, ...ours('faq-accordion.js') },
    { name: 'ours: stiffness-quiz.js (+ runtime, actions)', feature: 'quiz', ours: true, ...ours('stiffness-quiz.js') },
    { name: 'ours: location-cta.js (+ runtime, actions)', feature: 'location', ours: true, ...ours('location-cta.js') },
    { name: 'ours: motionrx-widgets.js (all three)', feature: 'all', ours: true, ...ours('motionrx-widgets.js') },
    { name: 'ours: motionrx-widgets.iife.js (all three)', feature: 'all', ours: true, ...ours('motionrx-widgets.iife.js') },
    { name: 'floor: plain Lit element', feature: 'floor', ...(await peer("import { LitElement, html } from 'lit'; customElements.define('x-floor', class extends LitElement { render() { return html`<slot></slot>`; } });")) },
    { name: '@lion/ui lion-accordion', feature: 'accordion', ...(await peer("import '@lion/ui/define/lion-accordion.js';")) },
    { name: 'Shoelace sl-details (+ light theme CSS)', feature: 'accordion', ...(await peer("import '@shoelace-style/shoelace/dist/components/details/details.js';", ['@shoelace-style/shoelace/dist/themes/light.css'])) },
    { name: 'Web Awesome wa-accordion (+ default theme CSS)', feature: 'accordion', ...(await peer("import '@awesome.me/webawesome/dist/components/accordion/accordion.js'; import '@awesome.me/webawesome/dist/components/accordion-item/accordion-item.js';", ['@awesome.me/webawesome/dist/styles/themes/default.css'])) },
    { name: 'Spectrum sp-accordion', feature: 'accordion', ...(await peer("import '@spectrum-web-components/accordion/sp-accordion.js'; import '@spectrum-web-components/accordion/sp-accordion-item.js';")) },
    { name: '@typeform/embed (loader only; the form then loads in an iframe)', feature: 'quiz', ...(await peer("import { createWidget } from '@typeform/embed'; globalThis.tf = createWidget;")) },
  ];
  const best = (feature) => Math.min(...rows.filter((row) => row.feature === feature && !row.ours).map((row) => row.gzip));
  const targets = [
    { target: 'our FAQ smaller than every accordion peer (gzip)', pass: rows[0].gzip < best('accordion'), detail: `${(rows[0].gzip / 1024).toFixed(2)} KB vs smallest peer ${(best('accordion') / 1024).toFixed(2)} KB` },
    { target: 'our quiz smaller than the Typeform loader (gzip)', pass: rows[1].gzip < best('quiz'), detail: `${(rows[1].gzip / 1024).toFixed(2)} KB vs ${(best('quiz') / 1024).toFixed(2)} KB` },
    { target: 'all-in-one ES module at most 20 KB gzip', pass: rows[3].gzip <= 20 * 1024, detail: `${(rows[3].gzip / 1024).toFixed(2)} KB` },
  ];
  return { rows, targets };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, targets } = await measureBytes();
  console.log('| file | KB gzip | KB brotli |\n| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.name} | ${(row.gzip / 1024).toFixed(2)} | ${(row.brotli / 1024).toFixed(2)} |`);
  for (const { target, pass, detail } of targets) console.log(`${pass ? 'PASS' : 'MISS'} ${target}: ${detail}`);
}
