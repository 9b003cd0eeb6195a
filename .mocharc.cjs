// Mocha runs the Node unit tests (npm run test:unit): the pure modules' tests
// that scripts/unit-files.mjs picks by their imports, TypeScript loaded by tsx.
const { unitTestFiles } = require('./scripts/unit-files.mjs');

const spec = unitTestFiles();
// Mocha would otherwise look for ./test and fail with a puzzling message.
if (!spec.length)
  throw new Error('test:unit: no test file under src/ imports chai without the browser test tools (scripts/unit-files.mjs)');

module.exports = {
  spec,
  'node-option': ['import=tsx'],
  reporter: 'dot',
  timeout: 10000,
};
