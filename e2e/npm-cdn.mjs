// The package as npm would publish it, served the way a public npm CDN
// (jsDelivr, unpkg) serves it, on a second loopback origin: a different port
// is a different origin, so every file crosses origins as it will for users.
//
//   packPackage()    `npm pack` after `npm run build`, the tarball unpacked
//                    into a temporary folder: only what `files` ships.
//   startNpmCdn()    /npm/@motionrx/widgets@VERSION/<path> from that folder,
//                    with the CDN's headers: CORS for any origin, a year of
//                    immutable caching, correct content types, nosniff.
//                    `{ cors: false }` leaves CORS out, for the negative case.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_TYPES, listenOnLoopback } from './loopback.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The public CDN the README's snippets name; the tests map it to the loopback CDN. */
export const PUBLIC_CDN = 'https://cdn.jsdelivr.net';

const { name: PACKAGE, version: VERSION } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Where the package lives on the CDN: `/npm/@motionrx/widgets@0.1.0/`. */
export const PACKAGE_PATH = `/npm/${PACKAGE}@${VERSION}/`;

/** Packs the built package and unpacks the tarball; resolves { dir, files, tarball, remove }. */
export function packPackage() {
  const work = mkdtempSync(join(tmpdir(), 'mrx-pack-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  const tarball = join(work, packed.filename);
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  return {
    dir: join(work, 'package'),
    files: packed.files.map((file) => file.path),
    tarball,
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}

/** Serves the unpacked package `dir` under PACKAGE_PATH on a free loopback port; resolves { origin, base, close }. */
export async function startNpmCdn(dir, { cors = true } = {}) {
  const server = await listenOnLoopback(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(PACKAGE_PATH.length))));
    try {
      if (!pathname.startsWith(PACKAGE_PATH) || !file.startsWith(dir + '/')) throw new Error('not served');
      const content = await readFile(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'text/plain; charset=utf-8',
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        ...(cors && { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin', 'timing-allow-origin': '*' }),
      });
      response.end(content);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain', ...(cors && { 'access-control-allow-origin': '*' }) });
      response.end('Not found');
    }
  });
  return { ...server, base: server.origin + PACKAGE_PATH };
}

/** `html` with the public CDN's URLs pointing at the loopback CDN `origin` instead, nothing else changed. */
export const onLoopbackCdn = (html, origin) => html.replaceAll(PUBLIC_CDN + '/', origin + '/');
