// The bench harness on its smallest case (one run, 10 and 100 FAQ items, 1 location,
// a few memory cycles, one Lighthouse run), so `npm run bench` cannot rot:
// every part must run in the browser and come back with real numbers, both
// unthrottled and at 4x CPU, with run-by-run ratios (their arithmetic is
// tested on its own in bench/stats.test.mjs).
// Needs the build (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FAQ_VARIANTS } from './browser.mjs';
import { PEERS } from './peers.mjs';
import { QUICK, runBench } from './run.mjs';
import { markdown } from './report.mjs';
import { BUDGETS } from '../scripts/size.mjs';

const positive = (value, what) => assert.ok(Number.isFinite(value) && value > 0, `${what}: ${value}`);

test(
  'npm run bench, smallest case: bytes, FAQ, quiz, location CTA, memory and Lighthouse all measured, with a target line each',
  { timeout: 240_000 },
  async () => {
    const results = await runBench(QUICK);

    for (const id of ['faq', 'quiz', 'location', 'all', 'iife', 'faq-esbuild', ...PEERS.map((peer) => peer.id)]) {
      const row = results.bytes.find((r) => r.id === id);
      assert.ok(row, `bytes row ${id}`);
      positive(row.gzip, `${id} gzip`);
      assert.ok(row.brotli < row.gzip, `${id}: brotli smaller than gzip`);
    }
    const { QUESTIONS } = await import('../dist/stiffness-quiz/engine.js');
    assert.equal(results.throttled.cpu, 4);
    for (const [label, { faq, quiz, location }] of [
      ['', results],
      ['4x CPU ', results.throttled],
    ]) {
      assert.deepEqual(Object.keys(faq), FAQ_VARIANTS);
      for (const variant of FAQ_VARIANTS)
        for (const n of QUICK.faqSizes)
          for (const metric of ['render', 'open', 'added']) {
            positive(faq[variant][n][metric].median, `${label}${variant} ${n} ${metric}`);
            assert.equal(faq[variant][n].samples[metric].length, QUICK.runs, `${label}${variant} ${n} ${metric}: a sample a run`);
          }
      for (const lang of ['en', 'es']) {
        positive(quiz[lang].render.median, `${label}quiz ${lang} render`);
        // The introduction's start, then every question, each answered by key presses.
        assert.deepEqual(Object.keys(quiz[lang].steps), ['start', ...QUESTIONS.map((q) => q.id)]);
        for (const [step, { median }] of Object.entries(quiz[lang].steps)) positive(median, `${label}quiz ${lang} ${step}`);
      }
      positive(location.render[1].median, `${label}location render`);
      positive(location.openNowUs.median, `${label}open-now`);
    }
    // The throttled pages did run slower: the FAQ's times at 100 items, all variants and measures together.
    const total = (faq) => FAQ_VARIANTS.reduce((sum, v) => sum + faq[v][100].render.median + faq[v][100].added.median, 0);
    assert.ok(
      total(results.throttled.faq) > 1.5 * total(results.faq),
      `4x CPU: ${total(results.throttled.faq)} ms against ${total(results.faq)} ms unthrottled`,
    );
    // Ratios ours / each other variant, run by run, for each measure, size and CPU setting.
    for (const setting of ['unthrottled', 'throttled'])
      for (const metric of ['render', 'added', 'open'])
        for (const n of QUICK.faqSizes)
          for (const variant of FAQ_VARIANTS.filter((v) => v !== 'ours')) {
            const ratio = results.ratios[setting][metric][n][variant];
            const faq = setting === 'throttled' ? results.throttled.faq : results.faq;
            assert.equal(ratio.samples.length, QUICK.runs);
            positive(ratio.p75, `${setting} ${metric} ${n} ours/${variant}`);
            assert.equal(ratio.samples[0], faq.ours[n].samples[metric][0] / faq[variant][n].samples[metric][0]);
          }
    for (const tag of ['mrx-faq-accordion', 'mrx-stiffness-quiz', 'mrx-location-cta']) {
      const m = results.memory[tag];
      positive(m.start.heap, `${tag} heap`);
      positive(m.second.nodes, `${tag} nodes`);
    }
    assert.equal(results.lighthouse.runs.length, 1);
    for (const key of ['performance', 'accessibility', 'bestPractices', 'seo'])
      assert.ok(results.lighthouse.median[key] >= 0 && results.lighthouse.median[key] <= 100, key);

    const targets = results.targets.map((t) => t.target);
    for (const pattern of [
      /^bytes: our FAQ CDN/,
      /^bytes: our quiz/,
      // The budget the line names is the one scripts/size.mjs holds, whatever it is today.
      new RegExp(`^bytes: motionrx-widgets\\.js within its budget of ${BUDGETS['motionrx-widgets.js'].kb} KB`),
      /^bytes: faq-accordion\.js within its budget/,
      /^FAQ upgrade, 10 items, unthrottled: ours faster than Lion/,
      /^FAQ upgrade, 100 items, unthrottled: ours faster than Lion/,
      /^FAQ upgrade, 10 items, 4x CPU: ours faster than Lion/,
      /^FAQ upgrade, 100 items, 4x CPU: ours faster than Lion/,
      /^FAQ markup added to rendered, 100 items, unthrottled: ours within 2\.5x of native/,
      /^FAQ markup added to rendered, 100 items, 4x CPU: ours within 2\.5x of native/,
      /^FAQ opening one answer among 100, unthrottled: ours within 1\.5x of native/,
      /^FAQ opening one answer among 100, 4x CPU: ours within 1\.5x of native/,
      /^quiz \(en\), unthrottled/,
      /^quiz \(es\), unthrottled/,
      /^quiz \(en\), 4x CPU: every key press under 16 ms/,
      /^quiz \(es\), 4x CPU: every key press under 16 ms/,
      /^memory mrx-faq-accordion/,
      /^memory mrx-stiffness-quiz/,
      /^memory mrx-location-cta/,
      /^Lighthouse accessibility/,
      /^Lighthouse best practices/,
      /^Lighthouse performance/,
    ]) {
      assert.ok(
        targets.some((t) => pattern.test(t)),
        `a target ${pattern}`,
      );
    }
    for (const t of results.targets) assert.equal(typeof t.pass, 'boolean', t.target);
    // A ratio target's line gives its run-by-run ratio and, when missed, how far it is.
    for (const t of results.targets.filter((t) => /^FAQ /.test(t.target))) {
      assert.match(t.detail, /ratio \d+\.\d\dx \[\d+\.\d\dx–\d+\.\d\dx\] over 1 run; p75 \d+\.\d\dx/, t.target);
      if (!t.pass) assert.match(t.detail, /over \d+\.\d\dx: ours needs \d+ % less time$/, t.target);
    }

    const text = markdown(results);
    for (const heading of [
      '## Targets',
      '## Bytes',
      '## FAQ: script start',
      '## FAQ: markup added',
      '## FAQ: opening',
      '## Quiz',
      '## Location CTA',
      '## Memory',
      '## Lighthouse',
    ])
      assert.ok(text.includes(heading), heading);
    for (const column of ['| 100 items | 100 items, 4x CPU |', '| English | Spanish | English, 4x CPU | Spanish, 4x CPU |'])
      assert.ok(text.includes(column), column);
    assert.ok(text.includes('| ours / Lion `lion-accordion` |'), 'the run-by-run ratio table');
    assert.ok(!/NaN|undefined|Infinity/.test(text), 'no NaN, Infinity or undefined in the table');
  },
);
