// What every end-to-end server shares: a loopback listener on a free port, and
// the content types of the files they send.
import { createServer } from 'node:http';

/** Content types of the files the e2e servers send (the test server, the npm CDN, the visual suite's Storybook). */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/** Serves `handle` on a free loopback port; resolves { origin, close }. */
export function listenOnLoopback(handle) {
  const server = createServer(handle);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) }),
    ),
  );
}
