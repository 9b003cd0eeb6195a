// Screenshots of the Embed builder for the README: docs/images/builder-360.png,
// -768.png and -1280.png, one viewport (not the full page) each, as `npm start`
// serves it (strict CSP). Needs a build first: `npm run build && node scripts/builder-screenshots.mjs`.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, browsers } from './browsers.mjs';

const port = Number(process.env.PORT) || 8765;
const out = new URL('../docs/images/', import.meta.url);
mkdirSync(out, { recursive: true });

// The demo server itself, on a port of its own.
const server = spawn(process.execPath, [new URL('serve.mjs', import.meta.url).pathname], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch({ executablePath: browsers[0].path, args: CHROMIUM_ARGS });
try {
  for (const width of [360, 768, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`http://localhost:${port}/builder.html`);
    // The snippet has its hash and the location widget has rendered: the page is settled.
    await page.waitForFunction(
      () =>
        document.getElementById('snippet').value.includes('integrity=') &&
        document.querySelector('#preview mrx-location-cta')?.shadowRoot?.querySelector('[part~="status"]'),
    );
    await page.waitForTimeout(300);
    const file = new URL(`builder-${width}.png`, out);
    await page.screenshot({ path: file.pathname });
    console.log(`${file.pathname}${errors.length ? `  console errors: ${errors.join(' | ')}` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
