// A static server on loopback for the end-to-end suite: the built files in
// dist/cdn, the demo, and test pages made from e2e/pages/template.html, every
// response with the README's strict Content-Security-Policy.
//   /e2e/load/<mode>.html   the three widgets, loaded the way <mode> says (see MODES)
//   /e2e/other-version.iife.js   the IIFE with another version banner and VERSION
//   /e2e/guide/<name>.html  the README's snippet marked `<!-- e2e-guide: name -->`, pasted as is, its
//                           public-CDN URLs mapped to the loopback npm CDN (`startServer({ cdn })`, e2e/npm-cdn.mjs)
//   /widgets/…              dist/cdn/… (the README's self-hosted example folder)
//   /clinics.json, /widgets/clinics.json   the demo's clinics
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP, cspWithCdn } from '../scripts/csp.mjs';
import { CONTENT_TYPES, listenOnLoopback } from './loopback.mjs';
import { onLoopbackCdn } from './npm-cdn.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const IIFE = '<script src="/dist/cdn/motionrx-widgets.iife.js"></script>';

/** Where each loading mode puts the script tags: [in <head>, at the end of <body>]. */
export const MODES = {
  defer: ['<script src="/dist/cdn/motionrx-widgets.iife.js" defer></script>', ''],
  async: ['<script src="/dist/cdn/motionrx-widgets.iife.js" async></script>', ''],
  head: [IIFE, ''],
  'body-end': ['', IIFE],
  'after-load': ['', '<script src="/e2e/pages/after-load.js"></script>'],
  module: ['<script type="module" src="/dist/cdn/motionrx-widgets.js"></script>', ''],
  'per-widget': [
    '<script type="module" src="/dist/cdn/faq-accordion.js"></script><script type="module" src="/dist/cdn/stiffness-quiz.js"></script><script type="module" src="/dist/cdn/location-cta.js"></script>',
    '',
  ],
  'page-builder': [
    '<script src="/dist/cdn/motionrx-widgets.iife.js" defer></script>',
    '<script src="/e2e/pages/page-builder.js" defer></script>',
  ],
  twice: ['<script type="module" src="/dist/cdn/motionrx-widgets.js"></script>', IIFE],
  'two-versions': ['<script src="/e2e/other-version.iife.js"></script>', IIFE],
  hostile: ['<link rel="stylesheet" href="/e2e/pages/hostile.css"><script src="/dist/cdn/motionrx-widgets.iife.js" defer></script>', ''],
  // An empty page for the fuzz test, which adds the widgets itself (through the e2e-page policy).
  fuzz: ['<script src="/dist/cdn/motionrx-widgets.iife.js" defer></script><script src="/e2e/pages/fuzz.js" defer></script>', ''],
  // Framework pages, bundled by the test with esbuild from e2e/frameworks/ and the npm modules in dist/.
  react: ['<script type="module" src="/e2e/.build/react-app.js"></script>', ''],
  vue: ['<script type="module" src="/e2e/.build/vue-app.js"></script>', ''],
};

/** The README's snippet for a platform guide. */
export async function guideSnippet(name) {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const match = new RegExp(`<!-- e2e-guide: ${name} -->\\s*\`\`\`html\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match) throw new Error(`no README guide ${name}`);
  return match[1];
}

/**
 * The CSP for a guide page: the strict one naming the npm CDN, as the README says, except what the guide says a GTM
 * page needs (its inline loader's hash, no Trusted Types).
 */
async function guideCsp(name, cdn) {
  const csp = cdn ? cspWithCdn(cdn) : CSP;
  if (name !== 'gtm') return csp;
  const snippet = await guideSnippet(name);
  const inline = /<script>([\s\S]*?)<\/script>/.exec(cdn ? onLoopbackCdn(snippet, cdn) : snippet)[1];
  const hash = createHash('sha256').update(inline).digest('base64');
  return csp
    .replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`)
    .replace(/; require-trusted-types-for[^;]*; trusted-types [^;]*/, '');
}

async function body(path, cdn) {
  const guide = /^\/e2e\/guide\/([\w-]+)\.html$/.exec(path);
  if (guide) {
    const template = await readFile(join(root, 'e2e/pages/template.html'), 'utf8');
    const snippet = await guideSnippet(guide[1]);
    return template.replace('<!-- widgets -->', cdn ? onLoopbackCdn(snippet, cdn) : snippet);
  }
  if (path === '/clinics.json' || path === '/widgets/clinics.json') return readFile(join(root, 'demo/clinics.json'));
  if (path.startsWith('/widgets/')) return readFile(join(root, 'dist/cdn', path.slice('/widgets/'.length).replace(/\.\./g, '')));
  const match = /^\/e2e\/load\/([\w-]+)\.html$/.exec(path);
  if (match && MODES[match[1]]) {
    const [head, end] = MODES[match[1]];
    const template = await readFile(join(root, 'e2e/pages/template.html'), 'utf8');
    // The page-builder mode inserts the widgets itself.
    const widgets = ['page-builder', 'fuzz', 'react', 'vue'].includes(match[1])
      ? '<div id="builder"></div>'
      : await readFile(join(root, 'e2e/pages/widgets.html'), 'utf8');
    return template.replace('<!-- head -->', head).replace('<!-- widgets -->', widgets).replace('<!-- end -->', end);
  }
  if (path === '/e2e/other-version.iife.js') {
    const text = await readFile(join(root, 'dist/cdn/motionrx-widgets.iife.js'), 'utf8');
    const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    return text.replaceAll(`"${version}"`, '"0.0.1-other"').replace(` ${version} `, ' 0.0.1-other ');
  }
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root) || !/^\/(dist|demo|e2e)\//.test(path)) throw new Error('not served');
  return readFile(file);
}

/**
 * Starts the server on a free loopback port; resolves { origin, close, publish }. `cdn`: the loopback npm CDN's
 * origin, for the guides. `publish(path, html, csp)` serves a page a test wrote (a pasted snippet) from the server
 * itself: Chromium lets only pages really served from loopback load scripts from another loopback origin.
 */
export async function startServer({ cdn } = {}) {
  const published = new Map();
  const server = await listenOnLoopback(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (published.has(pathname)) {
      const { html, csp } = published.get(pathname);
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], 'content-security-policy': csp, 'cache-control': 'no-store' });
      response.end(html);
      return;
    }
    try {
      const content = await body(pathname, cdn);
      // Pages whose own script inserts scripts or markup (a tag manager, a page builder) bring their own Trusted Types policy.
      // Vue 3 asks for a Trusted Types policy named "vue" (for its static-content innerHTML).
      const guide = /^\/e2e\/guide\/([\w-]+)\.html$/.exec(pathname);
      const csp = guide
        ? await guideCsp(guide[1], cdn)
        : /\/(after-load|page-builder|fuzz)\.html$/.test(pathname)
          ? CSP.replace('trusted-types ', 'trusted-types e2e-page ')
          : pathname.endsWith('/vue.html')
            ? CSP.replace('trusted-types ', 'trusted-types vue ')
            : CSP;
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(pathname)] ?? 'application/octet-stream',
        'content-security-policy': csp,
        'cache-control': 'no-store',
      });
      response.end(content);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  return { ...server, publish: (path, html, csp) => published.set(path, { html, csp }) };
}
