// node --test, after `npm run build`: the public-CDN snippets name this
// version and this build's integrity hashes (scripts/snippets.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DOCUMENTS, pinSnippets } from './snippets.mjs';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const URL_OF = (v, file) => `https://cdn.jsdelivr.net/npm/@motionrx/widgets@${v}/dist/cdn/${file}`;
const hashes = { 'a.iife.js': 'sha384-AAAA', 'b.js': 'sha384-BBBB/+==' };

test('pins the version of every CDN URL and the integrity that follows it, in a tag or a loader, up to the next URL or blank line', () => {
  const text = [
    `<script src="${URL_OF('0.0.9', 'a.iife.js')}" integrity="sha384-old" crossorigin="anonymous"></script>`,
    `<script type="module"`,
    `  src="${URL_OF('0.0.9', 'b.js')}"`,
    `  integrity="sha384-old2=="></script>`,
    '',
    `Prose naming ${URL_OF('0.0.9', 'a.iife.js')} alone.`,
    '',
    `Then an unrelated sha384-keep hash after a blank line.`,
    `script.src = '${URL_OF('0.0.9', 'a.iife.js')}';`,
    `script.integrity = 'sha384-old3';`,
  ].join('\n');
  assert.equal(
    pinSnippets(text, hashes, '1.2.3'),
    [
      `<script src="${URL_OF('1.2.3', 'a.iife.js')}" integrity="sha384-AAAA" crossorigin="anonymous"></script>`,
      `<script type="module"`,
      `  src="${URL_OF('1.2.3', 'b.js')}"`,
      `  integrity="sha384-BBBB/+=="></script>`,
      '',
      `Prose naming ${URL_OF('1.2.3', 'a.iife.js')} alone.`,
      '',
      `Then an unrelated sha384-keep hash after a blank line.`,
      `script.src = '${URL_OF('1.2.3', 'a.iife.js')}';`,
      `script.integrity = 'sha384-AAAA';`,
    ].join('\n'),
  );
});

test('a CDN URL naming a file the build does not have is an error, not a silent skip', () => {
  assert.throws(() => pinSnippets(`<script src="${URL_OF(version, 'gone.js')}"></script>`, hashes), /gone\.js .*sri\.json/);
});

test("the documents' CDN snippets name this version and this build's hashes", () => {
  const built = JSON.parse(readFileSync(new URL('dist/cdn/sri.json', root), 'utf8'));
  for (const document of DOCUMENTS) {
    const text = readFileSync(new URL(document, root), 'utf8');
    assert.match(text, /cdn\.jsdelivr\.net\/npm\/@motionrx\/widgets@/, `${document} has CDN snippets`);
    assert.equal(pinSnippets(text, built), text, `${document} is out of date: run \`npm run build\``);
  }
});
