import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.setViewport({ width: 1200, height: 1000 });
await page.goto('http://localhost:6007/iframe.html?id=' + process.argv[2] + '&viewMode=story&globals=' + (process.argv[3] || ''), { waitUntil: 'networkidle0' });
await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished', { timeout: 20000 });
await new Promise((r) => setTimeout(r, 500));
await page.screenshot({ path: '/tmp/story.png', fullPage: false });
await browser.close();
