// `npm run bench` (after the build): bytes, FAQ / quiz / location CTA timings
// (unthrottled and at 4x CPU, the cases in a shuffled order each run), memory
// after create/remove cycles and Lighthouse, side by side in one run.
// Prints the table and writes bench/results.json and bench/RESULTS.md.
// `node bench/run.mjs --quick` runs the smallest case (what the test does) and
// writes nothing (`--quick --runs=3`: three runs of it, for the percentiles);
// `--report` writes RESULTS.md again from results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { pathToFileURL } from 'node:url';
import { measureBytes } from './bytes.mjs';
import { FAQ_VARIANTS, MEMORY_CASES, locations, quizScript, startBench } from './browser.mjs';
import { lighthouse } from './lighthouse.mjs';
import { cpuSettings, markdown } from './report.mjs';
import { faqRatios, ratioTarget, seeded, shuffled, slowestTarget, stats } from './stats.mjs';

export const FULL = {
  runs: 11,
  cpuThrottle: 4,
  faqSizes: [10, 100, 1000],
  locationSizes: [1, 10, 100],
  openNowRounds: 200,
  memory: { warmup: 300, cycles: 1000 },
  lighthouseRuns: 3,
};
export const QUICK = {
  runs: 1,
  cpuThrottle: 4,
  faqSizes: [10, 100],
  locationSizes: [1],
  openNowRounds: 5,
  memory: { warmup: 5, cycles: 10 },
  lighthouseRuns: 1,
};

/** Less growth than this over a round is no growth: 8 B a cycle (one retained element or closure is far more), and at least 8 KB (the heap reading's own noise, 0.2 to 1.7 KB seen). */
const memorySlack = (cycles) => Math.max(8 * cycles, 8 * 1024);
const FRAME_MS = 16;
/** The FAQ peer the upgrade targets name: the fastest one in every run so far. */
const LION = 'lion';

const LANGS = ['en', 'es'];

/**
 * Where one CPU setting's samples go, one per run in run order (so that ratios
 * can be taken run by run), laid out beforehand so that the tables keep the
 * variants' and sizes' order whatever order the cases ran in.
 */
const emptySamples = (options) => ({
  faq: Object.fromEntries(
    FAQ_VARIANTS.map((variant) => [variant, Object.fromEntries(options.faqSizes.map((n) => [n, { render: [], open: [], added: [] }]))]),
  ),
  quiz: Object.fromEntries(LANGS.map((lang) => [lang, { render: [], steps: {} }])),
  location: { render: Object.fromEntries(options.locationSizes.map((n) => [n, []])), openNowUs: [] },
});

/**
 * One run's timing cases, each a function of (bench, samples by CPU setting):
 * every FAQ variant and size (first render and opening; markup added), the quiz
 * in each language and the location CTA, each unthrottled and throttled.
 */
function timingCases(options, quizAnswers, hundred) {
  const cases = [];
  for (const cpu of [1, options.cpuThrottle]) {
    for (const n of options.faqSizes) {
      for (const variant of FAQ_VARIANTS) {
        cases.push(async (bench, samples) => {
          const { render, open } = await bench.faq(variant, n, cpu);
          samples[cpu].faq[variant][n].render.push(render);
          samples[cpu].faq[variant][n].open.push(open);
        });
        cases.push(async (bench, samples) => samples[cpu].faq[variant][n].added.push(await bench.faqAdded(variant, n, cpu)));
      }
    }
    for (const lang of LANGS)
      cases.push(async (bench, samples) => quizSample(samples[cpu], lang, await bench.quiz(lang, quizAnswers, cpu)));
    for (const n of options.locationSizes)
      cases.push(async (bench, samples) => samples[cpu].location.render[n].push(await bench.location(locations(n), cpu)));
    cases.push(async (bench, samples) =>
      samples[cpu].location.openNowUs.push((await bench.openNow(hundred, options.openNowRounds, cpu)).us),
    );
  }
  return cases;
}

function quizSample(samples, lang, sample) {
  if (sample.outcome !== 'mechanical')
    throw new Error(`bench: the quiz run ended in ${sample.outcome}, not the baseline's mechanical result`);
  const cell = samples.quiz[lang];
  cell.render.push(sample.render);
  for (const step of sample.steps) (cell.steps[step.id] ??= []).push(Math.max(...step.presses.map((press) => press.ms)));
}

/** Every timing case, `options.runs` times, each run in its own shuffled order (drawn from `seed`). */
async function timings(bench, options, seed, log) {
  if (!(options.cpuThrottle > 1)) throw new Error(`bench: cpuThrottle ${options.cpuThrottle} is no slowdown`);
  const samples = { 1: emptySamples(options), [options.cpuThrottle]: emptySamples(options) };
  const { answers } = await quizScript();
  const cases = timingCases(options, answers, locations(100));
  const random = seeded(seed);
  for (let run = 0; run < options.runs; run++) {
    log(
      `bench: run ${run + 1} of ${options.runs}, ${cases.length} cases in a shuffled order, unthrottled and at ${options.cpuThrottle}x CPU`,
    );
    for (const timingCase of shuffled(cases, random)) await timingCase(bench, samples);
  }
  return samples;
}

/** One CPU setting's samples as the tables read them: stats with the samples beside them. */
const summary = ({ faq, quiz, location }) => ({
  faq: mapValues(faq, (sizes) =>
    mapValues(sizes, ({ render, open, added }) => ({
      render: stats(render),
      open: stats(open),
      added: stats(added),
      samples: { render, open, added },
    })),
  ),
  quiz: mapValues(quiz, ({ render, steps }) => ({
    render: stats(render),
    steps: mapValues(steps, (samples) => ({ ...stats(samples), samples })),
  })),
  location: { render: mapValues(location.render, (samples) => ({ ...stats(samples), samples })), openNowUs: stats(location.openNowUs) },
});

export async function runBench(options = FULL, log = () => {}) {
  const started = Date.now();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 32);
  log('bench: bytes');
  const bytes = await measureBytes();
  const bench = await startBench();
  const memory = {};
  let samples;
  try {
    samples = await timings(bench, options, seed, log);
    log('bench: memory');
    for (const tag of Object.keys(MEMORY_CASES)) memory[tag] = await bench.memory(tag, options.memory);

    if (bench.errors.length) throw new Error(`bench: the pages logged errors: ${bench.errors.join('; ')}`);
    if (bench.blocked.length)
      throw new Error(`bench: the pages asked for files that are not served: ${[...new Set(bench.blocked)].join(', ')}`);
  } finally {
    await bench.close();
  }

  // With the bench's browser closed, so that Lighthouse has the machine to itself.
  log('bench: Lighthouse');
  const lh = await lighthouse(options.lighthouseRuns);

  const unthrottled = summary(samples[1]);
  const throttled = summary(samples[options.cpuThrottle]);
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: `${type()} ${release()}`,
      node: process.version,
      chromium: bench.version,
      lighthouse: lh.version,
    },
    options,
    seed,
    seconds: 0,
    bytes: bytes.rows,
    ...unthrottled,
    throttled: { cpu: options.cpuThrottle, ...throttled },
    ratios: { unthrottled: faqRatios(unthrottled.faq), throttled: faqRatios(throttled.faq) },
    memory: mapValues(memory, (m) => ({
      ...m,
      cycles: options.memory.cycles,
      growth: { first: m.first.heap - m.start.heap, second: m.second.heap - m.first.heap },
    })),
    lighthouse: {
      runs: lh.runs,
      median: Object.fromEntries(
        ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls'].map((key) => [
          key,
          medianOf(lh.runs.map((run) => run[key])),
        ]),
      ),
    },
  };
  results.targets = [
    ...bytes.targets,
    ...faqTargets(results),
    ...quizTargets(results),
    ...memoryTargets(results),
    ...lighthouseTargets(results),
  ];
  results.seconds = Math.round((Date.now() - started) / 1000);
  return results;
}

/** The median of the numbers among `values`; null if there are none (a metric Lighthouse did not report). */
const medianOf = (values) => {
  const numbers = values.filter(Number.isFinite);
  return numbers.length ? stats(numbers).median : null;
};
const mapValues = (object, fn) => Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value, key)]));
const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * The FAQ's ratio targets at these sizes: [what, metric, size, peer, limit];
 * each ours / peer run by run, and its 75th percentile must be below the limit.
 */
function faqGoals(sizes) {
  const largest = Math.max(...sizes);
  return [
    ...sizes.map((n) => [`FAQ upgrade, ${n} items`, 'ours faster than Lion (script start to rendered)', 'render', n, LION, 1]),
    // Like for like: both from adding the same markup to rendered (our script already run).
    ...(sizes.includes(100)
      ? [['FAQ markup added to rendered, 100 items', 'ours within 2.5x of native `<details>`', 'added', 100, 'native', 2.5]]
      : []),
    [
      `FAQ opening one answer among ${largest}`,
      'ours within 1.5x of native `<details>` (click to rendered)',
      'open',
      largest,
      'native',
      1.5,
    ],
  ];
}

/** The FAQ's targets, unthrottled and throttled, each with both medians and its run-by-run ratio. */
function faqTargets(results) {
  const goals = faqGoals(Object.keys(results.faq.ours).map(Number));
  return cpuSettings(results).flatMap(({ name, faq, ratios }) =>
    goals.map(([what, goal, metric, n, peer, limit]) => {
      const t = ratioTarget(`${what}, ${name}: ${goal}; p75 of ours/${peer} per run below ${limit}`, ratios[metric][n][peer], limit);
      const medians = `ours ${ms(faq.ours[n][metric].median)}, ${peer} ${ms(faq[peer][n][metric].median)} (medians)`;
      return { ...t, detail: `${medians}; ${t.detail}` };
    }),
  );
}

/** The quiz's slowest key press of all runs (every press of every run decides), unthrottled and throttled. */
function quizTargets(results) {
  const out = [];
  for (const { name, quiz } of cpuSettings(results)) {
    for (const [lang, { steps }] of Object.entries(quiz)) {
      const [step, { max }] = Object.entries(steps).sort((a, b) => b[1].max - a[1].max)[0];
      out.push(
        slowestTarget(
          `quiz (${lang}), ${name}: every key press under ${FRAME_MS} ms, event to rendered (slowest of all runs)`,
          max,
          step,
          FRAME_MS,
        ),
      );
    }
  }
  return out;
}

function memoryTargets({ memory }) {
  return Object.entries(memory).map(([tag, { start, first, second, cycles }]) => {
    const slack = memorySlack(cycles);
    const grew = second.heap - first.heap;
    return {
      target: `memory ${tag}: no growth over a second round of ${cycles} create/remove cycles`,
      pass: grew < slack && second.nodes <= start.nodes && second.listeners <= start.listeners,
      detail: `heap ${kb(first.heap - start.heap)} in the first round, ${kb(grew)} in the second (slack ${kb(slack)}); DOM nodes ${start.nodes} → ${second.nodes}, listeners ${start.listeners} → ${second.listeners}`,
    };
  });
}

function lighthouseTargets({ lighthouse: { median } }) {
  return [
    { target: 'Lighthouse accessibility 100', pass: median.accessibility === 100, detail: String(median.accessibility) },
    { target: 'Lighthouse best practices 100', pass: median.bestPractices === 100, detail: String(median.bestPractices) },
    { target: 'Lighthouse performance at least 95', pass: median.performance >= 95, detail: String(median.performance) },
  ];
}

const kb = (bytes) => `${bytes >= 0 ? '+' : ''}${(bytes / 1024).toFixed(1)} KB`;

const main = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (main && process.argv.includes('--report')) {
  // Only RESULTS.md again, from the last results.json (after editing bench/notes.md).
  writeFileSync(
    new URL('RESULTS.md', import.meta.url),
    markdown(JSON.parse(readFileSync(new URL('results.json', import.meta.url), 'utf8'))),
  );
} else if (main) {
  const quick = process.argv.includes('--quick');
  const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length));
  const results = await runBench({ ...(quick ? QUICK : FULL), ...(runs > 0 && { runs }) }, (line) => console.error(line));
  const text = markdown(results);
  console.log(text);
  if (!quick) {
    writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(new URL('RESULTS.md', import.meta.url), text);
    console.error('bench: wrote bench/results.json and bench/RESULTS.md');
  }
}
