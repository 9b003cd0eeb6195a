// Lighthouse (npm `lighthouse`, with Debian's Chromium) on the demo article,
// served by `npm start`'s own server (scripts/serve.mjs, strict CSP included).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, browsers } from '../scripts/browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Runs `command` to the end; resolves its standard output, rejects with its standard error. */
function run(command, args, env) {
  return new Promise((resolve, reject) => {
    // Killed after 3 minutes (a run takes about 12 s): nothing may hang the bench or npm test.
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, timeout: 180_000, killSignal: 'SIGKILL' });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code, signal) =>
      code === 0 ? resolve(out) : reject(new Error(`lighthouse exited ${code ?? signal}: ${err.slice(-2000)}`)),
    );
  });
}

/** `runs` Lighthouse runs of the demo page (default mobile settings): each run's category scores (0-100) and key metrics (null where a run has none). */
export async function lighthouse(runs) {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise((resolve, reject) => {
      server.stdout.once('data', resolve);
      server.once('exit', (code) => reject(new Error(`the demo server exited (${code})`)));
      setTimeout(() => reject(new Error('the demo server did not start in 15 s')), 15_000).unref();
    });
    const results = [];
    for (let i = 0; i < runs; i++) {
      const json = await run(
        process.execPath,
        [
          CLI,
          `http://127.0.0.1:${port}/`,
          '--quiet',
          '--output=json',
          '--output-path=stdout',
          '--only-categories=performance,accessibility,best-practices,seo',
          `--chrome-flags=${FLAGS}`,
        ],
        { CHROME_PATH: browsers[0].path },
      );
      const report = JSON.parse(json);
      if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
      const score = (id) => Math.round(report.categories[id].score * 100);
      const metric = (id) => report.audits[id]?.numericValue ?? null;
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        failed: Object.values(report.audits)
          .filter(
            (audit) => audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
          )
          .map((audit) => audit.id),
      });
    }
    return {
      version: JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version,
      runs: results,
    };
  } finally {
    server.kill();
  }
}
