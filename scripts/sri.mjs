// Writes dist/cdn/sri.json: the Subresource Integrity hash (sha384) of every
// CDN script, for `<script integrity="…" crossorigin="anonymous">`. Run by
// `npm run build` after rollup.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../dist/cdn/', import.meta.url);
const hashes = {};
for (const file of readdirSync(dir)
  .filter((name) => name.endsWith('.js'))
  .sort()) {
  hashes[file] =
    'sha384-' +
    createHash('sha384')
      .update(readFileSync(new URL(file, dir)))
      .digest('base64');
}
writeFileSync(new URL('sri.json', dir), JSON.stringify(hashes, null, 2) + '\n');
