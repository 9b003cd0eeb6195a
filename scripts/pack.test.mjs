// node --test, after `npm run build`: what the published tarball holds, read
// from `npm pack --dry-run --json` and held against an allow-list, so a stray
// file fails by name; and `npm publish --dry-run`, which must succeed. Nothing
// is written or published: both are dry runs, and the publish run is offline
// and points at a registry address where nothing listens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (path) => readFileSync(new URL(path, new URL('../', import.meta.url)), 'utf8');
const pkg = JSON.parse(read('package.json'));

/** Runs npm in the package root without its lifecycle scripts; returns stdout, fails with stderr. */
function npm(args) {
  const run = spawnSync('npm', [...args, '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    // `npm run --silent` (as scripts/test-all.mjs calls the stages) passes loglevel=silent down, which would hide
    // the notices this test reads.
    env: { ...process.env, npm_config_dry_run: 'true', npm_config_loglevel: 'notice' },
  });
  assert.equal(run.status, 0, `npm ${args.join(' ')} failed:\n${run.stderr}`);
  return run;
}

/** The one `npm pack --dry-run --json` of this run. */
let packed;
const pack = () => (packed ??= JSON.parse(npm(['pack', '--dry-run', '--json']).stdout)[0]);

/**
 * Every file the tarball may hold. npm modules, with their typings, one per
 * source module; CDN files with their hashes, chunk graph and licences; the
 * element manifest; the package's own documents.
 */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^dist\/index\.(js|d\.ts)$/,
  /^dist\/(react|vue|typings)\.d\.ts$/,
  /^dist\/(faq-accordion|stiffness-quiz|location-cta|internal)\/[a-z0-9-]+(\.[a-z0-9-]+)*\.(js|d\.ts)$/,
  /^dist\/custom-elements\.json$/,
  /^dist\/cdn\/[A-Za-z0-9_.-]+\.js$/,
  /^dist\/cdn\/(sri|meta)\.json$/,
  /^dist\/cdn\/THIRD-PARTY-NOTICES\.txt$/,
];

/** What never ships, even where a pattern above would let it through. */
const NEVER = /\.test\.|\.stories\.|\.map$|(^|\/)(node_modules|fixtures|test-support|snapshots|src|e2e|demo)\//;

/** What must be there: the documents, every export, and the files a page pastes in. */
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'dist/custom-elements.json',
  'dist/cdn/sri.json',
  'dist/cdn/meta.json',
  'dist/cdn/THIRD-PARTY-NOTICES.txt',
  'dist/cdn/motionrx-widgets.iife.js',
  'dist/cdn/motionrx-widgets.js',
  'dist/cdn/faq-accordion.js',
  'dist/cdn/stiffness-quiz.js',
  'dist/cdn/location-cta.js',
];

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

test('the tarball holds only allow-listed files, and says how big it is', () => {
  const { name, version, files, size, unpackedSize } = pack();
  console.log(`npm pack: ${name}@${version}, ${files.length} files, ${kB(size)} packed, ${kB(unpackedSize)} unpacked`);
  const unexpected = files.map((file) => file.path).filter((path) => NEVER.test(path) || !ALLOWED.some((pattern) => pattern.test(path)));
  assert.deepEqual(unexpected, [], 'files in the tarball that no allow-list pattern names (ship them on purpose or keep them out)');
});

test('the tarball holds the documents, every export target, and every CDN file sri.json and meta.json name', () => {
  const paths = new Set(pack().files.map((file) => file.path));
  const exported = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const cdn = [...Object.keys(JSON.parse(read('dist/cdn/sri.json'))), ...Object.keys(JSON.parse(read('dist/cdn/meta.json')))];
  const wanted = [...REQUIRED, ...exported.map((path) => path.replace(/^\.\//, '')), ...cdn.map((file) => `dist/cdn/${file}`)];
  assert.deepEqual(
    [...new Set(wanted)].filter((path) => !paths.has(path)),
    [],
    'files that must ship but are not in the tarball',
  );
});

test('everything the build wrote to dist/ ships: the "files" field leaves nothing behind, and the build leaves no junk', () => {
  const paths = new Set(pack().files.map((file) => file.path));
  const built = readdirSync(new URL('../dist/', import.meta.url), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)));
  assert.ok(built.length > 50, `dist/ has ${built.length} files: run npm run build first`);
  assert.deepEqual(
    built.filter((path) => !paths.has(path)),
    [],
    'files in dist/ that do not ship (a build leftover to stop writing, or a file to add to "files")',
  );
});

test('no source maps ship, and no shipped module points at one', () => {
  const { files } = pack();
  assert.deepEqual(
    files.map((file) => file.path).filter((path) => path.endsWith('.map')),
    [],
  );
  const pointing = files.map((file) => file.path).filter((path) => path.endsWith('.js') && /[#@] sourceMappingURL=/.test(read(path)));
  assert.deepEqual(pointing, [], 'modules with a sourceMappingURL comment to a map that is not shipped');
});

test('LICENSE is the MIT licence package.json declares, and CHANGELOG.md has an entry for this version', () => {
  assert.equal(pkg.license, 'MIT');
  const licence = read('LICENSE');
  assert.match(licence, /^MIT License\n/);
  assert.match(licence, /Copyright \(c\) 2026 MotionRx Widgets contributors/);
  assert.match(read('CHANGELOG.md'), new RegExp(`^## ${pkg.version.replaceAll('.', '\\.')}$`, 'm'));
});

test('npm publish --dry-run succeeds and would publish this name@version, publicly', () => {
  // publishConfig could redirect a publish; it only says how to publish.
  assert.deepEqual(pkg.publishConfig, { access: 'public', provenance: true });
  const run = npm(['publish', '--dry-run', '--json', '--offline', '--registry', 'http://127.0.0.1:9/']);
  const result = JSON.parse(run.stdout);
  // npm 11 keys the result by package name; npm 10 prints it alone.
  const published = result[pkg.name] ?? result;
  assert.equal(published.id, `${pkg.name}@${pkg.version}`);
  assert.equal(published.files.length, pack().files.length, 'publish and pack agree on the contents');
  assert.match(run.stderr, /public access \(dry-run\)/);
});
