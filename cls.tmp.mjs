import puppeteer from 'puppeteer-core';
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const js of [false, true]) {
  const p = await b.newPage();
  await p.setJavaScriptEnabled(js);
  await p.setViewport({ width: 1000, height: 900 });
  await p.goto('http://localhost:8000/', { waitUntil: 'networkidle0' });
  await new Promise(r=>setTimeout(r,300));
  const r = await p.$eval('mrx-faq-accordion', (el) => { const b = el.getBoundingClientRect(); return [b.top, b.height]; });
  console.log('js', js, r);
}
await b.close();
