// `npm start`: serves the demo article and the built widgets on
// http://localhost:8000 (PORT overrides), with the strict Content-Security-Policy
// the README recommends, so the demo proves the widgets need nothing looser.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP } from './csp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT) || 8000;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** /dist/… from the build, everything else from demo/ (so "/" is the article). */
function fileFor(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const [base, rest] = clean.startsWith(`dist${sep}`) || clean.startsWith('dist/') ? ['', clean] : ['demo', clean || 'index.html'];
  const path = join(root, base, rest);
  return path.startsWith(join(root, base)) ? path : null;
}

const server = createServer(async (request, response) => {
  try {
    let path = fileFor(new URL(request.url, 'http://localhost').pathname);
    if (path && (await stat(path)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
  }
});

server.listen(port, () => console.log(`MotionRx Widgets demo: http://localhost:${port}/  (Ctrl+C to stop)`));
