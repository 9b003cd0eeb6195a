// The peers we measure against, each bundled the same way: esbuild, one
// minified ES module, production conditions, plus the theme CSS it needs to
// look finished. Used by the byte counts and the timing pages alike.
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);

/** feature: what it is compared with ('accordion', 'quiz', 'floor'); timing: the bench/page.js FAQ variant, where it is timed too. */
export const PEERS = [
  {
    id: 'floor',
    name: 'floor: plain Lit element',
    feature: 'floor',
    source:
      "import { LitElement, html } from 'lit'; customElements.define('x-floor', class extends LitElement { render() { return html`<slot></slot>`; } });",
  },
  {
    id: 'lion',
    name: '@lion/ui lion-accordion',
    feature: 'accordion',
    timing: 'lion',
    source: "import '@lion/ui/define/lion-accordion.js';",
  },
  {
    id: 'shoelace',
    name: 'Shoelace sl-details (+ light theme CSS)',
    feature: 'accordion',
    timing: 'shoelace',
    source: "import '@shoelace-style/shoelace/dist/components/details/details.js';",
    css: ['@shoelace-style/shoelace/dist/themes/light.css'],
  },
  {
    id: 'webawesome',
    name: 'Web Awesome wa-accordion (+ default theme CSS)',
    feature: 'accordion',
    timing: 'webawesome',
    source:
      "import '@awesome.me/webawesome/dist/components/accordion/accordion.js'; import '@awesome.me/webawesome/dist/components/accordion-item/accordion-item.js';",
    css: ['@awesome.me/webawesome/dist/styles/themes/default.css'],
  },
  {
    id: 'spectrum',
    name: 'Spectrum sp-accordion',
    feature: 'accordion',
    source:
      "import '@spectrum-web-components/accordion/sp-accordion.js'; import '@spectrum-web-components/accordion/sp-accordion-item.js';",
  },
  {
    id: 'typeform',
    name: '@typeform/embed (loader only; the form then loads in an iframe)',
    feature: 'quiz',
    source: "import { createWidget } from '@typeform/embed'; globalThis.tf = createWidget;",
  },
];

/** Lazily imported modules stay out, as they load only when needed (our lazy chunks; the peers have none to speak of). */
const lazyStaysOut = {
  name: 'lazy-stays-out',
  setup: (build) =>
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)),
};

/** Bundles an entry (source text, or a file with `entry`) into one minified ES module: Uint8Array. */
export async function bundle({ source, entry }) {
  const result = await build({
    ...(entry
      ? { entryPoints: [new URL(entry, root).pathname] }
      : { stdin: { contents: source, resolveDir: new URL('.', root).pathname, loader: 'js' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    legalComments: 'none',
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    plugins: [lazyStaysOut],
  });
  return result.outputFiles[0].contents;
}

/** A peer's script, and each of its CSS files with the files it @imports, minified. */
export async function peerFiles(peer) {
  const css = [];
  for (const path of peer.css ?? []) {
    const result = await build({
      entryPoints: [new URL(`node_modules/${path}`, root).pathname],
      bundle: true,
      minify: true,
      write: false,
      logLevel: 'error',
    });
    css.push(result.outputFiles[0].contents);
  }
  return { script: await bundle(peer), css };
}
