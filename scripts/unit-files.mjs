// Which test files are Node unit tests (npm run test:unit, .mocharc.cjs): the
// tests of pure modules under src/. A test file qualifies by what it imports,
// so a new pure test joins the lane without editing a list: it takes its
// assertions from 'chai' and imports nothing from the browser test tools
// (@open-wc/testing's fixtures, @web/test-runner-commands' keys and
// viewports). Everything else runs in the browsers only (npm run test:browser).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const BROWSER_ONLY = /from\s+['"](@open-wc\/testing|@web\/test-runner-commands)['"]/;
const CHAI = /from\s+['"]chai['"]/;

/** True when the test source runs in Node: chai assertions, no browser test tools. */
export const isUnitTest = (source) => CHAI.test(source) && !BROWSER_ONLY.test(source);

/** The unit test files, relative to the repository root, sorted. */
export function unitTestFiles() {
  return readdirSync(`${root}src`, { recursive: true })
    .map((file) => `src/${file.split('\\').join('/')}`)
    .filter((file) => file.endsWith('.test.ts') && isUnitTest(readFileSync(`${root}${file}`, 'utf8')))
    .sort();
}

// `node scripts/unit-files.mjs` lists them.
if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(unitTestFiles().join('\n'));
