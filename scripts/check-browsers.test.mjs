// node --test: the message a developer without the test browsers sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./check-browsers.mjs', import.meta.url));
const run = (env) => spawnSync(process.execPath, [script], { env: { ...process.env, ...env }, encoding: 'utf8' });

test('a missing browser gets an install hint, not a stack trace', () => {
  const result = run({ MRX_CHROMIUM: '/nonexistent/chromium', MRX_FIREFOX: '/nonexistent/firefox-esr', MRX_BROWSERS: '' });
  assert.equal(result.status, 1);
  assert.match(
    result.stderr,
    /Chromium is not installed \(looked for \/nonexistent\/chromium\)\. Install it with: sudo apt-get install -y chromium/,
  );
  assert.match(result.stderr, /Firefox ESR is not installed .* apt-get install -y firefox-esr/);
  assert.doesNotMatch(result.stderr, /at .*\.mjs:\d+/);
});

test('MRX_BROWSERS limits the check to the browsers that will run', () => {
  const result = run({ MRX_FIREFOX: '/nonexistent/firefox-esr', MRX_BROWSERS: 'chromium', MRX_CHROMIUM: process.execPath });
  assert.equal(result.status, 0, result.stderr);
});
