// The bench's arithmetic (bench/stats.mjs) on numbers worked out by hand: no
// browser, so it runs in a moment (`npm run test:bench` runs it with the harness).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { faqRatios, ratioTarget, runRatios, seeded, shuffled, slowestTarget, stats } from './stats.mjs';

const close = (actual, expected, what) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual}, not ${expected}`);

test('stats: quartiles interpolate between ranks', () => {
  // Sorted 1 2 3 4: the median sits halfway between 2 and 3 (rank 1.5), p25 at rank 0.75, p75 at rank 2.25.
  assert.deepEqual(stats([4, 1, 3, 2]), { median: 2.5, p25: 1.75, p75: 3.25, min: 1, max: 4, n: 4 });
  assert.deepEqual(stats([7]), { median: 7, p25: 7, p75: 7, min: 7, max: 7, n: 1 });
});

test('runRatios: each run divided by the same run, not a ratio of medians', () => {
  // Runs: 10/5 = 2 and 20/40 = 0.5. A ratio of medians would say 15 / 22.5 = 0.67.
  const ratio = runRatios([10, 20], [5, 40]);
  assert.deepEqual(ratio.samples, [2, 0.5]);
  close(ratio.median, 1.25, 'median');
  close(ratio.p25, 0.875, 'p25');
  close(ratio.p75, 1.625, 'p75');
  assert.throws(() => runRatios([1, 2], [1]), /2 runs of ours against 1/);
  assert.throws(() => runRatios([], []), /0 runs/);
});

test('ratioTarget: the 75th percentile decides, and a MISS says how far it is', () => {
  // Ratios 0.8 0.9 0.95 1.2 1.3: the median (0.95) is under 1, the p75 (rank 3: 1.2) is not.
  const miss = ratioTarget('t', runRatios([0.8, 0.9, 0.95, 1.2, 1.3], [1, 1, 1, 1, 1]), 1);
  assert.equal(miss.pass, false);
  assert.equal(miss.detail, 'ratio 0.95x [0.90x–1.20x] over 5 runs; p75 1.20x, 0.20x over 1.00x: ours needs 17 % less time');

  // Ratios 0.5 1 2: p75 at rank 1.5 is 1.5, under 2.5.
  const pass = ratioTarget('u', runRatios([1, 2, 4], [2, 2, 2]), 2.5);
  assert.equal(pass.pass, true);
  assert.equal(pass.detail, 'ratio 1.00x [0.75x–1.50x] over 3 runs; p75 1.50x < 2.50x');

  // At the limit is not under it.
  assert.equal(ratioTarget('v', runRatios([3], [2]), 1.5).pass, false);
});

test('slowestTarget: under the limit passes, and a MISS gives the ms over', () => {
  assert.deepEqual(slowestTarget('q', 17.2, 'start', 16), {
    target: 'q',
    pass: false,
    detail: 'slowest 17.2 ms, in step start; 1.2 ms over 16 ms',
  });
  assert.deepEqual(slowestTarget('q', 9.25, 'pain', 16), {
    target: 'q',
    pass: true,
    detail: 'slowest 9.3 ms, in step pain; 6.8 ms to spare',
  });
  assert.equal(slowestTarget('q', 16, 'start', 16).pass, false);
});

test('faqRatios: ours over every other variant, per metric and size, run by run', () => {
  const cell = (render, added, open) => ({ samples: { render, added, open } });
  const faq = {
    native: { 10: cell([2, 4], [1, 1], [1, 2]) },
    ours: { 10: cell([4, 4], [3, 2], [2, 2]) },
    lion: { 10: cell([8, 2], [3, 4], [4, 1]) },
  };
  const ratios = faqRatios(faq);
  assert.deepEqual(Object.keys(ratios.render[10]), ['native', 'lion']);
  assert.deepEqual(ratios.render[10].native.samples, [2, 1]);
  assert.deepEqual(ratios.render[10].lion.samples, [0.5, 2]);
  assert.deepEqual(ratios.added[10].native.samples, [3, 2]);
  assert.deepEqual(ratios.open[10].lion.samples, [0.5, 2]);
  close(ratios.added[10].native.p75, 2.75, 'added p75');
});

test('shuffled: a permutation, the same for the same seed, new for each run', () => {
  const items = Array.from({ length: 20 }, (_, i) => i);
  const random = seeded(42);
  const first = shuffled(items, random);
  const second = shuffled(items, random);
  assert.deepEqual(
    [...first].sort((a, b) => a - b),
    items,
  );
  assert.notDeepEqual(first, items);
  assert.notDeepEqual(second, first);
  assert.deepEqual(shuffled(items, seeded(42)), first);
  assert.deepEqual(
    items,
    Array.from({ length: 20 }, (_, i) => i),
    'the input is left as it was',
  );
  for (let i = 0, r = seeded(7); i < 1000; i++) {
    const value = r();
    assert.ok(value >= 0 && value < 1, String(value));
  }
});
