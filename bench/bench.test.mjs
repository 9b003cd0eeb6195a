// The bench harness on its smallest case (one run, 10 and 100 FAQ items, 1 location,
// a few memory cycles, one Lighthouse run), so `npm run bench` cannot rot:
// every part must run in the browser and come back with real numbers.
// Needs the build (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FAQ_VARIANTS } from './browser.mjs';
import { PEERS } from './peers.mjs';
import { QUICK, runBench } from './run.mjs';
import { markdown } from './report.mjs';

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
    assert.deepEqual(Object.keys(results.faq), FAQ_VARIANTS);
    for (const variant of FAQ_VARIANTS) {
      positive(results.faq[variant][10].render.median, `${variant} render`);
      positive(results.faq[variant][10].open.median, `${variant} open`);
      positive(results.faq[variant][10].added.median, `${variant} added`);
    }
    const { QUESTIONS } = await import('../dist/stiffness-quiz/engine.js');
    for (const lang of ['en', 'es']) {
      positive(results.quiz[lang].render.median, `quiz ${lang} render`);
      // The introduction's start, then every question, each answered by key presses.
      assert.deepEqual(Object.keys(results.quiz[lang].steps), ['start', ...QUESTIONS.map((q) => q.id)]);
      for (const [step, { median }] of Object.entries(results.quiz[lang].steps)) positive(median, `quiz ${lang} ${step}`);
    }
    positive(results.location.render[1].median, 'location render');
    positive(results.location.openNowUs.median, 'open-now');
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
      /^bytes: motionrx-widgets\.js within its budget of 23\.6 KB/,
      /^bytes: faq-accordion\.js within its budget/,
      /^FAQ 10 items/,
      /^FAQ 100 items: ours within 3x/,
      /^quiz \(en\)/,
      /^quiz \(es\)/,
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
    assert.ok(!/NaN|undefined/.test(text), 'no NaN or undefined in the table');
  },
);
