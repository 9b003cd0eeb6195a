// The readable table of a bench run (bench/RESULTS.md, and what `npm run bench`
// prints), followed by the hand-written findings in bench/notes.md.
import { existsSync, readFileSync } from 'node:fs';

const NOTES = new URL('notes.md', import.meta.url);
const n1 = (value) => value.toFixed(1);
const spread = (s) => `${n1(s.median)} [${n1(s.p25)}–${n1(s.p75)}]`;
const KB = (bytes) => (bytes / 1024).toFixed(2);
/** A Lighthouse metric, or a dash where the run had none. */
const metric = (value, digits, unit) => (Number.isFinite(value) ? `${value.toFixed(digits)}${unit}` : '–');
const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const ratioSpread = (s) => `${s.median.toFixed(2)} [${s.p25.toFixed(2)}–${s.p75.toFixed(2)}]`;
const NAMES = {
  native: 'native `<details>`, no script (the floor)',
  ours: '**ours** `<mrx-faq-accordion>`',
  lion: 'Lion `lion-accordion`',
  shoelace: 'Shoelace `sl-details`',
  webawesome: 'Web Awesome `wa-accordion`',
};

/**
 * The CPU settings in a run's results, unthrottled then throttled, each as the
 * tables and targets read it: { name, column (the suffix of a table's column
 * heading), faq, quiz, location, ratios }.
 */
export const cpuSettings = (results) => [
  { name: 'unthrottled', column: '', ...results, ratios: results.ratios.unthrottled },
  {
    name: `${results.throttled.cpu}x CPU`,
    column: `, ${results.throttled.cpu}x CPU`,
    ...results.throttled,
    ratios: results.ratios.throttled,
  },
];

/** A FAQ metric's times: a row per variant, a column per size and CPU setting. */
function faqTimes(results, metric) {
  const sizes = Object.keys(results.faq.native);
  const cpu = cpuSettings(results);
  return table(
    ['', ...sizes.flatMap((n) => cpu.map(({ column }) => `${n} items${column}`))],
    Object.keys(results.faq).map((variant) => [
      NAMES[variant] ?? variant,
      ...sizes.flatMap((n) => cpu.map(({ faq }) => spread(faq[variant][n][metric]))),
    ]),
  );
}

/** A FAQ metric's run-by-run ratios ours / each other variant, median [p25–p75], beside the times. */
function faqRatioTable(results, metric) {
  const sizes = Object.keys(results.faq.native);
  const cpu = cpuSettings(results);
  return `\n\nRatio ours / each variant, taken run by run (below 1: ours is faster), median [25th–75th percentile]:\n\n${table(
    ['', ...sizes.flatMap((n) => cpu.map(({ column }) => `${n} items${column}`))],
    Object.keys(results.faq)
      .filter((variant) => variant !== 'ours')
      .map((variant) => [
        `ours / ${NAMES[variant] ?? variant}`,
        ...sizes.flatMap((n) => cpu.map(({ ratios }) => ratioSpread(ratios[metric][n][variant]))),
      ]),
  )}`;
}

/** The quiz's table: a column per language and CPU setting. */
function quizTable(results) {
  const columns = cpuSettings(results).flatMap(({ column, quiz }) =>
    [
      ['en', 'English'],
      ['es', 'Spanish'],
    ].map(([lang, name]) => ({ name: `${name}${column}`, cell: quiz[lang] })),
  );
  return table(
    ['', ...columns.map((c) => c.name)],
    [
      ['first render', ...columns.map(({ cell }) => spread(cell.render))],
      ...Object.keys(results.quiz.en.steps).map((step) => [
        `step \`${step}\`: slowest press (max over runs)`,
        ...columns.map(({ cell }) => `${spread(cell.steps[step])} (${n1(cell.steps[step].max)})`),
      ]),
    ],
  );
}

/** The location CTA's first render (a row per CPU setting) and the open-now figure. */
function locationPart(results) {
  const cpu = cpuSettings(results);
  const sizes = Object.keys(results.location.render);
  const openNow = cpu
    .map(
      ({ column, location: { openNowUs: s } }) =>
        `${s.median.toFixed(1)} µs per location${column} (median of the runs; ${s.min.toFixed(1)}–${s.max.toFixed(1)})`,
    )
    .join('; ');
  return `${table(
    ['', ...sizes.map((n) => `${n} location${n === '1' ? '' : 's'}`)],
    cpu.map(({ column, location }) => [
      `first render (script start, configuration checked, rendered)${column}`,
      ...sizes.map((n) => spread(location.render[n])),
    ]),
  )}

Open-now status, warm (each time zone's formatter made once): ${openNow}.`;
}

/** How ratios and throttling work. */
const method = (results) =>
  `So ratios are taken run by run (each run's ours / peer), and a ratio target passes only when the 75th percentile of its ratios does. Every timing case also runs with Chromium's CPU throttling at ${results.throttled.cpu}x (DevTools' \`Emulation.setCPUThrottlingRate\`, for a phone's CPU), and each run takes the cases in a new shuffled order (seed ${results.seed}).`;

export function markdown(results) {
  const { machine, options, memory, lighthouse } = results;
  const out = [];
  out.push(`# Benchmark results

${results.date.slice(0, 10)}, ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium} (Debian, headless); Lighthouse ${machine.lighthouse}. ${options.runs} runs per case, in a new shuffled order each run; the whole bench took ${results.seconds} s. Reproduce with \`npm ci && npm run bench\`.

Times are in ms, **median [25th–75th percentile]** over the runs. Only ratios within one run mean much: absolute times on a shared ${machine.cores}-core machine move from run to run. ${method(results)}

What a time counts (bench/page.js): the main thread's work from the start (the first statement of the first module to run, a click, a key event's timestamp) until everything it set off is done (handlers, microtasks such as Lit's updates) and the page's style and layout are computed, which the bench forces at that moment as the next frame would. Left out: the idle wait for the display's next 60 Hz frame (0 to 16.7 ms at random, the same for any script or none; timed "to the next frame", a bare Tab between plain buttons came out anywhere from 2 to 27 ms) and paint and raster. Scripts are preloaded, so nothing is fetched while timed, and each sample is a fresh browser context.

## Targets

${table(
  ['', 'target', 'measured'],
  results.targets.map((t) => [t.pass ? 'PASS' : '**MISS**', t.target, t.detail]),
)}

## Bytes

Our CDN files count with every chunk they import statically, each compressed on its own as a browser fetches them; peers are bundled by esbuild (minified, production) with the theme CSS they need; lazily loaded code is left out of both.

${table(
  ['file', 'KB gzip', 'KB brotli'],
  results.bytes.map((row) => [row.ours ? `**${row.name}**` : row.name, KB(row.gzip), KB(row.brotli)]),
)}

## FAQ: script start to every item upgraded and rendered

The items' markup is in the page and painted, as before a page's script runs; then the clock runs from the script's first statement until every item is upgraded and rendered. Native \`<details>\` has no script: its time here is adding and rendering the same items.

${faqTimes(results, 'render')}${faqRatioTable(results, 'render')}

## FAQ: markup added to rendered, like for like with native \`<details>\`

The script has already run (off the clock); the clock runs from adding the items' markup until every item is upgraded and rendered, which for native \`<details>\` is the floor for showing these items at all.

${faqTimes(results, 'added')}${faqRatioTable(results, 'added')}

## FAQ: opening the first item (click to rendered)

${faqTimes(results, 'open')}${faqRatioTable(results, 'open')}

## Quiz

First render: from the script's first statement until the introduction is rendered, in English and with the Spanish pack (loaded on demand). Then a keyboard-only run to a result (Tab, arrows, Space, Enter, as in the keyboard tests): each key event from its timestamp until the last handler of everything it set off (keypress, click, change, submit, focus moves) is done and style and layout are computed; a press counts its slower event (as INP counts an interaction), and each step its slowest press. Presses come at a reader's pace, not a machine's: before each one the run waits until the page's background tasks are done (the quiz prepares its next view in one), as the time a reader takes between keys allows.

${quizTable(results)}

## Location CTA

${locationPart(results)}

## Memory

A fresh copy of each widget is created, connected, rendered and removed, over and over, as page builders do. After a warm-up of ${options.memory.warmup} cycles, two rounds of ${options.memory.cycles}; the heap is read after a forced collection. A leak grows both rounds alike; caches and compiled code only the first.

${table(
  ['widget', 'heap after warm-up', 'after round 1', 'after round 2', 'round 2 growth', 'DOM nodes', 'listeners'],
  Object.entries(memory).map(([tag, m]) => [
    `\`${tag}\``,
    `${KB(m.start.heap)} KB`,
    `${KB(m.first.heap)} KB`,
    `${KB(m.second.heap)} KB`,
    `${KB(m.growth.second)} KB`,
    `${m.start.nodes} → ${m.second.nodes}`,
    `${m.start.listeners} → ${m.second.listeners}`,
  ]),
)}

## Lighthouse (the demo article, \`npm start\`'s server and CSP, mobile defaults)

${table(
  ['run', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
  [
    ...[...lighthouse.runs.map((run, i) => [String(i + 1), run]), ['median', lighthouse.median]].map(([label, run]) => [
      label,
      run.performance,
      run.accessibility,
      run.bestPractices,
      run.seo,
      metric(run.lcpMs, 0, ' ms'),
      metric(run.tbtMs, 0, ' ms'),
      metric(run.cls, 3, ''),
    ]),
  ],
)}
`);
  if (existsSync(NOTES)) out.push(readFileSync(NOTES, 'utf8'));
  return out.join('\n');
}
