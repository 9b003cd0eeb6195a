// `npm run bench` (after the build): bytes, FAQ / quiz / location CTA timings,
// memory after create/remove cycles and Lighthouse, side by side in one run.
// Prints the table and writes bench/results.json and bench/RESULTS.md.
// `node bench/run.mjs --quick` runs the smallest case (what the test does) and
// writes nothing; `--report` writes RESULTS.md again from results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { pathToFileURL } from 'node:url';
import { measureBytes } from './bytes.mjs';
import { FAQ_VARIANTS, MEMORY_CASES, locations, quizScript, startBench, stats } from './browser.mjs';
import { lighthouse } from './lighthouse.mjs';
import { markdown } from './report.mjs';

export const FULL = {
  runs: 11,
  faqSizes: [10, 100, 1000],
  locationSizes: [1, 10, 100],
  openNowRounds: 200,
  memory: { warmup: 300, cycles: 1000 },
  lighthouseRuns: 3,
};
export const QUICK = {
  runs: 1,
  faqSizes: [10, 100],
  locationSizes: [1],
  openNowRounds: 5,
  memory: { warmup: 5, cycles: 10 },
  lighthouseRuns: 1,
};

/** Less growth than this over a round is no growth: 8 B a cycle (one retained element or closure is far more), and at least 8 KB (the heap reading's own noise, 0.2 to 1.7 KB seen). */
const memorySlack = (cycles) => Math.max(8 * cycles, 8 * 1024);
const FRAME_MS = 16;

export async function runBench(options = FULL, log = () => {}) {
  const started = Date.now();
  log('bench: bytes');
  const bytes = await measureBytes();
  const bench = await startBench();
  const faq = {};
  const quiz = {};
  const location = { render: {}, openNowUs: [] };
  const memory = {};
  try {
    log(`bench: FAQ, ${options.runs} runs of ${FAQ_VARIANTS.join(', ')} at ${options.faqSizes.join(', ')} items`);
    for (let run = 0; run < options.runs; run++) {
      for (const n of options.faqSizes) {
        for (const variant of FAQ_VARIANTS) {
          const sample = await bench.faq(variant, n);
          const cell = ((faq[variant] ??= {})[n] ??= { render: [], open: [], added: [] });
          cell.render.push(sample.render);
          cell.open.push(sample.open);
          cell.added.push(sample.added);
        }
      }
    }

    log('bench: quiz');
    const { questions, answers } = await quizScript();
    for (let run = 0; run < options.runs; run++) {
      for (const lang of ['en', 'es']) {
        const sample = await bench.quiz(lang, answers, questions);
        if (sample.outcome !== 'mechanical')
          throw new Error(`bench: the quiz run ended in ${sample.outcome}, not the baseline's mechanical result`);
        const cell = (quiz[lang] ??= { render: [], steps: {} });
        cell.render.push(sample.render);
        for (const step of sample.steps) (cell.steps[step.id] ??= []).push(Math.max(...step.presses.map((press) => press.ms)));
      }
    }

    log('bench: location CTA');
    const hundred = locations(100);
    for (let run = 0; run < options.runs; run++) {
      for (const n of options.locationSizes) (location.render[n] ??= []).push(await bench.location(locations(n)));
      location.openNowUs.push((await bench.openNow(hundred, options.openNowRounds)).us);
    }

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
    seconds: 0,
    bytes: bytes.rows,
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
  results.targets = [...bytes.targets, ...targets(results, options)];
  results.seconds = Math.round((Date.now() - started) / 1000);
  return results;
}

/** The median of the numbers among `values`; null if there are none (a metric Lighthouse did not report). */
const medianOf = (values) => {
  const numbers = values.filter(Number.isFinite);
  return numbers.length ? stats(numbers).median : null;
};
const mapValues = (object, fn) => Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));
const ms = (value) => `${value.toFixed(1)} ms`;

function targets(results, options) {
  const out = [];
  const { faq, quiz, memory, lighthouse: lh } = results;
  const peers = FAQ_VARIANTS.filter((variant) => variant !== 'native' && variant !== 'ours');
  for (const n of options.faqSizes) {
    const ours = faq.ours[n].render.median;
    const fastest = peers.map((peer) => [peer, faq[peer][n].render.median]).sort((a, b) => a[1] - b[1])[0];
    out.push({
      target: `FAQ ${n} items: ours faster than every peer (median, script start to rendered)`,
      pass: ours < fastest[1],
      detail: `${ms(ours)} vs fastest peer ${fastest[0]} ${ms(fastest[1])} (${(ours / fastest[1]).toFixed(2)}x)`,
    });
  }
  if (faq.ours[100]) {
    // Like for like: both from adding the same markup to rendered (our script already run).
    const ratio = faq.ours[100].added.median / faq.native[100].added.median;
    out.push({
      target: 'FAQ 100 items: ours within 3x of native `<details>` (markup added to rendered)',
      pass: ratio <= 3,
      detail: `${ms(faq.ours[100].added.median)} vs ${ms(faq.native[100].added.median)} (${ratio.toFixed(2)}x)`,
    });
  }
  for (const [lang, { steps }] of Object.entries(quiz)) {
    // Every press of every run: the slowest one decides.
    const [step, { max }] = Object.entries(steps).sort((a, b) => b[1].max - a[1].max)[0];
    out.push({
      target: `quiz (${lang}): every key press under ${FRAME_MS} ms, event to rendered (slowest of all runs)`,
      pass: max < FRAME_MS,
      detail: `slowest ${ms(max)}, in step ${step}`,
    });
  }
  for (const [tag, { start, first, second, cycles }] of Object.entries(memory)) {
    const slack = memorySlack(cycles);
    const grew = second.heap - first.heap;
    const pass = grew < slack && second.nodes <= start.nodes && second.listeners <= start.listeners;
    out.push({
      target: `memory ${tag}: no growth over a second round of ${cycles} create/remove cycles`,
      pass,
      detail: `heap ${kb(first.heap - start.heap)} in the first round, ${kb(grew)} in the second (slack ${kb(slack)}); DOM nodes ${start.nodes} → ${second.nodes}, listeners ${start.listeners} → ${second.listeners}`,
    });
  }
  const { median } = lh;
  out.push({ target: 'Lighthouse accessibility 100', pass: median.accessibility === 100, detail: String(median.accessibility) });
  out.push({ target: 'Lighthouse best practices 100', pass: median.bestPractices === 100, detail: String(median.bestPractices) });
  out.push({ target: 'Lighthouse performance at least 95', pass: median.performance >= 95, detail: String(median.performance) });
  return out;
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
  const results = await runBench(quick ? QUICK : FULL, (line) => console.error(line));
  const text = markdown(results);
  console.log(text);
  if (!quick) {
    writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(new URL('RESULTS.md', import.meta.url), text);
    console.error('bench: wrote bench/results.json and bench/RESULTS.md');
  }
}
