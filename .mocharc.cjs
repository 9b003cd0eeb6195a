// Mocha runs the Node unit tests (npm run test:unit): the pure modules' tests
// that scripts/unit-files.mjs picks by their imports, TypeScript loaded by tsx.
// Files named on the command line (`npx mocha src/internal/slug.test.ts`) run
// alone: Mocha would add them to this list rather than replace it.
const { argv } = require('node:process');
const { unitTestFiles } = require('./scripts/unit-files.mjs');

const named = argv.slice(2).some((arg) => /\.test\.ts$/.test(arg));
const spec = named ? [] : unitTestFiles();
// Mocha would otherwise look for ./test and fail with a puzzling message.
if (!named && !spec.length)
  throw new Error('test:unit: no test file under src/ imports chai without the browser test tools (scripts/unit-files.mjs)');

module.exports = {
  spec,
  'node-option': ['import=tsx'],
  reporter: 'dot',
  timeout: 10000,
};
