// Size budgets from the issues: gzip size of every CDN file, where an entry
// counts with every chunk it imports statically (what a page must download
// before the element works). Lazily imported chunks, such as the built-in
// FAQ content or a second language, are listed on their own.
// Exits 1 when an entry is over budget.
import { readFileSync, readdirSync } from 'node:fs';
import { CDN as dir, brotliSize, closure, gzipSize, readMeta } from './cdn-meta.mjs';

const KB = 1024;
/**
 * Budgets in KB gzip, entry plus static imports, Lit included. The quiz and
 * the all-in-one files grew with triage rules 2026-12 (a readable engine, the
 * new copy, the safety net and summary), the FAQ and the location CTA by the
 * shared theme's word wrapping: README "Sizes" says where each KB went.
 */
const BUDGETS = {
  'faq-accordion.js': 8.6,
  'stiffness-quiz.js': 17,
  'location-cta.js': 11.1,
  'motionrx-widgets.js': 21.5,
  'motionrx-widgets.iife.js': 26,
};

let meta;
try {
  meta = readMeta();
} catch (error) {
  console.error(`size: ${error.message}`);
  process.exit(1);
}
const bytes = (file) => readFileSync(new URL(file, dir));
const gzip = (file) => gzipSize(bytes(file));
const brotli = (file) => brotliSize(bytes(file));

const staticClosure = (file, seen = new Set(), lazy = false) => closure(meta, file, lazy, seen);

const files = readdirSync(dir)
  .filter((file) => file.endsWith('.js'))
  .sort();
const entries = files.filter((file) => meta[file]?.entry);
const shared = new Set(entries.flatMap((file) => [...staticClosure(file)]));
const chunks = files.filter((file) => !meta[file]?.entry);
const rows = [];
let failed = false;
for (const file of entries) {
  const parts = [...staticClosure(file)];
  const gz = parts.reduce((sum, part) => sum + gzip(part), 0);
  const br = parts.reduce((sum, part) => sum + brotli(part), 0);
  const budget = BUDGETS[file];
  const over = budget !== undefined && gz > budget * KB;
  failed ||= over;
  // Everything the entry can ever load: both languages, structured data, every lazy feature.
  const all = [...staticClosure(file, new Set(), true)].reduce((sum, part) => sum + gzip(part), 0);
  rows.push([
    file,
    (gz / KB).toFixed(2),
    (br / KB).toFixed(2),
    budget === undefined ? '-' : budget.toFixed(1),
    budget === undefined ? '' : over ? 'OVER' : 'ok',
    parts.length - 1,
    (all / KB).toFixed(2),
  ]);
}
for (const file of chunks)
  rows.push([
    `${file} (${shared.has(file) ? 'shared' : 'lazy'} chunk)`,
    (gzip(file) / KB).toFixed(2),
    (brotli(file) / KB).toFixed(2),
    '-',
    '',
    '',
    '',
  ]);

const header = ['file', 'KB gzip', 'KB brotli', 'budget', '', 'static chunks', 'KB gzip with every lazy chunk'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
const line = (row) =>
  row
    .map((cell, i) => String(cell).padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log('\nCDN sizes (entry + static imports; KB = 1024 bytes)');
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const file of entries) if (!(file in BUDGETS)) console.log(`note: ${file} has no budget yet`);
if (failed) {
  console.error('\nsize: over budget (see OVER above).');
  process.exit(1);
}
