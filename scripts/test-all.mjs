// The test gate, one stage after another: `npm test` (every stage) and
// `npm run test:quick` (the fast lane). It prints each stage as it starts,
// with how far along it is (`[3/11] build-storybook`), and its time when it
// ends; it stops at the first failure with that stage's exit code, and always
// ends with a summary table. Uses only Node's standard library.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const npm = (script) => ({ name: script, command: `npm run --silent ${script}` });

const LANES = {
  // Cheap checks first, so a typo fails in seconds rather than after the builds.
  full: [
    npm('typecheck'),
    npm('format:check'),
    npm('lint'),
    // The build also writes generated parts of tracked files (scripts/api.mjs, scripts/snippets.mjs): if it had to
    // change one, the committed file was stale, and the gate says so instead of testing the fresh copy.
    { ...npm('build'), generates: ['README.md', 'src/typings.ts'] },
    npm('build-storybook'),
    npm('test:node'),
    npm('test:unit'),
    npm('test:browser'),
    npm('test:e2e'),
    npm('test:bench'),
    npm('size'),
  ],
  // No build: type-check and lint with caches in node_modules/.cache/ (the
  // full gate runs both from scratch), the pure modules' tests in Node, and the
  // shared plumbing's tests (src/internal/) in Chromium.
  quick: [
    { name: 'typecheck', command: 'tsc --noEmit -p tsconfig.json --incremental --tsBuildInfoFile node_modules/.cache/tsc/tsbuildinfo' },
    { name: 'lint', command: 'eslint . --cache --cache-location node_modules/.cache/eslint/' },
    npm('lint:templates'),
    npm('test:unit'),
    { name: 'chromium: src/internal', command: 'web-test-runner "src/internal/**/*.test.ts"', env: { MRX_BROWSERS: 'chromium' } },
  ],
};

const lane = process.argv[2] ?? 'full';
const stages = LANES[lane];
if (!stages) {
  console.error(`test-all: unknown lane "${lane}" (${Object.keys(LANES).join(', ')})`);
  process.exit(2);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a command in a shell with node_modules/.bin on the PATH (npm run adds it), output straight through; resolves to its exit code. */
function run({ command, env }) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(1));
  });
}

const results = [];
const started = Date.now();
let failed = 0;
for (const [i, stage] of stages.entries()) {
  const step = `[${i + 1}/${stages.length}] ${stage.name}`;
  console.log(`\n${step} ...`);
  const start = Date.now();
  const before = stage.generates?.map((file) => readFileSync(file, 'utf8'));
  let code = await run(stage);
  const changed = stage.generates?.filter((file, n) => code === 0 && readFileSync(file, 'utf8') !== before[n]) ?? [];
  if (changed.length) {
    console.error(`${stage.name} changed ${changed.join(' and ')}: they were out of date. Review the change (git diff) and commit it.`);
    code = 1;
  }
  const ms = Date.now() - start;
  results.push({ name: stage.name, status: code === 0 ? 'ok' : `FAILED (exit ${code})`, time: seconds(ms) });
  console.log(`${step} ${code === 0 ? 'ok' : 'FAILED'} in ${seconds(ms)}`);
  if (code !== 0) {
    failed = code;
    break;
  }
}
for (const stage of stages.slice(results.length)) results.push({ name: stage.name, status: 'not run', time: '' });

const width = Math.max(...results.map((r) => r.name.length), 'stage'.length);
const statusWidth = Math.max(...results.map((r) => r.status.length), 'result'.length);
const row = (a, b, c) => `${a.padEnd(width)}  ${b.padEnd(statusWidth)}  ${c.padStart(8)}`;
console.log(`\n${lane === 'full' ? 'npm test' : `npm run test:${lane}`}: summary`);
console.log(row('stage', 'result', 'time'));
console.log(row('-'.repeat(width), '-'.repeat(statusWidth), '-'.repeat(8)));
for (const r of results) console.log(row(r.name, r.status, r.time));
console.log(row('total', failed ? 'FAILED' : 'ok', seconds(Date.now() - started)));
process.exit(failed);
