// node --test: the budget rules of scripts/size.mjs on a small made-up chunk
// graph (no build needed). Sizes are bytes; budgets are KB of 1024 bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBudgets, filesBeforeReady } from './size.mjs';

// Two widgets share a runtime; the CTA always loads its configuration check
// (which brings a parser chunk); the FAQ loads its text only on some pages.
const meta = {
  'faq.js': { entry: true, imports: ['runtime.js'], dynamicImports: ['faq-text.js'] },
  'cta.js': { entry: true, imports: ['runtime.js'], dynamicImports: ['check.js', 'map.js'] },
  'runtime.js': { entry: false, imports: [], dynamicImports: [] },
  'faq-text.js': { entry: false, source: 'src/faq/text.ts', imports: ['runtime.js'], dynamicImports: [] },
  'check.js': { entry: false, source: 'src/cta/check.ts', imports: ['parser.js', 'runtime.js'], dynamicImports: [] },
  'parser.js': { entry: false, imports: [], dynamicImports: [] },
  'map.js': { entry: false, source: 'src/cta/map.ts', imports: [], dynamicImports: [] },
};
const sizes = {
  'faq.js': 1000,
  'cta.js': 1000,
  'runtime.js': 5000,
  'faq-text.js': 3000,
  'check.js': 2000,
  'parser.js': 500,
  'map.js': 700,
};
const sizeOf = (file) => sizes[file];
const budgets = { 'faq.js': { kb: 6 }, 'cta.js': { kb: 9, alwaysLoads: ['src/cta/check.ts'] } };
const row = (result, file) => result.rows.find((r) => r.file === file);

test('an entry counts with its static imports, not the lazy chunks only some pages load', () => {
  assert.deepEqual(filesBeforeReady(meta, 'faq.js'), ['faq.js', 'runtime.js']);
  const faq = row(checkBudgets(meta, budgets, sizeOf), 'faq.js');
  assert.equal(faq.bytes, 6000);
  assert.equal(faq.problem, undefined);
});

test('a lazy chunk every use loads counts in the budget, with its own imports, once', () => {
  assert.deepEqual(filesBeforeReady(meta, 'cta.js', ['src/cta/check.ts']), ['cta.js', 'runtime.js', 'check.js', 'parser.js']);
  const cta = row(checkBudgets(meta, budgets, sizeOf), 'cta.js');
  assert.equal(cta.bytes, 1000 + 5000 + 2000 + 500);
  assert.equal(cta.problem, undefined);
});

test('an entry over its budget fails', () => {
  const tight = { ...budgets, 'cta.js': { kb: 8, alwaysLoads: ['src/cta/check.ts'] } };
  assert.match(row(checkBudgets(meta, tight, sizeOf), 'cta.js').problem, /over its budget of 8 KB/);
  // Exactly at the budget passes.
  const exact = { ...budgets, 'faq.js': { kb: 6000 / 1024 } };
  assert.equal(row(checkBudgets(meta, exact, sizeOf), 'faq.js').problem, undefined);
});

test('an entry without a budget fails', () => {
  const result = checkBudgets(meta, { 'faq.js': budgets['faq.js'] }, sizeOf);
  assert.match(row(result, 'cta.js').problem, /cta\.js has no budget/);
});

test('a budget that names a lazy module the entry does not load fails', () => {
  const renamed = { ...budgets, 'cta.js': { kb: 100, alwaysLoads: ['src/cta/renamed.ts'] } };
  assert.match(row(checkBudgets(meta, renamed, sizeOf), 'cta.js').problem, /cta\.js does not load src\/cta\/renamed\.ts lazily/);
  // Another entry's lazy chunk does not count either.
  const elsewhere = { ...budgets, 'cta.js': { kb: 100, alwaysLoads: ['src/faq/text.ts'] } };
  assert.ok(row(checkBudgets(meta, elsewhere, sizeOf), 'cta.js').problem);
});

test('a budget for a file the build does not make is reported', () => {
  assert.deepEqual(checkBudgets(meta, { ...budgets, 'gone.js': { kb: 1 } }, sizeOf).stale, ['gone.js']);
  assert.deepEqual(checkBudgets(meta, budgets, sizeOf).stale, []);
});
