// What each CDN file imports, from dist/cdn/meta.json (written by the build):
// the files a page downloads for an entry.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CDN = new URL('../dist/cdn/', import.meta.url);

/** Compressed sizes in bytes as a CDN serves them: gzip level 9, brotli quality 11. */
export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotliSize = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function readMeta() {
  if (!existsSync(new URL('meta.json', CDN))) throw new Error('dist/cdn/meta.json is missing; run `npm run build` first.');
  return JSON.parse(readFileSync(new URL('meta.json', CDN), 'utf8'));
}

/** The file and everything it imports statically (with `lazy`, dynamically too), transitively, the file first. */
export function closure(meta, file, lazy = false, seen = new Set()) {
  file = file.replace(/^\.\//, '');
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const imported of [...(meta[file]?.imports ?? []), ...(lazy ? (meta[file]?.dynamicImports ?? []) : [])])
    closure(meta, imported, lazy, seen);
  return seen;
}
