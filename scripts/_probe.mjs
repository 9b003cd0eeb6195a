import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const logs = [];
page.on('console', (m) => logs.push(m.type() + ': ' + m.text()));
page.on('pageerror', (e) => logs.push('pageerror: ' + e.message)); page.on('requestfailed', (r) => logs.push('failed ' + r.url())); page.on('response', (r) => r.status() >= 400 && logs.push(r.status() + ' ' + r.url()));
await page.goto('http://localhost:6007/iframe.html?id=' + process.argv[2] + '&viewMode=story', { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 1500));
const info = await page.evaluate(() => {
  const p = window.__STORYBOOK_PREVIEW__;
  const r = p?.currentRender;
  return { defined: !!customElements.get('mrx-faq-accordion'), shadow: document.querySelector('mrx-faq-accordion')?.shadowRoot?.innerHTML.slice(0, 200),  phase: r?.phase, rkeys: r ? Object.keys(r) : null, html: document.querySelector('#storybook-root')?.innerHTML.slice(0, 300) };
});
console.log(JSON.stringify(info, null, 1));
await page.screenshot({ path: '/tmp/sb.png' });
console.log(logs.join('\n'));
await browser.close();
