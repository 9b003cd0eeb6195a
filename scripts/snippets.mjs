// Keeps every public-CDN snippet in the docs pointing at this build: the
// version in each `https://cdn.jsdelivr.net/npm/@motionrx/widgets@VERSION/dist/cdn/FILE`
// URL is package.json's, and the `sha384-…` integrity that follows the URL
// (in the same tag or loader, before the next URL or blank line) is FILE's
// hash from dist/cdn/sri.json. Run by `npm run build` after scripts/sri.mjs;
// prints each file it changed (scripts/test-all.mjs fails the gate when the
// build had to change one: it was stale when committed).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
/** The documents whose snippets webmasters copy. */
export const DOCUMENTS = ['README.md'];

const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const CDN_URL = new RegExp(`https://cdn\\.jsdelivr\\.net/npm/${name.replace('/', '\\/')}@([^/\\s"']+)/dist/cdn/([\\w.-]+\\.js)`, 'g');
const HASH = /sha384-[A-Za-z0-9+/]+=*/;

/** `text` with every CDN URL at `version` and the integrity after it set to `hashes[file]`. */
export function pinSnippets(text, hashes, pinnedVersion = version) {
  let out = '';
  let last = 0;
  const urls = [...text.matchAll(CDN_URL)];
  urls.forEach((match, i) => {
    const file = match[2];
    if (!hashes[file]) throw new Error(`${file} is named in a CDN URL but is not in dist/cdn/sri.json`);
    const url = match[0].replace(`@${match[1]}/`, `@${pinnedVersion}/`);
    // The integrity for this URL: before the next URL and before a blank line.
    const start = match.index + match[0].length;
    const end = Math.min(urls[i + 1]?.index ?? text.length, text.indexOf('\n\n', start) < 0 ? text.length : text.indexOf('\n\n', start));
    const tail = text.slice(start, end).replace(HASH, hashes[file]);
    out += text.slice(last, match.index) + url + tail;
    last = end;
  });
  return out + text.slice(last);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const hashes = JSON.parse(readFileSync(new URL('dist/cdn/sri.json', root), 'utf8'));
  for (const document of DOCUMENTS) {
    const path = new URL(document, root);
    const text = readFileSync(path, 'utf8');
    const pinned = pinSnippets(text, hashes);
    if (pinned === text) continue;
    writeFileSync(path, pinned);
    console.log(`snippets: ${document} now names ${name}@${version} and this build's integrity hashes`);
  }
}
