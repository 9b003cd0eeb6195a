// Size budgets: the gzip size of each CDN entry with everything a page must
// download before the element works: the chunks it imports statically, and the
// lazy chunks that every use of it loads anyway (the location CTA always checks
// its configuration). Lazy chunks that only some pages load, such as the
// built-in FAQ text or a second language, are listed on their own.
// Exits 1 when an entry is over budget, has no budget, or a budget names a
// file or lazy module the build no longer makes.
import { readFileSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CDN, brotliSize, closure, gzipSize, readMeta } from './cdn-meta.mjs';

const KB = 1024;

/**
 * Budgets in KB gzip, Lit included: the sizes of the readable build (no
 * property mangling, templates with their real whitespace) plus about 0.2 KB.
 * `alwaysLoads` names the source modules of lazy chunks every use loads.
 * README "Sizes" says where each KB went.
 */
export const BUDGETS = {
  'faq-accordion.js': { kb: 10.3 },
  'stiffness-quiz.js': { kb: 19.1 },
  'location-cta.js': { kb: 15.6, alwaysLoads: ['src/location-cta/source.ts'] },
  'motionrx-widgets.js': { kb: 23.8 },
  'motionrx-widgets.iife.js': { kb: 28.2 },
};

/**
 * The files a page downloads for `entry` before it works, the entry first: its
 * static imports, and each lazy chunk made from an `alwaysLoads` module with its
 * static imports. Throws if such a module is not a lazy chunk of the entry.
 */
export function filesBeforeReady(meta, entry, alwaysLoads = []) {
  const files = closure(meta, entry);
  for (const source of alwaysLoads) {
    const lazy = [...files].flatMap((file) => meta[file]?.dynamicImports ?? []).find((file) => meta[file]?.source === source);
    if (!lazy) throw new Error(`${entry} does not load ${source} lazily`);
    closure(meta, lazy, false, files);
  }
  return [...files];
}

/**
 * Checks every entry in `meta` against `budgets`; `sizeOf(file)` gives a file's
 * gzip bytes. Returns one row per entry (`problem` set when it fails) and the
 * budgets that name no entry.
 */
export function checkBudgets(meta, budgets, sizeOf) {
  const entries = Object.keys(meta)
    .filter((file) => meta[file].entry)
    .sort();
  const rows = entries.map((file) => {
    const budget = budgets[file];
    let files = [file];
    let problem;
    try {
      files = filesBeforeReady(meta, file, budget?.alwaysLoads);
    } catch (error) {
      problem = error.message;
    }
    const bytes = files.reduce((sum, part) => sum + sizeOf(part), 0);
    if (!budget) problem ??= `${file} has no budget`;
    else if (bytes > budget.kb * KB) problem ??= `${file} is over its budget of ${budget.kb} KB`;
    return { file, files, bytes, budget: budget?.kb, problem };
  });
  const stale = Object.keys(budgets).filter((file) => !entries.includes(file));
  return { rows, stale };
}

function main() {
  let meta;
  try {
    meta = readMeta();
  } catch (error) {
    console.error(`size: ${error.message}`);
    process.exit(1);
  }
  const bytes = (file) => readFileSync(new URL(file, CDN));
  const gzip = (file) => gzipSize(bytes(file));
  const brotli = (file) => brotliSize(bytes(file));
  const { rows, stale } = checkBudgets(meta, BUDGETS, gzip);

  const table = [];
  for (const row of rows) {
    // Everything the entry can ever load: both languages, structured data, every lazy feature.
    const all = [...closure(meta, row.file, true)].reduce((sum, part) => sum + gzip(part), 0);
    table.push([
      row.file,
      (row.bytes / KB).toFixed(2),
      (row.files.reduce((sum, part) => sum + brotli(part), 0) / KB).toFixed(2),
      row.budget === undefined ? '-' : row.budget.toFixed(1),
      row.problem ? 'FAIL' : 'ok',
      row.files.length - 1,
      (all / KB).toFixed(2),
    ]);
  }
  const counted = new Set(rows.flatMap((row) => row.files));
  const chunks = readdirSync(CDN)
    .filter((file) => file.endsWith('.js') && !meta[file]?.entry)
    .sort();
  for (const file of chunks)
    table.push([`${file} (${counted.has(file) ? 'counted' : 'lazy'} chunk)`, (gzip(file) / KB).toFixed(2), (brotli(file) / KB).toFixed(2)]);

  const header = ['file', 'KB gzip', 'KB brotli', 'budget', '', 'chunks counted', 'KB gzip with every lazy chunk'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i] ?? '').length)));
  const line = (row) =>
    header
      .map((_, i) => String(row[i] ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log('\nCDN sizes (entry + static imports + lazy chunks every use loads; KB = 1024 bytes)');
  console.log(line(header));
  for (const row of table) console.log(line(row));

  const problems = [
    ...rows.flatMap((row) => row.problem ?? []),
    ...stale.map((file) => `a budget names ${file}, which the build does not make`),
  ];
  if (problems.length) {
    console.error(`\nsize: ${problems.join('; ')}.`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
